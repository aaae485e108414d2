/**
 * A JSON Feed from elsewhere, read by `parseFeed` under the network feed's rules, with two leniencies feed readers
 * share: an item without the `id` JSON Feed requires (a common fault) is identified by its `url`, else by a hash of
 * what it says, instead of being dropped; and a date that is no RFC 3339 date-time (`2025-06-01`, `2025-06-01 10:00`,
 * an RSS-style date) is read as RSS and Atom dates are, instead of being dropped.
 */
import { isDateTime } from '../dates.js';
import { FEED_LIMITS } from '../limits.js';
import { parseFeed, parseFeedInSlices } from '../parse.js';
import type { FeedWarning, ParseResult } from '../types.js';
import { w3cToRfc3339 } from './dates.js';
import { decodeReferences } from './references.js';
import { contentHashId } from './item-id.js';

type JsonRecord = Record<string, unknown>;

/** Reads JSON Feed text. Throws `FeedError` exactly as `parseFeed` does (`too-large`, `not-json`, `not-a-feed`). */
export function parseJsonFeedSource(text: string, baseUrl: string | undefined): ParseResult {
  const { input, repairs } = repaired(text);
  return withRepairs(parseFeed(input, { baseUrl }), repairs);
}

/** `parseJsonFeedSource` in slices between which the page runs (`parseFeedInSlices`): what `<network-news>` uses. */
export async function parseJsonFeedSourceInSlices(text: string, baseUrl: string | undefined): Promise<ParseResult> {
  const { input, repairs } = repaired(text);
  return withRepairs(await parseFeedInSlices(input, { baseUrl }), repairs);
}

/** The document to read, with the repairs made to it; text too long or no JSON as it is (parseFeed says why). */
function repaired(text: string): { input: unknown; repairs: FeedWarning[] } {
  const repairs: FeedWarning[] = [];
  let document: unknown;
  try {
    document = text.length > FEED_LIMITS.maxJsonLength ? undefined : JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    document = undefined;
  }
  return { input: document === undefined ? text : withRepairedItems(document, repairs), repairs };
}

function withRepairs({ feed, warnings }: ParseResult, repairs: FeedWarning[]): ParseResult {
  return { feed, warnings: [...repairs, ...warnings] };
}

/** The document with an `id` for every item object that lacks one and its dates readable; other values untouched. */
function withRepairedItems(document: unknown, repairs: FeedWarning[]): unknown {
  if (!isRecord(document) || !Object.hasOwn(document, 'items') || !Array.isArray(document.items)) return document;
  const items = document.items.map((item: unknown, index) => {
    if (!isRecord(item)) return item;
    const dated = withReadableDates(item, index, repairs);
    const identified = Object.hasOwn(dated, 'id') && dated.id !== null ? dated : withId(dated, index, repairs);
    return withReadableText(identified, index, repairs);
  });
  const title = stringField(document, 'title');
  return { ...document, ...(title === undefined ? {} : { title: decodeReferences(title) }), items };
}

/** An `&` that begins a character reference: `&amp;`, `&#8222;`, `&#x201C;`, `&hellip;`. */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * The item with the character references in its plain text read as characters: the WordPress "JSON Feed" plugin
 * writes its HTML's references there (`&#8222;Tag des Ehrenamts&#8220; &#8211; Danke &amp; feiern`). The title,
 * `content_text`, the tags, and a `summary` without markup (one with markup is read as HTML where it is shown). Read
 * before `parseFeed` cleans the text, so a reference to a control or bidi character is removed like the character.
 */
function withReadableText(item: JsonRecord, index: number, repairs: FeedWarning[]): JsonRecord {
  const read: JsonRecord = {};
  for (const key of ['title', 'content_text', 'summary']) {
    const value = stringField(item, key);
    if (value !== undefined && REFERENCE.test(value) && !(key === 'summary' && value.includes('<'))) read[key] = decodeReferences(value);
  }
  const tags = item.tags;
  if (Array.isArray(tags) && tags.some((tag) => typeof tag === 'string' && REFERENCE.test(tag))) {
    read.tags = tags.map((tag: unknown) => (typeof tag === 'string' ? decodeReferences(tag) : tag));
  }
  const keys = Object.keys(read);
  if (keys.length === 0) return item;
  repairs.push({ code: 'repaired', path: `items[${index}]`, message: `Character references in ${keys.join(', ')} read as the characters they stand for.` });
  return { ...item, ...read };
}

/** The item with `date_published` and `date_modified` as RFC 3339 date-times where they can be read as dates. */
function withReadableDates(item: JsonRecord, index: number, repairs: FeedWarning[]): JsonRecord {
  let dated = item;
  for (const key of ['date_published', 'date_modified']) {
    const value = stringField(item, key);
    // A year or a month alone ("2025", "2025-06") names no day: no date rather than a guess.
    const read = value === undefined || isDateTime(value) || /^\s*\d{4}(?:-\d{2})?\s*$/.test(value) ? undefined : w3cToRfc3339(value);
    if (read === undefined) continue;
    dated = { ...dated, [key]: read };
    repairs.push({ code: 'repaired', path: `items[${index}].${key}`, message: `"${value}" (no RFC 3339 date-time) read as ${read}.` });
  }
  return dated;
}

/**
 * The item with an `id` made from what it links to and says: items that share a URL (a town's overview page) stay
 * apart, the same item read again gets the same id.
 */
function withId(item: JsonRecord, index: number, repairs: FeedWarning[]): JsonRecord {
  const id = contentHashId(
    ['url', 'external_url', 'title', 'date_published', 'content_text', 'content_html', 'summary'].map((key) => stringField(item, key)),
  );
  repairs.push({
    code: 'repaired',
    path: `items[${index}].id`,
    message: "Missing id (required by JSON Feed) made from the item's URL and content.",
  });
  return { ...item, id };
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(item: JsonRecord, key: string): string | undefined {
  const value = Object.hasOwn(item, key) ? item[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}
