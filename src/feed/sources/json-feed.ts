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

/**
 * A feed document read from XML, with its items still to be read: `head` is the document without them, `entries` the
 * item elements and `readEntry` reads one. Lets a reader read the items all at once (`withItems`) or in slices between
 * which the page runs (a document of thousands of items took the main thread for half a second and more).
 */
export interface FeedParts {
  head: JsonFeedDocument;
  entries: readonly Element[];
  readEntry: (entry: Element) => JsonFeedItem;
}

/** The document with its items, read at once. */
export function withItems({ head, entries, readEntry }: FeedParts, items = entries.map(readEntry)): JsonFeedDocument {
  return { ...head, items };
}
