import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed, parseFeedInSlices } from '../../src/feed/parse.js';
import type { FeedWarning } from '../../src/feed/types.js';
import { rawCity, rawDirectoryFeed, rawOrganization } from './feed-fixtures.js';

const RUNS = { numRuns: 150 };

/** Runs parseFeed; any error must be a FeedError. */
function parseOrFeedError(input: unknown, baseUrl?: string): ReturnType<typeof parseFeed> | undefined {
  try {
    return parseFeed(input, baseUrl === undefined ? {} : { baseUrl });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return undefined;
  }
}

const URL_KEYS = new Set(['url', 'external_url', 'image', 'banner_image', 'avatar', 'home_page_url', 'feed_url', 'next_url', 'icon', 'favicon', 'profile_url', 'network_url']);

/** Calls `visit` for every key/value pair of every object in the output. */
function walk(value: unknown, visit: (key: string, value: unknown, owner: object) => void): void {
  if (Array.isArray(value)) {
    for (const entry of value) walk(entry, visit);
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      visit(key, (value as Record<string, unknown>)[key], value);
      walk((value as Record<string, unknown>)[key], visit);
    }
  }
}

const hostileStrings = fc.constantFrom(
  'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', '/relative', '//host/x',
  'https://example.org/', 'HTTP://EXAMPLE.ORG', '\u202Ehttps://x.org', 'https://exa mple.org', '', '   ', '__proto__', 'constructor',
  'DE-ST', 'Berlin', 'halle', 'Halle', '2025-03-01T00:00:00Z', 'gestern', 'münchen.de', 'https://a.de/x', '😀'.repeat(70),
);
const fieldValue = fc.oneof(hostileStrings, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.array(fc.oneof(hostileStrings, fc.string(), fc.integer()), { maxLength: 4 }),
  fc.record({ lat: fc.double(), lon: fc.double() }), fc.record({ name: hostileStrings, url: hostileStrings }));

const MEMBER_KEYS = ['id', 'kind', 'name', 'roles', 'region', 'since', 'population', 'location', 'url', 'profile_url', 'domains', 'summary', 'topics', 'image', 'location_note', '__proto__', 'constructor', 'prototype'];
const ITEM_KEYS = ['id', 'url', 'external_url', 'title', 'summary', 'content_text', 'content_html', 'image', 'banner_image', 'date_published', 'date_modified', 'author', 'authors', 'tags', 'language', '_engaged_city', '__proto__', 'constructor'];
const TOP_KEYS = ['version', 'title', 'home_page_url', 'feed_url', 'description', 'icon', 'favicon', 'language', 'next_url', '__proto__', 'constructor', 'prototype'];

/** Objects whose keys are known field names (and prototype names), with hostile values. */
const mutatedObject = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), fieldValue, { maxKeys: 8 });

/**
 * A feed made from valid members and items with fields replaced by hostile values, as JSON text: parsing it makes
 * `__proto__` an own key, as it is in a fetched feed.
 */
const mutatedFeed = fc.record({
  top: mutatedObject(TOP_KEYS),
  members: fc.array(fc.tuple(fc.constantFrom(rawCity(), rawOrganization(), {}), mutatedObject(MEMBER_KEYS)), { maxLength: 6 }),
  items: fc.array(fc.tuple(fc.constantFrom({ id: 'a' }, { id: 1 }, {}), mutatedObject(ITEM_KEYS)), { maxLength: 6 }),
  directory: mutatedObject(['schema', 'updated', 'regions', '__proto__']),
}).map(({ top, members, items, directory }) => JSON.stringify({
  ...top,
  items: items.map(([base, fields]) => ({ ...base, ...fields })),
  _engaged_city: { ...directory, members: members.map(([base, fields]) => ({ ...base, ...fields })) },
}));

const anyInput = fc.oneof(fc.anything(), fc.json(), fc.string(), mutatedFeed);

describe('parseFeed: properties that hold for any input', () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeNames);
  });

  it('returns a result or throws a FeedError, and nothing else', () => {
    fc.assert(fc.property(anyInput, (input) => { parseOrFeedError(input); }), RUNS);
  });

  it('lets no URL other than an absolute http(s) one through, anywhere in the output', () => {
    fc.assert(fc.property(mutatedFeed, fc.constantFrom(undefined, 'https://example.org/feed.json', 'javascript:x'), (input, baseUrl) => {
      const result = parseOrFeedError(input, baseUrl);
      walk(result?.feed, (key, value) => {
        if (URL_KEYS.has(key)) expect(value, key).to.be.a('string').and.match(/^https?:\/\/[^\s/?#]+/);
      });
    }), RUNS);
  });

  it('pollutes no prototype and returns only plain objects with own, known keys', () => {
    const polluting = fc.constantFrom(
      '{"__proto__":{"polluted":1},"items":[]}',
      '{"constructor":{"prototype":{"polluted":1}},"items":[{"id":"a","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}]}',
      '{"_engaged_city":{"__proto__":{"polluted":1},"members":[{"__proto__":{"polluted":1},"id":"a","kind":"city","name":"A","region":"DE-BE","location":{"__proto__":{"polluted":1},"lat":52,"lon":13}}]}}',
      '{"items":[{"id":"a","_engaged_city":{"__proto__":{"regions":["DE-BE"]}},"authors":[{"__proto__":{"name":"x"}}]}]}',
    );
    fc.assert(fc.property(fc.oneof(polluting, mutatedFeed), (input) => {
      const result = parseOrFeedError(input);
      walk(result?.feed, (key, _value, owner) => {
        expect(Object.getPrototypeOf(owner) === Object.prototype || Array.isArray(owner), key).to.equal(true);
        expect(['__proto__', 'constructor', 'prototype']).to.not.include(key);
      });
      if (result !== undefined) {
        for (const object of [result.feed, ...result.feed.items, ...(result.feed._engaged_city?.members ?? [])]) {
          const enumerable: string[] = [];
          for (const key in object) enumerable.push(key);
          expect(enumerable).to.deep.equal(Object.keys(object));
        }
      }
    }), RUNS);
  });

  it('is idempotent: parsing the result again gives an equal feed and no warnings', () => {
    fc.assert(fc.property(fc.oneof(mutatedFeed, fc.json()), fc.constantFrom(undefined, 'https://example.org/feed.json'), (input, baseUrl) => {
      const first = parseOrFeedError(input, baseUrl);
      if (first === undefined) return;
      const second = parseFeed(first.feed);
      expect(second.feed).to.deep.equal(first.feed);
      // A newer directory schema is read again with the same warning: it is no defect of the first pass.
      const warnings = second.warnings.filter((warning: FeedWarning) => warning.code !== 'unsupported-schema');
      expect(warnings).to.deep.equal([]);
      expect(JSON.stringify(second.feed)).to.equal(JSON.stringify(first.feed));
    }), RUNS);
  });

  it('gives every warning a known code, a path and a message', () => {
    const codes = ['wrong-type', 'missing-field', 'invalid-value', 'invalid-url', 'invalid-date', 'out-of-range', 'truncated', 'invalid-entry',
      'duplicate-id', 'unknown-role', 'unsupported-schema', 'defaulted', 'repaired'];
    fc.assert(fc.property(mutatedFeed, (input) => {
      for (const warning of parseOrFeedError(input)?.warnings ?? []) {
        expect(codes).to.include(warning.code);
        expect(warning.path).to.match(/^(?:[a-z_]+|\[\d+\])(?:\.[a-z_]+|\[\d+\])*$/);
        expect(warning.message).to.be.a('string').and.not.equal('');
      }
    }), RUNS);
  });

  it('reads in slices exactly as at once: the same result, warnings and errors (the elements’ loader reads so)', async () => {
    await fc.assert(fc.asyncProperty(anyInput, async (input) => {
      const atOnce = (() => {
        try {
          return parseFeed(input);
        } catch (error) {
          return error;
        }
      })();
      const inSlices = await parseFeedInSlices(input).catch((error: unknown) => error);
      if (atOnce instanceof Error) {
        expect(inSlices).to.be.instanceOf(FeedError);
        expect((inSlices as FeedError).code).to.equal((atOnce as FeedError).code);
      } else {
        expect(inSlices).to.deep.equal(atOnce);
      }
    }), RUNS);
  });

  it('keeps valid members of a feed whatever else is wrong in it', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fieldValue, mutatedObject(MEMBER_KEYS)), { maxLength: 5 }), (junk) => {
      const { feed } = parseFeed(rawDirectoryFeed([...junk, rawCity({ id: 'zz-valid-city' })]));
      expect(feed._engaged_city!.members.map((member) => member.id)).to.include('zz-valid-city');
    }), RUNS);
  });
});
