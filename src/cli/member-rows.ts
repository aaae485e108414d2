/**
 * A row of members.csv → a member of the feed. Fills what the row leaves open and the format allows: the id from the
 * name, the region and the coordinates from the municipality table. Never guesses: an ambiguous name is reported.
 */
import type { Member, MemberKind } from '../feed/types.js';
import { readAgs, readCount, readDecimal, readList } from './cells.js';
import type { SheetRow } from './csv.js';
import { readDate } from './dates.js';
import type { Municipality, MunicipalityTable } from './municipalities.js';
import type { ProblemLog } from './problems.js';
import { SLUG_PATTERN, slugFromName } from './slug.js';
import { readStateCode } from './states.js';

export interface RowContext {
  file: string;
  log: ProblemLog;
}

/** A member before `parseFeed` has checked it: its roles may hold values the format does not know (the parser drops them). */
export type MemberDraft = Omit<Member, 'roles'> & { roles?: string[] };

const DEFAULT_ROLES: Readonly<Record<MemberKind, string>> = { city: 'engaged-city', organization: 'network-partner' };

const KINDS: Readonly<Record<string, MemberKind>> = { city: 'city', organization: 'organization', organisation: 'organization' };

/** Reads one member row; returns undefined (and reports why) when the row cannot be used. */
export function memberFromRow(row: SheetRow, municipalities: MunicipalityTable, { file, log }: RowContext): MemberDraft | undefined {
  const cell = (column: string): string => row.cells[column] ?? '';
  const note = (message: string): void => log.note(file, row.line, message);
  const drop = (message: string): undefined => {
    log.rowDropped(file, row.line, message);
    return undefined;
  };

  const name = cell('name');
  if (name === '') return drop('no name');
  const kind = KINDS[cell('kind').toLowerCase()];
  if (!kind) return drop(cell('kind') === '' ? 'no kind (city or organization)' : `kind "${cell('kind')}" is neither city nor organization`);
  const id = cell('id') === '' ? slugFromName(name) : cell('id');
  if (!SLUG_PATTERN.test(id)) {
    return drop(cell('id') === '' ? `no id, and none can be made from the name "${name}"` : `id "${id}" is no slug (a–z, 0–9 and -, at most 64)`);
  }

  const ags = readAgs(cell('ags'));
  if (ags?.problem) note(`ags ${ags.problem}; ignored`);
  let municipality = ags?.value === undefined ? undefined : municipalities.byAgs(ags.value);
  if (ags?.value !== undefined && !municipality) note(`ags ${ags.value} is not in the municipality table`);

  let region = readStateCode(cell('region'));
  if (cell('region') !== '' && !region) {
    if (kind === 'city') return drop(`region "${cell('region')}" is no German state (e.g. DE-RP or Rheinland-Pfalz)`);
    note(`region "${cell('region')}" is no German state; left out`);
  }
  if (region && municipality && municipality.state !== region) {
    note(`ags ${municipality.ags} (${municipality.name}) is in ${municipality.state}, not in ${region}; ignored`);
    municipality = undefined;
  }
  region ??= municipality?.state;
  if (kind === 'city' && !region) return drop('a city needs a region (e.g. DE-RP or Rheinland-Pfalz)');

  // The format's defaults, written out: a feed reader would fill them in too, with a warning.
  const member: MemberDraft = { id, kind, name, roles: readList(cell('roles')) ?? [DEFAULT_ROLES[kind]] };
  if (region) member.region = region;

  const since = readSince(cell('since'));
  if (since?.problem) note(`since ${since.problem}; left out`);
  else if (since) member.since = since.value;

  const population = readCount(cell('population'));
  if (population?.problem) note(`population ${population.problem}; left out`);
  else if (population) member.population = population.value;

  const location = readLocation(row, note) ?? locate(name, region, kind, municipality, municipalities, note);
  if (location) member.location = location;

  for (const column of ['url', 'profile_url'] as const) if (cell(column) !== '') member[column] = cell(column);
  const domains = readList(cell('domains'));
  if (domains) member.domains = domains;
  if (cell('summary') !== '') member.summary = cell('summary');
  const topics = readList(cell('topics'));
  if (topics) member.topics = topics;
  if (cell('image') !== '') member.image = cell('image');
  if (cell('location_note') !== '') member.location_note = cell('location_note');
  return member;
}

function readSince(cell: string): { value: number | string; problem?: undefined } | { problem: string; value?: undefined } | undefined {
  if (/^\d{4}$/.test(cell)) return { value: Number(cell) };
  return readDate(cell);
}

/** The row's own coordinates, when it has both. */
function readLocation(row: SheetRow, note: (message: string) => void): Member['location'] | undefined {
  const lat = readDecimal(row.cells['lat'] ?? '');
  const lon = readDecimal(row.cells['lon'] ?? '');
  if (lat?.problem) note(`lat ${lat.problem}; left out`);
  if (lon?.problem) note(`lon ${lon.problem}; left out`);
  if (lat?.value !== undefined && lon?.value !== undefined) return { lat: lat.value, lon: lon.value };
  if ((lat?.value === undefined) !== (lon?.value === undefined)) note('lat and lon go together; the one given is left out');
  return undefined;
}

/** Coordinates from the municipality table: by key, else by exact name within the region. */
function locate(
  name: string,
  region: Member['region'],
  kind: MemberKind,
  byKey: Municipality | undefined,
  municipalities: MunicipalityTable,
  note: (message: string) => void,
): Member['location'] | undefined {
  if (byKey) return byKey.location;
  if (!region) return undefined;
  const namesakes = municipalities.byName(name, region);
  if (namesakes.length === 1) return namesakes[0]!.location;
  if (namesakes.length > 1) {
    const keys = namesakes.map((municipality) => municipality.ags).join(', ');
    note(`no coordinates: "${name}" is the name of ${namesakes.length} municipalities in ${region} (ags ${keys}); add the ags`);
  } else if (kind === 'city') {
    note(`no coordinates: no municipality "${name}" in ${region}; add lat/lon or the ags`);
  }
  return undefined;
}
