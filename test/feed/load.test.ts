import { expect } from '@open-wc/testing';
import * as loader from '../../src/feed/load.js';
import { forgetFeeds, loadDocument, loadFeed, loadParsed, type FetchedDocument } from '../../src/feed/load.js';
import {
  ControlledBody, MINIMAL_FEED, installFakeFetch, json, realNetwork, redirectedTo, settle, type FakeFetch,
} from './load-fake-fetch.js';

const FEED_URL = 'https://netzwerk.example/feed.json';
const CACHE_KEY = Symbol.for('engaged-city-widgets.feeds');

describe('loadFeed: one request per URL per page', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
  });

  it('makes one request for three consumers that ask at the same time, and gives them the same feed', async () => {
    fake = installFakeFetch(json());
    const [first, second, third] = await Promise.all([loadFeed(FEED_URL), loadFeed(FEED_URL), loadFeed(FEED_URL)]);
    expect(fake.calls).to.have.length(1);
    expect(first.feed.title).to.equal('Netzwerk Engagierte Stadt');
    expect(first.url).to.equal(FEED_URL);
    expect(second).to.equal(first);
    expect(third).to.equal(first);
  });

  it('answers a consumer that comes after the load settled without a new request', async () => {
    fake = installFakeFetch(json());
    const first = await loadFeed(FEED_URL);
    const later = await loadFeed(FEED_URL);
    expect(fake.calls).to.have.length(1);
    expect(later).to.equal(first);
  });

  it('reads and parses a document once per parser kind, however often it is asked for', async () => {
    fake = installFakeFetch(json());
    let parses = 0;
    const parseLength = (fetched: FetchedDocument) => {
      parses += 1;
      return fetched.bytes.byteLength;
    };
    await Promise.all([loadParsed(FEED_URL, 'test/length', parseLength), loadParsed(FEED_URL, 'test/length', parseLength)]);
    await loadParsed(FEED_URL, 'test/length', parseLength);
    const feed = await loadFeed(FEED_URL);
    expect(parses).to.equal(1);
    expect(feed.feed.title).to.equal(MINIMAL_FEED.title);
    expect(fake.calls).to.have.length(1);
  });

  it('shares the request with a second copy of the package', async () => {
    fake = installFakeFetch(json());
    const copyUrl = new URL('../../src/feed/load.ts?copy=2', import.meta.url).href;
    const copy = (await import(copyUrl)) as typeof loader;
    expect(copy.loadFeed, 'a separate module instance').not.to.equal(loader.loadFeed);
    const [fromCopy, fromThis] = await Promise.all([copy.loadFeed(FEED_URL), loadFeed(FEED_URL)]);
    expect(fake.calls).to.have.length(1);
    expect(fromCopy).to.equal(fromThis);
  });

  it('keeps its cache on globalThis under Symbol.for("engaged-city-widgets.feeds"), as a versioned object', async () => {
    fake = installFakeFetch(json());
    const pending = loadFeed(FEED_URL);
    const shared = (globalThis as Record<symbol, unknown>)[CACHE_KEY] as { v: number; documents: Map<string, unknown> };
    expect(shared.v).to.equal(1);
    expect(shared.documents).to.be.instanceOf(Map);
    expect([...shared.documents.keys()]).to.deep.equal([FEED_URL]);
    await pending;
  });

  it('uses a load that another copy put into the shared cache, without a request of its own', async () => {
    fake = installFakeFetch(json());
    const fetched: FetchedDocument = {
      url: FEED_URL,
      contentType: 'application/feed+json',
      bytes: new TextEncoder().encode(JSON.stringify({ ...MINIMAL_FEED, title: 'Von der anderen Kopie' })),
    };
    forgetFeeds();
    const shared = (globalThis as Record<symbol, unknown>)[CACHE_KEY] as { documents: Map<string, unknown> };
    shared.documents.set(FEED_URL, { promise: Promise.resolve(fetched), consumers: 1, abort() {}, parsed: new Map() });
    const { feed } = await loadFeed(FEED_URL);
    expect(feed.title).to.equal('Von der anderen Kopie');
    expect(fake.calls).to.have.length(0);
  });

  it('resolves a relative URL against baseUrl and shares the request with its absolute form', async () => {
    fake = installFakeFetch(json());
    const [relative, absolute] = await Promise.all([
      loadFeed('feed.json', { baseUrl: 'https://netzwerk.example/' }),
      loadFeed(FEED_URL),
    ]);
    expect(fake.calls.map((call) => call.url)).to.deep.equal([FEED_URL]);
    expect(relative).to.equal(absolute);
  });

  it('resolves a relative URL against the document base URL by default', async () => {
    fake = installFakeFetch(json());
    await loadFeed('data/feed.json');
    expect(fake.calls[0]!.url).to.equal(new URL('data/feed.json', document.baseURI).href);
  });

  it('treats URLs that differ only in their fragment as one document', async () => {
    fake = installFakeFetch(json());
    await Promise.all([loadFeed(`${FEED_URL}#map`), loadFeed(`${FEED_URL}#news`)]);
    expect(fake.calls.map((call) => call.url)).to.deep.equal([FEED_URL]);
  });

  it('reports the final URL after a redirect, and parses relative URLs against it', async () => {
    const finalUrl = 'https://cdn.netzwerk.example/v1/feed.json';
    fake = installFakeFetch(redirectedTo(finalUrl, { ...MINIMAL_FEED, home_page_url: '../index.html' }));
    const loaded = await loadFeed(FEED_URL);
    expect(loaded.url).to.equal(finalUrl);
    expect(loaded.feed.home_page_url).to.equal('https://cdn.netzwerk.example/index.html');
  });

  it('asks without cookies, in CORS mode, following redirects, with a signal to cancel', async () => {
    fake = installFakeFetch(json());
    await loadFeed(FEED_URL);
    const { init } = fake.calls[0]!;
    expect(init.credentials).to.equal('omit');
    expect(init.mode).to.equal('cors');
    expect(init.redirect).to.equal('follow');
    expect(init.signal).to.be.instanceOf(AbortSignal);
  });

  it('fetches again after forgetFeeds()', async () => {
    fake = installFakeFetch(json());
    await loadFeed(FEED_URL);
    forgetFeeds();
    await loadFeed(FEED_URL);
    expect(fake.calls).to.have.length(2);
  });
});

describe('loadDocument', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
  });

  it('gives the bytes, the content type and the URL of a document', async () => {
    fake = installFakeFetch(() => new Response('<rss/>', { headers: { 'Content-Type': 'application/rss+xml' } }));
    const fetched = await loadDocument('https://netzwerk.example/news.xml');
    expect(fetched.url).to.equal('https://netzwerk.example/news.xml');
    expect(fetched.contentType).to.equal('application/rss+xml');
    expect(new TextDecoder().decode(fetched.bytes)).to.equal('<rss/>');
  });

  it('gives an empty content type when the header is absent', async () => {
    fake = installFakeFetch(() => new Response(new Uint8Array([1, 2, 3])));
    const fetched = await loadDocument(FEED_URL);
    expect(fetched.contentType).to.equal('');
    expect([...fetched.bytes]).to.deep.equal([1, 2, 3]);
  });

  it('joins a body that arrives in several chunks', async () => {
    const body = new ControlledBody();
    fake = installFakeFetch(body.respond());
    const pending = loadDocument(FEED_URL);
    await settle();
    body.send('{"items":');
    body.send('[]}');
    body.end();
    expect(new TextDecoder().decode((await pending).bytes)).to.equal('{"items":[]}');
  });

  it('shares the request between loadDocument and loadFeed', async () => {
    fake = installFakeFetch(json());
    await Promise.all([loadDocument(FEED_URL), loadFeed(FEED_URL)]);
    expect(fake.calls).to.have.length(1);
  });
});

describe('loadDocument with the browser\'s own fetch', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
  });

  it('reads a document from the test server', async () => {
    fake = installFakeFetch(realNetwork);
    const url = new URL('./load-fake-fetch.ts', import.meta.url).href;
    const fetched = await loadDocument(url);
    expect(fetched.url).to.equal(url);
    expect(fetched.contentType).to.match(/javascript/);
    expect(new TextDecoder().decode(fetched.bytes)).to.contain('installFakeFetch');
  });
});
