import { FeedError } from './errors.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import type { FetchedDocument } from './shared-cache.js';

/** The largest body the loader reads, in bytes. */
export const MAX_FEED_BYTES = 5_000_000;

/** How long one attempt (request and body) may take, in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/** The longest delay `setTimeout` accepts; longer ones fire at once. */
const MAX_TIMER_DELAY = 2_147_483_647;

const REQUEST: RequestInit = { credentials: 'omit', mode: 'cors', redirect: 'follow' };

export interface FetchDocumentOptions {
  /** Cancels the load: the promise then rejects with the signal's reason, without a retry. */
  signal: AbortSignal;
  /**
   * Milliseconds per attempt; `Infinity` for none. Read again when the time is up, so that a longer timeout given while
   * an attempt runs (another consumer joined the shared request) still counts.
   */
  timeout: () => number;
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const rejectWithReason = (): void => reject(signal.reason);
    signal.addEventListener('abort', rejectWithReason, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', rejectWithReason));
  });
}

/**
 * The pause before the retry after a network failure or a 5xx status: a dropped mobile connection or an overloaded
 * server seldom recovers within the same moment. A timeout is retried at once (it has waited long enough).
 */
export const RETRY_PAUSE = 750;

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() => clearTimeout(timer));
}

function isRetryable(error: unknown): boolean {
  if (!FeedError.is(error)) return false;
  return error.code === 'network' || error.code === 'timeout' || (error.code === 'http' && (error.status ?? 0) >= 500);
}

/** One request: the response checked for its status, the body read within the size cap, all within the timeout. */
async function attempt(href: string, { signal, timeout }: FetchDocumentOptions): Promise<FetchedDocument> {
  const attemptController = new AbortController();
  const abortAttempt = (): void => attemptController.abort(signal.reason);
  signal.addEventListener('abort', abortAttempt, { once: true });
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watch = (): void => {
    const left = timeout() - (Date.now() - started);
    if (left <= 0) attemptController.abort(new DOMException('Timed out', 'TimeoutError'));
    else if (Number.isFinite(left)) timer = setTimeout(watch, Math.min(left, MAX_TIMER_DELAY));
  };
  watch();
  try {
    const response = await untilAborted(fetch(href, { ...REQUEST, signal: attemptController.signal }), attemptController.signal);
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      throw new FeedError('http', `HTTP ${response.status} for ${href}`, { status: response.status, url: href });
    }
    const bytes = await readBody(response, { limit: MAX_FEED_BYTES, signal: attemptController.signal });
    return { url: response.url || href, contentType: response.headers.get('content-type') ?? '', bytes };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (FeedError.is(error)) throw error;
    if (error instanceof BodyTooLargeError) {
      throw new FeedError('too-large', `${href} is larger than ${error.limit} bytes`, { url: href, cause: error });
    }
    if (attemptController.signal.aborted) {
      throw new FeedError('timeout', `No complete answer from ${href} within ${timeout()} ms`, { url: href, cause: error });
    }
    throw new FeedError('network', `Could not load ${href}`, { url: href, cause: error });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abortAttempt);
  }
}

/**
 * Fetches a document without cookies, following redirects, and tries once more after a network failure, a timeout
 * or a 5xx status (never after a 4xx; after a `RETRY_PAUSE`, save after a timeout). Rejects with a `FeedError`
 * (`network`, `timeout`, `http`, `too-large`) that names the URL, or with the signal's reason when `signal` aborts.
 */
export async function fetchDocument(href: string, options: FetchDocumentOptions): Promise<FetchedDocument> {
  try {
    return await attempt(href, options);
  } catch (error) {
    if (options.signal.aborted || !isRetryable(error)) throw error;
    const timedOut = (error as FeedError).code === 'timeout';
    if (!timedOut) await pause(RETRY_PAUSE, options.signal);
    // A FeedError, or the signal's reason (a DOMException, whose numeric `code` is never 'timeout').
    return attempt(href, options).catch((again: FeedError) => {
      // Twice the timeout gone by: the message says so (the visible text does not name it).
      if (timedOut && again.code === 'timeout') again.message += ' twice';
      throw again;
    });
  }
}
