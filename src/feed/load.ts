/**
 * The feed loader: one request per absolute URL per page, however many elements ask for it, and from however many
 * copies of the package (see `shared-cache.ts` for the cache they share). Loads have a timeout, a size cap and one
 * retry; failures are forgotten so the next call fetches again; a load nobody waits for any more is cancelled.
 */
import { decodeText } from './decode-text.js';
import { FeedError } from './errors.js';
import { DEFAULT_TIMEOUT, MAX_FEED_BYTES, RETRY_PAUSE, fetchDocument } from './fetch-document.js';
import { loadParser } from './readers.js';
import { sharedFeedCache, type FetchedDocument, type SharedEntry } from './shared-cache.js';
import type { ParseResult } from './types.js';

export { DEFAULT_TIMEOUT, MAX_FEED_BYTES, decodeText };
export type { FetchedDocument };

export interface LoadOptions {
  /** This consumer's interest: aborting it rejects this call with an `AbortError` `DOMException`. */
  signal?: AbortSignal;
  /**
   * Milliseconds per attempt (request and body), default `DEFAULT_TIMEOUT`. The shared request waits as long as its
   * most patient consumer allows; every consumer gives up on its own after two attempts' worth of its own timeout (the
   * attempt and its one retry), so each element's `timeout` is honoured, whichever element started the request.
   */
  timeout?: number;
  /** The URL a relative `url` is resolved against; default: `document.baseURI` when there is a document. */
  baseUrl?: string;
}

/** A parsed network feed, and the URL it was finally fetched from (after redirects). */
export interface LoadedFeed extends ParseResult {
  url: string;
}

/** The parser kind of `loadFeed`: the network feed, parsed by `parseFeed`, as a `LoadedFeed`. */
export const NETWORK_FEED_KIND = 'network-feed/1';

function abortError(): DOMException {
  return new DOMException('Aborted', 'AbortError');
}

function pageBaseUrl(): string | undefined {
  if (typeof document !== 'undefined') return document.baseURI;
  if (typeof location !== 'undefined') return location.href;
  return undefined;
}

/** The cache key of a URL: absolute, without a fragment (which is never sent). */
function resolveUrl(url: string, baseUrl: string | undefined): string {
  try {
    const pageBase = pageBaseUrl();
    const resolved = new URL(url, baseUrl === undefined ? pageBase : new URL(baseUrl, pageBase));
    resolved.hash = '';
    return resolved.href;
  } catch (cause) {
    throw new FeedError('network', `Not a valid feed URL: ${url}`, { url, cause });
  }
}

function attemptTimeout(timeout: number | undefined): number {
  return timeout !== undefined && timeout > 0 ? timeout : DEFAULT_TIMEOUT;
}

/** Removes `entry` from the cache, unless it has been replaced already. */
function forget(href: string, entry: SharedEntry): void {
  const { documents } = sharedFeedCache();
  if (documents.get(href) === entry) documents.delete(href);
}

function startLoad(href: string, timeout: number): SharedEntry {
  const controller = new AbortController();
  let settled = false;
  let attemptTimeout = timeout;
  const promise = fetchDocument(href, { signal: controller.signal, timeout: () => attemptTimeout }).then(
    (fetched) => {
      settled = true;
      return fetched;
    },
    (error: unknown) => {
      settled = true;
      forget(href, entry);
      throw error;
    },
  );
  // The cache holds the promise for later consumers; a failure nobody waits for is not an unhandled rejection.
  promise.catch(() => {});
  const entry: SharedEntry = {
    promise,
    consumers: 0,
    parsed: new Map(),
    abort() {
      if (settled) return;
      controller.abort(abortError());
      forget(href, entry);
    },
    allow(milliseconds) {
      attemptTimeout = Math.max(attemptTimeout, milliseconds);
    },
  };
  return entry;
}

/** The page's load of `href`, started when there is none, with one more consumer. */
function joinLoad(href: string, options: LoadOptions): SharedEntry {
  const { documents } = sharedFeedCache();
  let entry = documents.get(href);
  if (!entry) {
    entry = startLoad(href, attemptTimeout(options.timeout));
    documents.set(href, entry);
  } else {
    // A consumer with a longer timeout than the one that started the request: the request waits that long for it.
    entry.allow?.(attemptTimeout(options.timeout));
  }
  entry.consumers += 1;
  return entry;
}

/**
 * Extra time a consumer grants the shared request beyond two attempts (the pause before the retry, and a little more),
 * so that its own timeout normally decides.
 */
const CONSUMER_GRACE = RETRY_PAUSE + 250;

/**
 * `promise` as one consumer sees it: rejected at once when its signal aborts, and with a `timeout` FeedError when its
 * own deadline (two attempts of its own `timeout`) passes first. A consumer that leaves may cancel the load itself.
 */
function asConsumer<T>(promise: Promise<T>, entry: SharedEntry, href: string, options: LoadOptions): Promise<T> {
  const { signal } = options;
  const deadline = 2 * attemptTimeout(options.timeout) + CONSUMER_GRACE;
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      return true;
    };
    const leave = (reason: unknown): void => {
      if (!finish()) return;
      reject(reason);
      entry.consumers -= 1;
      if (entry.consumers <= 0) entry.abort();
    };
    const onAbort = (): void => leave(abortError());
    const timer = setTimeout(
      () => leave(new FeedError('timeout', `No answer within ${deadline} ms.`, { url: href })),
      deadline,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => finish() && resolve(value),
      (error: unknown) => finish() && reject(error),
    );
  });
}

/** Runs the load of `url` for one consumer, and hands the entry to `select` for the value this call returns. */
function consume<T>(url: string, options: LoadOptions, select: (entry: SharedEntry, href: string) => Promise<T>): Promise<T> {
  if (options.signal?.aborted) return Promise.reject(abortError());
  let href: string;
  try {
    href = resolveUrl(url, options.baseUrl);
  } catch (error) {
    return Promise.reject(error);
  }
  const entry = joinLoad(href, options);
  return asConsumer(select(entry, href), entry, href, options);
}

/** A parser's FeedError names the document's URL, like the loader's own errors do. */
function withUrl(error: unknown, url: string): unknown {
  if (!FeedError.is(error) || error.url !== undefined) return error;
  return new FeedError(error.code, error.message, { status: error.status, url, cause: error });
}

function parsedOnce<T>(
  entry: SharedEntry, href: string, kind: string, parse: (fetched: FetchedDocument) => T | Promise<T>,
): Promise<T> {
  const cached = entry.parsed.get(kind);
  if (cached) return cached as Promise<T>;
  const parsed = entry.promise.then(async (fetched) => {
    try {
      return await parse(fetched);
    } catch (error) {
      throw withUrl(error, fetched.url);
    }
  });
  // A document that cannot be parsed is a failed load: forget it, so the next call fetches again.
  parsed.catch(() => forget(href, entry));
  entry.parsed.set(kind, parsed);
  return parsed;
}

/**
 * Fetches a document, once per page: every call for the same absolute URL (relative URLs are resolved against
 * `baseUrl`) shares one request, also with calls that come later and with other copies of this package. Rejects with
 * a `FeedError` (`network`, `timeout`, `http`, `too-large`), or with an `AbortError` when `options.signal` aborts.
 */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<FetchedDocument> {
  return consume(url, options, (entry) => entry.promise);
}

/**
 * Fetches a document once per page (as `loadDocument`) and parses it once per parser `kind`: every consumer, in
 * every copy of the package, receives the same result, so treat it as read-only. `kind` names the parser and the
 * shape of its result (e.g. `network-feed/1`); change it when that shape changes. `parse` may return a promise (to load
 * a reader on demand). A parse failure is forgotten like a failed request, and a `FeedError` thrown by `parse` is given
 * the document's URL.
 */
export function loadParsed<T>(
  url: string,
  kind: string,
  parse: (fetched: FetchedDocument) => T | Promise<T>,
  options: LoadOptions = {},
): Promise<T> {
  return consume(url, options, (entry, href) => parsedOnce(entry, href, kind, parse));
}

/**
 * Loads and parses the network feed at `url`, once per page. The result is shared by every consumer: read-only.
 * Rejects with a `FeedError` (`network`, `timeout`, `http`, `too-large`, `not-json`, `not-a-feed`) that names the
 * URL, or with an `AbortError` when `options.signal` aborts.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  // The parser chunk is requested with the feed, not once the feed is in (see parser.ts).
  const parser = loadParser();
  parser.catch(() => {}); // a failed import is reported by the parse below, if the feed comes
  return loadParsed(
    url,
    NETWORK_FEED_KIND,
    async (fetched) => {
      const { parseFeedInSlices } = await parser;
      // In slices: the page keeps answering while a large feed is read.
      return { ...(await parseFeedInSlices(decodeText(fetched), { baseUrl: fetched.url })), url: fetched.url };
    },
    options,
  );
}

/**
 * Forgets every document this page has loaded, in every copy of the package, so the next call fetches again (for
 * tests, and for hosts that want fresh data). Loads still pending finish for the consumers that wait for them.
 */
export function forgetFeeds(): void {
  sharedFeedCache().documents.clear();
}
