import { cleanLine } from './clean-text.js';
import { cleanTextLine } from './join-lines.js';
import { isDateOrDateTime, yearOf } from './dates.js';
import { fieldPath, isJsonObject, isStateCode, ownValue, SLUG, type FieldReader, type JsonObject } from './field-reader.js';
import { isSharedSuffix, normalizeHost } from './hosts.js';
import { FIRST_MEMBER_YEAR, LIST_LIMITS, TEXT_LIMITS } from './limits.js';
import { MEMBER_ROLES, type GeoPoint, type Member, type MemberKind, type MemberRole } from './types.js';

/** Germany's bounding box: a member's `location` must lie inside it. */
export const GERMANY_BOX = { minLat: 47.2, maxLat: 55.1, minLon: 5.8, maxLon: 15.1 } as const;

const ROLE_SET: ReadonlySet<string> = new Set(MEMBER_ROLES);
const DEFAULT_ROLE: Record<MemberKind, MemberRole> = { city: 'engaged-city', organization: 'network-partner' };

/**
 * Reads one entry of `_engaged_city.members`. Returns `undefined`, with a warning, when the entry has to be dropped:
 * not an object, or a required field (`id`, `kind`, `name`, and `region` for a city) missing or invalid.
 * Duplicate ids are the caller's business.
 */
export function readMember(reader: FieldReader, entry: unknown, path: string): Member | undefined {
  const drop = (reason: string): undefined => {
    reader.warn('invalid-entry', path, `Member dropped: ${reason}.`);
    return undefined;
  };
  if (!isJsonObject(entry)) return drop('not an object');

  const id = ownValue(entry, 'id');
  if (typeof id !== 'string') return drop('"id" is missing or not a string');
  const slug = cleanLine(id);
  if (!SLUG.test(slug)) return drop('"id" is no slug (a-z, 0-9 and "-", at most 64 characters)');

  const kind = ownValue(entry, 'kind');
  const cleanKind = typeof kind === 'string' ? cleanLine(kind) : undefined;
  if (cleanKind !== 'city' && cleanKind !== 'organization') return drop('"kind" is neither "city" nor "organization"');

  const name = ownValue(entry, 'name');
  const cleanName = typeof name === 'string' ? cleanTextLine(name) : '';
  if (cleanName === '') return drop('"name" is missing, empty or not a string');

  const region = readRegionCode(reader, entry, path, cleanKind === 'city');
  if (region === null) return drop('a city needs a "region" (the ISO 3166-2 code of a German state)');

  const member: Member = {
    id: slug,
    kind: cleanKind,
    name: reader.shorten(cleanName, TEXT_LIMITS.name, path, 'name'),
    roles: readRoles(reader, entry, path, cleanKind),
  };
  if (region !== undefined) member.region = region;
  const since = readSince(reader, entry, path);
  if (since !== undefined) member.since = since;
  const population = readPopulation(reader, entry, path);
  if (population !== undefined) member.population = population;
  const location = readLocation(reader, entry, path);
  if (location !== undefined) member.location = location;
  const url = reader.readUrl(entry, 'url', path);
  if (url !== undefined) member.url = url;
  const profileUrl = reader.readUrl(entry, 'profile_url', path);
  if (profileUrl !== undefined) member.profile_url = profileUrl;
  const domains = readDomains(reader, entry, path);
  if (domains !== undefined) member.domains = domains;
  const summary = reader.readText(entry, 'summary', path, TEXT_LIMITS.memberSummary, true);
  if (summary !== undefined) member.summary = summary;
  const topics = reader.readTextList(entry, 'topics', path, { maxEntries: LIST_LIMITS.topics, maxLength: TEXT_LIMITS.topic });
  if (topics !== undefined) member.topics = topics;
  const image = reader.readUrl(entry, 'image', path);
  if (image !== undefined) member.image = image;
  const locationNote = reader.readText(entry, 'location_note', path, TEXT_LIMITS.locationNote, true);
  if (locationNote !== undefined) member.location_note = locationNote;
  return member;
}

/** The member's state code; `null` when a city has none (the city is dropped), `undefined` when absent or left out. */
function readRegionCode(reader: FieldReader, entry: JsonObject, path: string, isRequired: boolean) {
  const value = ownValue(entry, 'region');
  const code = typeof value === 'string' ? cleanLine(value) : undefined;
  if (code !== undefined && isStateCode(code)) return code;
  if (isRequired) return null;
  if (value !== undefined) {
    reader.warn('invalid-value', fieldPath(path, 'region'), 'Field is not the ISO 3166-2 code of a German state; left out.');
  }
  return undefined;
}

/**
 * Known roles without repeats; absent, empty or all unknown: the default role of the member's kind (with a warning only
 * when roles were given and none is known: the feed format makes the default for an absent or empty list).
 */
function readRoles(reader: FieldReader, entry: JsonObject, path: string, kind: MemberKind): MemberRole[] {
  const roles: MemberRole[] = [];
  const list = reader.readList(entry, 'roles', path) ?? [];
  for (let index = 0; index < list.length; index++) {
    const value = list[index];
    const role = typeof value === 'string' ? cleanLine(value) : undefined;
    if (role !== undefined && ROLE_SET.has(role) && !roles.includes(role as MemberRole)) {
      roles.push(role as MemberRole);
      continue;
    }
    const at = `${fieldPath(path, 'roles')}[${index}]`;
    if (role === undefined) reader.warn('wrong-type', at, 'Role is not a string; dropped.');
    else if (!ROLE_SET.has(role)) reader.warn('unknown-role', at, `Unknown role dropped (known: ${MEMBER_ROLES.join(', ')}).`);
    else reader.warn('invalid-entry', at, 'Repeated role dropped.');
  }
  if (roles.length === 0) {
    roles.push(DEFAULT_ROLE[kind]);
    if (list.length === 0) return roles;
    const kindName = kind === 'city' ? 'a city' : 'an organization';
    reader.warn('defaulted', fieldPath(path, 'roles'), `No known role: set to "${DEFAULT_ROLE[kind]}", the default for ${kindName}.`);
  }
  return roles;
}

/** The year (2015 up to next year) or RFC 3339 date the member joined. */
function readSince(reader: FieldReader, entry: JsonObject, path: string): number | string | undefined {
  const value = ownValue(entry, 'since');
  if (value === undefined) return undefined;
  const at = (): string => fieldPath(path, 'since');
  let year: number;
  let since: number | string;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return reader.leftOut('invalid-value', at(), 'is not a whole year');
    year = since = value;
  } else if (typeof value === 'string') {
    since = cleanLine(value);
    if (!isDateOrDateTime(since)) return reader.leftOut('invalid-date', at(), 'is neither a year nor an RFC 3339 date');
    year = yearOf(since);
  } else {
    return reader.leftOut('wrong-type', at(), 'is neither a year nor a date');
  }
  if (year < FIRST_MEMBER_YEAR || year > reader.latestYear) {
    return reader.leftOut('out-of-range', at(), `lies outside ${FIRST_MEMBER_YEAR}–${reader.latestYear}`);
  }
  return since;
}

/** A whole number of inhabitants, 0 or more. */
function readPopulation(reader: FieldReader, entry: JsonObject, path: string): number | undefined {
  const value = ownValue(entry, 'population');
  if (value === undefined) return undefined;
  const at = (): string => fieldPath(path, 'population');
  if (typeof value !== 'number') return reader.leftOut('wrong-type', at(), 'is not a number');
  if (!Number.isSafeInteger(value)) return reader.leftOut('invalid-value', at(), 'is not a whole number');
  if (value < 0) return reader.leftOut('out-of-range', at(), 'is negative');
  return value;
}

/** `{ lat, lon }` inside Germany's bounding box, as a fresh object. */
function readLocation(reader: FieldReader, entry: JsonObject, path: string): GeoPoint | undefined {
  const value = ownValue(entry, 'location');
  if (value === undefined) return undefined;
  const at = (): string => fieldPath(path, 'location');
  if (!isJsonObject(value)) return reader.leftOut('wrong-type', at(), 'is not an object { lat, lon }');
  const lat = ownValue(value, 'lat');
  const lon = ownValue(value, 'lon');
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) {
    return reader.leftOut('wrong-type', at(), 'needs the numbers "lat" and "lon"');
  }
  const box = GERMANY_BOX;
  if (lat < box.minLat || lat > box.maxLat || lon < box.minLon || lon > box.maxLon) {
    return reader.leftOut('out-of-range', at(), `lies outside Germany (lat ${box.minLat}–${box.maxLat}, lon ${box.minLon}–${box.maxLon})`);
  }
  return { lat, lon };
}

/** Host names in their normal form (lower case, ASCII, no trailing dot), without repeats. */
function readDomains(reader: FieldReader, entry: JsonObject, path: string): string[] | undefined {
  const list = reader.readList(entry, 'domains', path);
  if (list === undefined) return undefined;
  reader.warnListTooLong(fieldPath(path, 'domains'), list.length, LIST_LIMITS.domains);
  const domains: string[] = [];
  const length = Math.min(list.length, LIST_LIMITS.domains);
  for (let index = 0; index < length; index++) {
    const value = list[index];
    const entryPath = (): string => `${fieldPath(path, 'domains')}[${index}]`;
    const host = typeof value === 'string' ? normalizeHost(value) : undefined;
    if (host === undefined) {
      reader.warn('invalid-entry', entryPath(), 'Not a bare host name (no scheme, path, port or spaces); dropped.');
    } else if (domains.includes(host)) {
      reader.warn('invalid-entry', entryPath(), 'Repeated host name dropped.');
    } else {
      if (host !== cleanLine(value as string)) {
        reader.warn('repaired', entryPath(), `Host name written in its normal form "${host}".`);
      }
      if (isSharedSuffix(host)) {
        reader.warn('shared-domain', entryPath(), `"${host}" hosts sites of many owners: the badge accepts only this exact host, not its subdomains; list the member's own site (e.g. "name.${host}").`);
      }
      domains.push(host);
    }
  }
  return domains;
}
