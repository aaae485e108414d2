// The package as users get it: `npm pack`, installed into a new project, each entry loaded where it is meant to run
// (the feed layer in Node; the elements, the React wrappers and the CDN bundle in Chromium), and the linters of
// package metadata (publint, @arethetypeswrong/cli) clean. Needs the build (`npm run build`); builds when dist/ is missing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  arethetypeswrong, createProject, forbiddenFiles, installTarball, missingTargets, pack, publintMessages, ROOT,
} from '../../scripts/check-package.mjs';
import { launchBrowser, settledStatuses, watchPage } from './support/browser.mjs';
import { serveStatic } from './support/static-server.mjs';

const TAGS = ['engaged-city-map', 'network-news', 'partnership-badge'];
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const versionOf = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The element entries, each bundled on its own from the installed package, as a consumer's bundler would. */
const ELEMENT_ENTRIES = {
  root: 'engaged-city-widgets',
  'engaged-city-map': 'engaged-city-widgets/engaged-city-map.js',
  'partnership-badge': 'engaged-city-widgets/partnership-badge.js',
  'network-news': 'engaged-city-widgets/network-news.js',
  elements: 'engaged-city-widgets/elements',
  // A React app that shows one element imports its wrapper alone, and bundles only that element.
  'react-map': 'engaged-city-widgets/react/engaged-city-map.js',
  'react-badge': 'engaged-city-widgets/react/partnership-badge.js',
  'react-news': 'engaged-city-widgets/react/network-news.js',
};

/** A module that imports one entry and reports what it exports and which tags are defined afterwards. */
const reportingModule = (specifier) => `import * as entry from '${specifier}';
window.entryReport = {
  exports: Object.keys(entry).sort(),
  defined: ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag) !== undefined),
};
`;

const reactModule = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PartnershipBadge, NetworkNews } from 'engaged-city-widgets/react';
window.feedLoads = 0;
const onFeedLoad = () => { window.feedLoads += 1; };
createRoot(document.getElementById('app')).render([
  createElement(PartnershipBadge, { key: 'badge', member: 'trier', verify: 'none', variant: 'compact', onFeedLoad }),
  createElement(NetworkNews, { key: 'news', limit: 2, layout: 'cards', onFeedLoad }),
]);
`;

const page = (title, body) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"></head><body><main>${body}</main></body></html>`;

/** The CDN page: one script tag, and news fed by `.data` (no feed request at all). */
const cdnPage = page('CDN bundle', `<h1>Neuigkeiten</h1>
<network-news></network-news>
<script type="module" src="/cdn/engaged-city-widgets.js"></script>
<script type="module">
  document.querySelector('network-news').data = {
    version: 'https://jsonfeed.org/version/1.1', title: 'Netzwerk Engagierte Stadt',
    items: [{ id: '1', title: 'Musterstadt tritt dem Netzwerk bei', url: 'https://www.engagiertestadt.de/', date_published: '2025-05-16T10:00:00+02:00' }],
  };
</script>`);

let workDir;
let packed;
let project;
let server;
let browser;

before(async () => {
  if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/cdn/engaged-city-widgets.js'))) {
    const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`);
  }
  workDir = mkdtempSync(join(tmpdir(), 'ecw-package-'));
  packed = pack(workDir);
  project = createProject(join(workDir, 'project'));
  installTarball(project, packed.tarball, [`react@${versionOf('react')}`, `react-dom@${versionOf('react-dom')}`]);

  const sources = join(project, 'entries');
  mkdirSync(sources);
  const entryPoints = {};
  for (const [name, specifier] of Object.entries(ELEMENT_ENTRIES)) {
    writeFileSync(join(sources, `${name}.js`), reportingModule(specifier));
    entryPoints[name] = join(sources, `${name}.js`);
  }
  writeFileSync(join(sources, 'react.js'), reactModule);
  entryPoints.react = join(sources, 'react.js');
  const www = join(project, 'www');
  await build({
    absWorkingDir: project, entryPoints, outdir: www, bundle: true, splitting: true, format: 'esm', target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent',
  });

  const pages = { '/cdn.html': cdnPage, '/react.html': page('React', '<div id="app"></div><script type="module" src="/react.js"></script>') };
  for (const name of Object.keys(ELEMENT_ENTRIES)) {
    pages[`/${name}.html`] = page(name, `<partnership-badge member="trier" verify="none"></partnership-badge>
      <script type="module" src="/${name}.js"></script>`);
  }
  server = await serveStatic({
    mounts: { '/': www, '/cdn/': join(project, 'node_modules', packageJson.name, 'dist', 'cdn') },
    pages,
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Opens a page of the test server; returns it with what it reported (console errors, foreign requests). */
async function open(path) {
  const tab = await browser.newPage();
  const problems = watchPage(tab, server.origin);
  await tab.goto(`${server.origin}${path}`);
  return { tab, problems };
}

describe('the packed package', () => {
  it('ships no tests, stories, demo or sources', () => {
    assert.deepEqual(forbiddenFiles(packed.files), []);
  });

  it('holds every file its README links to (the README is read in node_modules and on npm)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target));
    assert.ok(links.length > 0);
    assert.deepEqual(links.filter((target) => !packed.files.includes(target.replace(/^\.\//, ''))), []);
  });

  it('builds before it is packed or published: a dist/ left from an older build is never shipped', () => {
    assert.equal(packageJson.scripts.prepack, 'npm run build');
  });

  it('holds every file its exports, types, manifest and bin point at', () => {
    assert.deepEqual(missingTargets(packageJson, packed.files), []);
    assert.ok(packed.files.includes('custom-elements.json'));
    assert.ok(packed.files.includes('schema/network-feed.schema.json'));
    assert.ok(packed.files.some((path) => path.startsWith('dist/types/') && path.endsWith('.d.ts')));
  });

  it('has a manifest whose modules are files of the package, and links each tag to the entry that defines it', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', packageJson.name, 'custom-elements.json'), 'utf8'));
    const paths = manifest.modules.map((module) => module.path);
    assert.deepEqual(paths.filter((path) => !packed.files.includes(path)), []);
    const definitions = Object.fromEntries(manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, entry.declaration.module])));
    assert.deepEqual(definitions, Object.fromEntries(TAGS.map((tag) => [tag, `dist/${tag}.js`])));
  });

  it('documents each element in its manifest: a description and a summary, every attribute typed, defaults as values', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', packageJson.name, 'custom-elements.json'), 'utf8'));
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [...TAGS].sort());
    for (const element of elements) {
      assert.ok(element.description?.length > 100 && element.summary?.length > 20, `${element.tagName}: description and summary`);
      for (const attribute of element.attributes ?? []) {
        assert.ok(attribute.type?.text, `${element.tagName} ${attribute.name}: no type`);
        // A constant's name (DEFAULT_LIMIT) tells a reader nothing: the field's JSDoc `@default` gives the value; nor
        // does a reader expect JavaScript's digit separators (10_000).
        assert.doesNotMatch(attribute.default ?? '', /^[A-Z][A-Z0-9_]+$|\d_\d/, `${element.tagName} ${attribute.name}: default ${attribute.default}`);
      }
    }
  });

  it('lists for each module of its manifest exactly what the built file exports (Node imports the entries too)', () => {
    const installed = join(project, 'node_modules', packageJson.name);
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    for (const module of manifest.modules) {
      const script = `const entry = await import(${JSON.stringify(join(installed, module.path))}); console.log(JSON.stringify(Object.keys(entry).sort()));`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const listed = module.exports.filter((entry) => entry.kind === 'js').map((entry) => entry.name).sort();
      assert.deepEqual(listed, JSON.parse(run.stdout), module.path);
    }
  });

  it('ships the stylesheet that reserves the elements\' room before the script runs, in the CDN folder and as an export', () => {
    assert.ok(packed.files.includes('dist/cdn/engaged-city-widgets.css'));
    const installed = join(project, 'node_modules', packageJson.name);
    const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const css = readFileSync(join(installed, exports['./engaged-city-widgets.css']), 'utf8');
    // It styles only elements that are not yet defined, and with no weight against the page's own rules (`:where`).
    const lists = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/@[^{]+\{/g, '{').match(/[^{}]+(?=\{)/g).flatMap((list) => list.split(/,\s*\n/)).map((selector) => selector.trim()).filter(Boolean);
    assert.ok(lists.length > 20);
    for (const selector of lists) {
      assert.match(selector, /^:where\(/, selector);
      for (const compound of selector.match(/(engaged-city-map|partnership-badge|network-news)[^,)]*\)/g)) assert.match(compound, /:not\(:defined/, selector);
    }
  });

  it('ships its licence, and the CDN folder carries the notices of the third-party code it contains', () => {
    for (const file of ['LICENSE', 'DATA-LICENSES.md', 'dist/cdn/THIRD-PARTY-NOTICES.txt']) assert.ok(packed.files.includes(file), file);
    const installed = join(project, 'node_modules', packageJson.name);
    const notices = readFileSync(join(installed, 'dist/cdn/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['lit-html', '@lit/reactive-element', 'supercluster', 'kdbush']) assert.match(notices, new RegExp(`^${name} \\S+ \\(`, 'm'), name);
    const cdnFiles = packed.files.filter((path) => path.startsWith('dist/cdn/') && path.endsWith('.js'));
    assert.ok(cdnFiles.length >= 4, cdnFiles.join(', '));
    for (const file of cdnFiles) {
      assert.match(readFileSync(join(installed, file), 'utf8').slice(0, 200), /^\/\*! engaged-city-widgets .* THIRD-PARTY-NOTICES\.txt \*\//, file);
    }
  });

  it('the CDN file and the map engine ask Chrome to compile them while they stream in; the data chunks do not', () => {
    // Right after the licence notice, where V8 reads it: their functions run as soon as they load.
    const installed = join(project, 'node_modules', packageJson.name);
    const cdnFiles = packed.files.filter((path) => path.startsWith('dist/cdn/') && path.endsWith('.js'));
    const hinted = cdnFiles.filter((file) => /^\/\*![^\n]*\*\/\n\/\/# allFunctionsCalledOnLoad\n/.test(readFileSync(join(installed, file), 'utf8')));
    assert.deepEqual(hinted.map((file) => file.replace(/-[\w-]{8}\.js$/, '.js')).sort(), ['dist/cdn/chunks/engine.js', 'dist/cdn/engaged-city-widgets.js']);
  });

  it('the CDN file needs no other file before it runs, and its lazy chunks import nothing back', () => {
    // A static import would be one more request before anything runs; a chunk importing the main file would load it
    // a second time where a CMS appends `?ver=…` to the script's URL.
    const installed = join(project, 'node_modules', packageJson.name);
    const staticImports = (text) => [...text.matchAll(/(?:^|[;}\s])import\s*(?:[^"'`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);
    const cdnFiles = packed.files.filter((path) => path.startsWith('dist/cdn/') && path.endsWith('.js'));
    for (const file of cdnFiles) assert.deepEqual(staticImports(readFileSync(join(installed, file), 'utf8')), [], file);
    // Its elements read feeds with the parser inside it (the file exports parseFeed anyway), not from a chunk.
    assert.deepEqual(cdnFiles.filter((path) => /\/(parse|json-feed-source)-/.test(path)), []);
  });

  it('passes publint at its strictest', async () => {
    assert.deepEqual(await publintMessages(join(project, 'node_modules', packageJson.name)), []);
  });

  it('passes @arethetypeswrong/cli for an ESM-only package', () => {
    const { ok, report } = arethetypeswrong(packed.tarball);
    assert.ok(ok, report);
  });
});

describe('the package installed in a new project', () => {
  it('gives Node the feed layer: parseFeed, FeedError and the loader, without a DOM', () => {
    const script = `import { parseFeed, FeedError, loadFeed, safeUrl } from 'engaged-city-widgets/feed';
      const { feed, warnings } = parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 1, url: 'javascript:x' }] });
      let code; try { parseFeed('{'); } catch (error) { code = error instanceof FeedError ? error.code : 'other'; }
      console.log(JSON.stringify({ id: feed.items[0].id, url: feed.items[0].url ?? null, warned: warnings.some((w) => w.code === 'invalid-url'), code,
        loadFeed: typeof loadFeed, safe: safeUrl('https://a.example/') !== undefined }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { id: '1', url: null, warned: true, code: 'not-json', loadFeed: 'function', safe: true });
  });

  it('runs its command line with Node alone: its dependencies are inside dist/cli.js, their licences beside it', () => {
    // A site that installs the package for its elements does not install a CLI framework and a CSV parser with it.
    for (const name of ['commander', 'csv-parse']) {
      assert.equal(packageJson.dependencies[name], undefined, name);
      assert.equal(existsSync(join(project, 'node_modules', name)), false, `${name} is installed`);
    }
    const notices = readFileSync(join(project, 'node_modules/engaged-city-widgets/dist/THIRD-PARTY-NOTICES-CLI.txt'), 'utf8');
    assert.deepEqual(notices.match(/^\S+ \d+\.\d+\.\d+ \(MIT\)$/gm)?.map((line) => line.split(' ')[0]), ['commander', 'csv-parse']);
    const feed = join(project, 'network.json');
    writeFileSync(feed, JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [],
      _engaged_city: { schema: 1, members: [{ id: 'trier', kind: 'city', name: 'Trier', region: 'DE-RP' }] },
    }));
    const run = spawnSync(process.execPath, [join(project, 'node_modules/engaged-city-widgets/bin/engaged-city-widgets.js'), 'validate', '--strict', feed], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /valid \(1 member/);
  });

  it('says that its command `snapshot` works in the repository, not in an installed copy (which has no sheets)', () => {
    const run = spawnSync(process.execPath, [join(project, 'node_modules/engaged-city-widgets/bin/engaged-city-widgets.js'), 'snapshot', '--check'], { cwd: project, encoding: 'utf8' });
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /snapshot works in the package's repository/);
  });

  const expectations = {
    root: { defined: TAGS, exports: ['EngagedCityMap', 'NetworkNews', 'PartnershipBadge', 'parseFeed', 'FeedError', 'NETWORK_FEED_ORIGINS'] },
    'engaged-city-map': { defined: ['engaged-city-map'], exports: ['EngagedCityMap'] },
    'partnership-badge': { defined: ['partnership-badge'], exports: ['PartnershipBadge'] },
    'network-news': { defined: ['network-news'], exports: ['NetworkNews'] },
    elements: { defined: [], exports: ['EngagedCityMap', 'EngagedElement', 'NetworkNews', 'PartnershipBadge', 'defineElement', 'NETWORK_FEED_ORIGINS'] },
    'react-map': { defined: ['engaged-city-map'], exports: ['EngagedCityMap'] },
    'react-badge': { defined: ['partnership-badge'], exports: ['PartnershipBadge'] },
    'react-news': { defined: ['network-news'], exports: ['NetworkNews'] },
  };
  for (const [name, expected] of Object.entries(expectations)) {
    const specifier = ELEMENT_ENTRIES[name];
    const what = expected.defined.length ? `defines ${expected.defined.map((tag) => `<${tag}>`).join(', ')}` : 'defines nothing';
    it(`${specifier} ${what} and exports ${expected.exports.join(', ')}`, async () => {
      const { tab, problems } = await open(`/${name}.html`);
      try {
        const report = await tab.waitForFunction(() => window.entryReport).then((handle) => handle.jsonValue());
        assert.deepEqual(report.defined, expected.defined);
        for (const exported of expected.exports) assert.ok(report.exports.includes(exported), `${specifier} exports ${exported}`);
        if (expected.defined.includes('partnership-badge')) {
          assert.deepEqual(await settledStatuses(tab), ['partnership-badge:ready'], 'the badge shows on the bundled snapshot');
        }
        assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
      } finally {
        await tab.close();
      }
    });
  }

  it('engaged-city-widgets/react renders the elements from React, with typed event callbacks', async () => {
    const { tab, problems } = await open('/react.html');
    try {
      assert.deepEqual(await settledStatuses(tab), ['partnership-badge:ready', 'network-news:ready']);
      await tab.waitForFunction(() => window.feedLoads === 2);
      assert.equal(await tab.evaluate(() => document.querySelector('partnership-badge').variant), 'compact');
      assert.equal(await tab.evaluate(() => document.querySelector('network-news').layout), 'cards');
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
    } finally {
      await tab.close();
    }
  });

  it('dist/cdn/engaged-city-widgets.js defines all three elements from one script tag and shows news on .data', async () => {
    const { tab, problems } = await open('/cdn.html');
    try {
      assert.deepEqual(await settledStatuses(tab), ['network-news:ready']);
      assert.deepEqual(await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS), TAGS);
      assert.match(await tab.evaluate(() => document.querySelector('network-news').shadowRoot.textContent), /Musterstadt tritt dem Netzwerk bei/);
      assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
    } finally {
      await tab.close();
    }
  });
});
