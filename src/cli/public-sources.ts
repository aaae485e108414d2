/**
 * The list of member towns compiled from public sources (data/members-public-sources.csv: name, state, ags,
 * location_note, source) → rows of members.csv, the `build` command's own format. Facts only: population and
 * coordinates come from the municipality table, and a member that is an association of municipalities or a district
 * of a city takes its seat's coordinates, without the seat's population, and says so in `location_note`.
 */
import type { Sheet, SheetRow } from './csv.js';
import type { Municipality, MunicipalityTable } from './municipalities.js';

/** How the list's `location_note` marks a member whose coordinates are those of another municipality. */
const STAND_IN_NOTES: readonly { pattern: RegExp; note: (seat: Municipality) => string }[] = [
  { pattern: /^Verbandsgemeinde\b/i, note: (seat) => `Verbandsgemeinde; Koordinaten der Sitzgemeinde ${seat.name}` },
  { pattern: /^Verwaltungsverband\b/i, note: (seat) => `Verwaltungsverband; Koordinaten der Sitzgemeinde ${seat.name}` },
  { pattern: /^district\b/i, note: (city) => `Stadtteil von ${city.name}; Koordinaten der Stadt ${city.name}` },
  { pattern: /^borough\b/i, note: (city) => `Bezirk von ${city.name}; Koordinaten der Stadt ${city.name}` },
];

/**
 * Turns the public-sources sheet into a members sheet (same line numbers). A row whose `ags` is not in the table is
 * passed on with its key, so that `build` reports it.
 */
export function membersFromPublicSources(sheet: Sheet, municipalities: MunicipalityTable): Sheet {
  const rows: SheetRow[] = sheet.rows.map(({ line, cells }) => {
    const ags = cells['ags'] ?? '';
    const municipality = municipalities.byAgs(ags);
    const standIn = municipality && STAND_IN_NOTES.find(({ pattern }) => pattern.test(cells['location_note'] ?? ''));
    const population = municipality?.population;
    return {
      line,
      cells: {
        kind: 'city',
        name: cells['name'] ?? '',
        region: cells['state'] ?? '',
        ags,
        population: standIn || population === undefined ? '' : String(population),
        location_note: standIn ? standIn.note(municipality) : '',
      },
    };
  });
  return { ...sheet, headers: ['kind', 'name', 'region', 'ags', 'population', 'location_note'], rows };
}
