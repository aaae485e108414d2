/**
 * A large feed is read in slices between which the page runs: the elements' loader reads a feed of 20,000 members
 * (half a second of work in one task before) so that input and frames are not held up meanwhile.
 */
import { expect } from '@open-wc/testing';
import { forgetFeeds, loadFeed } from '../../src/feed/load.js';
import { parseFeed, parseFeedInSlices } from '../../src/feed/parse.js';
import { slicing } from '../../src/feed/slices.js';
import { rawCity, rawDirectoryFeed, rawNewsFeed } from './feed-fixtures.js';
import { installFakeFetch, json, type FakeFetch } from './load-fake-fetch.js';
import { yieldsDuring } from './scheduler-stand-in.js';

/** A feed of `count` members (ids m-0 …), with a duplicate and a broken one among them. */
function bigFeed(count: number) {
  const members: unknown[] = Array.from({ length: count }, (_, i) => rawCity({ id: `m-${i}`, name: `Stadt ${i}` }));
  members.push(rawCity({ id: 'm-7' }), { id: 'broken' });
  return rawDirectoryFeed(members);
}

describe('Reading a large feed in slices', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
    slicing.ms = 20;
  });

  it('gives the result of reading at once, warnings in the same order, and lets the page run meanwhile', async () => {
    const feed = JSON.stringify(bigFeed(19_000));
    // Every step a slice of its own, whatever the speed of the machine.
    slicing.ms = 0;
    let result: Awaited<ReturnType<typeof parseFeedInSlices>> | undefined;
    const yields = await yieldsDuring(async () => {
      result = await parseFeedInSlices(feed, { baseUrl: 'https://netzwerk.example/' });
    });
    expect(yields, 'times the page ran').to.be.greaterThan(0);
    expect(result).to.deep.equal(parseFeed(feed, { baseUrl: 'https://netzwerk.example/' }));
    expect(result!.feed._engaged_city!.members).to.have.length(19_000);
    expect(result!.warnings.map((warning) => warning.path)).to.deep.equal(['_engaged_city.members[19000]', '_engaged_city.members[19001]']);
  });

  it('reads news items in slices too, and a small feed in one go', async () => {
    // Slices of no time: the page runs between any two steps (a step is 128 entries of a list).
    const items = Array.from({ length: 1_000 }, (_, i) => ({ id: `n-${i}`, title: `Meldung ${i}`, content_text: 'Text' }));
    expect(await yieldsDuring(() => parseFeedInSlices(rawNewsFeed(items), {}, 0)), 'a large one').to.equal(7);
    expect(await yieldsDuring(() => parseFeedInSlices(rawNewsFeed(items.slice(0, 127)), {}, 0)), 'a small one').to.equal(0);
  });

  it('is how the elements’ loader reads the network feed', async () => {
    fake = installFakeFetch(json(bigFeed(19_000)));
    slicing.ms = 0;
    let members = 0;
    const yields = await yieldsDuring(async () => {
      members = (await loadFeed('https://netzwerk.example/feed.json')).feed._engaged_city!.members.length;
    });
    expect(members).to.equal(19_000);
    expect(yields, 'times the page ran while the feed was read').to.be.greaterThan(0);
  });
});
