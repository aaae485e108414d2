// The React wrappers on a server (Next.js, Remix, Astro render them in Node): the props that are attributes reach the
// HTML as attributes, so that the package's stylesheet reserves each element's room from them before the script runs
// and the element reads them once defined. Objects (`data`) and event callbacks stay out of the HTML.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = join('node_modules', '.cache', 'engaged-city-widgets-test', 'react-server.mjs');
let React;
let renderToString;
let wrappers;

before(async () => {
  mkdirSync(join('node_modules', '.cache', 'engaged-city-widgets-test'), { recursive: true });
  // The sources as a server bundle: the dependencies (React, Lit's Node build) come from node_modules.
  await build({
    entryPoints: ['src/react.ts'], bundle: true, format: 'esm', platform: 'node', packages: 'external',
    outfile: out, logLevel: 'silent', tsconfig: 'tsconfig.json',
  });
  React = await import('react');
  ({ renderToString } = await import('react-dom/server'));
  wrappers = await import(pathToFileURL(join(process.cwd(), out)).href);
});

const html = (component, props, ...children) => renderToString(React.createElement(component, props, ...children));

describe('the React wrappers rendered on a server', () => {
  it('write the map’s attributes, by their attribute names', () => {
    const markup = html(wrappers.EngagedCityMap, { region: 'DE-RP', controls: 'none', view: 'list', headingLevel: 4, src: '/feed.json' });
    assert.match(markup, /^<engaged-city-map /);
    for (const attribute of ['region="DE-RP"', 'controls="none"', 'view="list"', 'heading-level="4"', 'src="/feed.json"']) {
      assert.ok(markup.includes(attribute), `${attribute} in ${markup}`);
    }
  });

  it('write the badge’s and the news’s attributes, and keep the fallback content', () => {
    const link = React.createElement('a', { href: 'https://www.engagiertestadt.de/' }, 'Netzwerk Engagierte Stadt');
    const badge = html(wrappers.PartnershipBadge, { member: 'trier', variant: 'seal', size: 's' }, link);
    assert.equal(badge, '<partnership-badge member="trier" variant="seal" size="s"><a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a></partnership-badge>');
    const news = html(wrappers.NetworkNews, { limit: 2, layout: 'compact', remoteMedia: true, id: 'aktuelles', className: 'spalte' });
    for (const attribute of ['limit="2"', 'layout="compact"', 'remote-media=""', 'id="aktuelles"', 'class="spalte"']) {
      assert.ok(news.includes(attribute), `${attribute} in ${news}`);
    }
  });

  it('leave the rendering to @lit/react where Lit’s server rendering for React is on (it hands over every property)', () => {
    globalThis.litSsrReactEnabled = true;
    try {
      // @lit/react then renders the tag with the properties for Lit's renderer, which is not installed here.
      assert.doesNotMatch(html(wrappers.PartnershipBadge, { member: 'trier' }), /member="trier"/);
    } finally {
      delete globalThis.litSsrReactEnabled;
    }
  });

  it('leave out objects, callbacks and false', () => {
    const markup = html(wrappers.NetworkNews, { data: { items: [] }, onFeedLoad: () => {}, remoteMedia: false, limit: undefined });
    assert.equal(markup, '<network-news></network-news>');
  });
});
