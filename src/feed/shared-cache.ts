/**
 * The page-wide document cache that every copy of the package shares.
 *
 * It lives on `globalThis[Symbol.for('engaged-city-widgets.feeds')]`, so two separately loaded copies of the package
 * (possibly two different versions) make one request per URL between them. Its shape is therefore a contract between
 * versions: keep it small, and change `v` when it changes incompatibly. A copy that finds a `v` it does not understand
 * keeps a cache of its own instead of touching the shared one.
 *
 * Shape, version 1:
 * ```
 * globalThis[Symbol.for('engaged-city-widgets.feeds')] = {
 *   v: 1,
 *   documents: Map<absoluteUrl, {
 *     promise: Promise<FetchedDocument>,   // settles once; a rejected entry is removed from `documents`
 *     consumers: number,                   // calls that have asked for it (only read while it is pending)
 *     abort(): void,                       // while pending: cancel the request and remove the entry; later: nothing
 *     allow?(ms: number): void,            // let each attempt take at least ms (optional: older copies lack it)
 *     parsed: Map<kind, Promise<unknown>>, // one parse per parser kind, e.g. 'network-feed/1'
 *   }>,
 * }
 * ```
 * A parser `kind` names the parser *and the shape of its result*: change it when that shape changes, so that two
 * versions of the package never read each other's incompatible results.
 */

/** A fetched document, before parsing. Shared between copies of the package, so its shape is part of the contract. */
export interface FetchedDocument {
  /** The final URL after redirects (`Response.url`, or the request URL when that is empty). */
  url: string;
  /** The `Content-Type` header, `''` when absent. */
  contentType: string;
  /** The body, at most `MAX_FEED_BYTES` long. */
  bytes: Uint8Array;
}

/** One absolute URL's load, shared by every consumer on the page. */
export interface SharedEntry {
  /** The document; settles once. */
  readonly promise: Promise<FetchedDocument>;
  /** How many calls have asked for this document. A consumer that gives up decrements it; at 0, call `abort()`. */
  consumers: number;
  /** While the load is pending: cancel the request and remove the entry from the cache. Once settled: nothing. */
  abort(): void;
  /**
   * Lets each attempt of the pending request take at least `milliseconds` (a later consumer's longer timeout). Added
   * after version 1's first release: an entry made by an older copy of the package may lack it.
   */
  allow?(milliseconds: number): void;
  /** The parsed document, one promise per parser kind. */
  readonly parsed: Map<string, Promise<unknown>>;
}

/** The object behind the global key, version 1. */
export interface SharedFeedCache {
  readonly v: 1;
  readonly documents: Map<string, SharedEntry>;
}

/** The global key of the shared cache. */
export const SHARED_CACHE_KEY: unique symbol = Symbol.for('engaged-city-widgets.feeds');

let privateCache: SharedFeedCache | undefined;

function isSharedFeedCacheV1(value: unknown): value is SharedFeedCache {
  return (
    typeof value === 'object' && value !== null &&
    (value as { v?: unknown }).v === 1 && (value as { documents?: unknown }).documents instanceof Map
  );
}

/**
 * The page's shared cache, created on first use. When the global key holds something this copy does not understand
 * (a future shape), this copy falls back to a private cache and leaves the global one alone.
 */
export function sharedFeedCache(): SharedFeedCache {
  const global = globalThis as { [SHARED_CACHE_KEY]?: unknown };
  const existing = global[SHARED_CACHE_KEY];
  if (isSharedFeedCacheV1(existing)) return existing;
  if (existing !== undefined) return (privateCache ??= { v: 1, documents: new Map() });
  const created: SharedFeedCache = { v: 1, documents: new Map() };
  Object.defineProperty(globalThis, SHARED_CACHE_KEY, { value: created, enumerable: false, writable: false, configurable: false });
  return created;
}
