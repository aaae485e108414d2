// Size budgets: what a page pays for each entry when it loads it alone (bundled with Lit, minified, brotli).
// `npm run bench` prints the same figures; scripts/sizes.mjs holds the budgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGETS, ENTRIES, OWN_CODE_BUDGETS, PROBES, SHARED_BASE_BUDGET, kb, measureEntry } from '../../scripts/sizes.mjs';

for (const [name, budget] of Object.entries(BUDGETS)) {
  test(`${name} stays within its size budget`, async () => {
    const { entry, chunks } = await measureEntry(ENTRIES[name]);
    assert.ok(entry <= budget.entry, `${name}: ${kb(entry)} brotli, budget ${kb(budget.entry)}`);
    for (const [chunk, limit] of Object.entries(budget.chunks ?? {})) {
      const size = Object.entries(chunks).find(([chunkName]) => chunkName.startsWith(chunk))?.[1];
      assert.ok(size !== undefined, `${name}: no lazy chunk named ${chunk}* (chunks: ${Object.keys(chunks).join(', ')})`);
      assert.ok(size <= limit, `${name}: chunk ${chunk} ${kb(size)} brotli, budget ${kb(limit)}`);
    }
  });
}

test('the bundled snapshot is a lazy chunk of its own, not part of any element entry', async () => {
  const { chunks } = await measureEntry(ENTRIES['partnership-badge.js']);
  assert.ok(Object.keys(chunks).some((name) => name.startsWith('network-snapshot')), `chunks: ${Object.keys(chunks).join(', ')}`);
});

test('an element entry reads feeds with a parser it loads together with the feed: a lazy chunk, not part of the entry', async () => {
  for (const [name, reader] of [['partnership-badge.js', 'parse'], ['engaged-city-map.js', 'parse'], ['network-news.js', 'json-feed-source']]) {
    const { chunks } = await measureEntry(ENTRIES[name]);
    // The reader and what it shares with other lazy chunks (esbuild's `chunk-…`), but never the entry: at least 3 KB.
    const lazy = Object.entries(chunks).filter(([chunk]) => chunk.startsWith(reader) || chunk.startsWith('chunk-')).reduce((sum, [, bytes]) => sum + bytes, 0);
    assert.ok(Object.keys(chunks).some((chunk) => chunk.startsWith(reader)), `${name}: chunks ${Object.keys(chunks).join(', ')}`);
    assert.ok(lazy > 3 * 1024, `${name}: the reader's lazy code is ${kb(lazy)}`);
  }
});

test('the shared base (Lit, base element, loader, tokens) and each element’s own code stay within their budgets', async () => {
  const base = (await measureEntry(PROBES['Lit + shared base'])).entry;
  assert.ok(base <= SHARED_BASE_BUDGET, `Lit + shared base: ${kb(base)} brotli, budget ${kb(SHARED_BASE_BUDGET)}`);
  for (const [name, budget] of Object.entries(OWN_CODE_BUDGETS)) {
    const own = (await measureEntry(ENTRIES[name])).entry - base;
    assert.ok(own <= budget, `${name} adds ${kb(own)} to the shared base, budget ${kb(budget)}`);
  }
});
