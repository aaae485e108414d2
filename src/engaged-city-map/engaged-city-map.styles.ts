import { css } from 'lit';

/**
 * The map's look. Sizes in px and em, never rem (a page's root font size must not reach inside).
 *
 * No layout shift: the element's height depends on its width only, never on the data. The map's box and the list's
 * box have the same height (`--_frame-height`, from the width of the map's column), from the first paint on; the list
 * scrolls inside its box; in a narrow element the legend is drawn inside the map's box, not below it.
 */
export const styles = css`
  :host {
    --_state: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    --_state-line: var(--_muted);
    --_level-0: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
    --_level-1: color-mix(in srgb, var(--_accent) 28%, var(--_surface));
    --_level-2: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
    --_level-3: color-mix(in srgb, var(--_accent) 52%, var(--_surface));
    --_partner: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
  }

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
    /* Each escape ends with a space of its own; the second space is the break opportunity. */
    content: '\\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003  \\2003';
    display: block;
    height: 0;
    overflow: hidden;
    font: 16px / 0 sans-serif;
    white-space: normal;
  }

  .layout {
    /* 4:5 of the map's column (the element's width less its padding), at least 280 px, at most 75 % of the window. */
    --_frame-height: clamp(280px, calc((100cqi - 24px) * 1.25), max(320px, 75vh));
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
    padding: 12px;
  }
  /* In a narrow element the side holds only the details, below the map: without them it takes no row (no gap). */
  .side > .legend,
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
    .side > .legend {
      display: block;
    }
    .map-box > .legend {
      display: none;
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
    flex: 1 1 160px;
    min-width: 0;
  }
  .field label {
    font-size: 14px;
    font-weight: 600;
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
    font-weight: 600;
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
  .base-map {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    transform-origin: 0 0;
    will-change: transform;
  }
  .state {
    fill: var(--_state);
    stroke: var(--_state-line);
    stroke-width: 0.75px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .state.partner {
    fill: var(--_partner);
  }
  .state.level-0 {
    fill: var(--_level-0);
  }
  .state.level-1 {
    fill: var(--_level-1);
  }
  .state.level-2 {
    fill: var(--_level-2);
  }
  .state.level-3 {
    fill: var(--_level-3);
  }
  .hatch {
    fill: url(#hatch);
    stroke: none;
    pointer-events: none;
  }
  /* Full accent on the partner fill: about 5:1 in both themes (non-text contrast needs 3:1). */
  .hatch-line {
    stroke: var(--_accent);
  }
  .count-label {
    font: 600 13px var(--_font-family);
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
  }

  .markers {
    position: absolute;
    inset: 0;
    pointer-events: none;
    contain: strict;
    transform-origin: 0 0;
    /* One layer for all markers above the base map's layer (else each marker would get a layer of its own). */
    will-change: transform;
  }
  /* Position, size and padding come from place.ts, in pixels: a button is the hit area, its content box the dot. */
  .marker,
  .cluster {
    position: absolute;
    left: 0;
    top: 0;
    width: 24px;
    height: 24px;
    padding: 0;
    box-sizing: border-box;
    border: 0;
    border-radius: 50%;
    background: transparent;
    display: block;
    font: inherit;
    pointer-events: auto;
    cursor: pointer;
    contain: layout style;
  }
  .marker::before {
    content: '';
    display: block;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: var(--_accent);
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_text);
    box-sizing: border-box;
  }
  .marker[aria-current='true']::before {
    box-shadow: 0 0 0 1px var(--_surface), 0 0 0 4px var(--_text);
  }
  .marker:hover::before {
    box-shadow: 0 0 0 2px var(--_text);
  }
  .cluster span {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    box-sizing: border-box;
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_accent);
    box-shadow: 0 0 0 1px var(--_text);
    color: var(--_text);
    font-size: 13px;
    font-weight: 700;
    line-height: 1;
  }
  .cluster:hover span {
    background: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
  }
  .marker:focus-visible,
  .cluster:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 1px;
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
  .zoom-button svg {
    width: 18px;
    height: 18px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    stroke-linecap: round;
  }
  .gesture-hint {
    position: absolute;
    inset: 0;
    margin: 0;
    display: grid;
    place-items: center;
    padding: 16px;
    text-align: center;
    font-weight: 600;
    background: color-mix(in srgb, var(--_surface) 80%, transparent);
    color: var(--_text);
    pointer-events: none;
  }
  .gesture-hint[hidden] {
    display: none;
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
  }
  .map-message p {
    margin: 0 0 8px;
  }
  .attribution {
    flex: none;
    margin: 0;
    padding: 2px 8px;
    font-size: 12px;
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
  .details,
  .legend {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 12px;
    overflow-wrap: anywhere;
  }
  .details-name {
    margin: 0 0 8px;
    font-size: 20px;
    line-height: 1.3;
  }
  .facts {
    margin: 0 0 8px;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .summary,
  .note,
  .topics-label {
    margin: 0 0 8px;
  }
  .note {
    color: var(--_muted);
    font-size: 14px;
  }
  .topics-label {
    font-weight: 600;
    margin-bottom: 4px;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }
  .topics li {
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 14px;
  }
  .links {
    margin: 0 0 8px;
    padding-inline-start: 20px;
  }
  .links a {
    display: inline-block;
    padding: 4px 0;
  }
  .close {
    margin-top: 4px;
  }
  .spot-list {
    margin: 0 0 8px;
    padding: 0;
    list-style: none;
  }
  .link-button,
  .disclosure {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 6px 0;
    min-height: 32px;
    cursor: pointer;
    text-align: start;
    text-decoration: underline;
  }
  .legend-title {
    margin: 0 0 4px;
    font-weight: 600;
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .legend ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .legend-note {
    margin: 0;
    color: var(--_muted);
  }
  .swatch {
    flex: none;
    width: 20px;
    height: 14px;
    border: 1px solid var(--_state-line);
    background: var(--_state);
  }
  .swatch-partner {
    background: repeating-linear-gradient(45deg, var(--_accent) 0 1.5px, var(--_partner) 1.5px 4.2px);
  }
  .swatch.level-0 {
    background: var(--_level-0);
  }
  .swatch.level-1 {
    background: var(--_level-1);
  }
  .swatch.level-2 {
    background: var(--_level-2);
  }
  .swatch.level-3 {
    background: var(--_level-3);
  }

  /* The legend in a narrow element: a strip between the map and the attribution, its entries side by side. */
  .map-box > .legend {
    flex: none;
    max-block-size: 40%;
    overflow-y: auto;
    padding: 4px 8px;
    border: 0;
    border-top: 1px solid var(--_border);
    border-radius: 0;
    font-size: 14px;
  }
  .map-box > .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
  }

  /* ── list view ── */
  .list {
    block-size: var(--_frame-height);
    overflow-y: auto;
    padding: 0 12px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .list-group {
    content-visibility: auto;
    contain-intrinsic-size: auto 200px;
  }
  .group-name {
    margin: 16px 0 4px;
    font-size: 18px;
  }
  .group-name .count {
    font-weight: 400;
    color: var(--_muted);
  }
  .list-group > ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-group > ul > li {
    border-bottom: 1px solid var(--_border);
  }
  .disclosure {
    width: 100%;
    min-height: 44px;
    text-decoration: none;
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .disclosure::before {
    content: '';
    width: 0;
    height: 0;
    border-inline-start: 6px solid currentColor;
    border-block: 5px solid transparent;
    transition: transform 0.15s;
  }
  .disclosure[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .list-details {
    padding: 4px 0 12px 16px;
  }
  .list-details .details-name {
    font-size: 16px;
  }
  .list-empty {
    margin: 0;
  }

  @media (forced-colors: active) {
    .base-map {
      forced-color-adjust: none;
    }
    .state,
    .state.partner,
    .state[class*='level-'] {
      fill: Canvas;
      stroke: CanvasText;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    .count-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker,
    .cluster {
      forced-color-adjust: none;
    }
    .marker::before {
      background: ButtonText;
      border-color: ButtonFace;
      box-shadow: 0 0 0 1px ButtonText;
    }
    .marker[aria-current='true']::before {
      background: Highlight;
      box-shadow: 0 0 0 1px ButtonFace, 0 0 0 4px Highlight;
    }
    .cluster span {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
      box-shadow: none;
    }
    .marker:focus-visible,
    .cluster:focus-visible {
      outline: 3px solid Highlight;
    }
    /* Its own pair of system colours: without opting out, the browser paints a Canvas backplate behind the text. */
    .toggle .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .swatch-partner {
      forced-color-adjust: none;
      background: repeating-linear-gradient(45deg, CanvasText 0 1.5px, Canvas 1.5px 4.2px);
    }
  }
`;
