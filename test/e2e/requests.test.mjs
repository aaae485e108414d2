// Requests: one request per feed URL per page, nothing to any other host, nothing stored on the visitor's device.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, settle, waitForStatus } from './support/browser.mjs';
import { htmlPage, servePage } from './support/pages.mjs';
import { startSites } from './support/server.mjs';

const FEED = '/feeds/network.json';
const ALL_READY = { '#map': 'ready', '#badge': 'ready', '#news': 'ready' };

describe('Requests a page makes', () => {
  let browser;
  let sites;
  before(async () => {
    // The browser first: when it cannot start (or the bundle is not built), no server is left running.
    browser = await launchBrowser();
    sites = await startSites();
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  it('all three elements with one src make exactly one request for the feed, also with an element added later', async () => {
    const { page, close } = await openPage(browser);
    const before = sites.site.count(FEED);
    await page.goto(sites.site.url('/pages/all-elements.html'));
    await waitForStatus(page, ALL_READY);
    await page.evaluate((src) => {
      const late = document.createElement('network-news');
      late.id = 'late';
      late.setAttribute('src', src);
      document.querySelector('main').append(late);
    }, FEED);
    await waitForStatus(page, { '#late': 'ready' });
    assert.equal(sites.site.count(FEED) - before, 1);
    await close();
  });

  it('two copies of the package loaded from two URLs still make one request for the feed between them', async () => {
    const { page, problems, close } = await openPage(browser);
    const before = { feed: sites.site.count(FEED), a: sites.site.count('/a/engaged-city-widgets.js'), b: sites.site.count('/b/engaged-city-widgets.js') };
    await page.goto(sites.site.url('/pages/two-copies.html'));
    await waitForStatus(page, { '#news-a': 'ready', '#badge-a': 'ready', '#news-b': 'ready', '#badge-b': 'ready' });
    assert.equal(sites.site.count('/a/engaged-city-widgets.js') - before.a, 1, 'copy A was loaded');
    assert.equal(sites.site.count('/b/engaged-city-widgets.js') - before.b, 1, 'copy B was loaded');
    assert.equal(sites.site.count(FEED) - before.feed, 1);
    assert.deepEqual(problems.pageErrors, [], 'the second registration throws nothing');
    await close();
  });

  it('no request goes to any host but the page’s own, though news images, member images and links are hosted elsewhere', async () => {
    const { page, close } = await openPage(browser);
    const origins = new Set();
    page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await page.goto(sites.site.url('/pages/third-party.html'));
    await waitForStatus(page, { '#map': 'ready', '#list': 'ready', '#badge': 'ready', '#news': 'ready' });
    // Open the badge's proof, which links to the member's profile elsewhere, and let lazy images come into view.
    await page.locator('#badge').getByRole('button').first().click();
    await page.mouse.wheel(0, 4000);
    await settle(page);
    await page.waitForTimeout(300);
    assert.deepEqual([...origins], [sites.site.origin]);
    assert.equal(sites.thirdParty.count(), 0, 'the stand-in for third parties saw no request');
    await close();
  });

  it('a badge with a src loads the bundle and the feed only: the snapshot and base map chunks only when needed', async () => {
    const path = sites.site.route(
      '/requests/badge-only.html',
      servePage(htmlPage({ title: 'Nur ein Abzeichen', body: `<partnership-badge id="badge" src="${FEED}" member="e2e-stadt"></partnership-badge>` })),
    );
    const { page, close } = await openPage(browser);
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await waitForStatus(page, { '#badge': 'ready' });
    await settle(page);
    assert.deepEqual(scripts, ['/cdn/engaged-city-widgets.js']);
    // The bundled snapshot is a chunk of its own, loaded when an element has no src.
    await page.evaluate(() => {
      const badge = document.createElement('partnership-badge');
      badge.id = 'from-snapshot';
      badge.setAttribute('member', 'gibt-es-nicht');
      document.querySelector('main').append(badge);
    });
    await waitForStatus(page, { '#from-snapshot': 'not-found' });
    assert.equal(scripts.length, 2, `one chunk more for the snapshot: ${scripts.join(', ')}`);
    assert.match(scripts[1], /^\/cdn\/chunks\/[^/]+\.js$/);
    await close();
  });

  it('(control) the stand-in for third parties does see the images once the page opts in with remote-media', async () => {
    const path = sites.site.route(
      '/requests/remote-media.html',
      servePage(htmlPage({ title: 'Bilder bei Dritten erlaubt', body: `<network-news id="news" src="${FEED}" remote-media></network-news>` })),
    );
    const { page, close } = await openPage(browser, path);
    await waitForStatus(page, { '#news': 'ready' });
    await page.waitForFunction((origin) => performance.getEntriesByType('resource').some((entry) => entry.name.startsWith(origin)), sites.thirdParty.origin);
    assert.ok(sites.thirdParty.count('/media/news-1.png') >= 1);
    await close();
  });

  it('writes no cookie, localStorage, sessionStorage, IndexedDB or Cache Storage, also after the visitor uses the elements', async () => {
    const { context, page, close } = await openPage(browser, sites.site.url('/pages/all-elements.html'));
    await waitForStatus(page, ALL_READY);
    await page.locator('#badge').getByRole('button').first().click();
    await page.locator('#map').getByRole('button', { name: /Liste/ }).first().click();
    await settle(page);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      caches: 'caches' in globalThis ? await caches.keys() : [],
    }));
    assert.deepEqual(stored, { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] });
    assert.deepEqual(await context.cookies(), []);
    await close();
  });
});
