/**
 * A fake `fetch` for the loader's tests: installed on `globalThis`, it records every request and answers with the
 * responders given, in order (the last one answers every further request). Like the real `fetch`, a pending request
 * rejects with the signal's reason when its signal aborts.
 */

export interface FetchCall {
  url: string;
  init: RequestInit;
  signal: AbortSignal;
  /** `performance.now()` when the request was made. */
  at: number;
}

export type Responder = (call: FetchCall) => Response | Promise<Response>;

export interface FakeFetch {
  readonly calls: FetchCall[];
  restore(): void;
}

const realFetch = globalThis.fetch;

export function installFakeFetch(...responders: Responder[]): FakeFetch {
  const calls: FetchCall[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const signal = init.signal ?? new AbortController().signal;
    const call: FetchCall = { url: String(input), init, signal, at: performance.now() };
    const respond = responders[Math.min(calls.length, responders.length - 1)]!;
    calls.push(call);
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve().then(() => respond(call)).then(resolve, reject);
    });
  };
  return {
    calls,
    restore() {
      globalThis.fetch = realFetch;
    },
  };
}

export const MINIMAL_FEED = { version: 'https://jsonfeed.org/version/1.1', title: 'Netzwerk Engagierte Stadt', items: [] };

/** Answers with `body` as JSON (a string is sent as it is). */
export function json(body: unknown = MINIMAL_FEED, init: ResponseInit = {}): Responder {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return () => new Response(text, { status: 200, headers: { 'Content-Type': 'application/feed+json' }, ...init });
}

/** Passes the request on to the browser's own `fetch`. */
export const realNetwork: Responder = (call) => realFetch(call.url, call.init);

/** Answers with an empty body and `status`. */
export function status(code: number): Responder {
  return () => new Response(null, { status: code });
}

/** Fails like `fetch` does when the network is down or CORS forbids the answer. */
export const networkFailure: Responder = () => Promise.reject(new TypeError('Failed to fetch'));

/** Never answers; rejects only when the request's signal aborts. */
export const never: Responder = () => new Promise<Response>(() => {});

/** Answers `json()` after a redirect: `Response.url` is `finalUrl`. */
export function redirectedTo(finalUrl: string, body: unknown = MINIMAL_FEED): Responder {
  return (call) => {
    const response = json(body)(call) as Response;
    Object.defineProperty(response, 'url', { value: finalUrl });
    Object.defineProperty(response, 'redirected', { value: true });
    return response;
  };
}

/** A response body whose chunks the test sends, and which records whether it was cancelled. */
export class ControlledBody {
  readonly stream: ReadableStream<Uint8Array>;
  cancelled = false;
  #controller!: ReadableStreamDefaultController<Uint8Array>;

  constructor() {
    this.stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.#controller = controller;
      },
      cancel: () => {
        this.cancelled = true;
      },
    });
  }

  send(bytes: Uint8Array | string): void {
    this.#controller.enqueue(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  }

  end(): void {
    this.#controller.close();
  }

  /** The connection drops: the stream fails mid-body. */
  drop(): void {
    this.#controller.error(new TypeError('network error'));
  }

  respond(headers: HeadersInit = {}): Responder {
    return () => new Response(this.stream, { status: 200, headers });
  }
}

/** Resolves after the pending promise jobs and one macrotask: lets the loader reach its next await. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The rejection of `promise`; fails when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
