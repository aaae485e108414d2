import { loadParsed, type LoadOptions, type LoadedFeed } from '../feed/load.js';
import { parseNewsSource } from '../feed/sources/index.js';

/** The parser kind of news sources in the shared loader: any JSON Feed, RSS or Atom document, as a `LoadedFeed`. */
export const NEWS_SOURCE_KIND = 'news-source/1';

/**
 * Loads a news source (the network feed, any JSON Feed, RSS 2.0 or Atom 1.0 document, recognised by content) through
 * the shared loader: one request per URL per page, whichever elements ask for it.
 */
export function loadNewsSource(url: string, options: LoadOptions): Promise<LoadedFeed> {
  return loadParsed(
    url,
    NEWS_SOURCE_KIND,
    (doc) => ({ ...parseNewsSource(doc.bytes, { baseUrl: doc.url, contentType: doc.contentType }), url: doc.url }),
    options,
  );
}
