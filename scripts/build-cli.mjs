#!/usr/bin/env node
// Builds the command line (src/cli/main.ts) into dist/cli.js: one ES module for Node with its dependencies inside
// (commander, csv-parse: devDependencies, so that a site that installs the package for its elements does not install
// them; their licences are in dist/THIRD-PARTY-NOTICES-CLI.txt, written by scripts/third-party-notices.mjs).
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cli.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // csv-parse's and commander's CommonJS parts ask for Node's modules with require(): give the ES module one.
  banner: {
    js: [
      '// The command line of engaged-city-widgets (MIT). Contains commander and csv-parse (MIT): THIRD-PARTY-NOTICES-CLI.txt.',
      "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    ].join('\n'),
  },
  logLevel: 'warning',
  legalComments: 'none',
});
