import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { format } from '../base/strings/index.js';
import type { Region, StateCode } from '../feed/types.js';
import { countClasses, statePartners, type Shading } from './shading.js';
import type { MapStrings } from './strings.js';

/** What the legend shows. */
export interface LegendInput {
  shading: Shading;
  regions: readonly Region[] | undefined;
  /** The `region` states, empty for all of Germany. */
  shownStates: readonly StateCode[];
  counts: ReadonlyMap<StateCode, number>;
  strings: MapStrings;
}

let titles = 0;

/** Gives a legend that scrolls (a long one, capped in the map's box) a tab stop, and takes it away when it fits. */
const sizes = typeof ResizeObserver === 'function'
  ? new ResizeObserver((entries) => {
    for (const { target } of entries) {
      const legend = target.closest('.legend');
      if (!legend) continue;
      // The content may grow while the capped legend keeps its size: watch the entries' box too.
      for (const child of legend.children) sizes!.observe(child);
      if (legend.scrollHeight > legend.clientHeight + 1) {
        // A tab stop says what it is: a group named by the legend's title.
        const title = legend.querySelector('.legend-title');
        if (title) {
          title.id ||= `legend-title-${++titles}`;
          legend.setAttribute('aria-labelledby', title.id);
        }
        legend.setAttribute('role', 'group');
        legend.setAttribute('tabindex', '0');
      } else {
        for (const name of ['tabindex', 'role', 'aria-labelledby']) legend.removeAttribute(name);
      }
    }
  })
  : undefined;

/**
 * A legend that scrolls can be scrolled with the keyboard: it becomes a tab stop (as the list is) while its entries do
 * not fit. Chrome and Firefox would let a keyboard into a scroller without focusable content anyway, Safari does not.
 */
const keyboardScroll = directive(
  class extends Directive {
    render() {
      return nothing;
    }
    override update(part: ElementPart) {
      sizes?.observe(part.element);
      return nothing;
    }
  },
);

/**
 * The legend of the state shading: the state partners by name and since when (the hatching is named in words, so the
 * legend does not rely on colour), or the classes of the member count (whose numbers are also written on the map).
 */
export function renderLegend({ shading, regions, shownStates, counts, strings }: LegendInput): TemplateResult | typeof nothing {
  if (shading === 'none') return nothing;
  if (shading === 'partners') {
    const partners = statePartners(regions).filter((partner) => !shownStates.length || shownStates.includes(partner.code));
    return html`<div part="legend" class="legend" ${keyboardScroll()}>
      <p class="legend-title"><span class="swatch swatch-partner" aria-hidden="true"></span>${strings.partnersTitle}</p>
      ${partners.length
        ? html`<ul>${partners.map((partner) => html`<li>${format(strings.partnerSince, { name: strings.stateNames[partner.code], date: `${strings.months[partner.since.getUTCMonth()]} ${partner.since.getUTCFullYear()}` })}</li>`)}</ul>`
        : html`<p class="legend-note">${strings.noPartners}</p>`}
    </div>`;
  }
  const classes = countClasses(counts);
  return html`<div part="legend" class="legend" ${keyboardScroll()}>
    <p class="legend-title">${strings.membersTitle}</p>
    <ul class="classes">
      <li><span class="swatch" aria-hidden="true"></span>${strings.membersNone}</li>
      ${classes.map((entry, level) => html`<li>
        <span class="swatch level-${level}" aria-hidden="true"></span>${entry.from === entry.to
          ? format(entry.from === 1 ? strings.membersClassOne : strings.membersClassExact, { from: entry.from })
          : format(strings.membersClass, { from: entry.from, to: entry.to })}
      </li>`)}
    </ul>
  </div>`;
}
