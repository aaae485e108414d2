import { FeedError } from './errors.js';
import { loadParser } from './readers.js';
import type { LoadedFeed } from './load.js';

let snapshot: Promise<LoadedFeed> | undefined;

/**
 * The folder of the script at `moduleUrl`, without its query (a CMS may append `?ver=…`). Written out rather than as
 * `new URL('./', import.meta.url)`, which bundlers read as an asset reference and replace (Vite inlines a data: URL).
 */
export function scriptDirectory(moduleUrl: string): string {
  const url = new URL(moduleUrl);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.href;
}

/**
 * The bundled snapshot of the network feed, used when an element has no `src`. It is a chunk of its own, loaded only
 * when asked for, from the script's own origin (which is then "the feed's host"). A failed chunk load is forgotten, so
 * a retry loads it again.
 */
export function loadSnapshot(): Promise<LoadedFeed> {
  snapshot ??= Promise.all([import('../data/network-snapshot.js'), loadParser()]).then(
    ([module, { parseFeed }]) => {
      const url = scriptDirectory(import.meta.url);
      // Shared by every element, and trusted by the badge: frozen, so that no script can change what it says.
      return deepFreeze({ ...parseFeed(module.default, { baseUrl: url }), url });
    },
    (cause: unknown) => {
      snapshot = undefined;
      throw new FeedError('network', 'The bundled snapshot of the network feed could not be loaded.', { cause });
    },
  );
  return snapshot;
}

/** `value` with every object and array in it frozen. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
