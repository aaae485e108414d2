import { css } from 'lit';

/**
 * `<network-news>`: three layouts on CSS grid (`list`, `cards`, `compact`), fluid down to 320 px. Sizes in em and px
 * only (never rem: the text size is the base's, the browser's default `medium`, which a page's root cannot change).
 *
 * Every part of an item has a row of at least its usual height (title two lines, date one, summary three, tags one
 * row), and a missing part keeps its row empty; cards always have their image box. The loading skeleton is built of
 * the same rows, so it reserves the height the items take: exactly, unless a title needs a third line or the tags a
 * second. Rows grow rather than cut text: with a visitor's own text spacing or a larger text size nothing is lost
 * (WCAG 1.4.12, 1.4.4), and a title is always shown whole (an untitled item's text takes a title's and a summary's room);
 * only the summary, a teaser, stops after three lines. An item without a link has its text nowhere else: cut, it
 * shows two lines and a "Ganzer Text" button on the third that opens all of it (shown whole from the start, it made
 * the news grow after loading, 242 px for the bundled snapshot's cards). The skeleton's shimmer runs only when the
 * visitor allows motion.
 */
export const newsStyles = css`
  [part~='base'] {
    padding: 1em;
  }

  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  p,
  .title {
    margin: 0;
  }

  .items {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }

  /* Rows: the title (2 × 1.125em × 1.3), the date (0.875em × 1.5), the summary (3 × 1.5em), a tag (0.8125em × 1.5 + border). */
  .item {
    --_rows: 'title' minmax(2.925em, auto) 'meta' minmax(1.3125em, auto) 'summary' minmax(4.5em, auto)
      'tags' minmax(calc(1.21875em + 2px), auto);
    display: grid;
    grid-template: var(--_rows) / minmax(0, 1fr);
    gap: 0.25em 1em;
    /* Long German words ("Ehrenamtsförderungsprogramm") are hyphenated in the text's language where the browser can,
       and broken anywhere only where it cannot. */
    hyphens: auto;
    overflow-wrap: anywhere;
  }

  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .title {
    grid-area: title;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  /*
   * An untitled item (a microblog's RSS) shows its date first and its text below it, in the room the skeleton reserves
   * for a title and a summary: five lines with a link, four and its "Ganzer Text" button without one (the rows: four
   * lines, the gap, the button's line; as high as a title's, the gap and a summary's). Its link or its button leads
   * to the rest. A title of its own is always shown whole.
   */
  .item:has(> .untitled) {
    --_rows: 'meta' minmax(1.3125em, auto) 'title' minmax(5.85em, auto) 'summary' minmax(1.575em, auto)
      'tags' minmax(calc(1.21875em + 2px), auto);
  }
  .untitled,
  .compact .untitled > .disclose {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 5;
    overflow: hidden;
    font-weight: 400;
  }
  .untitled {
    grid-row: title-start / summary-end;
    align-self: start;
  }
  .untitled:has(~ .text) {
    grid-row: title;
    -webkit-line-clamp: 4;
  }
  /*
   * compact: two lines (a button is clamped itself: its text is no line of the heading's, and the heading must not clip
   * the button's focus ring).
   */
  .compact .untitled,
  .compact .untitled > .disclose {
    -webkit-line-clamp: 2;
  }
  .compact .untitled:has(> .disclose) {
    display: block;
    overflow: visible;
  }
  /* The whole item shows the focus ring of its title's link. */
  .title a {
    color: var(--_accent);
    text-decoration: none;
    outline: 0;
  }
  .title a:hover,
  .title a:focus-visible {
    text-decoration: underline;
  }
  .item:has(a:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .meta {
    grid-area: meta;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.5;
  }

  .summary {
    grid-area: summary;
  }
  /* The summary's row holds the text of an item without a link and its "Ganzer Text" button, one below the other. */
  .text {
    grid-area: summary;
  }
  /* Cut: two lines of the summary and the button's line fill the three lines the skeleton reserved. */
  .summary[data-clamped] {
    -webkit-line-clamp: 2;
  }
  /* Opened: every line, the paragraphs kept. */
  .summary.full {
    display: block;
    white-space: pre-line;
  }
  .whole-text,
  .disclose {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  /* compact: the title of an item without a link is the button that opens its text, on a line of its own below. */
  .disclose:not(:hover, :focus-visible) {
    text-decoration: none;
  }
  .compact .text {
    flex-basis: 100%;
  }
  /* A chevron that turns when the text is open (the button's name stays: aria-expanded says it). */
  .whole-text::after,
  .disclose::after {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin-inline-start: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-0.2em) rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  /* An untitled item's text, its title cut: shown when opened, and on paper. */
  .summary.rest {
    display: none;
  }
  /*
   * The button is there only where the text is cut: the three lines (data-clamped), or an untitled item's title; and
   * while it has the focus (closed where the text now fits, it would drop the focus to the page).
   */
  .item:not(:has([data-clamped])) > .text > .whole-text:not([data-cut], [aria-expanded='true'], :focus) {
    display: none;
  }
  /* Its ring as close as it goes: the summary's line is just above it. */
  .whole-text:focus-visible {
    outline-offset: 0;
  }

  /* Tags in a row, wrapping into more rows where they do not fit. */
  .tags {
    grid-area: tags;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    font-size: 0.8125em;
  }
  .tags li {
    max-width: 100%;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_muted);
  }

  .image {
    grid-area: image;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_border);
  }

  /* list: a thumbnail beside the text, on the inline end. */
  .list .item {
    padding-bottom: 1em;
    border-bottom: 1px solid var(--_border);
  }
  .list .item:has(.image) {
    grid-template-areas: 'title image' 'meta image' 'summary image' 'tags image';
    grid-template-columns: minmax(0, 1fr) min(8em, 30%);
  }
  .list .item:has(> .untitled):has(.image) {
    grid-template-areas: 'meta image' 'title image' 'summary image' 'tags image';
  }
  .list .image {
    aspect-ratio: 4 / 3;
  }

  /* cards: as many columns of at least 16em as fit, one column down to 320 px; the image box above the text. */
  .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .cards .item {
    grid-template: 'image' var(--_rows) / minmax(0, 1fr);
    padding: 0 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .cards .image {
    width: calc(100% + 2em);
    margin: 0 -1em 0.25em;
    border-radius: 0;
  }
  /* A card without a picture: a band in a light shade of the accent colour (a flat grey box read as a picture missing). */
  .blank {
    background: linear-gradient(135deg, color-mix(in srgb, var(--_accent) 16%, var(--_surface)), color-mix(in srgb, var(--_accent) 4%, var(--_surface)));
  }

  /*
   * compact: a line per item, the title (wrapping when it must) and the date; where the title would have less than
   * 16em beside the date (a phone), the date goes below it and the title has the whole width. The skeleton's bars wrap
   * the same way, so it reserves the date's line there too.
   */
  .compact {
    gap: 0;
  }
  .compact .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
    padding-block: 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  .compact .title {
    flex: 1 1 16em;
    min-height: 1.3125em;
    font-size: 1em;
  }
  .compact .meta {
    flex: none;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 1em;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }

  /* The skeleton: the items' rows, with grey bars in them. */
  .bone {
    border-radius: 4px;
    background: var(--_border);
    opacity: 0.5;
  }
  .title.bone {
    width: 70%;
    height: 1.3em;
  }
  .meta.bone {
    width: 8em;
  }
  .tags.bone {
    width: 40%;
  }
  .compact .title.bone {
    flex-grow: 0;
    width: 50%;
  }
  .compact .bone {
    align-self: center;
  }
  .compact .meta.bone {
    height: 1.5em;
  }
  /* As high as the button: its two lines of padding and one of text, and its border, or the 44 px it takes at least. */
  .more .bone {
    width: 10em;
    height: max(44px, 2.25em + 4px);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.25;
    }
  }

  /* On paper: no empty picture boxes nor a button to show more, and an item is not split across two pages. */
  @media print {
    .blank,
    .more,
    .whole-text,
    .disclose::after {
      display: none;
    }
    /* Paper does not clamp: the summary prints whole (an item without a link: all of its text, untitled too). */
    .summary,
    .summary.rest {
      display: block;
      white-space: pre-line;
    }
    .item {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .bone {
      border: 1px solid CanvasText;
    }
    .item:has(a:focus-visible) {
      outline-color: Highlight;
    }
    .whole-text,
    .disclose {
      color: LinkText;
    }
  }
`;
