/**
 * The raw JSON Feed 1.1 document the RSS and Atom readers build. It is not trusted: `parseNewsSource` passes it
 * through `parseFeed`, which applies the same rules as to the network feed (URL schemes, cleaning, lengths,
 * duplicates, dates).
 */
import type { FeedItem, NetworkFeed } from '../types.js';

export { JSON_FEED_VERSION } from '../parse.js';

/** A JSON Feed item before cleaning. */
export type JsonFeedItem = Omit<FeedItem, '_engaged_city'>;

/** A JSON Feed document before cleaning, without the network's directory. */
export type JsonFeedDocument = Omit<NetworkFeed, '_engaged_city' | 'items'> & { items: JsonFeedItem[] };

/** `object` without the keys whose value is `undefined`, as they would be absent in JSON. */
export function withoutEmptyFields<T extends object>(object: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    if (value !== undefined) result[key] = value;
  }
  return result as T;
}

/** The list, or `undefined` when it is empty (an optional list field is left out rather than empty). */
export function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}
