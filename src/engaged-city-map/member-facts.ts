import type { Member } from '../feed/types.js';

/** The year a member joined, from `since` (a year or an RFC 3339 date). */
export function yearJoined(since: Member['since']): number | undefined {
  if (typeof since === 'number') return since;
  if (typeof since === 'string') {
    const year = Number.parseInt(since.slice(0, 4), 10);
    return Number.isFinite(year) ? year : undefined;
  }
  return undefined;
}

/** Marker radius in CSS pixels when the population is unknown. */
export const DEFAULT_MARKER_RADIUS = 6;
const MIN_RADIUS = 4;
const MAX_RADIUS = 26;
/** Pixels of radius per square root of an inhabitant: a town of 40,000 gets 6 px, a city of 500,000 about 21 px. */
const RADIUS_PER_ROOT = 0.03;

/**
 * The radius of a member's marker: its area grows in proportion to the population (the radius with the square
 * root), kept between a size that can still be seen and one that does not cover its neighbours.
 */
export function markerRadius(population: number | undefined): number {
  if (population === undefined) return DEFAULT_MARKER_RADIUS;
  return Math.min(MAX_RADIUS, Math.max(MIN_RADIUS, RADIUS_PER_ROOT * Math.sqrt(population)));
}

/** Lower case without diacritics, so "wurzburg" finds "Würzburg". */
export function searchableText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('de').replace(/ß/g, 'ss');
}

/** Whether a member's name contains the search text (case and diacritics ignored). */
export function nameMatches(member: Member, query: string): boolean {
  const wanted = searchableText(query.trim());
  return wanted === '' || searchableText(member.name).includes(wanted);
}
