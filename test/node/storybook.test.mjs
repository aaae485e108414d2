// Storybook: builds with no network, has a story for every state, and every story renders without console errors,
// with its elements settled (loading stories stay loading), no request leaving the page's origin, and zero axe
// violations. Builds into a temporary folder each run (about 5 s); set STORYBOOK_STATIC to test an existing build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { axeViolations, launchBrowser, settledStatuses, watchPage } from './support/browser.mjs';
import { serveStatic } from './support/static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const ownBuild = !process.env.STORYBOOK_STATIC;
const outputDir = process.env.STORYBOOK_STATIC ? resolve(process.env.STORYBOOK_STATIC) : mkdtempSync(join(tmpdir(), 'ecw-storybook-'));

if (ownBuild) {
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook', '--', '--output-dir', outputDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) throw new Error(`storybook build failed:\n${build.stdout}\n${build.stderr}`);
}

/** @type {Record<string, { id: string, title: string, name: string, type: string, tags?: string[] }>} */
const entries = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')).entries;
const stories = Object.values(entries).filter((entry) => entry.type === 'story');
const TAGS = ['engaged-city-map', 'partnership-badge', 'network-news'];

let server;
let browser;
/** One browser context for all stories, so its HTTP cache keeps Storybook's large bundles between page loads. */
let context;

before(async () => {
  server = await serveStatic({ mounts: { '/': outputDir }, cache: true });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (ownBuild) rmSync(outputDir, { recursive: true, force: true });
});

describe('the Storybook build', () => {
  it('has a docs page and stories for every element', () => {
    for (const tag of TAGS) {
      const title = `Elements/${tag}`;
      assert.ok(Object.values(entries).some((entry) => entry.title === title && entry.type === 'docs'), `docs page of ${title}`);
      assert.ok(stories.filter((story) => story.title === title).length >= 8, `stories of ${title}`);
    }
    assert.ok(Object.values(entries).some((entry) => entry.title === 'Introduction'), 'the introduction');
  });

  it('has a story for every state of every element', () => {
    const names = (tag) => stories.filter((story) => story.title === `Elements/${tag}`).map((story) => story.name);
    for (const tag of TAGS) {
      for (const state of ['Loading', 'Error', 'Dark', 'English', 'From Data']) {
        assert.ok(names(tag).some((name) => name === state || name.startsWith(`${state} (`)), `${tag}: ${state}`);
      }
    }
    assert.ok(names('engaged-city-map').includes('Empty'));
    assert.ok(names('network-news').includes('Empty'));
    for (const state of ['Unverified', 'Not Found', 'Full', 'Compact', 'Seal', 'Variants And Sizes']) {
      assert.ok(names('partnership-badge').includes(state), `partnership-badge: ${state}`);
    }
    for (const layout of ['List', 'Cards', 'Compact']) assert.ok(names('network-news').includes(layout), `network-news: ${layout}`);
  });
});

describe('every story', { concurrency: 4 }, () => {
  for (const story of stories) {
    const loadingStory = story.tags?.includes('loading-state') ?? false;
    it(`${story.title} › ${story.name}: renders without errors and passes axe`, async () => {
      const page = await context.newPage();
      try {
        const problems = watchPage(page, server.origin);
        // The a11y addon would run axe after each render too; this test runs it itself, once.
        await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
        await page.waitForFunction(() => document.querySelector('#storybook-root')?.querySelector('engaged-city-map, partnership-badge, network-news'));
        if (loadingStory) {
          await page.waitForFunction(() => [...document.querySelectorAll('engaged-city-map, partnership-badge, network-news')]
            .every((element) => element.getAttribute('status') === 'loading' && element.getAttribute('aria-busy') === 'true'));
        } else {
          const statuses = await settledStatuses(page);
          const expected = /error/i.test(story.name) ? 'error' : /empty/i.test(story.name) ? 'empty'
            : /unverified/i.test(story.name) ? 'unverified' : /not found/i.test(story.name) ? 'not-found' : 'ready';
          for (const status of statuses) assert.equal(status.split(':')[1], expected, `${story.id}: ${statuses.join(', ')}`);
        }
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        assert.deepEqual(await axeViolations(page, '#storybook-root'), []);
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.consoleErrors, []);
        assert.deepEqual(problems.foreignRequests, []);
      } finally {
        await page.close();
      }
    });
  }
});
