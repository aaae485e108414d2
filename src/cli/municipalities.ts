/**
 * The municipality table the `build` and `snapshot` commands locate members with: every German municipality with its
 * key (AGS), name, state, inhabitants and the centre of its area. It ships with the command in `data/municipalities.csv`
 * (Destatis GV-ISys, Stand 31.12.2021, dl-de/by-2-0) and is never part of a browser bundle.
 */
import { readFile } from 'node:fs/promises';
import type { GeoPoint, StateCode } from '../feed/types.js';
import { parseSheet } from './csv.js';
import { readCount, readDecimal } from './cells.js';
import { readStateCode } from './states.js';

/** One municipality (Gemeinde). */
export interface Municipality {
  /** Amtlicher Gemeindeschlüssel, 8 digits. */
  ags: string;
  name: string;
  state: StateCode;
  population?: number;
  /** Geographic centre of the municipality's area (not the town centre). */
  location: GeoPoint;
}

/** The table shipped with the package (resolved from the built `dist/cli.js`, like every path of the command). */
export const DEFAULT_MUNICIPALITY_TABLE = new URL('../data/municipalities.csv', import.meta.url);

/** Municipalities, looked up by key or by exact name within a state. */
export class MunicipalityTable {
  readonly #byAgs = new Map<string, Municipality>();
  readonly #byNameInState = new Map<string, Municipality[]>();

  constructor(municipalities: Iterable<Municipality>) {
    for (const municipality of municipalities) {
      this.#byAgs.set(municipality.ags, municipality);
      const key = nameKey(municipality.name, municipality.state);
      const namesakes = this.#byNameInState.get(key);
      if (namesakes) namesakes.push(municipality);
      else this.#byNameInState.set(key, [municipality]);
    }
  }

  get size(): number {
    return this.#byAgs.size;
  }

  /** The municipality with this key, if any. */
  byAgs(ags: string): Municipality | undefined {
    return this.#byAgs.get(ags);
  }

  /** Every municipality in `state` whose name is exactly `name` (after trimming; Unicode-normalised). */
  byName(name: string, state: StateCode): readonly Municipality[] {
    return this.#byNameInState.get(nameKey(name, state)) ?? [];
  }
}

function nameKey(name: string, state: StateCode): string {
  return `${state}\u0000${name.trim().normalize('NFC')}`;
}

/** Reads the municipality table from a file; by default the one shipped with the package. */
export async function loadMunicipalityTable(file: URL | string = DEFAULT_MUNICIPALITY_TABLE): Promise<MunicipalityTable> {
  return municipalityTableFromCsv(await readFile(file));
}

/** Reads a municipality table from CSV bytes (columns ags, name, state, population, lat, lon; other columns ignored). */
export function municipalityTableFromCsv(bytes: Uint8Array): MunicipalityTable {
  const sheet = parseSheet(bytes);
  const municipalities: Municipality[] = [];
  for (const { cells } of sheet.rows) {
    const state = readStateCode(cells['state'] ?? '');
    const lat = readDecimal(cells['lat'] ?? '')?.value;
    const lon = readDecimal(cells['lon'] ?? '')?.value;
    const ags = cells['ags'] ?? '';
    if (!state || lat === undefined || lon === undefined || !/^\d{8}$/.test(ags)) continue;
    const population = readCount(cells['population'] ?? '')?.value;
    municipalities.push({
      ags,
      name: cells['name'] ?? '',
      state,
      ...(population === undefined ? {} : { population }),
      location: { lat, lon },
    });
  }
  return new MunicipalityTable(municipalities);
}
