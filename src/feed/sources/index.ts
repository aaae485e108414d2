/**
 * Other news sources for `<network-news>`: any JSON Feed 1.0/1.1, RSS 2.0 (also 0.9x and 1.0) or Atom 1.0 document,
 * recognised by its content, read into the network feed's item model. Browser-only: RSS and Atom are parsed with
 * `DOMParser`. Every field passes through `parseFeed`, so the same rules apply as to the network feed.
 */
import { decodeText } from '../decode-text.js';
import type { ParseResult } from '../types.js';
import { detectFormat } from './detect-format.js';
import { parseJsonFeedSource } from './json-feed-source.js';
import { parseXmlSource } from './xml-source.js';

export { detectFormat } from './detect-format.js';
export { htmlToText } from './html-text.js';

export interface NewsSourceOptions {
  /** The URL the document came from: relative links in it are resolved against it (and any `xml:base`). */
  baseUrl?: string;
  /** The response's `Content-Type`; only its `charset` is used, when the document does not name its encoding. */
  contentType?: string;
}

/**
 * Reads a news source into the network feed's model. The format is recognised by content: a document whose first
 * character (after a byte order mark and white space) is `{` is JSON Feed, anything else is read as XML and must have
 * an `<rss>`, RDF or Atom `<feed>` root. The result is what `parseFeed` returns for the equivalent JSON Feed.
 *
 * Browser only for RSS and Atom: they are read with `DOMParser`. In Node, JSON Feed works and an XML document throws
 * an `Error` that says a browser is needed (use `parseFeed` for JSON there).
 *
 * @throws FeedError `not-json` for broken JSON; `not-a-feed` for XML that is not well-formed, has another root
 *   element (an HTML page, say); `too-large` as `parseFeed` defines it, and for XML
 *   text over the JSON text limit.
 */
export function parseNewsSource(bytes: Uint8Array, options: NewsSourceOptions = {}): ParseResult {
  const { baseUrl, contentType } = options;
  if (detectFormat(bytes) === 'json') return parseJsonFeedSource(decodeText({ bytes, contentType: contentType ?? '' }), baseUrl);
  return parseXmlSource(bytes, baseUrl, contentType);
}
