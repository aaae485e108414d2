// Chromium for the Node tests: Debian's (CHROME_PATH), quiet and offline-safe, plus helpers every page test needs.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/chromium-args.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROME_ARGS = [
  ...CHROMIUM_ARGS,
  // No host name resolves: a page under test cannot reach the network, whatever it tries.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Launches Chromium from CHROME_PATH (default /usr/bin/chromium). */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}

/**
 * Records what a page reports: console errors, uncaught exceptions, and requests to any origin but `allowedOrigin`.
 * (Such requests cannot reach anything: the browser resolves no host name but 127.0.0.1, see {@link launchBrowser}.)
 * It listens rather than routing requests, because routing would switch off the HTTP cache.
 * @param {import('playwright-core').Page} page
 * @param {string} allowedOrigin
 */
export function watchPage(page, allowedOrigin) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    // Failed responses are recorded below, with their address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('response', (response) => {
    // The browser's own favicon request is no page's doing.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!(url.startsWith(allowedOrigin + '/') || url.startsWith('data:') || url.startsWith('blob:'))) problems.foreignRequests.push(url);
  });
  return problems;
}

/** The rules the spec asks for: WCAG 2.1 A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page and returns its violations as short strings.
 * @param {import('playwright-core').Page} page
 * @param {string} [context] a CSS selector; the whole document when absent
 * @param {string[]} [tags] axe rule tags; WCAG 2.1 A and AA by default
 */
export async function axeViolations(page, context, tags = WCAG_21_AA) {
  const loaded = await page.evaluate(() => typeof (/** @type {any} */ (window).axe) !== 'undefined');
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async ([selector, values]) => {
    const axe = /** @type {any} */ (window).axe;
    const options = { runOnly: { type: 'tag', values }, resultTypes: ['violations'] };
    // A page may run axe itself (Storybook's a11y addon does after each render): wait for that run to end.
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await axe.run(selector ? document.querySelector(selector) : document, options);
        return result.violations.map((violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' > ')).join(', ')})`);
      } catch (error) {
        if (attempt > 100 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, [context, tags]);
}

/**
 * Waits until every widget on the page (also inside story roots) has left `loading`, and returns their statuses.
 * @param {import('playwright-core').Page} page
 */
export async function settledStatuses(page, timeout = 10_000) {
  const selector = 'engaged-city-map, partnership-badge, network-news';
  await page.waitForFunction(
    (sel) => {
      const elements = [...document.querySelectorAll(sel)];
      return elements.length > 0 && elements.every((element) => customElements.get(element.localName) && element.getAttribute('status') && element.getAttribute('status') !== 'loading');
    },
    selector,
    { timeout },
  );
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((element) => `${element.localName}:${element.getAttribute('status')}`), selector);
}
