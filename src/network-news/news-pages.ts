import type { LoadOptions, LoadedFeed } from '../feed/load.js';
import type { FeedItem, NetworkFeed } from '../feed/types.js';
import { safeUrl } from '../feed/urls.js';
import { originOf } from './origin.js';

/** Loads one page of a feed (the shared loader, with the same parser kind as the first page). */
export type PageLoader = (url: string, options: LoadOptions) => Promise<LoadedFeed>;

/** How many pages one request (the first look for `limit` matching items, or one "show more") may fetch at most. */
export const MAX_PAGES_PER_REQUEST = 10;

/** A URL as a key: absolute, without its fragment (which is never sent). */
function pageKey(url: string): string {
  const key = new URL(url);
  key.hash = '';
  return key.href;
}

/**
 * The items of a feed that comes in pages (JSON Feed `next_url`): the first page, and the pages after it as they are
 * fetched. Items whose id is already there are left out. A `next_url` is followed only when it is an http(s) URL on
 * the feed's own origin (no request to any other host) that has not been seen before (a loop ends instead of
 * fetching forever). Never changes the feed it starts from: that is shared with every element on the page.
 */
export class NewsPages {
  /** Every item loaded so far, first page first. */
  readonly items: FeedItem[];
  readonly #ids: Set<string>;
  readonly #seen = new Set<string>();
  /** The origin the first page finally came from: the feed's host, the only one pages (and, by default, images) come from. */
  readonly origin: string | undefined;
  #next: string | undefined;

  /**
   * @param feed The first page.
   * @param url The URL the first page finally came from: relative `next_url`s are resolved against it, and its
   *   origin is the only one pages are fetched from.
   */
  constructor(readonly feed: NetworkFeed, url: string | undefined) {
    this.items = [...feed.items];
    this.#ids = new Set(feed.items.map((item) => item.id));
    this.origin = originOf(url);
    for (const seen of [url, feed.feed_url]) if (seen && safeUrl(seen)) this.#seen.add(pageKey(seen));
    this.#next = this.#followable(feed.next_url, url);
  }

  /** True when there is a next page to fetch. */
  get hasNext(): boolean {
    return this.#next !== undefined;
  }

  /**
   * Fetches the next page and appends its new items. Resolves with the number of items added; rejects like the loader
   * (a `FeedError`, or an `AbortError` when `options.signal` aborts), and then the same page is tried on the next call.
   */
  async loadNext(load: PageLoader, options: LoadOptions): Promise<number> {
    const url = this.#next;
    if (url === undefined) return 0;
    const page = await load(url, options);
    this.#seen.add(pageKey(url));
    this.#seen.add(pageKey(page.url));
    const before = this.items.length;
    for (const item of page.feed.items) {
      if (this.#ids.has(item.id)) continue;
      this.#ids.add(item.id);
      this.items.push(item);
    }
    this.#next = this.#followable(page.feed.next_url, page.url);
    return this.items.length - before;
  }

  /**
   * Fetches next pages, one after another, until `enough()` says so, there is no next page, or `maxPages` were
   * fetched (a filter that matches nothing must not walk a long archive to its end). Rejects like `loadNext`.
   */
  async loadUntil(enough: () => boolean, load: PageLoader, options: LoadOptions, maxPages = MAX_PAGES_PER_REQUEST): Promise<void> {
    for (let page = 0; page < maxPages && this.hasNext && !enough(); page++) await this.loadNext(load, options);
  }

  #followable(next: string | undefined, pageUrl: string | undefined): string | undefined {
    const url = safeUrl(next, pageUrl);
    if (url === undefined || this.#seen.has(pageKey(url))) return undefined;
    return originOf(url) === this.origin ? url : undefined;
  }
}
