/**
 * Reading a large RSS or Atom document in slices: `<network-news>` reads the items of a document in slices between
 * which the page runs (input, frames, other scripts), with the same result as reading them at once.
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { mapInSlices, slicing } from '../../../src/feed/slices.js';
import { forgetFeeds } from '../../../src/feed/load.js';
import { parseJsonFeedSource, parseJsonFeedSourceInSlices } from '../../../src/feed/sources/json-feed-source.js';
import { parseXmlSource, parseXmlSourceInSlices } from '../../../src/feed/sources/xml-source.js';
import { loadNewsSource } from '../../../src/network-news/load-news-source.js';
import { installFakeFetch, json } from '../load-fake-fetch.js';
import { withScheduler, yieldsDuring } from '../scheduler-stand-in.js';
import { atom, FEED_URL, rss, utf8 } from './news-source-helpers.js';

describe('Reading in slices', () => {
  it('lets the page run between slices (a task of its own where the browser has no scheduler.yield)', async () => {
    const order: string[] = [];
    // A message the page posted before: a task, which runs before the work goes on.
    const page = new MessageChannel();
    page.port1.onmessage = () => order.push('the page');
    page.port2.postMessage(undefined);
    const doubled = await withScheduler(undefined, () =>
      mapInSlices([1, 2, 3], (value) => {
        order.push(`item ${value}`);
        return value * 2;
      }, 0),
    );
    expect(doubled).to.deep.equal([2, 4, 6]);
    expect(order).to.deep.equal(['item 1', 'the page', 'item 2', 'item 3']);
    page.port1.close();
  });

  it('yields with scheduler.yield where the browser has it, once a slice has run its time', async () => {
    const order: string[] = [];
    const scheduler = { yield: async () => void order.push('yield') };
    await withScheduler(scheduler, () => mapInSlices(['a', 'b'], (value) => order.push(value), 0));
    expect(order).to.deep.equal(['a', 'yield', 'b']);
    order.length = 0;
    // A slice of a minute: three quick items are one slice.
    await withScheduler(scheduler, () => mapInSlices(['a', 'b', 'c'], (value) => order.push(value), 60_000));
    expect(order).to.deep.equal(['a', 'b', 'c']);
  });

  it('reads an RSS document of many items as reading it at once does, while the page runs', async () => {
    const items = Array.from({ length: 300 }, (_, i) =>
      `<item><title>Meldung ${i}</title><link>/n/${i}</link><pubDate>Mon, 01 Jun 2026 10:00:00 +0200</pubDate><description>&lt;p&gt;Text ${i}&lt;/p&gt;</description><category>Ehrenamt</category></item>`).join('');
    const bytes = utf8(rss(items));
    // The page's own work meanwhile: a chain of messages, each a task.
    let pageRan = 0;
    const page = new MessageChannel();
    page.port1.onmessage = () => {
      if (++pageRan < 50) page.port2.postMessage(undefined);
    };
    page.port2.postMessage(undefined);
    const sliced = await withScheduler(undefined, () => parseXmlSourceInSlices(bytes, FEED_URL, undefined, 0));
    expect(pageRan).to.be.greaterThan(10);
    expect(sliced).to.deep.equal(parseXmlSource(bytes, FEED_URL));
    expect(sliced.feed.items).to.have.length(300);
    expect(sliced.feed.items[299]).to.include({ title: 'Meldung 299', url: 'https://example.org/n/299' });
    page.port1.close();
  });

  it('refuses a document of more items than a feed may have before reading any (as parseFeed would after)', async () => {
    const bytes = utf8(rss('<item/>'.repeat(10_001)));
    // Reading them one per slice would let the page run between them: it never gets to.
    let pageRan = 0;
    const page = new MessageChannel();
    page.port1.onmessage = () => {
      if (++pageRan < 50) page.port2.postMessage(undefined);
    };
    page.port2.postMessage(undefined);
    const error = await parseXmlSourceInSlices(bytes, FEED_URL, undefined, 0).catch((reason: unknown) => reason);
    page.port1.close();
    expect(error).to.have.property('code', 'too-large');
    expect(pageRan).to.equal(0);
    expect(() => parseXmlSource(bytes, FEED_URL)).to.throw().with.property('code', 'too-large');
  });

  it('reads an Atom document, and the real-world feeds of the conformance corpus, as reading them at once does', async () => {
    const entries = Array.from({ length: 20 }, (_, i) => `<entry><title>Eintrag ${i}</title><id>urn:e:${i}</id><updated>2025-01-0${1 + (i % 9)}T00:00:00Z</updated></entry>`).join('');
    const atomBytes = utf8(atom(entries));
    expect(await parseXmlSourceInSlices(atomBytes, FEED_URL, undefined, 0)).to.deep.equal(parseXmlSource(atomBytes, FEED_URL));

    const corpus = '../../fixtures/conformance/';
    const expected = JSON.parse((await readFile({ path: `${corpus}expected.json` }))!) as Record<string, { format: string }>;
    const xmlFeeds = Object.entries(expected).filter(([, { format }]) => format !== 'json').map(([name]) => name);
    expect(xmlFeeds.length).to.be.greaterThan(20);
    for (const name of xmlFeeds) {
      const base64 = (await readFile({ path: `${corpus}feeds/${name}`, encoding: 'base64' }))!;
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const atOnce = (() => {
        try {
          return parseXmlSource(bytes, FEED_URL);
        } catch (error) {
          return error;
        }
      })();
      const inSlices = await parseXmlSourceInSlices(bytes, FEED_URL, undefined, 0).catch((error: unknown) => error);
      expect(inSlices, name).to.deep.equal(atOnce);
    }
  });

  it('reads a JSON Feed from elsewhere in slices as at once, with the repairs made to it', async () => {
    const items = Array.from({ length: 400 }, (_, i) => (i % 2 ? { id: `n-${i}`, title: `Meldung ${i}` } : { url: `/n/${i}`, date_published: '2025-06-01' }));
    const text = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Andere', items });
    const sliced = await parseJsonFeedSourceInSlices(text, FEED_URL);
    expect(sliced).to.deep.equal(parseJsonFeedSource(text, FEED_URL));
    expect(sliced.warnings.filter((warning) => warning.code === 'repaired')).to.have.length(400);
    for (const broken of ['{ nope', 'x'.repeat(5_000_001)]) {
      const error = await parseJsonFeedSourceInSlices(broken, FEED_URL).catch((reason: unknown) => reason);
      expect(error).to.have.property('code', (() => {
        try {
          parseJsonFeedSource(broken, FEED_URL);
          return 'none';
        } catch (reason) {
          return (reason as { code: string }).code;
        }
      })());
    }
  });

  it('is how <network-news> reads a large JSON Feed: the page runs meanwhile', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `n-${i}`, title: `Meldung ${i}`, content_text: 'Ein Text.' }));
    const fake = installFakeFetch(json({ version: 'https://jsonfeed.org/version/1.1', title: 'Archiv', items }));
    let count = 0;
    // Every step a slice of its own, whatever the speed of the machine.
    slicing.ms = 0;
    try {
      const yields = await yieldsDuring(async () => {
        count = (await loadNewsSource('https://example.org/archive.json', {})).feed.items.length;
      });
      expect(count).to.equal(10_000);
      expect(yields, 'times the page ran while the feed was read').to.be.greaterThan(0);
    } finally {
      slicing.ms = 20;
      fake.restore();
      forgetFeeds();
    }
  });
});
