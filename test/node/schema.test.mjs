// The JSON Schema and parseFeed agree on a set of hand-written documents: a valid document passes the schema and
// parseFeed returns it unchanged without warnings; an invalid one fails the schema and parseFeed warns or throws.
// Runs in Node because ajv is CommonJS, which the browser test runner's dev server does not load. parseFeed comes from
// the TypeScript source, bundled in memory by esbuild (no build needed).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(join(root, 'schema/network-feed.schema.json'), 'utf8'));
const documents = JSON.parse(readFileSync(join(root, 'test/feed/fixtures/schema-documents.json'), 'utf8'));

/** parseFeed and the limits, from the TypeScript source. */
async function importFeedSource() {
  const result = await build({
    stdin: { contents: "export * from './parse.js'; export * from './limits.js';", resolveDir: join(root, 'src/feed'), loader: 'ts' },
    bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent',
  });
  const directory = mkdtempSync(join(tmpdir(), 'feed-parse-'));
  const file = join(directory, 'feed.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe('schema/network-feed.schema.json', () => {
  let feedModule;
  let validate;
  before(async () => {
    feedModule = await importFeedSource();
    validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
  });

  it('is a JSON Schema (draft 2020-12) that ajv compiles in strict mode', () => {
    assert.equal(typeof validate, 'function');
  });

  it('has at least 15 hand-written documents, valid and invalid', () => {
    assert.ok(documents.length >= 15);
    assert.ok(documents.some((entry) => entry.valid) && documents.some((entry) => !entry.valid));
  });

  // `parsed`: the feed as parseFeed reads it where the format fills in a default (a member's roles); else the document.
  for (const { name, valid, document, parsed = document } of documents) {
    if (valid) {
      it(`accepts ${name}, which parseFeed returns ${parsed === document ? 'unchanged' : 'with its defaults'} without warnings`, () => {
        assert.equal(validate(document), true, JSON.stringify(validate.errors));
        const { feed, warnings } = feedModule.parseFeed(document);
        assert.deepEqual(warnings, []);
        assert.deepEqual(feed, parsed);
        assert.equal(JSON.stringify(feed), JSON.stringify(parsed), 'same key order');
      });
    } else {
      it(`rejects ${name}, on which parseFeed warns or throws`, () => {
        assert.equal(validate(document), false);
        let warnings;
        try {
          warnings = feedModule.parseFeed(document).warnings;
        } catch (error) {
          assert.equal(error.name, 'FeedError');
          return;
        }
        assert.ok(warnings.length > 0, 'parseFeed accepted it silently');
      });
    }
  }

  it('states the same limits as the parser', () => {
    const { FEED_LIMITS, TEXT_LIMITS, LIST_LIMITS } = feedModule;
    const { $defs, properties } = schema;
    assert.equal(properties.items.maxItems, FEED_LIMITS.maxItems);
    assert.equal($defs.directory.properties.members.maxItems, FEED_LIMITS.maxMembers);
    assert.equal(properties.title.maxLength, TEXT_LIMITS.title);
    assert.equal($defs.member.properties.name.maxLength, TEXT_LIMITS.name);
    assert.equal($defs.member.properties.summary.maxLength, TEXT_LIMITS.memberSummary);
    assert.equal($defs.member.properties.topics.maxItems, LIST_LIMITS.topics);
    assert.equal($defs.member.properties.topics.items.maxLength, TEXT_LIMITS.topic);
    assert.equal($defs.item.properties.tags.maxItems, LIST_LIMITS.tags);
    assert.equal($defs.item.properties.content_html.maxLength, TEXT_LIMITS.content);
  });
});
