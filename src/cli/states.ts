import { STATE_CODES, type StateCode } from '../feed/types.js';

/** The German names of the 16 federal states, by ISO 3166-2 code. */
export const STATE_NAMES: Readonly<Record<StateCode, string>> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};

/**
 * Reads a state as a spreadsheet holds it: the ISO code in any case (`DE-RP`, `de-rp`) or the German name
 * (`Rheinland-Pfalz`). Returns undefined for anything else.
 */
export function readStateCode(cell: string): StateCode | undefined {
  const value = cell.trim();
  const upper = value.toUpperCase();
  const byCode = STATE_CODES.find((code) => code === upper);
  if (byCode) return byCode;
  const lower = value.normalize('NFC').toLowerCase();
  return STATE_CODES.find((code) => STATE_NAMES[code].toLowerCase() === lower);
}
