import { css } from 'lit';

/**
 * The badge's look. Every variant has a fixed box for each size, derived from one unit (`--_u`: the size's font size,
 * 16, 13 or 20 px, or in proportion to a visitor's larger default font size) so it does not depend on fonts or on the
 * page: the loading state reserves exactly that box. The box is
 * measured in `em` of that font size (`--_w`, `--_h`, `--_mark` are numbers of units), so it grows with the text where a
 * browser enlarges text alone (Firefox's "zoom text only", WCAG 1.4.4) instead of the text outgrowing it.
 * Member names take two lines at most, then are cut with an ellipsis; the roles are cut before the year joined. The
 * proof shows them in full. The box is a minimum: with a visitor's own text spacing (WCAG 1.4.12) it grows a little
 * rather than cutting a line.
 */
export const badgeStyles = css`
  :host {
    /* The browser's default font size (16 px unless the visitor set another): the unit's base, whatever the page sets. */
    font-size: medium;
    --_u: 1em;
    --_w: 18;
    --_h: 4.5;
    --_mark: 3.25;
    --_note-w: var(--_w);
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }
  :host([size='s']) {
    --_u: 0.8125em;
  }
  :host([size='l']) {
    --_u: 1.25em;
  }
  :host([variant='compact']) {
    --_w: 16.5;
    --_h: 2.75;
    --_mark: 1.75;
  }
  :host([variant='seal']) {
    --_w: 4;
    --_h: var(--_w);
    --_mark: 3.25;
    --_note-w: var(--_w);
  }
  :host [part~='base'] {
    font-size: var(--_u);
    line-height: 1.3;
  }

  .box {
    display: flex;
    align-items: center;
    gap: 0.5em;
    width: calc(var(--_w) * 1em);
    max-width: 100%;
    /* At least: with a visitor's own text spacing (WCAG 1.4.12: line height 1.5) the lines need a little more. */
    min-height: calc(var(--_h) * 1em);
    margin: 0;
    padding: 0 0.625em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  :host([variant='seal']) .box {
    justify-content: center;
    padding: 0;
  }

  .badge {
    font: inherit;
    color: inherit;
    text-align: start;
    cursor: pointer;
  }
  .badge:hover {
    border-color: var(--_accent);
  }
  /*
   * verify="none": a preview. No network mark: a dashed square that says "Nicht geprüft" takes its place, in every
   * variant (the seal is nothing else); the dashed border is drawn in the muted text colour (at least 3:1).
   */
  .badge.unchecked {
    border-style: dashed;
    border-color: var(--_muted);
  }
  .mark.preview {
    display: flex;
    align-items: center;
    justify-content: center;
    border: 1px dashed var(--_muted);
    border-radius: 50%;
    color: var(--_text);
    /* A fifth of the mark's size; the square stays the mark's size: 5 of its own em. */
    width: 5em;
    height: 5em;
    font-size: calc(var(--_mark) * 0.2em);
    font-weight: 700;
    line-height: 1.1;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .unchecked-line {
    font-size: 0.75em;
    font-weight: 700;
  }

  .mark {
    display: block;
    flex: none;
    width: calc(var(--_mark) * 1em);
    height: calc(var(--_mark) * 1em);
  }
  .mark svg,
  ::slotted(*) {
    display: block !important;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .mark-disc,
  .mark-heart {
    fill: var(--_accent);
  }
  .mark-town {
    fill: var(--_surface);
  }

  .label {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .label > span {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .label > .name {
    /* Real names need two lines: "Neustadt an der Weinstraße", "Buchholz in der Nordheide". */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    white-space: normal;
    line-height: 1.15;
  }
  .label:has(> .unchecked-line) > .name {
    -webkit-line-clamp: 1;
  }
  .label > .role {
    display: flex;
    gap: 0.25em;
  }
  .role > :first-child {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .since {
    flex: none;
  }
  .network {
    font-size: 0.75em;
    color: var(--_muted);
  }
  .name {
    font-weight: 700;
  }
  .role {
    font-size: 0.8125em;
  }
  :host([variant='compact']) .role {
    font-size: 0.875em;
  }

  /* Sizes in units of the badge (its em divided by the note's own font size). */
  .note {
    display: flex;
    align-items: center;
    width: calc(var(--_note-w) * 1em / 0.8125);
    max-width: 100%;
    min-height: calc(var(--_h) * 1em / 0.8125);
    margin: 0;
    padding: 0.25em 0.5em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  /* The seal's note (or the link to the network when the feed fails) fills the seal's square: nothing moves. */
  :host([variant='seal']) .note {
    width: calc(var(--_note-w) * 1em / 0.625);
    min-height: 0;
    height: calc(var(--_h) * 1em / 0.625);
    justify-content: center;
    /* No padding at the sides, and this size: "bestätigt" fits whole with a visitor's letter spacing (WCAG 1.4.12). */
    padding: 0.25em 0;
    font-size: 0.625em;
    line-height: 1.2;
    text-align: center;
    /* A word that still does not fit the square is hyphenated where the browser can, else broken, never cut. */
    hyphens: auto;
    overflow-wrap: anywhere;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  a {
    color: var(--_accent);
  }

  .proof {
    width: calc(18em / 0.875);
    max-width: calc(100vw - 16px);
    margin-top: 0.25em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .proof p {
    margin: 0.25em 0;
  }
  .as-of {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .mark-disc,
    .mark-heart {
      fill: CanvasText;
    }
    .mark-town {
      fill: Canvas;
    }
  }
`;
