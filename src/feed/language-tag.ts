import { cleanLine } from './clean-text.js';
import { fieldPath, ownValue, type FieldReader, type JsonObject } from './field-reader.js';
import { MAX_LANGUAGE_LENGTH } from './limits.js';

/** The shape of a BCP 47 language tag (`de`, `de-DE`, `sr-Latn-RS`), as XML Schema's `language` type checks it. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** True for a string shaped like a BCP 47 language tag. */
export function isLanguageTag(value: string): boolean {
  return value.length <= MAX_LANGUAGE_LENGTH && LANGUAGE_TAG.test(value);
}

/** An optional `language` field of the feed or of an item. */
export function readLanguage(reader: FieldReader, source: JsonObject, path: string): string | undefined {
  const value = ownValue(source, 'language');
  if (value === undefined) return undefined;
  const at = fieldPath(path, 'language');
  if (typeof value !== 'string') return reader.leftOut('wrong-type', at, 'is not a string');
  const tag = cleanLine(value);
  return isLanguageTag(tag) ? tag : reader.leftOut('invalid-value', at, 'is not a BCP 47 language tag');
}
