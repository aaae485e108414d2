import { FeedError } from './errors.js';
import { parseFeed } from './parse.js';
import type { LoadedFeed } from './load.js';

let snapshot: Promise<LoadedFeed> | undefined;

/**
 * The bundled snapshot of the network feed, used when an element has no `src`. It is a chunk of its own, loaded only
 * when asked for, from the script's own origin (which is then "the feed's host"). A failed chunk load is forgotten, so
 * a retry loads it again.
 */
export function loadSnapshot(): Promise<LoadedFeed> {
  snapshot ??= import('../data/network-snapshot.js').then(
    (module) => {
      const url = new URL('./', import.meta.url).href;
      return { ...parseFeed(module.default, { baseUrl: url }), url };
    },
    (cause: unknown) => {
      snapshot = undefined;
      throw new FeedError('network', 'The bundled snapshot of the network feed could not be loaded.', { cause });
    },
  );
  return snapshot;
}
