/**
 * Other news sources for `<network-news>`: any JSON Feed 1.0/1.1, RSS 2.0 (also 0.9x and 1.0) or Atom 1.0 document,
 * recognised by its content, read into the network feed's item model. Browser-only: RSS and Atom are parsed with
 * `DOMParser`. Every field passes through `parseFeed`, so the same rules apply as to the network feed.
 */
import { decodeText } from '../decode-text.js';
import { FeedError } from '../errors.js';
import { FEED_LIMITS } from '../limits.js';
import { parseFeed } from '../parse.js';
import type { ParseResult } from '../types.js';
import { atomToJsonFeed, isAtomRoot } from './atom.js';
import { byteOrderMark, decodeXmlBytes } from './decode-xml.js';
import { parseJsonFeedSource } from './json-feed-source.js';
import { isRssRoot, rssToJsonFeed } from './rss.js';
import { parseXmlDocument } from './xml-document.js';

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
 * @throws FeedError `not-json` for broken JSON; `not-a-feed` for XML that is not well-formed, has another root
 *   element (an HTML page, say); `too-large` as `parseFeed` defines it, and for XML
 *   text over the JSON text limit.
 */
export function parseNewsSource(bytes: Uint8Array, options: NewsSourceOptions = {}): ParseResult {
  const { baseUrl, contentType } = options;
  if (detectFormat(bytes) === 'json') return parseJsonFeedSource(decodeText({ bytes, contentType: contentType ?? '' }), baseUrl);
  const text = decodeXmlBytes(bytes, contentType);
  if (text.length > FEED_LIMITS.maxJsonLength) {
    throw new FeedError('too-large', `The document is longer than ${FEED_LIMITS.maxJsonLength} characters`);
  }
  const document = parseXmlDocument(text);
  if (!document) throw new FeedError('not-a-feed', 'The document is neither JSON nor well-formed XML');
  const root = document.documentElement;
  if (isRssRoot(root)) return parseFeed(rssToJsonFeed(document, baseUrl), { baseUrl });
  if (isAtomRoot(root)) return parseFeed(atomToJsonFeed(document, baseUrl), { baseUrl });
  throw new FeedError('not-a-feed', `An XML document with a <${root.localName}> root is not an RSS or Atom feed`);
}

/** `json` when the first character after a byte order mark and white space is `{`, else `xml`. */
export function detectFormat(bytes: Uint8Array): 'json' | 'xml' {
  const mark = byteOrderMark(bytes);
  if (mark && mark.encoding !== 'utf-8') {
    const text = new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length, mark.length + 64));
    return text.trimStart().startsWith('{') ? 'json' : 'xml';
  }
  for (let index = mark?.length ?? 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b ? 'json' : 'xml';
  }
  return 'xml';
}
