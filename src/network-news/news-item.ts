import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../base/heading.js';
import type { Language } from '../base/language.js';
import type { NewsLayout } from './network-news.component.js';
import type { FeedItem } from '../feed/types.js';
import { calendarDate, formatDate } from './dates.js';
import { itemText, shorten, SUMMARY_LENGTH } from './item-text.js';
import { itemImage } from './media.js';
import type { NewsStrings } from './strings.js';

/**
 * How long the title of an item without one may be, when it is taken from the item's text: as long as a summary, in
 * the five lines of a title's and a summary's room (see the styles' `.untitled`).
 */
const DERIVED_TITLE_LENGTH = SUMMARY_LENGTH;

/** What an item needs to know about the element that shows it. */
export interface NewsItemContext {
  language: Language;
  strings: NewsStrings;
  /** 2–6. */
  headingLevel: number;
  /** Compact items show no image, summary or tags; a card keeps its image box even without an image. */
  layout: NewsLayout;
  /** The origin the feed came from: images elsewhere are shown only with `remoteMedia`. */
  feedOrigin: string | undefined;
  remoteMedia: boolean;
  /** The feed's `language` (the network feed's: `de` where it names none): the language of every item that does not name its own. */
  feedLanguage: string | undefined;
  /** The ids of the items without a link whose whole text the visitor opened. */
  opened: ReadonlySet<string>;
  /** Opens or closes an item's whole text. */
  toggleText(id: string): void;
}

/**
 * One news item: heading (linked to `url`, else `external_url`), date, summary text, tags, image (in cards, an empty
 * image box when there is none, so that all cards are alike). Every value is bound as text or as an attribute holding
 * a URL that `parseFeed` has checked (http or https only); nothing is inserted as HTML. An item without a link can
 * take focus itself (`tabindex="-1"`), so "show more" can move focus to it.
 *
 * An item without a link has its text nowhere else: its summary holds all of it, and where three lines cut it (the
 * element measures: `data-clamped`) the summary shows two and a "Ganzer Text" button takes the third line of the row
 * the skeleton reserves (nothing moves when it appears); pressed, it shows all of the text, paragraphs kept. An
 * untitled item (a microblog's post: its text is its title, cut after DERIVED_TITLE_LENGTH characters) shows its date
 * first and its text in the title's and the summary's room, with the button below it where it has no link.
 * `compact` shows titles and dates only: there the title of an item without a link is itself the button that opens its
 * text below it (a disclosure, no line more while closed); the text prints whole.
 *
 * The image gets `alt=""`: feeds carry no description of their images, and the title beside it already says what the
 * item is about; repeating the title as alt text would make screen readers read it twice.
 */
export function renderNewsItem(item: FeedItem, context: NewsItemContext): TemplateResult {
  const { strings, layout } = context;
  const compact = layout === 'compact';
  const link = item.url ?? item.external_url;
  const text = itemText(item);
  const title = item.title || shorten(text, DERIVED_TITLE_LENGTH) || strings.untitled;
  const date = calendarDate(item.date_published ?? item.date_modified);
  const image = compact ? undefined : itemImage(item, context.feedOrigin, context.remoteMedia);
  const summary = !compact && item.title ? shorten(text) : '';
  // Without a link the item's text is nowhere else: a titled item holds all of it, cut by the summary's lines (the
  // element measures where: `data-clamped`); an untitled one shows it as its title, cut after DERIVED_TITLE_LENGTH.
  const titleCut = !item.title && title !== shorten(text, Infinity);
  // Without a link, any text can be opened: the element measures where the lines cut it (`data-clamped`).
  const canOpen = !link && text !== '';
  const opened = canOpen && context.opened.has(item.id);
  // An untitled item's text (and a compact one's) is drawn too, shown only when opened and on paper.
  const shown = canOpen ? text : summary;
  const toggleText = () => context.toggleText(item.id);
  // The feed's words are marked with the feed's language (a German feed in an English element is read as German).
  const lang = item.language ?? context.feedLanguage;
  // Named with the item's title: a list of such buttons says which item each opens; `aria-expanded` says whether it
  // is open (and the chevron, for the eye).
  const toggle = canOpen && !compact
    ? html`<button part="whole-text" class="whole-text" type="button" aria-expanded=${opened} ?data-cut=${titleCut} @click=${toggleText}
        >${strings.wholeText}<span class="visually-hidden" lang=${ifDefined(lang)} dir="auto">: ${title}</span></button>`
    : nothing;
  return html`<li>
    <article part="item" class="item" tabindex=${ifDefined(link ? undefined : -1)}>
      ${heading(
        context.headingLevel,
        { part: 'title', className: item.title ? 'title' : 'title untitled', lang: item.title || text ? lang : undefined, dir: 'auto' },
        link
          ? html`<a href=${link}>${title}</a>`
          : canOpen && compact
            ? html`<button class="disclose" type="button" aria-expanded=${opened} @click=${toggleText}>${title}</button>`
            : title,
      )}
      ${date
        ? html`<p part="meta" class="meta"><time datetime=${date}>${formatDate(date, context.language)}</time></p>`
        : nothing}
      ${shown || canOpen
        ? html`<div class="text">
            ${shown ? html`<p part="summary" class=${opened ? 'summary full' : !item.title || compact ? 'summary rest' : 'summary'} lang=${ifDefined(lang)} dir="auto">${shown}</p>` : nothing}${toggle}
          </div>`
        : nothing}
      ${!compact && item.tags?.length
        ? html`<ul class="tags" role="list" aria-label=${strings.tags}>${item.tags.map((tag) => html`<li lang=${ifDefined(lang)} dir="auto">${tag}</li>`)}</ul>`
        : nothing}
      ${image
        ? html`<img part="image" class="image" src=${image} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" width="320" height="180" />`
        : layout === 'cards'
          ? html`<div class="image blank"></div>`
          : nothing}
    </article>
  </li>`;
}
