/**
 * Conformance with established feed parsers: for each real-world feed in test/fixtures/conformance/feeds, the items'
 * titles and links must match what feed-rs or rss-parser produce (test/fixtures/conformance/expected.json; see the
 * README and SOURCES.md there). Titles are compared trimmed; URLs after resolving the expected value against the
 * feed's own URL, for which each file gets a stand-in (its self link, else https://example.org/feeds/<file>).
 */
import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import { parseNewsSource } from '../../../src/feed/sources/index.js';
import type { FeedItem } from '../../../src/feed/types.js';
import { KNOWN_DIFFERENCES } from './conformance-exceptions.js';

interface ExpectedItem {
  title?: string;
  url?: string;
}
type Expected = Record<string, { format: 'rss' | 'atom' | 'json'; items: ExpectedItem[] }>;

/** The corpus, relative to this test file. */
const FIXTURES = '../../fixtures/conformance/';
const REQUIRED_MATCH_RATE = 0.95;

/**
 * The file's exact bytes, read by the test runner's file command. `fetch` from the test server would not do: the
 * server decodes every text file as UTF-8 for its plugins (which destroys the ISO-8859-1 feeds) and turns `.json`
 * files into JavaScript modules.
 */
async function fixtureBytes(path: string): Promise<Uint8Array> {
  const base64 = await readFile({ path: `${FIXTURES}${path}`, encoding: 'base64' });
  if (base64 === undefined) throw new Error(`No fixture ${path}`);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** The feed's own URL, as far as the document says: its self link; else a stand-in under example.org. */
function standInFeedUrl(name: string, bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  if (name.endsWith('.json')) {
    const feedUrl = (JSON.parse(text) as { feed_url?: unknown }).feed_url;
    if (typeof feedUrl === 'string') return feedUrl;
  } else {
    const document = new DOMParser().parseFromString(text, 'application/xml');
    const self = [...document.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].find(
      (link) => link.getAttribute('rel') === 'self' && link.parentElement === link.closest('feed, channel'),
    );
    const href = self?.getAttribute('href');
    if (href) return new URL(href).href;
  }
  return `https://example.org/feeds/${name}`;
}

function resolved(url: string | undefined, base: string): string | undefined {
  return url === undefined ? undefined : new URL(url, base).href;
}

describe('Conformance with established feed parsers (real-world RSS, Atom and JSON feeds)', function () {
  this.timeout(60_000);

  it(`matches titles and links for at least ${REQUIRED_MATCH_RATE * 100} % of all items, and differs only where known`, async () => {
    const expected = JSON.parse(new TextDecoder().decode(await fixtureBytes('expected.json'))) as Expected;
    const differences: Record<string, string> = {};
    const report: string[] = [];
    let total = 0;
    let matching = 0;

    for (const [name, { items: expectedItems }] of Object.entries(expected)) {
      const bytes = await fixtureBytes(`feeds/${name}`);
      const baseUrl = standInFeedUrl(name, bytes);
      let items: FeedItem[];
      try {
        items = parseNewsSource(bytes, { baseUrl }).feed.items;
      } catch (error) {
        items = [];
        differences[`${name}#error`] = String(error);
      }
      let fileMatches = 0;
      expectedItems.forEach((want, index) => {
        const got = items[index];
        const wantTitle = want.title?.trim();
        const wantUrl = resolved(want.url, baseUrl);
        const problems: string[] = [];
        if (!got) problems.push('item missing');
        else {
          if (got.title !== wantTitle) problems.push(`title ${JSON.stringify(got.title)} ≠ ${JSON.stringify(wantTitle)}`);
          if (got.url !== wantUrl) problems.push(`url ${JSON.stringify(got.url)} ≠ ${JSON.stringify(wantUrl)}`);
        }
        if (problems.length === 0) fileMatches++;
        else differences[`${name}#${index}`] = problems.join('; ');
      });
      if (items.length > expectedItems.length) {
        differences[`${name}#extra`] = `${items.length - expectedItems.length} more items than expected`;
      }
      total += expectedItems.length;
      matching += fileMatches;
      report.push(`${fileMatches === expectedItems.length ? '✓' : '✗'} ${name}: ${fileMatches}/${expectedItems.length}`);
    }

    const rate = matching / total;
    console.log(
      [`Conformance: ${matching}/${total} items match (${(rate * 100).toFixed(1)} %) in ${report.length} feeds`, ...report]
        .join('\n'),
    );
    const unexpected = Object.entries(differences).filter(([key]) => !(key in KNOWN_DIFFERENCES));
    const fixed = Object.keys(KNOWN_DIFFERENCES).filter((key) => !(key in differences));
    const unexpectedLines = unexpected.map(([key, problem]) => `${key}: ${problem}`);
    expect(unexpectedLines, 'differences that are not known exceptions').to.deep.equal([]);
    expect(fixed, 'known exceptions that no longer differ: remove them').to.deep.equal([]);
    expect(rate).to.be.at.least(REQUIRED_MATCH_RATE);
  });
});
