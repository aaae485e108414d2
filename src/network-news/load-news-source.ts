import { decodeText } from '../feed/decode-text.js';
import { FeedError } from '../feed/errors.js';
import { loadParsed, type LoadOptions, type LoadedFeed } from '../feed/load.js';
import { loadJsonFeedReader } from '../feed/sources/json-feed-reader.js';
import { detectFormat } from '../feed/sources/detect-format.js';
import type { ParseResult } from '../feed/types.js';

/** The parser kind of news sources in the shared loader: any JSON Feed, RSS or Atom document, as a `LoadedFeed`. */
export const NEWS_SOURCE_KIND = 'news-source/1';

/** The RSS and Atom reader, a chunk of its own: fetched from the script's origin when the first XML document arrives. */
async function parseXml(bytes: Uint8Array, baseUrl: string, contentType: string): Promise<ParseResult> {
  let reader: typeof import('../feed/sources/xml-source.js');
  try {
    reader = await import('../feed/sources/xml-source.js');
  } catch (cause) {
    throw new FeedError('network', 'The RSS and Atom reader of the package could not be loaded.', { url: baseUrl, cause });
  }
  // In slices: a document of thousands of items would otherwise hold the page for the whole of its reading.
  return reader.parseXmlSourceInSlices(bytes, baseUrl, contentType);
}

/**
 * Loads a news source (the network feed, any JSON Feed, RSS 2.0 or Atom 1.0 document, recognised by content) through
 * the shared loader: one request per URL per page, whichever elements ask for it. JSON is read at once; RSS and Atom
 * by a reader loaded on demand, so that pages showing the network feed never download it.
 */
export function loadNewsSource(url: string, options: LoadOptions): Promise<LoadedFeed> {
  // The JSON reader is requested with the document, not once it is in (see feed/sources/json-feed-reader.ts).
  const json = loadJsonFeedReader();
  json.catch(() => {}); // a failed import is reported below, if a JSON document comes
  return loadParsed(
    url,
    NEWS_SOURCE_KIND,
    async ({ bytes, url: finalUrl, contentType }) => {
      const result = detectFormat(bytes) === 'json'
        ? await (await json).parseJsonFeedSourceInSlices(decodeText({ bytes, contentType }), finalUrl)
        : await parseXml(bytes, finalUrl, contentType);
      return { ...result, url: finalUrl };
    },
    options,
  );
}
