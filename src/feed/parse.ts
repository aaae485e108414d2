import { cleanLine } from './clean-text.js';
import { cleanTextLine } from './join-lines.js';
import { FeedError } from './errors.js';
import { FieldReader, isJsonObject, ownValue, type JsonObject } from './field-reader.js';
import { readLanguage } from './language-tag.js';
import { FEED_LIMITS, TEXT_LIMITS } from './limits.js';
import { readDirectory } from './parse-directory.js';
import { readItem } from './parse-item.js';
import { finish, finishInSlices, slicing, type Steps } from './slices.js';
import type { FeedItem, NetworkFeed, ParseOptions, ParseResult } from './types.js';

export type { WarningCode } from './field-reader.js';

/** The JSON Feed version written when a feed names none (or an unknown one). */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
/** The JSON Feed versions a network feed may declare: 1.1, and 1.0 (whose URL is `…/version/1`). */
export const JSON_FEED_VERSIONS: readonly string[] = [JSON_FEED_VERSION, 'https://jsonfeed.org/version/1'];

/**
 * Reads a network feed (a JSON Feed 1.0/1.1 document with the `_engaged_city` directory) and returns it cleaned, with
 * a warning for everything that was dropped, repaired or left out. Needs no DOM: runs in browsers and in Node.
 *
 * Every string is cleaned first (control and bidi-override characters removed, trimmed), then checked; only absolute
 * http(s) URLs survive; unknown fields are dropped; a bad entry is dropped without sinking the feed. The result is a
 * fresh object holding only the known fields, so `parseFeed(parseFeed(x).feed)` returns an equal feed and no warnings
 * (save `unsupported-schema`, which a newer directory schema keeps raising).
 *
 * Warning codes (`FeedWarning.code`):
 *
 * | code                 | meaning                                                                                          |
 * | -------------------- | ------------------------------------------------------------------------------------------------ |
 * | `wrong-type`         | a field has the wrong JSON type: an optional one is left out, a required one gets its default      |
 * | `missing-field`      | a required field is missing and gets its default (`version`, `title`, `items`, `schema`, `members`)|
 * | `invalid-value`      | a value is not allowed (empty text, no state code, no member id, no language tag…); left out      |
 * | `invalid-url`        | not an absolute http(s) URL, nor a relative one with a base URL; left out                          |
 * | `invalid-date`       | not an RFC 3339 date; left out (the entry stays)                                                   |
 * | `out-of-range`       | a number or date outside its range (population, location, year joined, `updated`); left out        |
 * | `truncated`          | a text shortened to its maximum length, or a list to its maximum number of entries                 |
 * | `invalid-entry`      | an entry of a list (member, region, item, author, tag, topic, domain, role…) dropped; see message  |
 * | `duplicate-id`       | a later member, region or item with an id already seen, dropped                                    |
 * | `unknown-role`       | a member role that is not one of the five known roles, dropped                                     |
 * | `unsupported-schema` | `_engaged_city.schema` is newer than 1: read as far as it is understood                            |
 * | `defaulted`          | a member whose roles are all unknown gets the default role of its kind                            |
 * | `repaired`           | a value rewritten to its proper form: numeric item id, JSON Feed 1.0 `author`, host name           |
 *
 * @param input A parsed JSON value, or JSON text.
 * @param options `baseUrl`: the URL the feed came from, to resolve relative URLs.
 * @throws {FeedError} `too-large` (text over 5,000,000 characters, over 20,000 members or 10,000 items), `not-json`
 *   (text that is no JSON), `not-a-feed` (not an object, or neither an `items` array nor an `_engaged_city` object).
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult {
  return finish(parseSteps(input, options));
}

/**
 * `parseFeed`, letting the page run (input, frames, other scripts) whenever reading has taken 20 ms since it last
 * did: a feed of 20,000 members held the main thread for half a second in one task. The elements' loader reads feeds
 * this way. Same result, same errors (as a rejection). `sliceMs`: how long a slice runs (0: one step of a long list).
 */
export function parseFeedInSlices(input: unknown, options: ParseOptions = {}, sliceMs = slicing.ms): Promise<ParseResult> {
  return finishInSlices(parseSteps(input, options), sliceMs);
}

function* parseSteps(input: unknown, options: ParseOptions): Steps<ParseResult> {
  const document = typeof input === 'string' ? parseJson(input) : input;
  if (!isJsonObject(document)) throw new FeedError('not-a-feed', 'The feed is not a JSON object.');
  const items = ownValue(document, 'items');
  const directory = ownValue(document, '_engaged_city');
  if (!Array.isArray(items) && !isJsonObject(directory)) {
    throw new FeedError('not-a-feed', 'The document has neither an "items" array nor an "_engaged_city" object.');
  }
  if (Array.isArray(items) && items.length > FEED_LIMITS.maxItems) {
    throw new FeedError('too-large', `The feed has ${items.length} items; at most ${FEED_LIMITS.maxItems} are read.`);
  }
  const members = isJsonObject(directory) ? ownValue(directory, 'members') : undefined;
  if (Array.isArray(members) && members.length > FEED_LIMITS.maxMembers) {
    throw new FeedError('too-large', `The feed has ${members.length} members; at most ${FEED_LIMITS.maxMembers} are read.`);
  }

  const baseUrl = typeof options?.baseUrl === 'string' ? options.baseUrl : undefined;
  const reader = new FieldReader(baseUrl, new Date().getUTCFullYear() + 1);
  const feed = yield* readFeed(reader, document);
  return { feed, warnings: reader.warnings };
}

function parseJson(text: string): unknown {
  if (text.length > FEED_LIMITS.maxJsonLength) {
    throw new FeedError('too-large', `The feed has ${text.length} characters; at most ${FEED_LIMITS.maxJsonLength} are read.`);
  }
  try {
    // A byte order mark is no JSON, but a harmless leftover of some servers and editors.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new FeedError('not-json', 'The feed is not valid JSON.', { cause: error });
  }
}

/** The top level, in the order of the JSON Feed specification. */
function* readFeed(reader: FieldReader, source: JsonObject): Steps<NetworkFeed> {
  const head: Omit<NetworkFeed, 'items' | '_engaged_city'> = { version: readVersion(reader, source), title: readTitle(reader, source) };
  for (const key of ['home_page_url', 'feed_url'] as const) {
    const url = reader.readUrl(source, key, '');
    if (url !== undefined) head[key] = url;
  }
  const description = reader.readText(source, 'description', '', TEXT_LIMITS.description, true);
  if (description !== undefined) head.description = description;
  for (const key of ['icon', 'favicon'] as const) {
    const url = reader.readUrl(source, key, '');
    if (url !== undefined) head[key] = url;
  }
  const language = readLanguage(reader, source, '');
  if (language !== undefined) head.language = language;
  const nextUrl = reader.readUrl(source, 'next_url', '');
  if (nextUrl !== undefined) head.next_url = nextUrl;
  // A fresh object with `items` after the fields above and before the directory, in the order JSON Feed lists them.
  const feed: NetworkFeed = { ...head, items: yield* readItems(reader, source) };
  const directory = ownValue(source, '_engaged_city');
  if (isJsonObject(directory)) {
    feed._engaged_city = yield* readDirectory(reader, directory, '_engaged_city');
  } else if (directory !== undefined) {
    reader.leftOut('wrong-type', '_engaged_city', 'is not an object');
  }
  return feed;
}

function readVersion(reader: FieldReader, source: JsonObject): string {
  const value = ownValue(source, 'version');
  const version = typeof value === 'string' ? cleanLine(value) : undefined;
  if (version !== undefined && JSON_FEED_VERSIONS.includes(version)) return version;
  const problem = value === undefined ? 'missing-field' : typeof value === 'string' ? 'invalid-value' : 'wrong-type';
  reader.warn(problem, 'version', `Field is not a JSON Feed version URL; set to "${JSON_FEED_VERSION}".`);
  return JSON_FEED_VERSION;
}

/** `title` is required by JSON Feed; without one the feed gets an empty title (which is read without a warning). */
function readTitle(reader: FieldReader, source: JsonObject): string {
  const value = ownValue(source, 'title');
  if (typeof value === 'string') return reader.shorten(cleanTextLine(value), TEXT_LIMITS.title, 'title');
  reader.warn(value === undefined ? 'missing-field' : 'wrong-type', 'title', 'Field is not a string; set to "".');
  return '';
}

function* readItems(reader: FieldReader, source: JsonObject): Steps<FeedItem[]> {
  const value = ownValue(source, 'items');
  if (!Array.isArray(value)) {
    const problem = value === undefined ? 'missing-field' : 'wrong-type';
    reader.warn(problem, 'items', 'Field is not an array of items; read as an empty list.');
    return [];
  }
  return yield* reader.readUnique(value, 'items', (entry, path) => readItem(reader, entry, path), (item) => item.id, 'Item');
}
