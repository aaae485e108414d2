/**
 * Dates in spreadsheets: RFC 3339 dates and date-times as they are, German dates (`16.09.2024`, `16.9.24`,
 * `16.05.2025 14:30`) as Excel shows date cells in a German locale, and Excel's serial numbers (`45658`) where a date
 * cell was exported as a number. A bare date stands for that day in Germany.
 */
import type { CellReading } from './cells.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** `16.09.2024`, `16.9.24`, and with a time as Excel writes date-time cells: `16.05.2025 14:30` (German time). */
const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** A date cell that Excel exported as its serial number (days since 30 December 1899): 36526 to 73050 (2000–2099). */
const EXCEL_SERIAL = /^\d{5}$/;

/**
 * Reads a date cell as an RFC 3339 date (`2024-09-16`) or date-time (kept as written; a German date with a time is
 * that time in Germany).
 */
export function readDate(cell: string): CellReading<string> {
  if (cell === '') return undefined;
  const value = fromGerman(cell) ?? fromExcelSerial(cell) ?? cell;
  const parts = ISO_DATE.exec(value) ?? ISO_DATE_TIME.exec(value);
  if (!parts || !isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) || Number.isNaN(Date.parse(value))) {
    return { problem: `"${cell}" is not a date (write 2024-09-16 or 16.09.2024)` };
  }
  return { value };
}

function fromGerman(cell: string): string | undefined {
  const german = GERMAN_DATE.exec(cell);
  if (!german) return undefined;
  const [, day, month, yearText, hour, minute, second] = german;
  // Two-digit years are this century's: the network started in 2015.
  const year = yearText!.length === 2 ? `20${yearText}` : yearText!;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return cell;
  const time = `${hour.padStart(2, '0')}:${minute}:${(second ?? '00').padStart(2, '0')}`;
  return `${date}T${time}${germanOffset(date)}`;
}

function fromExcelSerial(cell: string): string | undefined {
  if (!EXCEL_SERIAL.test(cell)) return undefined;
  const days = Number(cell);
  if (days < 36526 || days > 73050) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Reads a date cell as an RFC 3339 date-time; a bare date becomes midnight of that day in Germany. */
export function readDateTime(cell: string): CellReading<string> {
  const reading = readDate(cell);
  if (!reading?.value || !ISO_DATE.test(reading.value)) return reading;
  return { value: startOfGermanDay(reading.value) };
}

/** `2024-09-16` → `2024-09-16T00:00:00+02:00`: midnight in Europe/Berlin, with the offset in force then. */
export function startOfGermanDay(date: string): string {
  return `${date}T00:00:00${germanOffset(date)}`;
}

/** The offset of German time on `date` (`+01:00` in winter, `+02:00` in summer), taken at noon. */
function germanOffset(date: string): string {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(noonUtc.getTime())) return '+01:00';
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((part) => part.type === 'timeZoneName')?.value;
  return /^GMT([+-]\d{2}:\d{2})$/.exec(zone ?? '')?.[1] ?? '+01:00';
}

/**
 * The latest of some RFC 3339 dates or date-times, as a date-time, none after `notAfter` (ms since the epoch): a
 * partnership or a news item announced for a later day does not date the data; undefined for none.
 */
export function newestDateTime(values: Iterable<string>, notAfter = Number.POSITIVE_INFINITY): string | undefined {
  let newest: { time: number; value: string } | undefined;
  for (const value of values) {
    const dateTime = ISO_DATE.test(value) ? startOfGermanDay(value) : value;
    const time = Date.parse(dateTime);
    if (time <= notAfter && (!newest || time > newest.time)) newest = { time, value: dateTime };
  }
  return newest?.value;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
