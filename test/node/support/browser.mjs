// Chromium for the Node tests: Debian's (CHROME_PATH), quiet and offline-safe, plus helpers every page test needs.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Launches Chromium from CHROME_PATH (default /usr/bin/chromium). */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}

/**
 * Records what a page reports: console errors, uncaught exceptions, and requests to any origin but `allowedOrigin`
 * (those are aborted, so a test can never reach the network).
 * @param {import('playwright-core').Page} page
 * @param {string} allowedOrigin
 */
export async function watchPage(page, allowedOrigin) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort();
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
    const result = await axe.run(selector ? document.querySelector(selector) : document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' > ')).join(', ')})`);
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
