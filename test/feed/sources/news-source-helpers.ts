import { parseNewsSource } from '../../../src/feed/sources/index.js';
import type { FeedItem, ParseResult } from '../../../src/feed/types.js';

/** The URL the test documents pretend to come from. */
export const FEED_URL = 'https://example.org/news/feed.xml';

/** UTF-8 bytes of a document. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Reads a document given as text, as if fetched from {@link FEED_URL}. */
export function readNews(text: string, options: { baseUrl?: string; contentType?: string } = { baseUrl: FEED_URL }): ParseResult {
  return parseNewsSource(utf8(text), options);
}

/** The items of an RSS 2.0 channel holding the given XML. */
export function rssItems(channelXml: string, namespaces = ''): FeedItem[] {
  return readNews(rss(channelXml, namespaces)).feed.items;
}

/** The items of an Atom feed holding the given XML. */
export function atomItems(feedXml: string, attributes = ''): FeedItem[] {
  return readNews(atom(feedXml, attributes)).feed.items;
}

export function rss(channelXml: string, namespaces = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom" ${namespaces}>
  <channel><title>Test channel</title>${channelXml}</channel>
</rss>`;
}

export function atom(feedXml: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" ${attributes}>
  <title>Test feed</title><id>urn:test</id><updated>2025-01-01T00:00:00Z</updated>${feedXml}
</feed>`;
}
