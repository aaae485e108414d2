import { css } from 'lit';

/**
 * `<network-news>`: three layouts on CSS grid (`list`, `cards`, `compact`), fluid down to 320 px. Sizes in em and px
 * only (never rem: a page's root font size must not reach inside). The loading skeleton uses the same boxes as the
 * items, so the list does not jump when the data arrives; its shimmer runs only when the visitor allows motion.
 */
export const newsStyles = css`
  [part~='base'] {
    padding: 1em;
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1em;
  }

  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.25em 1em;
    overflow-wrap: anywhere;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
  }
  .untitled {
    font-weight: 400;
  }
  .title a {
    color: var(--_accent);
    text-decoration: none;
  }
  .title a:hover,
  .title a:focus-visible {
    text-decoration: underline;
  }

  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.5;
  }

  .summary {
    margin: 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }

  .tags {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    font-size: 0.8125em;
  }
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_muted);
  }

  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_border);
  }

  /* list: a thumbnail beside the text, on the inline end; above the text when narrow. */
  .list .item {
    padding-bottom: 1em;
    border-bottom: 1px solid var(--_border);
  }
  .list .item:has(.image) {
    grid-template-columns: minmax(0, 1fr) 8em;
  }
  .list .image {
    grid-column: 2;
    grid-row: 1 / span 4;
    aspect-ratio: 4 / 3;
  }

  /* cards: as many columns of at least 16em as fit, one column down to 320 px. */
  .cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  .cards .item {
    height: 100%;
    padding: 0 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .cards .image {
    order: -1;
    width: calc(100% + 2em);
    margin: 0 -1em 0.5em;
    border-radius: 0;
  }

  /* compact: one line per item where it fits, title and date. */
  .compact {
    gap: 0;
  }
  .compact .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    padding-block: 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  .compact .title {
    font-size: 1em;
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
  .page-error {
    margin: 0;
    color: var(--_text);
  }

  /* The skeleton: the same boxes, with grey bars of one line's height. */
  .bone {
    border-radius: 4px;
    background: var(--_border);
    opacity: 0.5;
  }
  .title.bone {
    height: 1.3em;
    width: 70%;
    font-size: 1.125em;
  }
  .meta.bone {
    height: 1.5em;
    width: 8em;
    font-size: 0.875em;
  }
  .summary.bone {
    height: 4.5em;
  }
  .cards .title.bone {
    height: 2.6em;
  }
  .tags.bone {
    width: 40%;
    height: 1.5em;
    font-size: 0.8125em;
  }
  .compact .title.bone {
    width: 50%;
  }
  .more .bone {
    width: 10em;
    height: 44px;
    border: 0;
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

  @media (forced-colors: active) {
    .bone {
      border: 1px solid CanvasText;
    }
  }
`;
