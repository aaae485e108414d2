/**
 * The real-world feeds in test/fixtures/conformance/ rendered by <network-news>: the titles and links it shows are
 * compared with what two established feed parsers (feed-rs, rss-parser) make of the same documents (expected.json),
 * by the rules of that folder's README. At least 95 % of all items must match; the exceptions are listed, with
 * reasons, in test/network-news/CONFORMANCE.md.
 */
import { expect, html } from '@open-wc/testing';
import { forgetFeeds } from '../../src/feed/load.js';
import expected from '../fixtures/conformance/expected.json';
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

const corpus = expected as Record<string, { format: string; items: ExpectedItem[] }>;
const FEEDS = Object.keys(corpus).sort();
const FIXTURES = new URL('../fixtures/conformance/feeds/', import.meta.url).href;
/** Where the feeds are served from in this test (their "own URL", against which relative links resolve). */
const feedUrl = (file: string) => `${location.origin}/conformance-feeds/${file}`;

/** The document's bytes, as published. JSON files are served as JS modules by the test server, so they are rebuilt. */
async function documentBytes(file: string, fetchOriginal: typeof fetch): Promise<Response> {
  if (file.endsWith('.json')) {
    const module = (await import(`${FIXTURES}${file}`)) as { default: unknown };
    return new Response(JSON.stringify(module.default), { headers: { 'content-type': 'application/json' } });
  }
  const response = await fetchOriginal(`${FIXTURES}${file}`);
  // Without a charset, so that the document's own encoding declaration decides, as it would on the web.
  return new Response(await response.arrayBuffer(), { headers: { 'content-type': 'application/xml' } });
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

/** Expected items that the element shows with the same title and link; each rendered item matches at most once. */
function matchItems(file: string, rendered: Rendered[]): { matched: number; misses: string[] } {
  const pool = rendered.map((item) => ({ title: item.title, url: normalizeUrl(item.url, feedUrl(file)) }));
  const misses: string[] = [];
  let matched = 0;
  for (const item of corpus[file]!.items) {
    const want = { title: item.title?.trim(), url: normalizeUrl(item.url, feedUrl(file)) };
    const index = pool.findIndex((candidate) => candidate.title === want.title && candidate.url === want.url);
    if (index === -1) {
      misses.push(`expected ${JSON.stringify(want)}; shown: ${JSON.stringify(pool.slice(0, 3))}${pool.length > 3 ? ` … (${pool.length})` : ''}`);
    } else {
      pool.splice(index, 1);
      matched++;
    }
  }
  return { matched, misses };
}

describe('<network-news> with real-world feeds', function () {
  this.timeout(30_000);
  const results = new Map<string, { expected: number; matched: number; misses: string[] }>();
  let fetchStub: ReturnType<typeof stubFetch> | undefined;

  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
    forgetFeeds();
  });

  for (const file of FEEDS) {
    it(`renders ${file}`, async () => {
      const original = globalThis.fetch.bind(globalThis);
      const body = await documentBytes(file, original);
      fetchStub = stubFetch((url) => (url === feedUrl(file) ? body.clone() : new Response('', { status: 404 })));
      const el = await renderNews(html`<network-news limit="50" src=${feedUrl(file)}></network-news>`);
      expect(el.status, `${file} could not be shown`).to.be.oneOf(['ready', 'empty']);
      await showAll(el);
      const { matched, misses } = matchItems(file, renderedItems(el));
      results.set(file, { expected: corpus[file]!.items.length, matched, misses });
    });
  }

  it('shows the same titles and links as established parsers for at least 95 % of all items', () => {
    let total = 0;
    let matched = 0;
    const report: string[] = [];
    for (const file of FEEDS) {
      const result = results.get(file) ?? { expected: corpus[file]!.items.length, matched: 0, misses: ['not rendered'] };
      total += result.expected;
      matched += result.matched;
      if (result.misses.length) report.push(`${file}: ${result.matched}/${result.expected}\n  ${result.misses.join('\n  ')}`);
    }
    if (report.length) console.log(`Conformance: ${matched}/${total} items match. Differences:\n${report.join('\n')}`);
    expect(total).to.be.greaterThan(100);
    expect(matched / total, `${matched} of ${total} items match`).to.be.at.least(0.95);
  });
});
