// The Chromium switches every browser here is launched with (scripts/chromium-args.mjs) do what they say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-args.mjs';

const disabled = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features=')).flatMap((arg) => arg.slice(19).split(','));

test('one --disable-features switch, holding every feature Playwright switches off (Chromium keeps only the last)', () => {
  assert.equal(CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features')).length, 1);
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('playwright-core/package.json')), 'lib');
  const source = ['coreBundle.js', 'server/chromium/chromiumSwitches.js']
    .map((file) => { try { return readFileSync(join(lib, file), 'utf8'); } catch { return ''; } })
    .join('\n');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(source);
  assert.ok(list, 'Playwright’s list of disabled features was not found: check scripts/chromium-args.mjs by hand');
  const theirs = [...list[1].matchAll(/"([A-Za-z0-9]+)"/g)].map((match) => match[1]).filter((name) => !name.startsWith('ms'));
  assert.ok(theirs.includes('PaintHolding'), theirs.join(', '));
  assert.deepEqual(theirs.filter((name) => !disabled.includes(name)), []);
});

test('a new browser context opens no renderer of the browser’s own (the address bar’s popup) beside the page', async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const cdp = await browser.newBrowserCDPSession();
    const context = await browser.newContext();
    await context.newPage();
    const { targetInfos } = await cdp.send('Target.getTargets');
    assert.deepEqual(targetInfos.filter((target) => target.type !== 'page').map((target) => target.url), []);
  } finally {
    await browser.close();
  }
});
