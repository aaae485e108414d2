import type { ReactiveController, ReactiveElement } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { FeedError, isAbortError } from '../feed/errors.js';
import { loadFeed, type LoadOptions, type LoadedFeed } from '../feed/load.js';
import { loadParser } from '../feed/readers.js';
import { loadSnapshot } from '../feed/snapshot.js';
import type { FeedWarning, NetworkFeed, ParseResult } from '../feed/types.js';

/** What a feed-backed element shows: `loading`, `ready` (data to show) or `error`. */
export type FeedStatus = 'loading' | 'ready' | 'error';

/** The element statuses of the spec; the badge adds `unverified` and `not-found`, every element may be `empty`. */
export type ElementStatus = FeedStatus | 'empty' | 'unverified' | 'not-found';

/** The detail of `feed-load`, which every element fires once its data is shown. */
export interface FeedLoadDetail {
  feed: NetworkFeed;
}

/** The detail of `feed-error`, which every element fires when its feed cannot be loaded; read `error.code`. */
export interface FeedErrorDetail {
  error: FeedError;
}

declare global {
  // The elements' events, typed for `addEventListener` on the elements and on any ancestor (they bubble and cross
  // shadow roots): `el.addEventListener('feed-error', (event) => event.detail.error.code)`.
  interface GlobalEventHandlersEventMap {
    'feed-load': CustomEvent<FeedLoadDetail>;
    'feed-error': CustomEvent<FeedErrorDetail>;
  }
}

/** The element side of the contract: what the controller reads from and writes to its host. */
export interface FeedHost extends ReactiveElement {
  /** URL of the feed; absent: the bundled snapshot. */
  src?: string | null;
  /** An already parsed feed (a `parseFeed` result or a raw feed object); wins over `src`. */
  data?: unknown;
  /** Milliseconds before a fetch is abandoned. */
  timeout?: number;
  /** Reflected status, written by the controller. */
  status: ElementStatus;
  /** The element's own status once data is there (`empty`, `unverified`, ...); `ready` when not implemented. */
  statusForFeed?(feed: NetworkFeed): ElementStatus;
}

/** How a controller loads a `src`: the network feed by default; `<network-news>` also reads RSS and Atom. */
export type FeedLoader = (url: string, options: LoadOptions) => Promise<LoadedFeed>;

export interface FeedControllerOptions {
  load?: FeedLoader;
  /** When this returns true, nothing is requested until the host is near the viewport. */
  lazy?: () => boolean;
  /**
   * Called once, when the host first may load (as it is connected when it is not lazy, else when it comes near the
   * viewport), for what else the host needs to draw its feed (the map's views and base map): requested with the feed.
   */
  onNear?: () => void;
}

/** Accepts a `parseFeed` result or a raw feed object as `.data`. */
async function parseData(data: unknown): Promise<LoadedFeed> {
  const { parseFeed } = await loadParser();
  const isParseResult =
    typeof data === 'object' && data !== null && Object.hasOwn(data, 'feed') && Object.hasOwn(data, 'warnings') &&
    Array.isArray((data as ParseResult).warnings);
  const result = parseFeed(isParseResult ? (data as ParseResult).feed : data, { baseUrl: globalThis.document?.baseURI });
  return { ...result, url: globalThis.document?.baseURI ?? '' };
}

/** Any failure as a FeedError; an unexpected exception (a bug, not the feed's fault) is reported as `network`. */
function toFeedError(error: unknown): FeedError {
  if (FeedError.is(error)) return error;
  return new FeedError('network', error instanceof Error ? error.message : String(error), { cause: error });
}

/**
 * Gives an element its feed: `{ status, feed, error }`. Reads the host's `data`, `src` and `timeout`, loads through the
 * shared loader (one request per URL per page) or the bundled snapshot, reflects the host's `status`, sets `aria-busy`
 * while loading, and fires `feed-load` once data is shown and `feed-error` on failure. Aborts its request when the
 * host leaves the page and asks again when it comes back.
 */
export class FeedController implements ReactiveController {
  readonly #host: FeedHost;
  readonly #load: FeedLoader;
  readonly #lazy: () => boolean;
  readonly #onNear?: () => void;
  #wasNear = false;
  readonly #task: Task<[unknown, string | null | undefined, number, boolean, number], LoadedFeed>;
  #attempt = 0;
  #nearViewport = false;
  #observer?: IntersectionObserver;
  #interruptedByDisconnect = false;
  #announced: unknown;
  #errorFor: unknown;
  #error?: FeedError;

  constructor(host: FeedHost, options: FeedControllerOptions = {}) {
    this.#host = host;
    this.#load = options.load ?? loadFeed;
    this.#lazy = options.lazy ?? (() => false);
    this.#onNear = options.onNear;
    // The task first: its hostUpdate marks a run pending when src or data changed, before this controller's
    // hostUpdate derives the status, so the status never describes the previous feed for a moment.
    this.#task = new Task(host, {
      // With `.data`, neither `src`, `timeout` nor the viewport matters: another run would read the same value again (and
      // a lazy element coming near would report a bad one twice).
      args: () => (host.data != null ? [host.data, null, 0, true, this.#attempt] : [host.data, host.src, host.timeout ?? 10_000, this.#mayLoad(), this.#attempt]) as [unknown, string | null | undefined, number, boolean, number],
      task: async ([data, src, timeout, mayLoad], { signal }) => {
        if (data !== undefined && data !== null) return this.#parsedData(data);
        if (!mayLoad) return initialState;
        if (src !== undefined && src !== null && src.trim() !== '') {
          return this.#load(src.trim(), { signal, timeout: timeout > 0 ? timeout : 10_000 });
        }
        return loadSnapshot();
      },
    });
    host.addController(this);
  }

  /** `loading`, `ready` or `error`. */
  get status(): FeedStatus {
    switch (this.#task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return isAbortError(this.#task.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The cleaned feed, once loaded. */
  get feed(): NetworkFeed | undefined {
    return this.status === 'ready' ? this.#task.value?.feed : undefined;
  }

  /** What `parseFeed` dropped or repaired. (Typed here: inferred, the declaration named the package's root.) */
  get warnings(): FeedWarning[] {
    return this.status === 'ready' ? (this.#task.value?.warnings ?? []) : [];
  }

  /** The URL the feed finally came from (after redirects); the "feed's host" for media. */
  get url(): string | undefined {
    return this.status === 'ready' ? this.#task.value?.url : undefined;
  }

  /** Why loading failed (the same object as the `feed-error` event's `detail.error`). */
  get error(): FeedError | undefined {
    if (this.status !== 'error') return undefined;
    const raw = this.#task.error;
    if (this.#errorFor !== raw) {
      this.#errorFor = raw;
      this.#error = toFeedError(raw);
    }
    return this.#error;
  }

  /** Resolves when the current load has settled (for tests and for hosts that await data). */
  get complete(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }

  /** Loads again (the shared loader forgot the failure, so this fetches anew). */
  retry(): void {
    this.#attempt++;
    this.#host.requestUpdate();
  }

  /**
   * Called by the host as it is connected, before Lit queues its first render: when it may load at once, what it
   * needs is requested now (the feed's reader, and `onNear`), so that it loads while the loading state is drawn. A
   * site's bundler issues each `import()` a microtask late (Vite's preload helper): asked for during the first update,
   * the chunks went out only after the first render.
   */
  hostConnecting(): void {
    if (this.#wasNear || !this.#mayLoad()) return;
    if (this.#load === loadFeed) loadParser().catch(() => {}); // a failed import is reported by the load
    this.#near();
  }

  hostConnected(): void {
    if (this.#lazy() && !this.#nearViewport && typeof IntersectionObserver !== 'undefined') {
      this.#observer ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            this.#nearViewport = true;
            this.#observer?.disconnect();
            this.#host.requestUpdate();
          }
        },
        { rootMargin: '300px' },
      );
      this.#observer.observe(this.#host);
    }
    if (this.#interruptedByDisconnect) {
      this.#interruptedByDisconnect = false;
      this.#attempt++;
      this.#host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    if (this.#task.status !== TaskStatus.PENDING) return;
    // Moving an element (removed and inserted again in the same task, as frameworks and CMS editors do) must not cancel
    // its request and start another: abort only when it is still gone a moment later.
    setTimeout(() => {
      if (this.#host.isConnected || this.#task.status !== TaskStatus.PENDING) return;
      this.#interruptedByDisconnect = true;
      this.#task.abort(new DOMException('The element left the page', 'AbortError'));
    });
  }

  hostUpdate(): void {
    const status = this.status;
    const feed = this.feed;
    const elementStatus: ElementStatus = status === 'ready' && feed ? (this.#host.statusForFeed?.(feed) ?? 'ready') : status;
    if (this.#host.status !== elementStatus) this.#host.status = elementStatus;
    // An element may still be loading with the feed there (the news follows `next_url` before it settles).
    if (elementStatus === 'loading') this.#host.setAttribute('aria-busy', 'true');
    else this.#host.removeAttribute('aria-busy');
    if (!this.#wasNear && this.#mayLoad()) this.#near();
  }

  #near(): void {
    this.#wasNear = true;
    this.#onNear?.();
  }

  hostUpdated(): void {
    const status = this.status;
    // `feed-load` says the data is shown: not while the element itself still reports `loading`.
    if (status === 'ready' && this.#host.status !== 'loading') {
      const value = this.#task.value;
      if (value && this.#announced !== value) {
        this.#announced = value;
        this.#host.dispatchEvent(new CustomEvent('feed-load', { bubbles: true, composed: true, detail: { feed: value.feed } }));
      }
    } else if (status === 'error') {
      const error = this.#task.error;
      if (this.#announced !== error) {
        this.#announced = error;
        this.#host.dispatchEvent(new CustomEvent('feed-error', { bubbles: true, composed: true, detail: { error: this.error } }));
      }
    }
  }

  #dataParsed?: { data: unknown; loaded: Promise<LoadedFeed> };

  /**
   * `.data` parsed once per value: the task runs again when `src`, `timeout` or the viewport change, but the same
   * `.data` is the same feed, so `feed-load` is not fired again for it.
   */
  #parsedData(data: unknown): Promise<LoadedFeed> {
    const cached = this.#dataParsed;
    if (cached && cached.data === data) return cached.loaded;
    const loaded = parseData(data);
    this.#dataParsed = { data, loaded };
    // A failure (no feed; the parser chunk did not load) is not kept: a retry reads the same value again.
    loaded.catch(() => {
      if (this.#dataParsed?.loaded === loaded) this.#dataParsed = undefined;
    });
    return loaded;
  }

  #mayLoad(): boolean {
    if (this.#nearViewport || !this.#lazy()) return true;
    return typeof IntersectionObserver === 'undefined';
  }
}
