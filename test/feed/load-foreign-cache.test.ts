// Runs in a page of its own: the shared cache's global key is set here before the loader first uses it.
import { expect } from '@open-wc/testing';
import { forgetFeeds, loadFeed } from '../../src/feed/load.js';
import { installFakeFetch, json, type FakeFetch } from './load-fake-fetch.js';

const FEED_URL = 'https://netzwerk.example/feed.json';
const CACHE_KEY = Symbol.for('engaged-city-widgets.feeds');
const future = { v: 2, documents: new Map<string, unknown>([['https://other.example/', 'not ours to read']]) };
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = future;

describe('loadFeed next to a future version of the shared cache', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
  });

  it('keeps a cache of its own and leaves the one it does not understand untouched', async () => {
    fake = installFakeFetch(json());
    const [first, second] = await Promise.all([loadFeed(FEED_URL), loadFeed(FEED_URL)]);
    expect(second).to.equal(first);
    expect(fake.calls).to.have.length(1);
    expect((globalThis as Record<symbol, unknown>)[CACHE_KEY]).to.equal(future);
    expect([...future.documents.keys()]).to.deep.equal(['https://other.example/']);
  });
});
