/**
 * The feed as text, with every object's keys in one fixed order (the order of the format's tables; unknown keys after
 * them, sorted), so that the bytes depend on the data only, not on the order in which a parser happened to add keys.
 */

const KEY_ORDER = [
  'version', 'schema', 'updated', 'id', 'code', 'kind', 'title', 'name', 'home_page_url', 'feed_url', 'roles', 'region',
  'since', 'population', 'location', 'lat', 'lon', 'partner_since', 'network_url', 'url', 'external_url', 'profile_url',
  'domains', 'description', 'summary', 'content_text', 'content_html', 'topics', 'image', 'banner_image', 'icon', 'favicon',
  'avatar', 'location_note', 'date_published', 'date_modified', 'authors', 'tags', 'language', 'next_url', 'items',
  'regions', 'members', '_engaged_city',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const rankA = RANK.get(a) ?? KEY_ORDER.length;
  const rankB = RANK.get(b) ?? KEY_ORDER.length;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `JSON.stringify(value, null, 2)` with keys in the fixed order, and a final line break. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, orderKeys, 2)}\n`;
}

function orderKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    Object.defineProperty(ordered, key, { value: (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  }
  return ordered;
}
