#!/usr/bin/env node
// Checks the package as npm would publish it: packs it, lists what it ships (no tests, stories, demo or sources),
// checks every `exports` target is in the tarball, and runs publint and @arethetypeswrong/cli on it.
// Used by test/node/package.test.mjs; run alone with `node scripts/check-package.mjs` (after `npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

/** Paths that must never be published. */
const FORBIDDEN = [/^test\//, /^stories\//, /^demo\//, /^src\//, /^scripts\//, /^\.storybook\//, /^\.ci\//, /^\.tmp\//,
  /^storybook-static\//, /^node_modules\//, /\.test\.[cm]?[jt]s$/, /^tsconfig/, /^vite\.config/, /^web-test-runner/];

/**
 * Runs `npm pack` into `destination`. Resolves to the tarball's path and the paths it holds.
 * @param {string} destination
 * @returns {{ tarball: string, files: string[] }}
 */
export function pack(destination) {
  // Without `prepack` (the build): the caller has built the package, and the build's output would not be JSON.
  const run = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm pack failed:\n${run.stderr}`);
  const [result] = JSON.parse(run.stdout);
  return { tarball: join(destination, result.filename), files: result.files.map((file) => file.path) };
}

/** The packed paths that must not be there. */
export function forbiddenFiles(files) {
  return files.filter((path) => FORBIDDEN.some((pattern) => pattern.test(path)));
}

/** Every file path an `exports` map points at (each condition's leaf), without the leading `./`. */
export function exportTargets(exportsField) {
  if (typeof exportsField === 'string') return [exportsField.replace(/^\.\//, '')];
  if (exportsField === null || typeof exportsField !== 'object') return [];
  return Object.values(exportsField).flatMap(exportTargets);
}

/** The `exports` targets (and `types`, `main`, `customElements`, `bin`) that the tarball does not hold. */
export function missingTargets(packageJson, files) {
  const shipped = new Set(files);
  const targets = [
    ...exportTargets(packageJson.exports),
    ...[packageJson.main, packageJson.module, packageJson.types, packageJson.customElements].filter(Boolean).map((path) => path.replace(/^\.\//, '')),
    ...Object.values(packageJson.bin ?? {}).map((path) => path.replace(/^\.\//, '')),
  ];
  return [...new Set(targets)].filter((target) => !shipped.has(target));
}

/**
 * publint on an installed copy of the package (exactly the published files), at its strictest.
 * @param {string} packageDir e.g. `<project>/node_modules/engaged-city-widgets`
 * @returns {Promise<string[]>} one line per message
 */
export async function publintMessages(packageDir) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const { messages, pkg } = await publint({ pkgDir: packageDir, level: 'suggestion', strict: true, pack: false });
  return messages.map((message) => `${message.type} ${message.code}: ${formatMessage(message, pkg, { color: false })}`);
}

/**
 * @arethetypeswrong/cli on the tarball, for ESM-only packages (CommonJS `require` and node10 resolution are out of scope).
 * The stylesheet export is no module (attw cannot resolve a .css file; `exports` pointing at it is checked apart).
 * @returns {{ ok: boolean, report: string }}
 */
export function arethetypeswrong(tarball) {
  const options = ['--profile', 'esm-only', '--exclude-entrypoints', './engaged-city-widgets.css', '--format', 'table', '--no-color', '--no-emoji'];
  const run = spawnSync(join(ROOT, 'node_modules/.bin/attw'), [tarball, ...options], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return { ok: run.status === 0, report: `${run.stdout}${run.stderr}` };
}

/** An empty ES-module project to install the tarball into. Returns its path. */
export function createProject(projectDir) {
  mkdirSync(projectDir, { recursive: true });
  writeFileSync(join(projectDir, 'package.json'), JSON.stringify({ name: 'engaged-city-widgets-consumer', private: true, type: 'module' }));
  return projectDir;
}

/**
 * Installs a tarball into a new project in `projectDir`, from npm's cache (`--offline`); if something is missing from
 * the cache, it may fetch (`--prefer-offline`). `extra` names further packages to install with it (e.g. react).
 */
export function installTarball(projectDir, tarball, extra = []) {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball, ...extra];
  let run = spawnSync('npm', [...args, '--offline'], { cwd: projectDir, encoding: 'utf8' });
  if (run.status !== 0) run = spawnSync('npm', [...args, '--prefer-offline'], { cwd: projectDir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm install of the tarball failed:\n${run.stderr}`);
}

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'ecw-check-package-'));
  let failed = false;
  const report = (ok, title, lines = []) => {
    failed ||= !ok;
    console.log(`${ok ? '✔' : '✖'} ${title}`);
    for (const line of lines) console.log(`    ${line}`);
  };
  try {
    const { tarball, files } = pack(workDir);
    report(true, `packed ${files.length} files: ${tarball}`);
    const forbidden = forbiddenFiles(files);
    report(forbidden.length === 0, 'ships no tests, stories, demo or sources', forbidden);
    const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const missing = missingTargets(packageJson, files);
    report(missing.length === 0, 'every exports target is in the tarball', missing);
    const attw = arethetypeswrong(tarball);
    report(attw.ok, '@arethetypeswrong/cli (esm-only)', attw.ok ? [] : attw.report.split('\n'));
    const project = createProject(join(workDir, 'project'));
    installTarball(project, tarball);
    const messages = await publintMessages(join(project, 'node_modules', packageJson.name));
    report(messages.length === 0, 'publint (strict)', messages);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
