/**
 * Reading spreadsheet exports: whatever Excel and LibreOffice write in a German locale. The text may be UTF-8 (with or
 * without BOM), Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)") or UTF-16 ("Unicode-Text"); fields may be separated
 * by `;`, `,` or tabs; lines may end in CRLF; quoted fields may hold line breaks. Every row keeps the physical line of
 * the file on which it starts, so that problems can be reported where a person can find them.
 */
import { parse } from 'csv-parse/sync';

/** One data row of a sheet: its cells by normalised header name, and the line of the file on which it starts. */
export interface SheetRow {
  line: number;
  cells: Readonly<Record<string, string>>;
}

/** A parsed CSV export. */
export interface Sheet {
  /** Normalised header names, in file order (lower case, trimmed, BOM removed). */
  headers: string[];
  rows: SheetRow[];
  /** The field separator found in the header line. */
  delimiter: string;
  /** The text encoding the bytes were read as. */
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le';
}

/** The text of a file could not be read as CSV at all (e.g. an unclosed quote); `line` says where. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Decodes the bytes of a spreadsheet export. UTF-8 is tried first (a BOM is dropped); bytes that are not valid UTF-8 are
 * read as Windows-1252, which is what Excel writes for "CSV" in a German locale.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: Sheet['encoding'] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** The characters of Windows-1252's bytes 0x80–0x9F (undefined ones stay U+0080–U+009F, as the Encoding Standard says). */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252. Done by hand: Node's `TextDecoder('windows-1252')` reads the bytes as Latin-1, which turns
 * `–`, `€`, `„` and `“` (0x80–0x9F) into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)));
  }
  return text;
}

/** Normalises a header cell for matching: without BOM, surrounding spaces and case. */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/**
 * Finds the field separator from the header line: the most frequent of `;`, `,` and tab outside quotes (`,` on a tie).
 */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** Parses a spreadsheet export from its bytes. Throws CsvSyntaxError when the text is no CSV. */
export function parseSheet(bytes: Uint8Array): Sheet {
  const { text: decoded, encoding } = decodeSpreadsheetText(bytes);
  let text = decoded.replace(/^\uFEFF/, '');
  let lineOffset = 0;
  let delimiter: string;
  // Excel understands (and sometimes writes) a first line `sep=;` naming the separator.
  const sepLine = /^sep=(.)(\r\n|\r|\n)/i.exec(text);
  if (sepLine) {
    delimiter = sepLine[1]!;
    text = text.slice(sepLine[0].length);
    lineOffset = 1;
  } else {
    delimiter = detectDelimiter(text.split(LINE_BREAK, 1)[0] ?? '');
  }

  const locate = lineLocator(Buffer.from(text, 'utf8'));
  let records: { record: string[]; info: { bytes: number } }[];
  let completeRecordsEnd = 0;
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record: string[], context: { bytes: number }) => {
        completeRecordsEnd = context.bytes;
        return record;
      },
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    // The broken record starts after the last complete one.
    const line = locate(completeRecordsEnd) + lineOffset;
    const { code } = error as { code?: unknown };
    const reason = code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opened in this row is never closed' : (error as Error).message;
    throw new CsvSyntaxError(`not readable as CSV: ${reason}`, line);
  }

  const [header, ...body] = records;
  const headers = (header?.record ?? []).map(normalizeHeader);
  const rows: SheetRow[] = [];
  let previousEnd = header?.info.bytes ?? 0;
  for (const { record, info } of body) {
    const line = locate(previousEnd) + lineOffset;
    previousEnd = info.bytes;
    if (record.every((cell) => cell.trim() === '')) continue; // a blank row, e.g. `;;;;` from a formatted sheet
    const cells: Record<string, string> = Object.create(null) as Record<string, string>;
    headers.forEach((name, column) => {
      if (name !== '' && !(name in cells)) cells[name] = (record[column] ?? '').trim();
    });
    rows.push({ line, cells });
  }
  return { headers, rows, delimiter, encoding };
}

/**
 * Returns a function that, for the byte offset at which a record's text begins (right after the previous record's line
 * break), gives the 1-based physical line on which the record starts, skipping empty lines. csv-parse counts a CRLF
 * inside quotes as two lines, so the count is made here, on the bytes csv-parse reports offsets for.
 */
function lineLocator(bytes: Buffer): (offset: number) => number {
  let counted = 0;
  let line = 1;
  const CR = 0x0d;
  const LF = 0x0a;
  const advance = (to: number): void => {
    for (; counted < to && counted < bytes.length; counted++) {
      const byte = bytes[counted];
      if (byte === LF || (byte === CR && bytes[counted + 1] !== LF)) line++;
    }
  };
  return (offset) => {
    advance(offset);
    // Skip the empty lines csv-parse skipped.
    let position = offset;
    while (position < bytes.length && (bytes[position] === CR || bytes[position] === LF)) position++;
    advance(position);
    return line;
  };
}
