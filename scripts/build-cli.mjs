#!/usr/bin/env node
// Builds the command line (src/cli/main.ts) into dist/cli.js: one ES module for Node with its dependencies inside
// (commander, csv-parse: devDependencies, so that a site that installs the package for its elements does not install
// them), and dist/THIRD-PARTY-NOTICES-CLI.txt with the licences of the packages esbuild put into it.
import { writeFileSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { bundledPackages, licenceSections } from './notices.mjs';

const result = await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cli.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  banner: {
    js: [
      '// The command line of engaged-city-widgets (MIT), with the packages named in THIRD-PARTY-NOTICES-CLI.txt inside.',
      // commander is CommonJS: its require() of Node's modules needs one in this ES module.
      "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    ].join('\n'),
  },
  logLevel: 'warning',
  legalComments: 'none',
});

const own = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../dist/THIRD-PARTY-NOTICES-CLI.txt', import.meta.url), `Third-party code in engaged-city-widgets ${own.version} (dist/cli.js, the command line)

engaged-city-widgets itself is under the MIT licence (LICENSE in the package). Its command line, dist/cli.js, also
contains the following packages, each under its own licence.

${licenceSections(bundledPackages(result.metafile))}
`);
