/**
 * The feed's size limits. The whole-document limits make a feed fatal (`too-large`); the text and list limits shorten
 * a field (warning `truncated`). `schema/network-feed.schema.json` states the same numbers.
 */
export const FEED_LIMITS = {
  /** JSON text longer than this many characters is not parsed at all. */
  maxJsonLength: 5_000_000,
  /** More members than this in `_engaged_city.members`. */
  maxMembers: 20_000,
  /** More news items than this in `items`. */
  maxItems: 10_000,
} as const;

/** Longest text, in Unicode code points, per kind of field; longer text is shortened. */
export const TEXT_LIMITS = {
  /** Feed and item `title`. */
  title: 500,
  /** Feed `description`, item `summary`. */
  description: 5_000,
  /** Item `content_text` and `content_html`. */
  content: 1_000_000,
  /** Member, region and author `name`. */
  name: 200,
  /** Member `summary`. */
  memberSummary: 1_000,
  /** Member `location_note`. */
  locationNote: 500,
  /** One item tag. */
  tag: 100,
  /** One member topic. */
  topic: 60,
} as const;

/** Most entries kept per list field; later entries are dropped. */
export const LIST_LIMITS = {
  topics: 20,
  tags: 50,
  authors: 20,
  domains: 100,
} as const;

/** Longest item `id` in code points; a longer id drops its item (ids are never shortened). */
export const MAX_ITEM_ID_LENGTH = 1_000;
/** Longest language tag. */
export const MAX_LANGUAGE_LENGTH = 35;
/** The first year a member can have joined the network. */
export const FIRST_MEMBER_YEAR = 2015;
