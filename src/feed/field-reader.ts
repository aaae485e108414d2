import { cleanLine, cleanMultiLine, isLongerThan, truncateText } from './clean-text.js';
import { cleanTextLine } from './join-lines.js';
import { isDateOrDateTime, isDateTime } from './dates.js';
import { STATE_CODES, type FeedWarning, type StateCode } from './types.js';
import type { Steps } from './slices.js';
import { safeUrl } from './urls.js';

/** The reasons a warning can give; parse.ts documents each one. */
export type WarningCode =
  | 'wrong-type'
  | 'missing-field'
  | 'invalid-value'
  | 'invalid-url'
  | 'invalid-date'
  | 'out-of-range'
  | 'truncated'
  | 'invalid-entry'
  | 'duplicate-id'
  | 'unknown-role'
  | 'unsupported-schema'
  | 'defaulted'
  | 'repaired'
  /** A member's domain under which anybody can have a site (`github.io`): kept, matched only exactly. */
  | 'shared-domain';

/**
 * Entries of a long list (members, items) read in one step (see `Steps` in slices.ts): a few milliseconds at most, even
 * for code that runs for the first time.
 */
const ENTRIES_PER_STEP = 128;

/** A JSON object as the feed delivers it: read only through {@link ownValue}. */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a plain object: not `null`, not an array, not a `Date`, `Map` or other built-in. */
export function isJsonObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.prototype.toString.call(value) === '[object Object]'
  );
}

/** The value of an own property, `undefined` for an inherited or missing one (`{}` has no own `constructor`). */
export function ownValue(source: JsonObject, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

/** The JSON path of a field of the entry at `path`: `items[0]` + `url` → `items[0].url`. */
export function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const STATE_CODE_SET: ReadonlySet<string> = new Set(STATE_CODES);

/** True for one of the 16 ISO 3166-2 codes of the German federal states, compared exactly. */
export function isStateCode(value: string): value is StateCode {
  return STATE_CODE_SET.has(value);
}

/** A member id: `^[a-z0-9][a-z0-9-]{0,63}$`. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads the fields of one feed and collects the warnings. Each `read…` method reads an *optional* field: it returns
 * the clean value, or `undefined` when the field is absent or had to be left out (with a warning).
 */
export class FieldReader {
  /** Everything dropped, repaired or removed so far, in document order. */
  readonly warnings: FeedWarning[] = [];

  /**
   * @param baseUrl The URL the feed came from, to resolve relative URLs.
   * @param latestYear The latest year a member can have joined (next year: feeds may announce members).
   */
  constructor(
    readonly baseUrl: string | undefined,
    readonly latestYear: number,
  ) {}

  warn(code: WarningCode, path: string, message: string): void {
    this.warnings.push({ code, path, message });
  }

  /** An optional text field: cleaned, left out when empty, shortened to `max` code points. */
  readText(source: JsonObject, key: string, path: string, max: number, multiLine = false): string | undefined {
    const value = ownValue(source, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.leftOut('wrong-type', fieldPath(path, key), 'is not a string');
    const text = multiLine ? cleanMultiLine(value) : cleanTextLine(value);
    if (text === '') return this.leftOut('invalid-value', fieldPath(path, key), 'is empty');
    return this.shorten(text, max, path, key);
  }

  /** Shortens cleaned text to `max` code points, with a warning for the field `path`.`key` when it was longer. */
  shorten(text: string, max: number, path: string, key?: string): string {
    if (!isLongerThan(text, max)) return text;
    this.warn('truncated', key === undefined ? path : fieldPath(path, key), `Text shortened to ${max} characters.`);
    return truncateText(text, max);
  }

  /** An optional URL field: an absolute http(s) URL (relative ones resolved against the base URL), else left out. */
  readUrl(source: JsonObject, key: string, path: string): string | undefined {
    const value = ownValue(source, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.leftOut('wrong-type', fieldPath(path, key), 'is not a string');
    const url = safeUrl(value, this.baseUrl);
    if (url === undefined) {
      this.warn('invalid-url', fieldPath(path, key), 'Not an absolute http(s) URL (nor a relative one with a base URL); left out.');
    }
    return url;
  }

  /** An optional RFC 3339 date field: a date-time, or with `date-or-date-time` also a full date (`2021-05-01`). */
  readDate(source: JsonObject, key: string, path: string, form: 'date-time' | 'date-or-date-time'): string | undefined {
    const value = ownValue(source, key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return this.leftOut('wrong-type', fieldPath(path, key), 'is not a string');
    const text = cleanLine(value);
    const isValid = form === 'date-time' ? isDateTime(text) : isDateOrDateTime(text);
    if (!isValid) {
      const expected = form === 'date-time' ? 'an RFC 3339 date-time' : 'an RFC 3339 date';
      return this.leftOut('invalid-date', fieldPath(path, key), `is not ${expected}`);
    }
    return text;
  }

  /** An optional list field: the array, or `undefined` when absent or not an array (with a warning). */
  readList(source: JsonObject, key: string, path: string): readonly unknown[] | undefined {
    const value = ownValue(source, key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.leftOut('wrong-type', fieldPath(path, key), 'is not an array');
    return value;
  }

  /**
   * An optional list of texts (tags, topics): its first `maxEntries` strings, cleaned and shortened to `maxLength`.
   * An entry that is not a string or is empty is dropped with a warning.
   */
  readTextList(
    source: JsonObject, key: string, path: string, limits: { maxEntries: number; maxLength: number },
  ): string[] | undefined {
    const list = this.readList(source, key, path);
    if (list === undefined) return undefined;
    const at = fieldPath(path, key);
    this.warnListTooLong(at, list.length, limits.maxEntries);
    const texts: string[] = [];
    const length = Math.min(list.length, limits.maxEntries);
    for (let index = 0; index < length; index++) {
      const value = list[index];
      const text = typeof value === 'string' ? cleanTextLine(value) : '';
      if (text === '') this.warn('invalid-entry', `${at}[${index}]`, 'Entry is empty or not a string; dropped.');
      else texts.push(this.shorten(text, limits.maxLength, `${at}[${index}]`));
    }
    return texts;
  }

  /**
   * Reads each entry of a list with `read` (which warns about and drops a bad one) and drops, with a `duplicate-id`
   * warning, a later entry whose key was seen before: `Member dropped: the id "x" was used before.` In steps (see
   * `Steps`).
   */
  *readUnique<T>(
    list: readonly unknown[], path: string, read: (entry: unknown, path: string) => T | undefined,
    keyOf: (value: T) => string, what: string, keyName = 'id',
  ): Steps<T[]> {
    const values: T[] = [];
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index++) {
      if (index % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
      const entryPath = `${path}[${index}]`;
      const value = read(list[index], entryPath);
      if (value === undefined) continue;
      const key = keyOf(value);
      if (seen.has(key)) {
        this.warn('duplicate-id', entryPath, `${what} dropped: the ${keyName} "${key}" was used before.`);
        continue;
      }
      seen.add(key);
      values.push(value);
    }
    return values;
  }

  /** Warns that a list was longer than `max` entries, which are dropped. */
  warnListTooLong(path: string, length: number, max: number): void {
    if (length > max) this.warn('truncated', path, `Only the first ${max} of ${length} entries are kept.`);
  }

  /** Warns that an optional field was left out, and returns `undefined` for it. */
  leftOut(code: WarningCode, path: string, reason: string): undefined {
    this.warn(code, path, `Field ${reason}; left out.`);
    return undefined;
  }
}
