// Strict pages: the elements work under a Content Security Policy without 'unsafe-inline' or 'unsafe-eval' and with
// Trusted Types enforced, and cause no violation. the README (Strict pages) gives webmasters the same lines.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, recorded, settle, waitForStatus } from './support/browser.mjs';
import { respond, startSites } from './support/server.mjs';

/** The Trusted Types policy names the package needs (Lit's template policy and the package's own for DOMParser); see the README. */
export const POLICY_NAMES = 'lit-html engaged-city-widgets';

/** The policy of the README (Strict pages). */
const strictPolicy = (trustedTypes) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

const CSP_MESSAGE = /Content Security Policy|Trusted ?Type|TrustedHTML|TrustedScript|unsafe-inline|unsafe-eval/i;

describe('Strict pages', () => {
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

  /** Opens `page` (a file in pages/) under `policy` and returns the page with its problems. */
  async function openStrict(file, policy) {
    const url = sites.site.route(`/strict/${file}`, respond.file(`pages/${file}`, { 'content-security-policy': policy }));
    return openPage(browser, url);
  }

  /** Violations: the page's securitypolicyviolation events, and the console's CSP and Trusted Types errors. */
  async function violations(page, problems) {
    const { violations } = await recorded(page);
    return [
      ...violations.map((violation) => `${violation.directive}: ${violation.blocked} ${violation.sample ?? ''} (${violation.source}:${violation.line})`),
      ...problems.console.filter((message) => CSP_MESSAGE.test(message)),
      ...problems.pageErrors,
    ];
  }

  /** Adds the violations seen so far to a failed wait's message. */
  const withViolations = (page, problems) => async (error) => {
    throw new Error(`${error.message}\nviolations:\n${(await violations(page, problems)).join('\n')}`);
  };

  it(`every element reaches its status with no violation under "${strictPolicy(POLICY_NAMES)}"`, async () => {
    const { page, problems, close } = await openStrict('strict.html', strictPolicy(POLICY_NAMES));
    try {
      await waitForStatus(page, {
        '#map': 'ready',
        '#badge': 'ready',
        '#snapshot-badge': 'not-found',
        '#news': 'ready',
        '#broken': 'error',
      }).catch(withViolations(page, problems));
      // Use what renders later: the badge's proof, a marker's details, the list view, "show more", the retry button.
      await page.locator('#badge').getByRole('button').first().click();
      await page.locator('#map [part~="marker"]').first().click();
      await page.locator('#map').getByRole('button', { name: 'Liste' }).click();
      await page.locator('#news [part~="more"]').click();
      await page.locator('#broken').getByRole('button', { name: 'Erneut versuchen' }).click();
      await waitForStatus(page, { '#broken': 'error', '#map': 'ready' });
      await settle(page);
      assert.deepEqual(await violations(page, problems), []);
    } finally {
      await close();
    }
  });

  it('news from RSS 2.0 and Atom 1.0, and items with only content_html, show with no violation', async () => {
    const { page, problems, close } = await openStrict('strict-news-sources.html', strictPolicy(POLICY_NAMES));
    try {
      await waitForStatus(page, { '#rss': 'ready', '#atom': 'ready', '#html-only': 'ready' }, 5000).catch(withViolations(page, problems));
      // The feeds' HTML carries style attributes and event handlers (as real feeds do): read as text, never reported.
      const texts = await page.evaluate(() => ['#rss', '#atom', '#html-only'].map((id) => document.querySelector(id).shadowRoot.textContent));
      assert.match(texts[0], /40 Vereine stellen sich vor/);
      assert.match(texts[1], /Am Vorlesetag lesen Ehrenamtliche vor/);
      assert.match(texts[2], /Der Bürgerhaushalt geht in die dritte Runde/);
      assert.deepEqual(await violations(page, problems), []);
    } finally {
      await close();
    }
  });

  it(`two copies of the package share a strict page with "trusted-types ${POLICY_NAMES} 'allow-duplicates'"`, async () => {
    const { page, problems, close } = await openStrict('two-copies.html', strictPolicy(`${POLICY_NAMES} 'allow-duplicates'`));
    try {
      await waitForStatus(page, { '#news-a': 'ready', '#badge-a': 'ready', '#news-b': 'ready', '#badge-b': 'ready' });
      assert.deepEqual(await violations(page, problems), []);
    } finally {
      await close();
    }
  });
});
