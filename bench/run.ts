import { benchCrossInstance } from './cross-instance.ts';
import { benchDashboardThroughput } from './dashboard-throughput.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchMemory } from './memory.ts';
import { benchPagesHtml } from './pages-html.ts';
import { benchPublicJs } from './public-js.ts';
import { benchScale } from './scale.ts';
import { benchSignIn } from './sign-in.ts';

// `npm run bench`: every benchmark in turn, each printing its figures and whether its budget holds.
// Not part of `npm test`: timings on a shared 2-core machine are too noisy to fail a build on.
const results: [string, boolean][] = [];
for (const [name, run] of [
  ['public JavaScript', async () => benchPublicJs()],
  ['sign-in', benchSignIn],
  ['data at scale', benchScale],
  ['cross-instance latency', benchCrossInstance],
  ['dashboard throughput', benchDashboardThroughput],
  ['server-rendered pages', benchPagesHtml],
  ['memory and start-up', benchMemory],
  ['Lighthouse on the public pages', () => benchLighthouse()],
] as const) {
  console.log(`\n## ${name}`);
  results.push([name, await run()]);
}
console.log('\n## budgets');
for (const [name, holds] of results) console.log(`${holds ? 'holds ' : 'MISSED'}  ${name}`);
process.exitCode = results.every(([, holds]) => holds) ? 0 : 1;
