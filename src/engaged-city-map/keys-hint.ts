import { html, type TemplateResult } from 'lit';
import type { MapStrings } from './strings.js';

/**
 * The keys in short, for a sighted keyboard user who enters the map: views.styles.ts shows it while a marker has the
 * keyboard focus, for a few seconds (screen readers hear the keys in full as the map's description). Over the controls;
 * without them over the map, at its top or bottom, where `placeKeysHint` keeps it away from the town with the focus.
 */
export function renderKeysHint(strings: MapStrings): TemplateResult {
  return html`<p class="key-hint" aria-hidden="true">${strings.keysHint}</p>`;
}

/**
 * On focus moving to a marker: the hint is marked to go to the bottom of the map's box (without controls) when the
 * marker is in the upper half of the map, else to its top (`is-low`; Lit leaves the class alone, the template's is
 * static).
 */
export function placeKeysHint(event: FocusEvent): void {
  const marker = event.target as Element;
  const layout = marker.closest('.layout');
  const stage = layout?.querySelector('.stage')?.getBoundingClientRect();
  const dot = marker.getBoundingClientRect();
  if (stage) layout!.querySelector(':scope > .key-hint')?.classList.toggle('is-low', (dot.top + dot.bottom) / 2 - stage.top < stage.height / 2);
}
