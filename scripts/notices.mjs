// The licence texts of bundled third-party packages, for the notices that travel with the files that contain them
// (scripts/third-party-notices.mjs for the CDN folder, scripts/build-cli.mjs for the command line).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function licenceText(name) {
  for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt']) {
    const path = join(root, 'node_modules', name, file);
    if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  }
  throw new Error(`No licence file found for ${name}`);
}

/** Each package's name, version, licence and licence text, one after the other. */
export function licenceSections(names) {
  return names.map((name) => {
    const { version, license } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    return `${name} ${version} (${license})\n${'-'.repeat(60)}\n${licenceText(name)}`;
  }).join('\n\n\n');
}

/** The packages (under node_modules) whose files an esbuild metafile lists as inputs, sorted. */
export function bundledPackages(metafile) {
  const names = Object.keys(metafile.inputs)
    .map((path) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1])
    .filter(Boolean);
  return [...new Set(names)].sort();
}
