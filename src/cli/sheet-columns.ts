import type { Sheet } from './csv.js';
import type { ProblemLog } from './problems.js';
import { CommandError, ExitCode } from './exit-codes.js';

/** The columns of each spreadsheet the `build` command reads (feed-format.md, "Spreadsheet sources"). */
export const MEMBER_COLUMNS = [
  'id', 'kind', 'name', 'roles', 'region', 'since', 'population', 'lat', 'lon', 'ags', 'url', 'profile_url', 'domains',
  'summary', 'topics', 'image', 'location_note',
] as const;
export const REGION_COLUMNS = ['code', 'name', 'partner_since', 'network_url'] as const;
export const NEWS_COLUMNS = [
  'id', 'title', 'url', 'date_published', 'date_modified', 'summary', 'content_text', 'image', 'tags', 'regions', 'members',
] as const;

/**
 * Checks a sheet's header: a required column that is missing makes the whole file unusable (exit 1); a column the
 * command does not know is reported once, as it is probably a typo.
 */
export function checkColumns(
  file: string,
  sheet: Sheet,
  known: readonly string[],
  required: readonly string[],
  log: ProblemLog,
): void {
  const missing = required.filter((column) => !sheet.headers.includes(column));
  if (missing.length > 0) {
    const found = sheet.headers.filter((header) => header !== '').join(', ') || 'none';
    throw new CommandError(
      `${file}: no column ${missing.map((column) => `"${column}"`).join(', ')} (columns found: ${found})`,
      ExitCode.invalid,
    );
  }
  for (const header of sheet.headers) {
    if (header !== '' && !known.includes(header)) log.note(file, 1, `column "${header}" is not one the command knows; ignored`);
  }
}
