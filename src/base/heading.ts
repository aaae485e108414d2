import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The heading level an element's headings start at when `heading-level` is absent or invalid. */
export const DEFAULT_HEADING_LEVEL = 3;

/** `heading-level` as given (a number from the attribute, or anything set as a property), checked: 2–6, else 3. */
export function headingLevelOf(value: unknown): number {
  return Number.isInteger(value) && (value as number) >= 2 && (value as number) <= 6 ? (value as number) : DEFAULT_HEADING_LEVEL;
}

/** What a heading carries besides its level and content. */
export interface HeadingOptions {
  className?: string;
  id?: string;
  part?: string;
  /** `-1` for a heading that takes the focus when its section opens. */
  tabindex?: number;
  /** The language of the text, when it is not the element's (feed text). */
  lang?: string;
  /** `auto` for text from a feed, which may run right to left. */
  dir?: 'auto';
}

/**
 * A real `<h2>`–`<h6>` (levels outside are clamped), so that an element's headings fit into the page's own outline:
 * a page sets `heading-level` to the level below its own heading above the element.
 */
export function heading(level: number, options: HeadingOptions, content: unknown): TemplateResult {
  const { className, id, part, tabindex, lang, dir } = options;
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 class=${ifDefined(className)} id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h2>`;
    case 3:
      return html`<h3 class=${ifDefined(className)} id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h3>`;
    case 4:
      return html`<h4 class=${ifDefined(className)} id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${ifDefined(className)} id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h5>`;
    default:
      return html`<h6 class=${ifDefined(className)} id=${ifDefined(id)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</h6>`;
  }
}
