// The React wrappers stay in sync with the elements: every event the manifest documents (`@fires`) has an `on…` prop,
// and no prop names an event the element does not fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { build } from 'esbuild';

if (!existsSync('custom-elements.json')) execSync('npm run --silent analyze', { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

// Bundle src/react.ts for Node with React, @lit/react and the element modules stubbed: this test reads the event
// table the wrappers are made from, nothing else.
const STUBS = {
  react: 'export const forwardRef = (render) => ({ render });',
  '@lit/react': 'export const createComponent = (options) => options;',
  element: 'export class EngagedCityMap {}; export class PartnershipBadge {}; export class NetworkNews {};',
};
const bundled = await build({
  entryPoints: ['src/react.ts'], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent',
  tsconfig: 'tsconfig.json',
  plugins: [{
    name: 'stubs',
    setup(b) {
      b.onResolve({ filter: /^(react|@lit\/react)$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
      b.onResolve({ filter: /\/(engaged-city-map\/engaged-city-map|partnership-badge\/partnership-badge|network-news\/network-news)\.js$/ }, () => ({ path: 'element', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
    },
  }],
});
const { reactEvents } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

for (const tag of ['engaged-city-map', 'partnership-badge', 'network-news']) {
  test(`the React wrapper of <${tag}> has a prop for exactly the events the element documents`, () => {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    assert.ok(declaration, `<${tag}> is in custom-elements.json`);
    const documented = (declaration.events ?? []).map((event) => event.name).sort();
    const wrapped = Object.values(reactEvents[tag]).sort();
    assert.deepEqual(wrapped, documented);
  });
}
