import { css } from 'lit';

/**
 * The look of what the map draws once its data is there (views.ts): the base map, the markers and clusters, the details,
 * the legend and the list's rows. Adopted by the element when the views are loaded, before any of them is drawn; the
 * frame it draws while loading is styled by engaged-city-map.styles.ts.
 */
export const viewStyles = css`
  :host {
    --_state: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
    --_state-line: var(--_muted);
    --_level-0: color-mix(in srgb, var(--_accent) 16%, var(--_surface));
    --_level-1: color-mix(in srgb, var(--_accent) 28%, var(--_surface));
    --_level-2: color-mix(in srgb, var(--_accent) 40%, var(--_surface));
    --_level-3: color-mix(in srgb, var(--_accent) 52%, var(--_surface));
    --_partner: color-mix(in srgb, var(--_accent) 22%, var(--_surface));
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
    font: 700 14px var(--_font-family);
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3px;
    /* Round joins: a mitred halo grows spikes at the sharp corners of digits such as 1 and 7. */
    stroke-linejoin: round;
    paint-order: stroke;
    text-anchor: middle;
    dominant-baseline: central;
  }

  /* The hint over the map (Ctrl + wheel, two fingers): drawn only once the views are there. */
  .gesture-hint {
    position: absolute;
    inset: 0;
    margin: 0;
    display: grid;
    place-items: center;
    padding: 16px;
    text-align: center;
    font-weight: 700;
    background: color-mix(in srgb, var(--_surface) 80%, transparent);
    color: var(--_text);
    pointer-events: none;
  }
  .gesture-hint[hidden] {
    display: none;
  }
  /*
   * Sighted keyboard users learn the keys too: entering the map with the keyboard shows them in short (screen readers
   * hear them in full as the map's description) for a few seconds; they show again the next time. At the top of the
   * element, over the controls (not in use meanwhile), never over the towns below them, where it would hide the
   * focused one. Without controls it lies over the top or the bottom of the map's box, away from the focused town
   * (is-low: the bottom): its box is then the layout's first cell (an absolutely positioned grid child), the map's.
   */
  .key-hint {
    display: none;
  }
  .layout:has(.markers :focus-visible) {
    position: relative;
  }
  .layout:has(.markers :focus-visible) > .key-hint {
    display: block;
    position: absolute;
    top: 12px;
    inset-inline: 12px;
    margin: 0;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 0.875em;
    pointer-events: none;
    /* A delay, not a long animation: with reduced motion the fade is instant, but the hint still stays its time. */
    animation: key-hint 0.5s 6s forwards;
  }
  .layout:not(:has(> .controls)):has(.markers :focus-visible) > .key-hint {
    grid-area: 1 / 1 / 2 / 2;
    top: 8px;
    inset-inline: 8px;
  }
  .layout:not(:has(> .controls)):has(.markers :focus-visible) > .key-hint.is-low {
    top: auto;
    bottom: 8px;
  }
  @keyframes key-hint {
    to {
      opacity: 0;
      visibility: hidden;
    }
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
  /* The selected member is a bullseye (a mark in its shape, not only its colour); focus is a ring set apart from the
     dot, so a keyboard user tells where focus is from what is open. */
  .marker[aria-current='true']::before {
    /* 2 px larger all round, whatever the dot's size: the focus ring stays 2 px off it. */
    margin: -2px;
    width: calc(100% + 4px);
    height: calc(100% + 4px);
    background: radial-gradient(circle closest-side, var(--_surface) 0 40%, var(--_text) 46%);
    box-shadow: 0 0 0 1px var(--_text);
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
    font-size: 14px;
    font-weight: 700;
    line-height: 1;
  }
  /* The cluster that holds the selected member (opened in the list, say): drawn inverted. */
  .cluster[aria-current='true'] span,
  .cluster[aria-current='true']:hover span {
    background: var(--_text);
    color: var(--_surface);
  }
  .cluster:hover span {
    background: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
  }
  .marker:focus-visible,
  .cluster:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 4px;
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
    font-size: 1.25em;
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
    font-weight: 700;
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
    font-size: 0.875em;
  }
  .topics-label {
    font-weight: 700;
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
    font-size: 0.875em;
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
    /* Room for the focus outline of the entries inside the scrolling box. */
    padding: 4px;
    list-style: none;
    /* Hundreds of members at one spot scroll in the panel instead of making the page that much longer. */
    max-block-size: 20em;
    overflow-y: auto;
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
    font-size: 0.875em;
    font-weight: 700;
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

  /*
   * The legend is drawn twice, CSS shows one: in a narrow element a strip between the map and the attribution, its
   * entries side by side (the map gives way, up to half its box; see below); in a wide one beside the map.
   */
  .side > .legend {
    display: none;
  }
  @container (min-width: 720px) {
    .side > .legend {
      display: block;
    }
    .map-box > .legend {
      display: none;
    }
  }
  /* A short window: beside the map from 520 px on (see the frame's layout, engaged-city-map.styles.ts). */
  @media (max-height: 500px) {
    @container (min-width: 520px) {
      .side > .legend {
        display: block;
      }
      .map-box > .legend {
        display: none;
      }
    }
  }
  /*
   * At most half the map's box: a feed with many state partners would leave no map (16 partners took all but
   * 87 px on a phone). Beyond that the strip scrolls, and is a tab stop while it does (legend.ts), so a keyboard can
   * scroll it; its focus ring is drawn inside, as the map's box cuts off what lies outside. A swipe on it scrolls the
   * page once the strip is at its end (no "overscroll-behavior: contain", which stopped every swipe on a phone).
   */
  .map-box > .legend {
    flex: none;
    max-block-size: 50%;
    overflow-y: auto;
    padding: 4px 8px;
    border: 0;
    border-top: 1px solid var(--_border);
    border-radius: 0;
    font-size: 0.875em;
  }
  /* A short window (a phone held sideways, an on-screen keyboard) in a narrow column: at most a third of the box. */
  @media (max-height: 500px) {
    .map-box > .legend {
      max-block-size: 33%;
    }
  }
  /* Its title as large as the rest of it (the side legend's title is 0.875em of a larger text). */
  .map-box > .legend .legend-title {
    font-size: 1em;
  }
  .map-box > .legend:focus-visible {
    outline-offset: -3px;
  }
  .map-box > .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
  }

  .list-group {
    content-visibility: auto;
    contain-intrinsic-size: auto 200px;
  }
  .group-name {
    margin: 16px 0 4px;
    font-size: 1.125em;
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
    /* The triangle that says open or closed stands clear of the focus ring drawn inside the button. */
    padding-inline: 8px;
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
  /* Inside the button: a group with content-visibility paints nothing beyond its box, and the entries fill its width. */
  .disclosure:focus-visible {
    outline-offset: -3px;
  }
  .disclosure[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .list-details {
    /* Under the name: the button's padding, the triangle and the gap. */
    padding: 4px 0 12px 22px;
  }
  .list-details .details-name {
    font-size: 1em;
  }
  /* ── print ── */
  .print-dots {
    display: none;
  }
  @media print {
    /* The base map, its dots, the legend and the markers' colours print as on the screen, "background graphics" or not. */
    .base {
      print-color-adjust: exact;
    }
    /* The map in print: the base map with its own dots (base-map-layer.ts), without what a page on paper cannot use. */
    .markers,
    .controls,
    .zoom,
    .gesture-hint,
    .key-hint {
      display: none;
    }
    .print-dots {
      display: inline;
    }
    .marker-dots {
      fill: var(--_accent);
      stroke: var(--_surface);
      stroke-width: 2px;
    }
    .cluster-dots {
      fill: var(--_surface);
      stroke: var(--_accent);
      stroke-width: 3px;
    }
    .print-dots text {
      fill: var(--_text);
      stroke: none;
      font: 700 14px var(--_font-family);
      text-anchor: middle;
      dominant-baseline: central;
    }
    /* The list, the details and the legend in full: on paper nothing scrolls. */
    .list,
    .spot-list,
    .map-box > .legend {
      block-size: auto;
      max-block-size: none;
      overflow: visible;
    }
  }

  @media (forced-colors: active) {
    /*
     * The member classes in the visitor's own colours: Canvas mixed with more and more CanvasText, on the map and in the
     * legend alike (a legend of blank swatches named nothing); the counts are written on the map as well.
     */
    .base-map,
    .swatch {
      forced-color-adjust: none;
      --_level-0: color-mix(in srgb, CanvasText 25%, Canvas);
      --_level-1: color-mix(in srgb, CanvasText 45%, Canvas);
      --_level-2: color-mix(in srgb, CanvasText 62%, Canvas);
      --_level-3: color-mix(in srgb, CanvasText 78%, Canvas);
    }
    .swatch {
      background-color: Canvas;
      border-color: CanvasText;
    }
    .state,
    .state.partner {
      fill: Canvas;
      stroke: CanvasText;
    }
    .state[class*='level-'] {
      stroke: CanvasText;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    /* The arrow is a border in the text's colour between transparent ones, which forced colours would paint in full. */
    .disclosure::before {
      forced-color-adjust: none;
      border-inline-start-color: ButtonText;
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
      background: radial-gradient(circle closest-side, ButtonFace 0 40%, Highlight 46%);
      box-shadow: 0 0 0 1px ButtonText;
    }
    .cluster span {
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
      box-shadow: none;
    }
    .cluster[aria-current='true'] span {
      background: Highlight;
      color: HighlightText;
    }
    .marker:focus-visible,
    .cluster:focus-visible {
      outline: 3px solid Highlight;
    }
    .swatch-partner {
      forced-color-adjust: none;
      background: repeating-linear-gradient(45deg, CanvasText 0 1.5px, Canvas 1.5px 4.2px);
    }
  }
`;
