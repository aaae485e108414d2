// Writes dist/cdn/THIRD-PARTY-NOTICES.txt: the licences of the third-party code that the CDN bundle and its chunks
// contain (the npm entries import their dependencies instead). BSD-3-Clause and ISC ask for the notice to travel with
// every copy, and webmasters copy dist/cdn/ onto their own servers. Run by `npm run build` after the CDN build.
// (The command line's notices are written by scripts/build-cli.mjs, from what esbuild bundled into it.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { licenceSections } from './notices.mjs';

const root = join(import.meta.dirname, '..');

/** The packages bundled into dist/cdn/, with the licence each is published under. */
export const BUNDLED = [
  'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', 'supercluster', 'kdbush',
];

const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const text = `Third-party code in engaged-city-widgets ${own.version} (dist/cdn/)

engaged-city-widgets itself is under the MIT licence (LICENSE in the package). The files in this folder also contain
the following packages, each under its own licence. The map data and its attribution: DATA-LICENSES.md in the package.

${licenceSections(BUNDLED)}
`;
writeFileSync(join(root, 'dist/cdn/THIRD-PARTY-NOTICES.txt'), text);
