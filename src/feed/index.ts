/**
 * The feed layer: `engaged-city-widgets/feed`. Types of the network feed, `parseFeed` (no DOM needed), `FeedError`,
 * the URL check, and the shared loader (one request per URL per page).
 */
export * from './types.js';
export * from './errors.js';
export { parseFeed } from './parse.js';
export { safeUrl } from './urls.js';
export { normalizeHost } from './hosts.js';
export { loadFeed, loadDocument, loadParsed, decodeText, forgetFeeds, MAX_FEED_BYTES, DEFAULT_TIMEOUT } from './load.js';
export type { LoadOptions, FetchedDocument, LoadedFeed } from './load.js';
export { loadSnapshot } from './snapshot.js';
// Browser only (they use DOMParser): other news sources (JSON Feed, RSS 2.0, Atom 1.0) and HTML → text.
export { parseNewsSource, htmlToText, type NewsSourceOptions } from './sources/index.js';
export { TRUSTED_TYPES_POLICY } from './sources/inert-parser.js';
