import type { FeedItem } from '../feed/types.js';

/** The filters of `<network-news>`: lower-cased values per filter; an empty list means "no filter". */
export interface NewsFilters {
  regions: string[];
  members: string[];
  tags: string[];
}

/** The values of a space-separated filter attribute, lower-cased, without duplicates. */
export function filterValues(attribute: string | null | undefined): string[] {
  return [...new Set((attribute ?? '').toLowerCase().split(/\s+/).filter(Boolean))];
}

/** True when at least one filter is set. */
export function hasFilters(filters: NewsFilters): boolean {
  return filters.regions.length + filters.members.length + filters.tags.length > 0;
}

/** True when `wanted` is empty (no filter) or one of `values` is in it (compared in lower case). */
function matchesAny(wanted: string[], values: readonly string[] | undefined): boolean {
  return wanted.length === 0 || (values ?? []).some((value) => wanted.includes(value.toLowerCase()));
}

/**
 * True when an item passes every filter that is set: within a filter any value matches, and all filters must match.
 * Regions and members come from the item's `_engaged_city`, tags from `tags`; all are compared case-insensitively.
 */
export function matchesFilters(item: FeedItem, filters: NewsFilters): boolean {
  return (
    matchesAny(filters.regions, item._engaged_city?.regions) &&
    matchesAny(filters.members, item._engaged_city?.members) &&
    matchesAny(filters.tags, item.tags)
  );
}
