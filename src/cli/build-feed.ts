/**
 * The pipeline behind `build` and `snapshot`: spreadsheet rows → the network feed, checked by the same `parseFeed` every
 * reader uses. Deterministic: file order is feed order, nothing depends on the clock, the same input gives the same bytes.
 */
import { parseFeed } from '../feed/parse.js';
import type { FeedItem, FeedWarning, NetworkFeed, Region } from '../feed/types.js';
import { canonicalJson } from './canonical-json.js';
import type { Sheet } from './csv.js';
import { newestDateTime } from './dates.js';
import { memberFromRow, type MemberDraft } from './member-rows.js';
import type { MunicipalityTable } from './municipalities.js';
import { newsItemFromRow } from './news-rows.js';
import { ProblemLog, type SheetProblem } from './problems.js';
import { regionFromRow } from './region-rows.js';
import { MEMBER_COLUMNS, NEWS_COLUMNS, REGION_COLUMNS, checkColumns } from './sheet-columns.js';

/** A parsed spreadsheet and the name to report it by. */
export interface NamedSheet {
  file: string;
  sheet: Sheet;
}

export interface FeedSources {
  members: NamedSheet;
  regions?: NamedSheet;
  news?: NamedSheet;
  municipalities: MunicipalityTable;
}

/** The feed's own fields, from command-line options. */
export interface FeedSettings {
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  /** BCP 47; default `de`. */
  language?: string;
  /** RFC 3339 date-time of the data; default: the newest date in the sheets. */
  updated?: string;
}

/** A `parseFeed` warning, with the spreadsheet row the entry came from when there is one. */
export interface SourcedWarning extends FeedWarning {
  file?: string;
  line?: number;
}

export interface BuiltFeed {
  /** The feed as `parseFeed` cleaned it. */
  feed: NetworkFeed;
  /** The file's text: the feed as JSON, indented by 2, keys in a fixed order, and a line break. */
  text: string;
  warnings: SourcedWarning[];
  problems: SheetProblem[];
}

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

interface Origin {
  file: string;
  line: number;
}

/** Builds the network feed. Throws a CommandError when a sheet lacks a required column, a FeedError when the result is no feed. */
export function buildFeed(sources: FeedSources, settings: FeedSettings): BuiltFeed {
  const log = new ProblemLog();
  const origins = { members: [] as Origin[], regions: [] as Origin[], items: [] as Origin[] };

  const { file: membersFile, sheet: membersSheet } = sources.members;
  checkColumns(membersFile, membersSheet, MEMBER_COLUMNS, ['kind', 'name'], log);
  const members: MemberDraft[] = [];
  const memberLines = new Map<string, number>();
  for (const row of membersSheet.rows) {
    const member = memberFromRow(row, sources.municipalities, { file: membersFile, log });
    if (!member) continue;
    const earlier = memberLines.get(member.id);
    if (earlier !== undefined) {
      log.rowDropped(membersFile, row.line, `id "${member.id}" is already used on line ${earlier}`);
      continue;
    }
    memberLines.set(member.id, row.line);
    members.push(member);
    origins.members.push({ file: membersFile, line: row.line });
  }

  let regions: Region[] | undefined;
  if (sources.regions) {
    const { file, sheet } = sources.regions;
    checkColumns(file, sheet, REGION_COLUMNS, ['code'], log);
    regions = [];
    const codeLines = new Map<string, number>();
    for (const row of sheet.rows) {
      const region = regionFromRow(row, { file, log });
      if (!region) continue;
      const earlier = codeLines.get(region.code);
      if (earlier !== undefined) {
        log.rowDropped(file, row.line, `region ${region.code} is already on line ${earlier}`);
        continue;
      }
      codeLines.set(region.code, row.line);
      regions.push(region);
      origins.regions.push({ file, line: row.line });
    }
  }

  const items: FeedItem[] = [];
  if (sources.news) {
    const { file, sheet } = sources.news;
    checkColumns(file, sheet, NEWS_COLUMNS, [], log);
    const itemLines = new Map<string, number>();
    for (const row of sheet.rows) {
      const item = newsItemFromRow(row, new Set(memberLines.keys()), { file, log });
      if (!item) continue;
      const earlier = itemLines.get(item.id);
      if (earlier !== undefined) {
        log.rowDropped(file, row.line, `id "${item.id}" is already used on line ${earlier}`);
        continue;
      }
      itemLines.set(item.id, row.line);
      items.push(item);
      origins.items.push({ file, line: row.line });
    }
  }

  // Not a later day than the build's: the feed's reader leaves out an `updated` in the future.
  const updated = settings.updated ?? newestDateTime(datesIn(members, regions ?? [], items), Date.now());
  const draft = {
    version: JSON_FEED_VERSION,
    title: settings.title,
    ...(settings.homePageUrl ? { home_page_url: settings.homePageUrl } : {}),
    ...(settings.feedUrl ? { feed_url: settings.feedUrl } : {}),
    language: settings.language ?? 'de',
    items,
    _engaged_city: {
      schema: 1,
      ...(updated ? { updated } : {}),
      ...(regions ? { regions } : {}),
      members,
    },
  };

  const { feed, warnings } = parseFeed(draft);
  return {
    feed,
    text: canonicalJson(feed),
    warnings: warnings.map((warning) => ({ ...warning, ...originOf(warning.path, origins) })),
    problems: log.problems,
  };
}

function* datesIn(members: readonly MemberDraft[], regions: readonly Region[], items: readonly FeedItem[]): Iterable<string> {
  for (const member of members) if (typeof member.since === 'string') yield member.since;
  for (const region of regions) if (region.partner_since) yield region.partner_since;
  for (const item of items) {
    if (item.date_published) yield item.date_published;
    if (item.date_modified) yield item.date_modified;
  }
}

/** The spreadsheet row behind a warning's JSON path, e.g. `_engaged_city.members[3].url` → members.csv, line 5. */
function originOf(path: string, origins: { members: Origin[]; regions: Origin[]; items: Origin[] }): Partial<Origin> {
  const match = /^(?:_engaged_city\.(members|regions)|(items))\[(\d+)\]/.exec(path);
  if (!match) return {};
  const list = origins[(match[1] ?? match[2]) as keyof typeof origins];
  return list[Number(match[3])] ?? {};
}
