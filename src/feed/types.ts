/**
 * The network feed, version 1: a JSON Feed 1.1 document with the network's directory in the `_engaged_city`
 * extension. These are the types of the *cleaned* feed that `parseFeed` returns: every field has been checked,
 * every URL is an absolute http(s) URL, every string is trimmed and free of control and bidi-override characters.
 */

/** ISO 3166-2 codes of the 16 German federal states, in the order the spec lists them. */
export const STATE_CODES = [
  'DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV',
  'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH',
] as const;

/** ISO 3166-2 code of a German federal state, e.g. `DE-ST`. */
export type StateCode = (typeof STATE_CODES)[number];

/** The roles a member can have in the network. */
export const MEMBER_ROLES = ['engaged-city', 'state-partner', 'network-partner', 'funder', 'programme-office'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A member is a city (an "Engagierte Stadt") or an organisation (partner NGO, foundation, state agency). */
export type MemberKind = 'city' | 'organization';

/** A point in WGS84, inside Germany's bounding box (lat 47.2–55.1, lon 5.8–15.1). */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A federal state the network reports on. */
export interface Region {
  code: StateCode;
  name: string;
  /** RFC 3339 date since which the state is a programme partner (Länderpartner); absent for other states. */
  partner_since?: string;
  /** The state network's page. */
  network_url?: string;
}

/** A member of the network. */
export interface Member {
  /** Slug `^[a-z0-9][a-z0-9-]{0,63}$`, unique in the feed. */
  id: string;
  kind: MemberKind;
  /** 1–200 characters. */
  name: string;
  /** Never empty after parsing: defaults to `engaged-city` for a city and `network-partner` for an organisation. */
  roles: MemberRole[];
  /** Required for a city. */
  region?: StateCode;
  /** Year (2015 or later) or RFC 3339 date when the member joined. */
  since?: number | string;
  population?: number;
  location?: GeoPoint;
  url?: string;
  /** The member's page in the network's own directory: the badge links here, as proof. */
  profile_url?: string;
  /** Host names (lowercase, no scheme, no path) on which the member may show its badge. */
  domains?: string[];
  /** Plain text, at most 1,000 characters. */
  summary?: string;
  /** At most 20 topics, each at most 60 characters. */
  topics?: string[];
  image?: string;
  location_note?: string;
}

/** The network's directory, the feed's `_engaged_city` extension. */
export interface Directory {
  schema: number;
  /** RFC 3339 date-time of the data. */
  updated?: string;
  regions?: Region[];
  members: Member[];
}

/** Whom a news item is about. */
export interface ItemAbout {
  regions?: StateCode[];
  members?: string[];
}

export interface Author {
  name?: string;
  url?: string;
  avatar?: string;
}

/** A JSON Feed item: one piece of news. */
export interface FeedItem {
  /** Always a string after parsing (a numeric JSON Feed id becomes a string). */
  id: string;
  url?: string;
  external_url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
  /** Never inserted into a page as HTML. */
  content_html?: string;
  image?: string;
  banner_image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: Author[];
  tags?: string[];
  language?: string;
  _engaged_city?: ItemAbout;
}

/** The network feed after cleaning. */
export interface NetworkFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  /** BCP 47; readers assume `de` when absent. */
  language?: string;
  next_url?: string;
  items: FeedItem[];
  _engaged_city?: Directory;
}

/** Something `parseFeed` dropped, repaired or removed. */
export interface FeedWarning {
  /** A short machine-readable reason, e.g. `invalid-url`, `duplicate-id`, `truncated`, `wrong-type`. */
  code: string;
  /** JSON path of the entry or field, e.g. `_engaged_city.members[3].url`. */
  path: string;
  /** Human-readable English explanation. */
  message: string;
}

export interface ParseResult {
  feed: NetworkFeed;
  warnings: FeedWarning[];
}

export interface ParseOptions {
  /** The URL the feed came from, to resolve relative URLs. Without it, relative URLs are dropped. */
  baseUrl?: string;
}
