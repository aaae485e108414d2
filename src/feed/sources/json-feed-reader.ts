/**
 * The JSON Feed reader of `<network-news>` (any JSON Feed, read by `parseFeed`), loaded on demand like the parser (see
 * ../readers.ts): requested together with the document, so a page pays for it only when news come. The CDN file has it
 * inside (json-feed-reader.inline.ts, swapped in by vite.config.ts).
 */
import { reader } from '../readers.js';

let jsonFeedReader: Promise<typeof import('./json-feed-source.js')> | undefined;

/** The reader module, imported once per page; a failed import is a `network` FeedError and is tried again next time. */
export function loadJsonFeedReader(): Promise<typeof import('./json-feed-source.js')> {
  return (jsonFeedReader ??= reader(import('./json-feed-source.js'), () => (jsonFeedReader = undefined)));
}
