import type { StringTable } from '../base/strings/index.js';

/** The user-facing strings of `<network-news>`. Placeholders in `{braces}` are filled by `format()`. */
export interface NewsStrings {
  /** The list's accessible name when the feed has no title. */
  listLabel: string;
  /** The "show more" button. */
  more: string;
  /** The "show more" button when no item is shown yet: nothing on the pages looked at so far matched. */
  searchOlder: string;
  /** The "show more" button while the next page loads. */
  loadingMore: string;
  /** Announced after "show more": one item added. */
  addedOne: string;
  /** Announced after "show more": `{count}` items added. */
  addedMany: string;
  /** Announced when "show more" found nothing new. */
  addedNone: string;
  /** Shown beside the button when the next page could not be loaded. */
  pageError: string;
  /** Nothing to show. */
  empty: string;
  /** Nothing matches the filters, which go where `{filters}` is. */
  emptyFiltered: string;
  /** Labels of the filters in the "nothing matches" message. */
  filterRegion: string;
  filterMember: string;
  filterTag: string;
  /** Accessible name of an item's tag list. */
  tags: string;
  /** Title of an item that has neither a title nor any text. */
  untitled: string;
  /** The button that shows the whole text of an item without a link (where the item cuts it). */
  wholeText: string;
}

export const newsStrings: StringTable<NewsStrings> = {
  de: {
    listLabel: 'Meldungen',
    more: 'Mehr anzeigen',
    searchOlder: 'Ältere Meldungen durchsuchen',
    loadingMore: 'Weitere Meldungen werden geladen …',
    addedOne: '1 weitere Meldung geladen',
    addedMany: '{count} weitere Meldungen geladen',
    addedNone: 'Keine weiteren Meldungen vorhanden',
    pageError: 'Weitere Meldungen konnten nicht geladen werden.',
    empty: 'Keine Meldungen gefunden.',
    emptyFiltered: 'Keine Meldungen passen zu {filters}.',
    filterRegion: 'Region',
    filterMember: 'Mitglied',
    filterTag: 'Schlagwort',
    tags: 'Schlagwörter',
    untitled: 'Meldung ohne Titel',
    wholeText: 'Ganzer Text',
  },
  en: {
    listLabel: 'News',
    more: 'Show more',
    searchOlder: 'Search older news',
    loadingMore: 'Loading more news …',
    addedOne: '1 more news item loaded',
    addedMany: '{count} more news items loaded',
    addedNone: 'No more news',
    pageError: 'More news could not be loaded.',
    empty: 'No news found.',
    emptyFiltered: 'No news matches {filters}.',
    filterRegion: 'region',
    filterMember: 'member',
    filterTag: 'tag',
    tags: 'Tags',
    untitled: 'Untitled news item',
    wholeText: 'Full text',
  },
};
