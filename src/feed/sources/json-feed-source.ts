/**
 * A JSON Feed from elsewhere, read by `parseFeed` under the network feed's rules, with one leniency feed readers
 * share: an item without the `id` JSON Feed requires (a common fault) is identified by its `url`, else by a hash of
 * what it says, instead of being dropped.
 */
import { FEED_LIMITS } from '../limits.js';
import { parseFeed } from '../parse.js';
import type { FeedWarning, ParseResult } from '../types.js';
import { contentHashId } from './item-id.js';

type JsonRecord = Record<string, unknown>;

/** Reads JSON Feed text. Throws `FeedError` exactly as `parseFeed` does (`too-large`, `not-json`, `not-a-feed`). */
export function parseJsonFeedSource(text: string, baseUrl: string | undefined): ParseResult {
  let document: unknown;
  try {
    document = text.length > FEED_LIMITS.maxJsonLength ? undefined : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    document = undefined;
  }
  // Text that is too long or no JSON: parseFeed raises the error.
  if (document === undefined) return parseFeed(text, { baseUrl });
  const repairs: FeedWarning[] = [];
  const result = parseFeed(withItemIds(document, repairs), { baseUrl });
  return { feed: result.feed, warnings: [...repairs, ...result.warnings] };
}

/** The document with an `id` for every item object that lacks one; other values are passed on untouched. */
function withItemIds(document: unknown, repairs: FeedWarning[]): unknown {
  if (!isRecord(document) || !Object.hasOwn(document, 'items') || !Array.isArray(document.items)) return document;
  const items = document.items.map((item: unknown, index) => {
    if (!isRecord(item) || (Object.hasOwn(item, 'id') && item.id !== null)) return item;
    const url = [item.url, item.external_url].find((value) => typeof value === 'string' && value.trim() !== '');
    const id = typeof url === 'string' ? url : contentHashId(
      ['title', 'date_published', 'content_text', 'content_html', 'summary'].map((key) => stringField(item, key)),
    );
    repairs.push({
      code: 'repaired',
      path: `items[${index}].id`,
      message: `Missing id (required by JSON Feed) made from the item's ${typeof url === 'string' ? 'URL' : 'content'}.`,
    });
    return { ...item, id };
  });
  return { ...document, items };
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(item: JsonRecord, key: string): string | undefined {
  const value = Object.hasOwn(item, key) ? item[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
