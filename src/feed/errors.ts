/** Why a feed as a whole could not be used. */
export type FeedErrorCode = 'not-json' | 'not-a-feed' | 'too-large' | 'http' | 'network' | 'timeout';

export const FEED_ERROR_CODES: readonly FeedErrorCode[] = ['not-json', 'not-a-feed', 'too-large', 'http', 'network', 'timeout'];

/**
 * The error every part of the package reports when a feed is unusable. Read `code`; `status` is set for `http`,
 * `url` when the error came from loading.
 */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly code: FeedErrorCode;
  /** HTTP status for `code === 'http'`. */
  readonly status?: number;
  /** The URL that was being loaded, when the error came from the loader. */
  readonly url?: string;

  constructor(code: FeedErrorCode, message: string, options: { status?: number; url?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.url !== undefined) this.url = options.url;
  }

  /** True for any object that looks like a FeedError, also one made by another copy of the package. */
  static is(value: unknown): value is FeedError {
    return (
      value instanceof FeedError ||
      (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'FeedError' &&
        typeof (value as { code?: unknown }).code === 'string')
    );
  }
}

/** True for the `AbortError` a cancelled request or load rejects with: not a failure to show. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
