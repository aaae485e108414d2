/**
 * The real-world feeds in test/fixtures/conformance/ rendered by <network-news>: the titles and links it shows are
 * compared with what two established feed parsers (feed-rs, rss-parser) make of the same documents (expected.json),
 * by the rules of that folder's README. At least 95 % of all items must match, and an item may differ only where the
 * feed layer's list of known differences (test/feed/sources/conformance-exceptions.ts) says why: the element shows
 * exactly what `parseNewsSource` reads.
 */
import { expect, html } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { forgetFeeds } from '../../src/feed/load.js';
import { KNOWN_DIFFERENCES } from '../feed/sources/conformance-exceptions.js';
import { stubFetch } from '../support/feeds.js';
import { renderNews, shadowAll, showAll, type NetworkNews } from './helpers.js';

interface ExpectedItem {
  title?: string;
  url?: string;
}

interface Rendered {
  title?: string;
  url?: string;
}

type Corpus = Record<string, { format: string; items: ExpectedItem[] }>;

/** The corpus, relative to this test file. */
const FIXTURES = '../fixtures/conformance/';

/**
 * A file's exact bytes, read by the test runner's file command: the test server would decode text files as UTF-8
 * (destroying the ISO-8859-1 feeds) and turn `.json` files into JavaScript modules.
 */
async function fixtureBytes(path: string): Promise<Uint8Array> {
  const base64 = await readFile({ path: `${FIXTURES}${path}`, encoding: 'base64' });
  if (base64 === undefined) throw new Error(`No fixture ${path}`);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/**
 * The URL a feed is served from in this test, i.e. its "own URL", against which relative links resolve: the URL the
 * document names as its own (JSON Feed `feed_url`, an Atom `rel="self"` link), else a stand-in under example.org.
 */
function feedUrlOf(file: string, bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  if (file.endsWith('.json')) {
    const feedUrl = (JSON.parse(text) as { feed_url?: unknown }).feed_url;
    if (typeof feedUrl === 'string') return new URL(feedUrl).href;
  } else {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const self = [...document.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].find(
      (link) => link.getAttribute('rel') === 'self' && link.parentElement === link.closest('feed, channel'),
    );
    const href = self?.getAttribute('href');
    if (href) return new URL(href).href;
  }
  return `https://example.org/feeds/${file}`;
}

/** Title text and link of every item the element shows. An item titled from its text counts as untitled. */
function renderedItems(el: NetworkNews): Rendered[] {
  return shadowAll(el, '[part~="title"]').map((title) => ({
    title: title.classList.contains('untitled') ? undefined : title.textContent!.trim(),
    url: title.querySelector('a')?.getAttribute('href') ?? undefined,
  }));
}

const normalizeUrl = (url: string | undefined, base: string) => {
  if (url === undefined) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
};

/**
 * The indexes of the expected items that the element does not show with the same title and link. Each shown item
 * matches at most once; order does not matter (a feed may list an item twice).
 */
function unmatchedItems(expectedItems: ExpectedItem[], rendered: Rendered[], base: string): number[] {
  const pool = rendered.map((item) => ({ title: item.title, url: normalizeUrl(item.url, base) }));
  const unmatched: number[] = [];
  expectedItems.forEach((item, index) => {
    const want = { title: item.title?.trim(), url: normalizeUrl(item.url, base) };
    const found = pool.findIndex((candidate) => candidate.title === want.title && candidate.url === want.url);
    if (found === -1) unmatched.push(index);
    else pool.splice(found, 1);
  });
  return unmatched;
}

describe('<network-news> with real-world feeds', function () {
  this.timeout(60_000);
  let fetchStub: ReturnType<typeof stubFetch> | undefined;

  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
    forgetFeeds();
  });

  it('shows the same titles and links as established parsers for at least 95 % of all items', async () => {
    const corpus = JSON.parse(new TextDecoder().decode(await fixtureBytes('expected.json'))) as Corpus;
    let total = 0;
    let matched = 0;
    const report: string[] = [];
    const differences: string[] = [];
    for (const file of Object.keys(corpus).sort()) {
      const expectedItems = corpus[file]!.items;
      const bytes = await fixtureBytes(`feeds/${file}`);
      const url = feedUrlOf(file, bytes);
      // Without a charset, so that the document's own encoding declaration decides, as it would on the web.
      const type = file.endsWith('.json') ? 'application/json' : 'application/xml';
      fetchStub = stubFetch((requested) =>
        requested === url ? new Response(bytes.slice(), { headers: { 'content-type': type } }) : new Response('', { status: 404 }),
      );
      const el = await renderNews(html`<network-news limit="50" src=${url}></network-news>`);
      expect(el.status, `${file} could not be shown`).to.be.oneOf(['ready', 'empty']);
      await showAll(el);
      const unmatched = unmatchedItems(expectedItems, renderedItems(el), url);
      total += expectedItems.length;
      matched += expectedItems.length - unmatched.length;
      for (const index of unmatched) {
        const shown = renderedItems(el)[index];
        differences.push(`${file}#${index}`);
        report.push(`${file}#${index}: expected ${JSON.stringify(expectedItems[index])}, shown ${JSON.stringify(shown)}`);
      }
      fetchStub.restore();
      fetchStub = undefined;
      forgetFeeds();
    }
    if (report.length) console.log(`Conformance: ${matched}/${total} items match. Differences:\n${report.join('\n')}`);
    expect(total).to.be.greaterThan(300);
    expect(matched / total, `${matched} of ${total} items match`).to.be.at.least(0.95);
    expect(differences.filter((key) => !Object.hasOwn(KNOWN_DIFFERENCES, key)), 'differences nobody has explained').to.deep.equal([]);
  });
});
