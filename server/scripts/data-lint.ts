import { countFindings, lintRecord } from '../../shared/domain/record-lint/lint-record.ts';
import type { LintCommitment } from '../../shared/domain/record-lint/types.ts';
import { todayInSeoul } from '../../shared/domain/dates.ts';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../db/open.ts';
import { seedForLint } from '../db/seed/lint-seed.ts';
import { SEED_REVIEWED_ON, TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS } from '../db/seed/tracked-record.ts';
import { loadRecordForLint } from '../features/record-lint/load-record.ts';
import { runScript } from './run-script.ts';

// `npm run data:lint`: the seeded record against the tracker's own definitions (what `npm start` seeds).
// `npm run data:lint -- --database`: the database the server uses instead (DATABASE_URL or DATA_DIR).
// Exits 1 when there are errors; warnings are listed and counted but do not fail.
await runScript(async () => {
  const fromDatabase = process.argv.includes('--database');
  const verbose = process.argv.includes('--verbose');
  let record: LintCommitment[];
  if (fromDatabase) {
    const database = await openConfiguredDatabase(loadConfig(), 'data:lint');
    try {
      record = await loadRecordForLint(database.db);
    } finally {
      await database.close();
    }
  } else {
    record = seedForLint(TRACKED_AGREEMENTS, TRACKED_DEVELOPMENTS, SEED_REVIEWED_ON);
  }
  const findings = lintRecord(record, todayInSeoul());
  for (const finding of findings) {
    if (finding.severity === 'error' || verbose) {
      console.log(
        `${finding.severity.padEnd(7)} ${finding.rule.padEnd(34)} ${finding.commitmentSlug}: ${finding.message}`,
      );
    }
  }
  const { bySeverity, byRule } = countFindings(findings);
  console.log(
    `${record.length} commitments checked (${fromDatabase ? 'database' : 'seed'}): ` +
      `${bySeverity.error} errors, ${bySeverity.warning} warnings` +
      (findings.length
        ? ` (${Object.entries(byRule)
            .map(([rule, n]) => `${rule} ${n}`)
            .join(', ')})`
        : ''),
  );
  if (bySeverity.error > 0) process.exitCode = 1;
});
