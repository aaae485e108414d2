/**
 * Feed addresses for the loading and error stories, answered inside the page: Storybook must work with no network,
 * and a story must not depend on a server. `installStoryFeeds()` wraps `window.fetch` once; every other address goes
 * to the real `fetch` untouched, so stories on the bundled snapshot or on `.data` are not affected.
 */
export const STORY_FEEDS = {
  /** A request that never gets an answer (until the element gives up and aborts it): the loading state. */
  neverAnswers: '/__stories__/never-answers.json',
  /** A request the server answers with 404: the error state. */
  missing: '/__stories__/missing.json',
} as const;

/** Long enough that a loading story stays loading while somebody looks at it (a day; setTimeout's limit is ~24.8 days). */
export const LOADING_TIMEOUT = 86_400_000;

const installed = Symbol.for('engaged-city-widgets.stories.fetch');

function pathOf(input: RequestInfo | URL): string {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, document.baseURI).pathname;
}

/** Never resolves; rejects with an AbortError when the request is aborted, like a real fetch. */
function neverAnswer(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
  });
}

/** Wraps `window.fetch` so the addresses of {@link STORY_FEEDS} answer as their names say. Safe to call again. */
export function installStoryFeeds(): void {
  const target = globalThis as typeof globalThis & { [installed]?: true };
  if (target[installed]) return;
  target[installed] = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const path = pathOf(input);
    if (path.endsWith(STORY_FEEDS.neverAnswers)) return neverAnswer(init?.signal ?? (input instanceof Request ? input.signal : undefined));
    if (path.endsWith(STORY_FEEDS.missing)) {
      return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } }));
    }
    return realFetch(input, init);
  };
}

installStoryFeeds();
