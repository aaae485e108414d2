// A web-test-runner reporter that writes the run's counts to .tmp/wtr-counts.json; scripts/test.mjs adds them up
// and prints CI's closing "N passed, N failed" line.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load, or errored outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr-counts.json', JSON.stringify(totals));
    },
  };
}
