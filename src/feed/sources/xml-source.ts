/**
 * RSS 2.0 (also 0.9x and 1.0) and Atom 1.0, read with `DOMParser` into the network feed's model. A module of its own
 * so that `<network-news>` loads it only when an XML document arrives: a page showing the network feed never does.
 */
import { FeedError } from '../errors.js';
import { FEED_LIMITS } from '../limits.js';
import { parseFeed } from '../parse.js';
import type { ParseResult } from '../types.js';
import { atomParts, isAtomRoot } from './atom.js';
import { decodeXmlBytes } from './decode-xml.js';
import { withItems, type FeedParts } from './json-feed.js';
import { isRssRoot, rssParts } from './rss.js';
import { mapInSlices } from '../slices.js';
import { parseXmlDocument } from './xml-document.js';

/**
 * Reads the bytes of an RSS or Atom document. The result is what `parseFeed` returns for the equivalent JSON Feed.
 *
 * @param baseUrl The URL the document came from: relative links are resolved against it (and any `xml:base`).
 * @param contentType The response's `Content-Type`; only its `charset` is used, when the document names no encoding.
 * @throws FeedError `not-a-feed` for XML that is not well-formed or has another root (an HTML page, say);
 *   `too-large` for text over the JSON text limit and as `parseFeed` defines it.
 */
export function parseXmlSource(bytes: Uint8Array, baseUrl?: string, contentType?: string): ParseResult {
  return parseFeed(withItems(feedParts(bytes, baseUrl, contentType)), { baseUrl });
}

/**
 * `parseXmlSource`, reading the items in slices between which the page runs: what `<network-news>` uses. A document of
 * thousands of items (half a second of reading on a fast machine) then leaves the page answering while it is read.
 * `sliceMs`: how long a slice runs (0: one item per slice).
 */
export async function parseXmlSourceInSlices(bytes: Uint8Array, baseUrl?: string, contentType?: string, sliceMs?: number): Promise<ParseResult> {
  const parts = feedParts(bytes, baseUrl, contentType);
  return parseFeed(withItems(parts, await mapInSlices(parts.entries, parts.readEntry, sliceMs)), { baseUrl });
}

/** The document read up to its items (see `parseXmlSource` for what it throws). */
function feedParts(bytes: Uint8Array, baseUrl: string | undefined, contentType: string | undefined): FeedParts {
  const text = decodeXmlBytes(bytes, contentType);
  if (text.length > FEED_LIMITS.maxJsonLength) {
    throw new FeedError('too-large', `The document is longer than ${FEED_LIMITS.maxJsonLength} characters`);
  }
  const document = parseXmlDocument(text);
  if (!document) throw new FeedError('not-a-feed', 'The document is neither JSON nor well-formed XML');
  const root = document.documentElement;
  const parts = isRssRoot(root) ? rssParts(document, baseUrl) : isAtomRoot(root) ? atomParts(document, baseUrl) : undefined;
  if (!parts) throw new FeedError('not-a-feed', `An XML document with a <${root.localName}> root is not an RSS or Atom feed`);
  // As `parseFeed` would say, before reading them: a document of 100,000 empty items is a few seconds of reading.
  if (parts.entries.length > FEED_LIMITS.maxItems) {
    throw new FeedError('too-large', `The feed has ${parts.entries.length} items; at most ${FEED_LIMITS.maxItems} are read.`);
  }
  return parts;
}
