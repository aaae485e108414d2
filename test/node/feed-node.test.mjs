// The built feed layer works in Node, without a DOM: parseFeed, safeUrl and normalizeHost from dist/feed.js.
// Needs `npm run build` first (the test script builds before it runs the Node tests).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FeedError, htmlToText, normalizeHost, parseFeed, parseNewsSource, safeUrl } from '../../dist/feed.js';

const feedText = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: ' Netzwerk Engagierte Stadt ',
  items: [{ id: 1, title: 'Neue Städte', url: '/news/1', date_published: '2025-03-01T09:30:00+01:00' }],
  _engaged_city: {
    schema: 1,
    members: [
      { id: 'lutherstadt-wittenberg', kind: 'city', name: 'Lutherstadt Wittenberg', roles: ['engaged-city'], region: 'DE-ST',
        url: 'javascript:alert(1)', domains: ['Wittenberg.DE'], location: { lat: 51.8664, lon: 12.6433 } },
    ],
  },
});

describe('the feed layer in Node (dist/feed.js)', () => {
  it('runs without a DOM', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('parses a feed: cleans text, resolves relative URLs, drops unsafe ones, and warns', () => {
    const { feed, warnings } = parseFeed(feedText, { baseUrl: 'https://www.engagiertestadt.de/feed.json' });
    assert.equal(feed.title, 'Netzwerk Engagierte Stadt');
    assert.deepEqual(feed.items, [
      { id: '1', url: 'https://www.engagiertestadt.de/news/1', title: 'Neue Städte', date_published: '2025-03-01T09:30:00+01:00' },
    ]);
    const [member] = feed._engaged_city.members;
    assert.equal(member.url, undefined);
    assert.deepEqual(member.domains, ['wittenberg.de']);
    assert.deepEqual(warnings.map((warning) => warning.code), ['repaired', 'invalid-url', 'repaired']);
    assert.deepEqual(parseFeed(feed).warnings, []);
  });

  it('throws a FeedError for unusable documents', () => {
    assert.throws(() => parseFeed('{'), (error) => error instanceof FeedError && error.code === 'not-json');
    assert.throws(() => parseFeed('[]'), (error) => FeedError.is(error) && error.code === 'not-a-feed');
  });

  it('exports the URL and host checks', () => {
    assert.equal(safeUrl('java\tscript:alert(1)'), undefined);
    assert.equal(safeUrl('/a', 'https://example.org/'), 'https://example.org/a');
    assert.equal(normalizeHost('Bürger.Example.'), 'xn--brger-kva.example');
  });
});

describe('the browser-only readers in Node', () => {
  it('read JSON Feed and plain text, and say clearly that RSS, Atom and HTML need a browser', () => {
    const json = new TextEncoder().encode(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Eins' }] }));
    assert.equal(parseNewsSource(json).feed.items[0].title, 'Eins');
    assert.equal(htmlToText('Bürger &amp; Stadt'), 'Bürger & Stadt');
    const needsBrowser = /needs a browser \(DOMParser\)/;
    assert.throws(() => parseNewsSource(new TextEncoder().encode('<rss version="2.0"><channel/></rss>')), needsBrowser);
    assert.throws(() => htmlToText('<b>fett</b>'), needsBrowser);
  });
});

describe('the built files (dist/)', () => {
  it('hold no data: URL: a bundler that inlined an "asset" would make the snapshot’s feed host "null"', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('../../dist/', import.meta.url).pathname;
    const files = readdirSync(root, { recursive: true }).filter((file) => String(file).endsWith('.js'));
    assert.ok(files.length > 5, `built files: ${files.join(', ')}`);
    for (const file of files) {
      const inlined = /\bdata:[a-z]+\/[a-z0-9.+-]+;base64,/i.exec(readFileSync(join(root, String(file)), 'utf8'));
      assert.equal(inlined, null, `${file} holds ${inlined?.[0]}…`);
    }
  });
});
