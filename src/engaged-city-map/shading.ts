import type { Member, Region, StateCode } from '../feed/types.js';

/** How the states are shaded: by programme partnership, by number of members, or not at all. */
export type Shading = 'partners' | 'members' | 'none';

/** A state partner of the programme and since when. */
export interface StatePartner {
  code: StateCode;
  name: string;
  since: Date;
}

/**
 * The states that are programme partners (`partner_since` given, and not after today: a partnership announced for a
 * later date is none yet), in the order they joined.
 */
export function statePartners(regions: readonly Region[] | undefined): StatePartner[] {
  return (regions ?? [])
    .filter((region) => region.partner_since !== undefined)
    .map((region) => ({ code: region.code, name: region.name, since: new Date(region.partner_since!) }))
    .filter((partner) => partner.since.getTime() <= Date.now())
    .sort((a, b) => a.since.getTime() - b.since.getTime() || a.code.localeCompare(b.code));
}

/** Members per state. */
export function membersPerState(members: readonly Member[]): Map<StateCode, number> {
  const counts = new Map<StateCode, number>();
  for (const member of members) {
    if (member.region) counts.set(member.region, (counts.get(member.region) ?? 0) + 1);
  }
  return counts;
}

/** A class of the members shading: states with `from` to `to` members. */
export interface CountClass {
  from: number;
  to: number;
}

/** At most four classes, equal steps from 1 to the highest count (a state with no member is in no class). */
export function countClasses(counts: ReadonlyMap<StateCode, number>): CountClass[] {
  const highest = Math.max(0, ...counts.values());
  if (highest === 0) return [];
  const steps = Math.min(4, highest);
  const classes: CountClass[] = [];
  let from = 1;
  for (let step = 1; step <= steps; step++) {
    const to = step === steps ? highest : Math.max(from, Math.round((highest * step) / steps));
    classes.push({ from, to });
    from = to + 1;
    if (from > highest) break;
  }
  return classes;
}

/** The class index of a count (0 is the lightest); -1 for no member. */
export function classOf(count: number, classes: readonly CountClass[]): number {
  if (count <= 0) return -1;
  return classes.findIndex((entry) => count >= entry.from && count <= entry.to);
}
