// Chromium for the end-to-end suite: one browser per test file, a fresh context (no cache, no storage) per test, and
// a recorder in every page for the events a test asserts on (feed-load, feed-error, CSP violations).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/chromium-args.mjs';
import { BUNDLE, CDN_DIR } from './server.mjs';

const LAUNCH_ARGS = [...CHROMIUM_ARGS, '--font-render-hinting=none'];

const TAGS = ['engaged-city-map', 'partnership-badge', 'network-news'];

/**
 * Launches Chromium (`CHROME_PATH`, else /usr/bin/chromium), after checking that the CDN bundle has been built and
 * defines the three elements (so that a broken build fails every test at once instead of timing out in each).
 */
export async function launchBrowser() {
  const bundle = resolve(CDN_DIR, BUNDLE);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build it first (npx vite build --mode cdn)`);
  const missing = TAGS.filter((tag) => !readFileSync(bundle, 'utf8').includes(tag));
  if (missing.length) throw new Error(`${bundle} does not define ${missing.map((tag) => `<${tag}>`).join(', ')}`);
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: LAUNCH_ARGS });
}

/**
 * Runs in every page before its own scripts: records the elements' events and CSP violations in `window.__e2e`.
 * (An init script is injected by the browser, so it runs on strict pages too.)
 */
function recorder() {
  const record = (window.__e2e = { events: [], violations: [] });
  const describe = (target) => (target instanceof Element ? `${target.localName}${target.id ? `#${target.id}` : ''}` : String(target));
  document.addEventListener('feed-load', (event) => record.events.push({ type: 'feed-load', target: describe(event.target) }), true);
  document.addEventListener(
    'feed-error',
    (event) => record.events.push({ type: 'feed-error', target: describe(event.target), code: event.detail?.error?.code }),
    true,
  );
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      record.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile, line: event.lineNumber }),
    true,
  );
}

/**
 * A new context and page. `options` are Playwright context options (viewport, reducedMotion, forcedColors, ...).
 * `problems` collects console errors and warnings, uncaught page errors and dialogs (which are dismissed).
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, deviceScaleFactor: 1, ...options });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  const problems = { console: [], pageErrors: [], dialogs: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  if (url) await page.goto(url);
  return { context, page, problems, close: () => context.close() };
}

/**
 * Waits until each element has one of the given statuses: `{ '#news': 'ready', '#badge': ['unverified'] }`.
 * Polls inside the page (no eval: works under strict CSP and Trusted Types). Rejects with the statuses seen.
 */
export async function waitForStatus(page, expected, timeout = 10_000) {
  const wanted = Object.entries(expected).map(([selector, status]) => [selector, [].concat(status)]);
  const result = await page.evaluate(
    ([wanted, timeout]) =>
      new Promise((resolve) => {
        const started = performance.now();
        const seen = () =>
          wanted.map(([selector]) => {
            const element = document.querySelector(selector);
            if (!element) return 'absent';
            if (!customElements.get(element.localName)) return `<${element.localName}> not defined`;
            return element.getAttribute('status');
          });
        const check = () => {
          const statuses = seen();
          if (wanted.every(([, allowed], i) => allowed.includes(statuses[i]))) return resolve({ ok: true });
          if (performance.now() - started > timeout) return resolve({ ok: false, statuses });
          setTimeout(check, 25);
        };
        check();
      }),
    [wanted, timeout],
  );
  if (!result.ok) {
    const seen = wanted.map(([selector, allowed], i) => `${selector}: ${result.statuses[i]} (want ${allowed.join('|')})`);
    throw new Error(`elements did not reach their status: ${seen.join('; ')}`);
  }
}

/** The events and CSP violations the page recorded so far. */
export function recorded(page) {
  return page.evaluate(() => window.__e2e);
}

/** Two animation frames: whatever the last change caused has been laid out and painted. */
export function settle(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}
