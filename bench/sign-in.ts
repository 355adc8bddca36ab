import { signInRequest, createTestUser } from '../server/test-support/sessions.ts';
import { TEST_PASSWORD } from '../server/test-support/sessions.ts';
import { startTestServer } from '../server/test-support/test-server.ts';
import { median, percentile, report } from './support.ts';

/** Sign-in over HTTP on PGlite: dominated by one argon2id verification (19 MiB, t=2). */
export async function benchSignIn(runs = 20): Promise<boolean> {
  const server = await startTestServer('pglite');
  try {
    const username = await createTestUser(server, 'analyst');
    await signInRequest(server, username, TEST_PASSWORD); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const response = await signInRequest(server, username, TEST_PASSWORD);
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
    }
    report(`sign-in, median of ${runs}`, median(times), 'ms');
    report(`sign-in, p95 of ${runs}`, percentile(times, 95), 'ms');
    return true;
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSignIn();
