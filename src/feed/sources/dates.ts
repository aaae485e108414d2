/**
 * Feed dates to RFC 3339. RSS writes RFC 822 dates (`Tue, 10 Jun 2003 04:00:00 GMT`), often sloppily; Dublin Core
 * (`dc:date`) and Atom write W3C/RFC 3339 dates, sometimes without seconds, zone or the `T`. Every date is returned
 * as `YYYY-MM-DDTHH:MM:SS[.sss]` in the publisher's own offset (`Z` for UTC, else `+01:00` and so on: a German item
 * of 00:30 stays on its day, as the publisher wrote it), or `undefined` when it cannot be read without guessing. A
 * time without a zone is the publisher's local time with its offset unknown: written with `-00:00` (RFC 3339's
 * "offset unknown"), so that it is shown on the day written, not moved into German time as a UTC time (`Z`) is.
 */

/** Month numbers by the first three letters of English names, and of the German names that differ. */
const MONTHS = new Map<string, number>(Object.entries({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12,
}));

/** Offsets in minutes of the zone names feeds use (RFC 822 names, plus common European and other abbreviations). */
const ZONE_OFFSETS = new Map<string, number>(Object.entries({
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  BST: 60, CET: 60, CEST: 120, MEZ: 60, MESZ: 120, WEST: 60, EET: 120, EEST: 180, MSK: 180,
  JST: 540, KST: 540, AEST: 600, AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780,
}));

/** A zone: a name (`GMT`), a name with an offset (`GMT+2`, `GMT+01:00`, `UTC-0500`) or an offset (`+0200`, `+02:00`). */
const ZONE = '([a-z]+(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2})';

const RFC_822 = new RegExp(
  '^(?:\\p{L}+\\.?,?\\s*)?' + // optional day name, with or without comma
    '(\\d{1,2})\\.?[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{2}|\\d{4})' + // day month year
    '(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?' + // optional time
    `\\s*${ZONE}?$`,
  'iu',
);

/**
 * Month before day: JavaScript's `Date.prototype.toString()` (`Tue Jun 10 2003 04:00:00 GMT+0200`, which some feed
 * generators print) and the American `Jun 10, 2003 04:00:00 GMT`.
 */
const MONTH_FIRST = new RegExp(
  '^(?:\\p{L}+\\.?,?\\s+)?' + // optional day name
    '(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})' + // month day year
    '(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?' + // optional time
    `\\s*${ZONE}?$`,
  'iu',
);

const W3C_DATE = new RegExp(
  '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2})' + // year, month, day
    '(?:[T\\s](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?' + // time
    '\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?$', // zone
  'i',
);

/** An RSS `pubDate` (RFC 822, tolerant) as RFC 3339. Falls back to reading W3C/ISO date-times, which some feeds use. */
export function rfc822ToRfc3339(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return readRfc822(value) ?? readW3c(value, { dateOnly: false });
}

/**
 * A W3C/RFC 3339 date (Atom, `dc:date`) as RFC 3339 in its own offset. Tolerates a space for `T`, a missing zone
 * (`-00:00`), missing seconds, an offset without colon, a date without time (midnight), and RFC 822 dates.
 */
export function w3cToRfc3339(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return readW3c(value, { dateOnly: true }) ?? readRfc822(value);
}

function readRfc822(value: string): string | undefined {
  // White space collapsed, and a trailing comment dropped: RFC 2822's `+0000 (UTC)`, toString's `(Central European Time)`.
  const text = value.replace(/\s+/g, ' ').replace(/\s*\([^()]*\)\s*$/, '').trim();
  const dayFirst = RFC_822.exec(text);
  const monthFirst = dayFirst ? undefined : MONTH_FIRST.exec(text);
  const match = dayFirst ?? monthFirst;
  if (!match) return undefined;
  const [, first, middle, yearText, hour, minute, second, fraction, zone] = match;
  const [day, monthName] = dayFirst ? [first, middle] : [middle, first];
  const month = MONTHS.get(monthName!.slice(0, 3).toLowerCase());
  if (month === undefined) return undefined;
  let year = Number(yearText);
  // RFC 822 two-digit years; RFC 2822 reads 00–49 as 2000–2049.
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  return format(year, month, Number(day), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), fraction, offset);
}

function readW3c(value: string, { dateOnly }: { dateOnly: boolean }): string | undefined {
  const match = W3C_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (hour === undefined && !dateOnly) return undefined;
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  return format(
    Number(year), Number(month ?? 1), Number(day ?? 1),
    Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), fraction, offset,
  );
}

/** Minutes east of UTC for a zone written as a name, `+0200`, `+02:00` or `GMT+2`; `unknown` for none. */
function zoneOffset(zone: string | undefined): number | 'unknown' | undefined {
  if (zone === undefined || zone === '') return 'unknown';
  const numeric = /^([A-Z]*)([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) {
    const [, name, sign, hours, minutes] = numeric;
    if (name !== '' && !['GMT', 'UTC', 'UT'].includes(name!.toUpperCase())) return undefined;
    // A four-digit offset without colon, `+0200`, is matched as hours `02` and minutes `00` by the pattern above.
    const total = Number(hours) * 60 + Number(minutes ?? 0);
    return sign === '-' ? -total : total;
  }
  return ZONE_OFFSETS.get(zone.toUpperCase());
}

function format(
  year: number, month: number, day: number, hour: number, minute: number, second: number,
  fraction: string | undefined, offset: number | 'unknown',
): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const milliseconds = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), milliseconds);
  const offsetMinutes = offset === 'unknown' ? 0 : offset;
  const date = new Date(time);
  // Reject impossible days such as 31 June, which Date.UTC would roll over.
  if (date.getUTCDate() !== day && hour < 24) return undefined;
  // Years before 1000 are no feed dates (and Date.UTC would read 0–99 as 1900–1999).
  if (year < 1000 || date.getUTCFullYear() > 9999 || Math.abs(offsetMinutes) >= 24 * 60) return undefined;
  // `date` holds the wall-clock time (hour 24 rolled over into the next day); the offset is written beside it.
  return date.toISOString().replace('.000Z', 'Z').replace(/Z$/, offset === 'unknown' ? '-00:00' : offsetText(offsetMinutes));
}

/** `Z` for UTC, else `+HH:MM` / `-HH:MM`. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const size = Math.abs(minutes);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}
