// Hostile hosts: on a page with a CSS framework's reset and aggressive global rules (pages/hostile.css), and on one that
// also styles text through inherited properties (pages/hostile-theme.css), every element looks as it does on a plain
// page: screenshots compared pixel by pixel.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, settle, waitForStatus } from './support/browser.mjs';
import { comparePngs } from './support/pixels.mjs';
import { startSites } from './support/server.mjs';

/** The elements of pages/look-plain.html and pages/look-hostile.html, and the status each must reach. */
const ELEMENTS = { '#map': 'ready', '#list': 'ready', '#badge': 'ready', '#compact': 'ready', '#news': 'ready', '#broken': 'error' };
/** The share of pixels that may differ (anti-aliasing at the edges of the element's box). */
const TOLERANCE = 0.005;
/** Where the screenshots of a failed comparison are written, to look at. */
const ARTIFACTS = resolve(import.meta.dirname, '../../.tmp/e2e-artifacts');

describe('Hostile hosts', () => {
  let browser;
  let sites;
  const shots = { plain: {}, hostile: {}, themed: {} };
  let compare;

  before(async () => {
    // The browser first: when it cannot start (or the bundle is not built), no server is left running.
    browser = await launchBrowser();
    sites = await startSites();
    // Both pages at once, in contexts of their own; each element photographed once ready and painted.
    await Promise.all(
      Object.keys(shots).map(async (kind) => {
        const { page, close } = await openPage(browser, sites.site.url(`/pages/look-${kind}.html`), { reducedMotion: 'reduce' });
        await waitForStatus(page, ELEMENTS);
        await page.evaluate(() => document.fonts.ready);
        await settle(page);
        for (const selector of Object.keys(ELEMENTS)) {
          shots[kind][selector] = await page.locator(selector).screenshot({ animations: 'disabled', caret: 'hide' });
        }
        await close();
      }),
    );
    compare = (await openPage(browser)).page;
  });
  after(async () => {
    await browser?.close();
    await sites?.close();
  });

  const PAGES = {
    hostile: 'a page with a CSS framework and aggressive global rules',
    themed: 'a page that also styles text through inherited properties',
  };
  for (const [kind, description] of Object.entries(PAGES)) {
    for (const selector of Object.keys(ELEMENTS)) {
      it(`${selector} looks the same on ${description} as on a plain page`, () => assertSameLook(kind, selector));
    }
  }

  async function assertSameLook(kind, selector) {
    {
      const result = await comparePngs(compare, shots.plain[selector], shots[kind][selector]);
      if (!result.sameSize || result.mismatch > TOLERANCE) {
        await mkdir(ARTIFACTS, { recursive: true });
        const name = selector.slice(1);
        await writeFile(resolve(ARTIFACTS, `look-${name}-plain.png`), shots.plain[selector]);
        await writeFile(resolve(ARTIFACTS, `look-${name}-${kind}.png`), shots[kind][selector]);
      }
      assert.ok(result.sameSize, `same size: ${result.width.join(' vs ')} × ${result.height.join(' vs ')} px (screenshots in .tmp/e2e-artifacts)`);
      assert.ok(result.mismatch <= TOLERANCE, `${(result.mismatch * 100).toFixed(2)} % of the pixels differ (screenshots in .tmp/e2e-artifacts)`);
    }
  }
});
