import type { Language } from '../base/language.js';

/** The locale dates are written in: German as in Germany; English as the network's English pages (and the map) write it. */
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

const formats = new Map<Language, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) an RFC 3339 date-time names, as written in its own offset; undefined if none, and
 * for a year before 1000 (`0000-01-01`: a placeholder some systems write for "no date", not a date to show). A time
 * written in UTC (`Z`, `+00:00`; WordPress writes every date so) says nothing of the publisher's day: it is the day in
 * Germany, where the network's towns are (23:30 Z on 4 December was 00:30 on 5 December there). A time whose offset is
 * unknown (`-00:00`: the feed's readers write a time without a zone so) shows the day written.
 */
export function calendarDate(value: string | undefined): string | undefined {
  const written = value?.match(/^[1-9]\d{3}-\d{2}-\d{2}/)?.[0];
  const time = written && /(?:Z|\+00:00)$/i.test(value!) ? Date.parse(value!) : Number.NaN;
  return (Number.isNaN(time) ? undefined : germanDay(time)) ?? written;
}

/**
 * The day in Germany at an instant (`YYYY-MM-DD`; undefined past the year 9999): UTC+1, in summer time UTC+2, from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the whole EU's rule since 1996).
 * Worked out rather than asked of `Intl.DateTimeFormat` with a time zone, whose first use loads the browser's zone data.
 */
function germanDay(time: number): string | undefined {
  const year = new Date(time).getUTCFullYear();
  const lastSunday = (month: number) => {
    const lastDay = Date.UTC(year, month + 1, 0, 1);
    return lastDay - new Date(lastDay).getUTCDay() * 86_400_000;
  };
  const hours = time >= lastSunday(2) && time < lastSunday(9) ? 2 : 1;
  return new Date(time + hours * 3_600_000).toISOString().match(/^\d{4}-\d{2}-\d{2}/)?.[0];
}

/**
 * A calendar date (`YYYY-MM-DD`) in words for the language: "16. Mai 2025", "16 May 2025". The date is shown as the
 * publisher wrote it (see `calendarDate`), not moved into the visitor's time zone (a 00:30 item must not show the day
 * before).
 */
export function formatDate(date: string, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
