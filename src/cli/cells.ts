/**
 * Readers for single spreadsheet cells, as a German-locale spreadsheet writes them. Each returns `{ value }` or
 * `{ problem }` (a short reason, for the report), or undefined for an empty cell.
 */

export type CellReading<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string } | undefined;

/** A decimal number; a decimal comma (`51,866`) is read like a point. */
export function readDecimal(cell: string): CellReading<number> {
  if (cell === '') return undefined;
  if (!/^[+-]?\d+([.,]\d+)?$/.test(cell)) return { problem: `"${cell}" is not a number` };
  return { value: Number(cell.replace(',', '.')) };
}

/**
 * A whole number ≥ 0; thousands separators (`12.345`, `12 345`, `12,345` in groups of three) are allowed, and so are
 * zero decimals as a number format writes them (`217.123,0`, `217123.00`).
 */
export function readCount(cell: string): CellReading<number> {
  if (cell === '') return undefined;
  const grouped = /^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/;
  // `12.345,0` and `12345.00`: the zero decimals go. `12,000` is read as thousands, as before.
  const whole = grouped.test(cell) ? cell : cell.replace(/(?:,0+|\.0+)$/, '');
  const digits = grouped.test(whole) ? whole.replace(/\D/g, '') : whole;
  if (!/^\d+$/.test(digits)) return { problem: `"${cell}" is not a whole number` };
  return { value: Number(digits) };
}

/** A list cell: values separated by commas (or line breaks), each trimmed, empty values left out. */
export function readList(cell: string): string[] | undefined {
  const values = cell.split(/[,\n\r]/).map((value) => value.trim()).filter((value) => value !== '');
  return values.length > 0 ? values : undefined;
}

/**
 * A municipality key (AGS, 8 digits). Excel drops the leading zero of keys such as `07233501` when the cell is a number,
 * so 7 digits are padded.
 */
export function readAgs(cell: string): CellReading<string> {
  if (cell === '') return undefined;
  const digits = cell.replace(/\s/g, '');
  if (/^\d{7}$/.test(digits)) return { value: `0${digits}` };
  if (/^\d{8}$/.test(digits)) return { value: digits };
  return { problem: `"${cell}" is no municipality key (8 digits)` };
}
