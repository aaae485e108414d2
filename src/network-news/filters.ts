import { attributeWords } from '../base/attribute-words.js';
import type { FeedItem, NetworkFeed } from '../feed/types.js';

/** The filters of `<network-news>`, as the page wrote them; an empty list means "no filter". */
export interface NewsFilters {
  regions: string[];
  members: string[];
  tags: string[];
}

/** The values of a filter attribute (see `attributeWords`: spaces or commas), without duplicates. */
export function filterValues(attribute: string | null | undefined): string[] {
  return [...new Set(attributeWords(attribute))];
}

/** True when at least one filter is set. */
export function hasFilters(filters: NewsFilters): boolean {
  return filters.regions.length + filters.members.length + filters.tags.length > 0;
}

const lowerCase = (values: readonly string[]) => values.map((value) => value.toLowerCase());

/** True when `wanted` is empty (no filter) or one of `values` is in it. */
function matchesAny(wanted: string[], values: readonly string[] | undefined): boolean {
  return wanted.length === 0 || (values ?? []).some((value) => wanted.includes(value.toLowerCase()));
}

/**
 * A test for items: true when an item passes every filter that is set. Within a filter any value matches, and all
 * filters must match. Regions and members come from the item's `_engaged_city`, tags from `tags`; all are compared
 * case-insensitively (`de-st` finds `DE-ST`, `ehrenamt` finds `Ehrenamt`).
 */
export function itemFilter(filters: NewsFilters): (item: FeedItem) => boolean {
  const regions = lowerCase(filters.regions);
  const members = lowerCase(filters.members);
  const tags = lowerCase(filters.tags);
  return (item) =>
    matchesAny(regions, item._engaged_city?.regions) &&
    matchesAny(members, item._engaged_city?.members) &&
    matchesAny(tags, item.tags);
}

/** Labels of the three filters, for describing them in words. */
export interface FilterLabels {
  filterRegion: string;
  filterMember: string;
  filterTag: string;
}

/**
 * The filters in words, for the "nothing matches" message: regions and members by their names in the feed's
 * directory where it has them, e.g. `Region Sachsen-Anhalt / Hessen, Schlagwort Ehrenamt`.
 */
export function describeFilters(filters: NewsFilters, feed: NetworkFeed, labels: FilterLabels): string {
  const directory = feed._engaged_city;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const regionName = (code: string) => directory?.regions?.find((region) => same(region.code, code))?.name ?? code;
  const memberName = (id: string) => directory?.members.find((member) => same(member.id, id))?.name ?? id;
  return (
    [
      [labels.filterRegion, filters.regions.map(regionName)],
      [labels.filterMember, filters.members.map(memberName)],
      [labels.filterTag, filters.tags],
    ] as const
  )
    .filter(([, values]) => values.length > 0)
    .map(([label, values]) => `${label} ${values.join(' / ')}`)
    .join(', ');
}
