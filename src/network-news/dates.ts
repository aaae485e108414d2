import type { Language } from '../base/language.js';

/** The locale dates are written in: German as in Germany; English as the network's English pages (and the map) write it. */
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

const formats = new Map<Language, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) an RFC 3339 date-time names, as written in its own offset; undefined if none, and
 * for a year before 1000 (`0000-01-01`: a placeholder some systems write for "no date", not a date to show).
 */
export function calendarDate(value: string | undefined): string | undefined {
  return value?.match(/^[1-9]\d{3}-\d{2}-\d{2}/)?.[0];
}

/**
 * A calendar date (`YYYY-MM-DD`) in words for the language: "16. Mai 2025", "16 May 2025". The date is shown as the
 * publisher wrote it, not moved into the visitor's time zone (a 00:30 item must not show the day before).
 */
export function formatDate(date: string, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
