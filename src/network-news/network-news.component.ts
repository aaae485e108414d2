import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { EngagedElement } from '../base/base-element.js';
import type { ElementStatus } from '../base/feed-controller.js';
import { DEFAULT_HEADING_LEVEL, headingLevelOf } from '../base/heading.js';
import { format, stringsFor } from '../base/strings/index.js';
import { isAbortError } from '../feed/errors.js';
import type { FeedItem, NetworkFeed } from '../feed/types.js';
import { describeFilters, filterValues, hasFilters, itemFilter, type NewsFilters } from './filters.js';
import { loadNewsSource } from './load-news-source.js';
import { renderNewsItem } from './news-item.js';
import { NewsPages } from './news-pages.js';
import { newsStyles } from './network-news.styles.js';
import { newsStrings, type NewsStrings } from './strings.js';

/** How `<network-news>` lays out its items. */
export type NewsLayout = 'list' | 'cards' | 'compact';

/** The rows of one item of each layout, as the skeleton shows them (the same classes the items' parts have). */
const SKELETON: Record<NewsLayout, readonly string[]> = {
  list: ['title', 'meta', 'summary', 'tags'],
  cards: ['image', 'title', 'meta', 'summary', 'tags'],
  compact: ['title', 'meta'],
};
const LAYOUTS = Object.keys(SKELETON) as [NewsLayout, ...NewsLayout[]];

/** Items shown at first and per "show more" when `limit` is absent or invalid. */
export const DEFAULT_LIMIT = 5;
/** The largest `limit`; a larger one is read as this. */
export const MAX_LIMIT = 50;

/**
 * Shows `limit` items with title (linked), date, summary text, image and tags; a "show more" button shows `limit` more,
 * moves focus to the first new item and announces how many were added. After the last loaded item it fetches the next
 * page (`next_url`) through the shared loader. No matching item gives `status="empty"` and a message; a failed load
 * gives `status="error"`, the fallback slot and a retry button.
 *
 * When fewer than `limit` items of the first page pass the filters and the feed has a next page, the element keeps
 * loading (its skeleton, `status="loading"`) and fetches the next pages until `limit` items match, the pages end, or
 * ten pages were fetched; only then does it say `ready` or `empty`. So `empty` means "nothing to show", not "nothing on
 * the first page". If one of those pages fails, it shows what it found (`ready`, else `empty`) with the inline page
 * error and a retry, as after "show more". After ten pages without a match it says `empty` and offers to search the
 * older pages ("Ältere Meldungen durchsuchen").
 *
 * An item without a link has its text nowhere else: its summary holds all of it, and where three lines cannot hold it,
 * it shows two and a "Ganzer Text" button on the third that opens the rest, paragraphs kept (`list` and `cards`).
 * `compact` shows titles and dates only: there the title of an item without a link is a button that opens its text
 * below the row (`aria-expanded`, a chevron; no line more while closed). On paper the text is printed whole. An item
 * without a title (a microblog's post) shows its date first and its text below it, in the room of a title and a
 * summary (five lines; four and "Ganzer Text" without a link).
 *
 * Every item of a layout takes at least the same height at any width (title two lines, date one, summary three, tags
 * one row; a card always has its image box), so the loading skeleton of `limit` items and the button reserves the
 * ready height (more only where a title needs a third line) whenever more than `limit` items match or another page
 * follows: the common case (the network's
 * feed is long), and nothing on the page moves. With fewer items the element ends shorter, once, when the data
 * arrives (the content below moves up: one shift); keeping the reserved height instead would leave a hole of empty
 * rows below the list for as long as the page is open.
 * Events (`feed-load`, `feed-error`), `src`, `.data`, `theme`, `timeout` and `status` come from the shared base.
 *
 * @tagname network-news
 * @summary The network's news, or any JSON Feed, RSS 2.0 or Atom 1.0 feed given as `src`, as an accessible list.
 *
 * @slot - Fallback content, shown before the element is defined and when the feed cannot be loaded.
 * @csspart item - One news item (an `<article>`).
 * @csspart title - An item's heading (`<h2>`–`<h6>`, see `heading-level`); holds the link (in `compact`, for an item
 *   without a link, the button that opens its text).
 * @csspart meta - An item's date line.
 * @csspart summary - An item's summary text.
 * @csspart whole-text - The "Ganzer Text" button of an item without a link whose text is cut.
 * @csspart image - An item's image.
 * @csspart more - The "show more" button (also the retry after a failed next page).
 */
export class NetworkNews extends EngagedElement {
  static override styles = [...EngagedElement.styles, newsStyles];

  /** Region filter: state codes separated by spaces or commas (`DE-ST DE-TH`); an item about any of them matches. */
  @property() region?: string;

  /** Member filter: member ids separated by spaces or commas; an item about any of them matches. */
  @property() member?: string;

  /**
   * Tag filter: tags separated by spaces or commas (a tag with either in it cannot be chosen), compared
   * case-insensitively; an item with any of them matches.
   */
  @property() tag?: string;

  /**
   * Items shown at first and per "show more": 1–50, default 5. An invalid value gives the default.
   * @default 5
   */
  @property({ type: Number }) limit: number = DEFAULT_LIMIT;

  /**
   * `list` (default), `cards` or `compact` (title and date only; the title of an item without a link opens its text).
   * An unknown value gives `list`.
   */
  @property() layout: NewsLayout = 'list';

  /**
   * The heading level of the items' titles, 2–6 (default 3: the element usually sits in a section of the page under
   * the page's own `<h2>`). Set it so the titles fit into the page's outline.
   * @default 3
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = DEFAULT_HEADING_LEVEL;

  /** Shows images from hosts other than the feed's own. Off by default: no request goes to any other host. */
  @property({ type: Boolean, attribute: 'remote-media' }) remoteMedia = false;

  /** How many matching items to show; `undefined`: `limit` (reset when the feed, the filters or `limit` change). */
  @state() private shownLimit?: number;
  @state() private pageStatus: 'idle' | 'loading' | 'error' = 'idle';
  /** The polite live region's text. */
  @state() private announcement = '';

  #pages?: NewsPages;
  #pageRequest?: AbortController;
  /** The pages and filters (`#fillKey`) the first look for `limit` matching items is done for (or gave up on). */
  #filledFor?: { pages: NewsPages; key: string };
  /** True while that look fetches pages. */
  #filling = false;
  #matching?: { pages: NewsPages; loaded: number; key: string; items: FeedItem[] };

  constructor() {
    super({ load: loadNewsSource });
  }

  /** `limit`, checked: 1–50, default 5. */
  get #pageSize(): number {
    const limit = this.limit;
    return Number.isInteger(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  get #layout(): NewsLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  get #headingLevel(): number {
    return headingLevelOf(this.headingLevel);
  }

  get #strings(): NewsStrings {
    return stringsFor(newsStrings, this.language);
  }

  get #filters(): NewsFilters {
    return { regions: filterValues(this.region), members: filterValues(this.member), tags: filterValues(this.tag) };
  }

  /** The filters and `limit`, as one value: the first items are looked for again when it changes. */
  get #fillKey(): string {
    return [this.region, this.member, this.tag, this.#pageSize].join('\n');
  }

  /** The options of a page request: its abort signal and the element's `timeout`. */
  #requestOptions(request: AbortController) {
    return { signal: request.signal, timeout: this.timeout > 0 ? this.timeout : undefined };
  }

  override statusForFeed(feed: NetworkFeed): ElementStatus {
    if (this.#needsFill(feed)) return 'loading';
    return this.#matchingItems(feed).length === 0 ? 'empty' : 'ready';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Made here, not with the class: a server that renders the element (Lit SSR) has no ResizeObserver.
    (this.#resized ??= new ResizeObserver(() => requestAnimationFrame(this.#measureClamps))).observe(this);
    document.fonts?.addEventListener('loadingdone', this.#measureClamps);
    // A look for the first items that leaving the page interrupted goes on (see `updated`).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pageRequest?.abort(new DOMException('The element left the page', 'AbortError'));
    this.#resized?.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.#measureClamps);
  }

  /** The items without a link whose whole text is open (see `renderNewsItem`). */
  #opened = new Set<string>();

  #toggleText = (id: string): void => {
    if (!this.#opened.delete(id)) this.#opened.add(id);
    this.requestUpdate();
  };

  /**
   * Marks the summaries of items without a link that three lines cannot hold (`data-clamped`: they show two, and the
   * "Ganzer Text" button the third), and the text of untitled ones that its lines cut. Measured after each render,
   * before it is painted; when the element's size changes (in the next frame: writing in the observer's callback would
   * resize what it observes); and when a web font has loaded (a wider font needs more lines in boxes of the same size).
   * A clamped box still lays out every line: its `scrollHeight` is the whole text's, whatever the clamp. Read all, then
   * write, for one layout.
   */
  #measureClamps = (): void => {
    const summaries = [...this.renderRoot.querySelectorAll<HTMLElement>('.text:has(> .whole-text:not([data-cut])) > .summary:not(.full, .rest)')];
    const untitled = [...this.renderRoot.querySelectorAll<HTMLElement>('.untitled:has(~ .text > .whole-text:not([data-cut]))')];
    const line = summaries[0] && parseFloat(getComputedStyle(summaries[0]).lineHeight);
    const clamped = [
      ...summaries.map((summary) => summary.scrollHeight > 3 * line! + 1),
      ...untitled.map((heading) => heading.scrollHeight > heading.clientHeight + 1),
    ];
    [...summaries, ...untitled].forEach((box, i) => box.toggleAttribute('data-clamped', clamped[i]));
  };

  #resized?: ResizeObserver;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region') || changed.has('member') || changed.has('tag') || changed.has('limit')) {
      // Other items are wanted now: a page request for the old ones is no longer of use.
      this.#pageRequest?.abort(new DOMException('The filters changed', 'AbortError'));
      this.shownLimit = undefined;
      this.pageStatus = 'idle';
      // "2 more loaded" spoke of the items before the change: it must not stand beside the new ones.
      this.announcement = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#measureClamps();
    const feed = this.feedController.feed;
    if (!feed || !this.#needsFill(feed)) return;
    // `statusForFeed` keeps the element `loading` (and busy) until its first items are there.
    if (!this.#filling && this.isConnected) void this.#fill(feed);
  }

  /** The pages of `feed`, started afresh when the feed is a new one. */
  #pagesOf(feed: NetworkFeed): NewsPages {
    if (this.#pages?.feed !== feed) {
      this.#pageRequest?.abort(new DOMException('A new feed replaced this one', 'AbortError'));
      this.#pages = new NewsPages(feed, this.feedController.url);
      this.#filledFor = undefined;
      this.shownLimit = undefined;
      this.pageStatus = 'idle';
      this.announcement = '';
      this.#opened.clear();
    }
    return this.#pages;
  }

  /** The loaded items that pass the filters, worked out again only when the items or the filters changed. */
  #matchingItems(feed: NetworkFeed): FeedItem[] {
    const pages = this.#pagesOf(feed);
    const key = [this.region, this.member, this.tag].join('\n');
    const cached = this.#matching;
    if (cached?.pages === pages && cached.loaded === pages.items.length && cached.key === key) return cached.items;
    const filters = this.#filters;
    const items = hasFilters(filters) ? pages.items.filter(itemFilter(filters)) : pages.items.slice();
    this.#matching = { pages, loaded: pages.items.length, key, items };
    return items;
  }

  /**
   * True until the element has looked for its first `limit` matching items: fewer match among the loaded items, a next
   * page exists, and the look for these filters is not done yet (nor given up after a failed page or ten pages).
   */
  #needsFill(feed: NetworkFeed): boolean {
    const pages = this.#pagesOf(feed);
    const filled = this.#filledFor;
    if (filled?.pages === pages && filled.key === this.#fillKey) return false;
    return this.shownLimit === undefined && pages.hasNext && this.#matchingItems(feed).length < this.#pageSize;
  }

  /** Fetches next pages until `limit` items match (bounded, see `NewsPages.loadUntil`); then the status settles. */
  async #fill(feed: NetworkFeed): Promise<void> {
    const pages = this.#pagesOf(feed);
    const request = new AbortController();
    this.#pageRequest = request;
    this.#filling = true;
    try {
      const enough = () => this.#pages !== pages || this.#matchingItems(feed).length >= this.#pageSize;
      await pages.loadUntil(enough, loadNewsSource, this.#requestOptions(request));
      if (this.#pages === pages) this.#filledFor = { pages, key: this.#fillKey };
    } catch (error) {
      // Aborted: the element left the page, or the feed or the filters changed; `updated` starts again as needed.
      if (!isAbortError(error) && this.#pages === pages) {
        this.#filledFor = { pages, key: this.#fillKey };
        this.pageStatus = 'error';
      }
    } finally {
      this.#filling = false;
      if (this.#pageRequest === request) this.#pageRequest = undefined;
      this.requestUpdate();
    }
  }

  /**
   * The skeleton: `limit` items of the layout's fixed rows and the "show more" row, exactly the height of the usual
   * ready state (more than `limit` matching items, or a next page). With fewer, the element ends shorter when the
   * data arrives; see the class comment for why it does not keep the reserved height.
   */
  protected override renderLoading(): TemplateResult {
    const layout = this.#layout;
    const item = html`<li><div class="item">${SKELETON[layout].map((part) => html`<div class="${part} bone"></div>`)}</div></li>`;
    return html`<p class="visually-hidden" role="status">${this.sharedStrings.loading}</p>
      <ul class="items ${layout}" role="list" aria-hidden="true">
        ${Array.from({ length: this.#pageSize }, () => item)}
      </ul>
      <div class="more"><div class="bone"></div></div>`;
  }

  protected override renderFeed(feed: NetworkFeed): TemplateResult {
    // Still looking for the first items on the next pages: the skeleton stays, and so does the element's size.
    if (this.#needsFill(feed)) return this.renderLoading();
    const strings = this.#strings;
    const matching = this.#matchingItems(feed);
    const shown = matching.slice(0, this.shownLimit ?? this.#pageSize);
    const pages = this.#pages!;
    const canShowMore = matching.length > shown.length || pages.hasNext;
    const layout = this.#layout;
    const context = {
      language: this.language,
      strings,
      headingLevel: this.#headingLevel,
      layout,
      feedOrigin: pages.origin,
      remoteMedia: this.remoteMedia,
      // The network feed's words are German unless it says otherwise (the feed format's default), also in an English
      // element; an RSS, Atom or JSON Feed from elsewhere that names no language is read in the element's.
      feedLanguage: feed.language ?? (feed._engaged_city ? 'de' : undefined),
      opened: this.#opened,
      toggleText: this.#toggleText,
    };
    return html`${shown.length
        ? html`<ul class="items ${layout}" role="list" aria-label=${feed.title || strings.listLabel}>
            ${shown.map((item) => renderNewsItem(item, context))}
          </ul>`
        : this.#renderEmpty(feed)}
      ${canShowMore ? this.#renderMore(strings, shown.length === 0) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  #renderEmpty(feed: NetworkFeed): TemplateResult {
    // Screen readers hear it from the base's status region (see `emptyAnnouncement`).
    return html`<div class="state"><p class="state-message" aria-hidden="true">${this.#emptyMessage(feed)}</p></div>`;
  }

  protected override emptyAnnouncement(): string {
    const feed = this.feedController.feed;
    return feed ? this.#emptyMessage(feed) : '';
  }

  #emptyMessage(feed: NetworkFeed): string {
    const strings = this.#strings;
    const filters = this.#filters;
    return hasFilters(filters)
      ? format(strings.emptyFiltered, { filters: describeFilters(filters, feed, strings) })
      : strings.empty;
  }

  /** The "show more" button (`searchOlder` when nothing is shown yet) with the error of a failed page beside it. */
  #renderMore(strings: NewsStrings, nothingShown: boolean): TemplateResult {
    const status = this.pageStatus;
    const label = status === 'loading'
      ? strings.loadingMore
      : status === 'error'
        ? this.sharedStrings.retry
        : nothingShown
          ? strings.searchOlder
          : strings.more;
    return html`<div class="more">
      <button
        part="more"
        class="button"
        type="button"
        aria-disabled=${status === 'loading' ? 'true' : 'false'}
        @click=${this.#showMore}
      >
        ${label}
      </button>
      ${status === 'error' ? html`<p class="page-error" role="alert">${strings.pageError}</p>` : nothing}
    </div>`;
  }

  /**
   * Shows `limit` more items, fetching next pages as needed (or, when fewer than the items asked for are shown because
   * a page failed or ten pages held none, the rest of them); then moves focus to the first new item and says so.
   */
  #showMore = async (): Promise<void> => {
    const feed = this.feedController.feed;
    if (!feed || this.pageStatus === 'loading') return;
    const pages = this.#pagesOf(feed);
    const asked = this.shownLimit ?? this.#pageSize;
    const shownBefore = Math.min(asked, this.#matchingItems(feed).length);
    const wanted = shownBefore < asked ? asked : asked + this.#pageSize;
    let failed = false;
    if (this.#matchingItems(feed).length < wanted && pages.hasNext) {
      const request = new AbortController();
      this.#pageRequest = request;
      this.pageStatus = 'loading';
      try {
        const enough = () => this.#matchingItems(feed).length >= wanted;
        await pages.loadUntil(enough, loadNewsSource, this.#requestOptions(request));
      } catch (error) {
        if (isAbortError(error)) {
          if (this.#pages === pages) this.pageStatus = 'idle';
          return;
        }
        failed = true;
      }
      if (this.#pages !== pages) return;
      this.pageStatus = failed ? 'error' : 'idle';
    }
    const added = Math.min(wanted, this.#matchingItems(feed).length) - shownBefore;
    // After a failed page, the items that did arrive are still shown; the error and its retry stay beside the button.
    if (failed && added === 0) return;
    this.shownLimit = wanted;
    const strings = this.#strings;
    await this.#announce(
      added === 0 ? strings.addedNone : format(added === 1 ? strings.addedOne : strings.addedMany, { count: added }),
    );
    this.#focusItem(added > 0 ? shownBefore : -1);
  };

  /** Focuses an item's link (or the item itself when it has none); index -1 is the last item. */
  #focusItem(index: number): void {
    const items = this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]');
    const item = items[index < 0 ? items.length - 1 : index];
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    const target = item?.querySelector<HTMLElement>('a[href]') ?? item ?? base;
    if (target === base && base) base.tabIndex = -1;
    target?.focus();
  }

  /** Puts `message` into the polite live region (cleared first, so the same message is announced again). */
  async #announce(message: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
    await this.updateComplete;
  }
}
