import { css } from 'lit';

/**
 * The look of the map's frame, drawn while loading: layout, controls, the map's and the list's boxes, zoom buttons,
 * messages, attribution (what is drawn with data is styled by views.styles.ts). Sizes in px and em, never rem (a
 * page's root font size must not reach inside).
 *
 * No layout shift: the element's height depends on its width only, never on the data. The map's box and the list's
 * box have the same height (`--_frame-height`, from the width of the map's column), from the first paint on; the list
 * scrolls inside its box; in a narrow element the legend is drawn inside the map's box, not below it.
 */
export const styles = css`
  .base {
    container-type: inline-size;
  }

  /*
   * The map's width comes from its container (.base measures it for the layout), so on its own it would be 0 px wide
   * where the page sizes it to its content (a flex row, a centred grid, a table cell, an inline-block, a float). This
   * invisible line of 40 em spaces gives the element a preferred width of 40 em that still wraps down to 1 em, so it
   * takes a sensible width there and fits narrow columns.
   */
  :host::before {
    /* 40 em spaces, each followed by a zero-width space to break at: 40 em in any font. Nothing for screen readers
       (the empty alternative after the slash: the line was a blank text in the accessibility tree); the same line
       without it first, for a browser that does not know the alternative (Safari before 17.4). */
    content: '\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B';
    content: '\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B\\2003\\200B' / '';
    display: block;
    height: 0;
    overflow: hidden;
    /* The element's own font (see tokens): a font of its own would be one more look-up before the first layout. */
    font: 400 medium / 1.5 var(--_font-family);
    white-space: normal;
  }

  .layout {
    /*
     * 4:5 of the map's column (the element's width less its padding) and 9 em for the legend, which a narrow element
     * draws inside the map's box (on a phone it would otherwise take a third of the map); at least 280 px, at most
     * 75 % of the window.
     */
    --_frame-height: clamp(280px, calc((100cqi - 24px) * 1.25 + 9em), max(320px, 75vh));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    padding: 12px;
  }
  /* In a narrow element the side holds only the details, below the map: without them it takes no row (no gap). */
  .side:not(:has(> .details)) {
    display: none;
  }

  @container (min-width: 720px) {
    .layout {
      /* The map's column leaves 12 px of gap and 280 px for the details and the legend; the list is as high. */
      --_frame-height: clamp(280px, calc((100cqi - 316px) * 1.25), max(320px, 75vh));
    }
    .layout.is-map {
      grid-template-columns: minmax(0, 1fr) 280px;
    }
    .layout.is-map .controls {
      grid-column: 1 / -1;
    }
    .side:not(:has(> .details)) {
      display: flex;
    }
  }
  /*
   * In a short window (a phone held sideways, a laptop zoomed to 200 %) the map's box is at most 320 px high: a wide
   * element draws the legend beside the map there too, rather than taking a third of the map's box for it.
   */
  @media (max-height: 500px) {
    @container (min-width: 520px) {
      .layout.is-map {
        grid-template-columns: minmax(0, 1fr) 14em;
      }
      .layout.is-map .controls {
        grid-column: 1 / -1;
      }
      .side:not(:has(> .details)) {
        display: flex;
      }
    }
  }

  /* ── controls ── */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 8px 16px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 14em;
    min-width: 0;
  }
  .field label {
    font-size: 0.875em;
    font-weight: 700;
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    padding: 6px 10px;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    width: 100%;
  }
  /* While loading and without members: a dashed outline says the field takes no input yet. */
  input:disabled,
  select:disabled {
    border-style: dashed;
  }
  .toggle {
    display: flex;
    gap: 0;
  }
  .toggle .button {
    border-radius: 0;
  }
  .toggle .button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }
  .toggle .button:last-child {
    border-radius: 0 var(--_radius) var(--_radius) 0;
    margin-inline-start: -2px;
  }
  .toggle .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }

  /* ── the map ── */
  .map-box {
    position: relative;
    width: 100%;
    block-size: var(--_frame-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
    display: flex;
    flex-direction: column;
  }
  .stage {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
    /* One finger scrolls the page past the map (no scroll trap on a phone); two fingers move it (map-gestures.ts). */
    touch-action: pan-x pan-y;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .stage:active {
    cursor: grabbing;
  }
  .zoom {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .zoom-button {
    width: 44px;
    height: 44px;
    padding: 0;
    display: grid;
    place-items: center;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .zoom-button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  /* Greyed, not faded: the focus ring stays whole (opacity would fade it too). */
  .zoom-button[aria-disabled='true'] {
    cursor: default;
    color: var(--_border);
    border-color: var(--_border);
  }
  .zoom-button svg {
    width: 18px;
    height: 18px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    stroke-linecap: round;
  }
  .map-message {
    position: absolute;
    inset-inline: 12px;
    top: 12px;
    margin: 0;
    padding: 8px 12px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    inline-size: fit-content;
    max-inline-size: calc(100% - 80px);
    /* A page's fallback content shown here when the feed fails may be long: it scrolls, clear of the attribution. */
    max-block-size: calc(100% - 4.5em);
    overflow: auto;
  }
  .map-message p {
    margin: 0 0 8px;
  }
  .attribution {
    flex: none;
    margin: 0;
    padding: 2px 8px;
    font-size: 0.75em;
    line-height: 1.5;
    text-align: end;
    border-top: 1px solid var(--_border);
    color: var(--_text);
  }
  a {
    color: var(--_accent);
  }

  /* ── details and legend ── */
  .side {
    display: flex;
    flex-direction: column;
    gap: 12px;
    min-width: 0;
  }

  /* ── list view ── */
  .list {
    /* Holds the message that the map's code could not be loaded, placed as on the map. */
    position: relative;
    block-size: var(--_frame-height);
    overflow-y: auto;
    padding: 0 12px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .list-empty {
    margin: 0;
  }

  @media (forced-colors: active) {
    /* As the browser draws a disabled button. */
    .zoom-button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    /* Its own pair of system colours: without opting out, the browser paints a Canvas backplate behind the text. */
    .toggle .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;
