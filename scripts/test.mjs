#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line "N passed, N failed" for CI.
// Static checks (types, lint, templates, build, size budgets) count as one test each; test runners add their own counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'custom-elements manifest', cmd: 'npm run --silent analyze' },
  { name: 'type check', cmd: 'npm run --silent typecheck' },
  { name: 'eslint', cmd: 'npm run --silent lint' },
  { name: 'lit-analyzer', cmd: 'npm run --silent lit-analyzer' },
  { name: 'build', cmd: 'npm run --silent build' },
  { name: 'browser tests', cmd: 'npx web-test-runner', counts: () => readJson('.tmp/wtr-counts.json'), before: () => rmSync('.tmp/wtr-counts.json', { force: true }) },
  { name: 'node tests', cmd: 'node --test --test-reporter=spec test/node/*.test.mjs', counts: 'node-test', when: () => existsSync('test/node') },
  { name: 'end-to-end tests', cmd: 'node --test --test-reporter=spec --test-concurrency=1 test/e2e/*.test.mjs', counts: 'node-test', when: () => existsSync('test/e2e') },
];

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();

for (const step of steps) {
  if (step.when && !step.when()) continue;
  step.before?.();
  const t0 = Date.now();
  console.log(`\n━━ ${step.name}: ${step.cmd}`);
  const run = spawnSync(step.cmd, { shell: true, stdio: step.counts === 'node-test' ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: process.env });
  let counts;
  if (step.counts === 'node-test') {
    const out = run.stdout?.toString() ?? '';
    process.stdout.write(out);
    const pass = /^\S*\s*pass (\d+)/m.exec(out);
    const fail = /^\S*\s*fail (\d+)/m.exec(out);
    if (pass && fail) counts = { passed: Number(pass[1]), failed: Number(fail[1]) };
  } else if (typeof step.counts === 'function') {
    counts = step.counts();
  }
  const ok = run.status === 0;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (!ok && counts.failed === 0) failed += 1; // the runner failed outside any test
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (!ok) failures.push(step.name);
  console.log(`━━ ${step.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

console.log(`\nnpm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s${failures.length ? `; failed: ${failures.join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
