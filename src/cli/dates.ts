/**
 * Dates in spreadsheets: RFC 3339 dates and date-times as they are, German dates (`16.09.2024`) as Excel shows a date
 * cell in a German locale. A bare date stands for that day in Germany.
 */
import type { CellReading } from './cells.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** Reads a date cell as an RFC 3339 date (`2024-09-16`) or date-time (kept as written). */
export function readDate(cell: string): CellReading<string> {
  if (cell === '') return undefined;
  const german = GERMAN_DATE.exec(cell);
  const value = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : cell;
  const parts = ISO_DATE.exec(value) ?? ISO_DATE_TIME.exec(value);
  if (!parts || !isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) || Number.isNaN(Date.parse(value))) {
    return { problem: `"${cell}" is not a date (write 2024-09-16 or 16.09.2024)` };
  }
  return { value };
}

/** Reads a date cell as an RFC 3339 date-time; a bare date becomes midnight of that day in Germany. */
export function readDateTime(cell: string): CellReading<string> {
  const reading = readDate(cell);
  if (!reading?.value || !ISO_DATE.test(reading.value)) return reading;
  return { value: startOfGermanDay(reading.value) };
}

/** `2024-09-16` → `2024-09-16T00:00:00+02:00`: midnight in Europe/Berlin, with the offset in force then. */
export function startOfGermanDay(date: string): string {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /^GMT([+-]\d{2}:\d{2})$/.exec(zone ?? '')?.[1] ?? '+01:00';
  return `${date}T00:00:00${offset}`;
}

/** The latest of some RFC 3339 dates or date-times, as a date-time; undefined for none. */
export function newestDateTime(values: Iterable<string>): string | undefined {
  let newest: { time: number; value: string } | undefined;
  for (const value of values) {
    const dateTime = ISO_DATE.test(value) ? startOfGermanDay(value) : value;
    const time = Date.parse(dateTime);
    if (!Number.isNaN(time) && (!newest || time > newest.time)) newest = { time, value: dateTime };
  }
  return newest?.value;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
