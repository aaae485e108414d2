import { cleanLine } from './clean-text.js';
import { cleanTextLine } from './join-lines.js';
import { fieldPath, isJsonObject, isStateCode, ownValue, type FieldReader, type JsonObject } from './field-reader.js';
import { TEXT_LIMITS } from './limits.js';
import { readMember } from './parse-member.js';
import type { Steps } from './slices.js';
import type { Directory, Member, Region } from './types.js';

/** The directory format version this package understands. */
export const DIRECTORY_SCHEMA = 1;

/**
 * Reads the feed's `_engaged_city` object (the caller has checked that it is an object and that the member count is
 * within limits). Every member and region is read on its own: a bad one is dropped, the rest kept.
 */
export function* readDirectory(reader: FieldReader, source: JsonObject, path: string): Steps<Directory> {
  const schema = readSchema(reader, source, path);
  let updated = reader.readDate(source, 'updated', path, 'date-time');
  // Data dated more than two days ahead (later than tomorrow anywhere on Earth) would be stated as fact: "Stand: 1.
  // Januar 2999".
  if (updated !== undefined && Date.parse(updated) > Date.now() + 2 * 86_400_000) {
    updated = reader.leftOut('out-of-range', fieldPath(path, 'updated'), 'lies in the future');
  }
  const regions = yield* readRegions(reader, source, path);
  const members = yield* readMembers(reader, source, path);
  const head: Omit<Directory, 'members'> = { schema };
  if (updated !== undefined) head.updated = updated;
  if (regions !== undefined) head.regions = regions;
  return { ...head, members };
}

/** `schema`: 1; a higher version is kept and read as far as it is understood. */
function readSchema(reader: FieldReader, source: JsonObject, path: string): number {
  const value = ownValue(source, 'schema');
  const at = fieldPath(path, 'schema');
  if (value === undefined) {
    reader.warn('missing-field', at, `Field is missing; read as schema ${DIRECTORY_SCHEMA}.`);
  } else if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    reader.warn('invalid-value', at, `Field is not a schema version (a whole number from 1); read as schema ${DIRECTORY_SCHEMA}.`);
  } else if (value > DIRECTORY_SCHEMA) {
    reader.warn('unsupported-schema', at, `Schema ${value} is newer than ${DIRECTORY_SCHEMA}; read as far as it is understood.`);
    return value;
  } else {
    return value;
  }
  return DIRECTORY_SCHEMA;
}

function* readMembers(reader: FieldReader, source: JsonObject, path: string): Steps<Member[]> {
  const at = fieldPath(path, 'members');
  const value = ownValue(source, 'members');
  if (!Array.isArray(value)) {
    const problem = value === undefined ? 'missing-field' : 'wrong-type';
    reader.warn(problem, at, 'Field is not an array of members; read as an empty list.');
    return [];
  }
  return yield* reader.readUnique(value, at, (entry, entryPath) => readMember(reader, entry, entryPath), (member) => member.id, 'Member');
}

function* readRegions(reader: FieldReader, source: JsonObject, path: string): Steps<Region[] | undefined> {
  const list = reader.readList(source, 'regions', path);
  if (list === undefined) return undefined;
  const read = (entry: unknown, entryPath: string) => readRegion(reader, entry, entryPath);
  return yield* reader.readUnique(list, fieldPath(path, 'regions'), read, (region) => region.code, 'Region', 'code');
}

/** One federal state: `code` and `name` are required, `partner_since` and `network_url` optional. */
function readRegion(reader: FieldReader, entry: unknown, path: string): Region | undefined {
  const drop = (reason: string): undefined => {
    reader.warn('invalid-entry', path, `Region dropped: ${reason}.`);
    return undefined;
  };
  if (!isJsonObject(entry)) return drop('not an object');
  const code = ownValue(entry, 'code');
  const cleanCode = typeof code === 'string' ? cleanLine(code) : '';
  if (!isStateCode(cleanCode)) return drop('"code" is not the ISO 3166-2 code of a German state');
  const name = ownValue(entry, 'name');
  const cleanName = typeof name === 'string' ? cleanTextLine(name) : '';
  if (cleanName === '') return drop('"name" is missing, empty or not a string');

  const region: Region = { code: cleanCode, name: reader.shorten(cleanName, TEXT_LIMITS.name, path, 'name') };
  const partnerSince = reader.readDate(entry, 'partner_since', path, 'date-or-date-time');
  if (partnerSince !== undefined) region.partner_since = partnerSince;
  const networkUrl = reader.readUrl(entry, 'network_url', path);
  if (networkUrl !== undefined) region.network_url = networkUrl;
  return region;
}
