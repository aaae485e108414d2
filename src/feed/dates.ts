/**
 * RFC 3339 dates, checked by shape and by calendar (month 1–12, the day within its month, hours, minutes, seconds).
 * Dates are kept as the feed wrote them; only their validity is checked.
 */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an RFC 3339 date-time such as `2025-03-01T09:30:00+01:00` or `2025-03-01T08:30:00.5Z`. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const offsetIsValid = match[7] === undefined || (Number(match[7]) <= 23 && Number(match[8]) <= 59);
  return isCalendarDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 60 && offsetIsValid;
}

/** True for an RFC 3339 full date (`2025-03-01`) or date-time. */
export function isDateOrDateTime(value: string): boolean {
  const match = FULL_DATE.exec(value);
  if (match === null) return isDateTime(value);
  return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The year of a date or date-time that {@link isDateOrDateTime} accepted. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
