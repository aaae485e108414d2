import type { Region } from '../feed/types.js';
import type { SheetRow } from './csv.js';
import { readDate } from './dates.js';
import type { RowContext } from './member-rows.js';
import { STATE_NAMES, readStateCode } from './states.js';

/** Reads one row of regions.csv; returns undefined (and reports why) when the row cannot be used. */
export function regionFromRow(row: SheetRow, { file, log }: RowContext): Region | undefined {
  const cell = (column: string): string => row.cells[column] ?? '';
  const code = readStateCode(cell('code'));
  if (!code) {
    log.rowDropped(file, row.line, cell('code') === '' ? 'no code' : `code "${cell('code')}" is no German state (e.g. DE-RP)`);
    return undefined;
  }
  const region: Region = { code, name: cell('name') || STATE_NAMES[code] };
  const partnerSince = readDate(cell('partner_since'));
  if (partnerSince?.problem) log.note(file, row.line, `partner_since ${partnerSince.problem}; left out`);
  else if (partnerSince) region.partner_since = partnerSince.value;
  if (cell('network_url') !== '') region.network_url = cell('network_url');
  return region;
}
