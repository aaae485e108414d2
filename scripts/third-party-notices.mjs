// Writes dist/cdn/THIRD-PARTY-NOTICES.txt: the licences of the third-party code that the CDN bundle and its chunks
// contain (the npm entries import their dependencies instead). BSD-3-Clause and ISC ask for the notice to travel with
// every copy, and webmasters copy dist/cdn/ onto their own servers. Run by `npm run build` after the CDN build.
// Also dist/THIRD-PARTY-NOTICES-CLI.txt, for the packages the command line (dist/cli.js) has inside.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The packages bundled into dist/cdn/, with the licence each is published under. */
export const BUNDLED = [
  'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', 'supercluster', 'kdbush',
];

function licenceText(name) {
  for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt']) {
    const path = join(root, 'node_modules', name, file);
    if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  }
  throw new Error(`No licence file found for ${name}`);
}

/** The packages bundled into the command line, dist/cli.js (scripts/build-cli.mjs). */
export const BUNDLED_CLI = ['commander', 'csv-parse'];

const sections = (names) => names.map((name) => {
  const { version, license } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
  return `${name} ${version} (${license})\n${'-'.repeat(60)}\n${licenceText(name)}`;
});
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const text = `Third-party code in engaged-city-widgets ${own.version} (dist/cdn/)

engaged-city-widgets itself is under the MIT licence (LICENSE in the package). The files in this folder also contain
the following packages, each under its own licence. The map data and its attribution: DATA-LICENSES.md in the package.

${sections(BUNDLED).join('\n\n\n')}
`;
writeFileSync(join(root, 'dist/cdn/THIRD-PARTY-NOTICES.txt'), text);
writeFileSync(join(root, 'dist/THIRD-PARTY-NOTICES-CLI.txt'), `Third-party code in engaged-city-widgets ${own.version} (dist/cli.js, the command line)

engaged-city-widgets itself is under the MIT licence (LICENSE in the package). Its command line, dist/cli.js, also
contains the following packages, each under its own licence.

${sections(BUNDLED_CLI).join('\n\n\n')}
`);
