// Hostile feeds: script payloads in every text field, script and data URLs in every URL field, huge strings.
// No script runs, no dialog opens, and no URL but an absolute http(s) one reaches any shadow root.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, settle, waitForStatus } from './support/browser.mjs';
import { auditShadowRoots } from './support/dom.mjs';
import { HOSTILE_MEMBER, hostileFeed } from './support/hostile-feed.mjs';
import { htmlPage, servePage } from './support/pages.mjs';
import { respond, startSites } from './support/server.mjs';

const FEED = '/hostile/feed.json';

const PAGE = htmlPage({
  title: 'Ein feindlicher Feed',
  body: `
    <engaged-city-map id="map" src="${FEED}" selected="${HOSTILE_MEMBER}" loading="eager"></engaged-city-map>
    <engaged-city-map id="list" src="${FEED}" view="list" loading="eager"></engaged-city-map>
    <partnership-badge id="badge" src="${FEED}" member="${HOSTILE_MEMBER}"></partnership-badge>
    <partnership-badge id="seal" src="${FEED}" member="${HOSTILE_MEMBER}" variant="seal" verify="none"></partnership-badge>
    <network-news id="news" src="${FEED}" limit="50"></network-news>
    <network-news id="cards" src="${FEED}" layout="cards" remote-media limit="50"></network-news>`,
});

describe('Hostile feeds', () => {
  let browser;
  let sites;
  before(async () => {
    // The browser first: when it cannot start (or the bundle is not built), no server is left running.
    browser = await launchBrowser();
    sites = await startSites();
    sites.site.route(FEED, respond.json(hostileFeed()));
    sites.site.route('/hostile/page.html', servePage(PAGE));
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  it('no script runs, no dialog opens and every URL in every shadow root is http(s), with every part of every element open', async () => {
    const { page, problems, close } = await openPage(browser, sites.site.url('/hostile/page.html'));
    try {
      await waitForStatus(page, { '#map': 'ready', '#list': 'ready', '#badge': 'ready', '#seal': 'ready', '#news': 'ready', '#cards': 'ready' });
      // Open everything that renders feed data on demand: the badges' proofs and every disclosure of the list view.
      for (const badge of ['#badge', '#seal']) await page.locator(badge).getByRole('button').first().click();
      const closed = page.locator('#list').locator('button[aria-expanded="false"]');
      for (let count = await closed.count(); count > 0; count--) await closed.first().click();
      await settle(page);

      const audit = await page.evaluate(auditShadowRoots);
      assert.deepEqual(audit.problems, []);
      assert.ok(audit.roots >= 6 && audit.urls > 0, `the audit saw the elements (${audit.roots} roots, ${audit.urls} URLs)`);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
      assert.deepEqual(problems.dialogs, []);
      assert.deepEqual(problems.pageErrors, []);
      // The payloads are shown as the text they are.
      assert.match(await page.locator('#badge [part~="label"]').innerText(), /<script>window\.__pwned=1<\/script> Stadt 0/);
      assert.equal(sites.thirdParty.count(), 0);
    } finally {
      await close();
    }
  });
});
