import { html, type TemplateResult } from 'lit';
import type { Member } from '../feed/types.js';
import type { MapStrings } from './strings.js';

/**
 * The map's keys, told twice. `#map-help` is the map's description (the stage's aria-describedby), hidden from the
 * reading order, where screen readers would read it a second time; it speaks of moving between towns only where the
 * `shown` members (after the search and the state filter) have some on the map. The hint is the keys in short for a
 * sighted keyboard user who enters the map: views.styles.ts shows it while a marker has the keyboard focus, for a few
 * seconds, over the controls; without them over the map, at its top or bottom, where `placeKeysHint` keeps it away from
 * the town with the focus.
 */
export function renderKeys(strings: MapStrings, shown: readonly Member[]): TemplateResult {
  return html`<p id="map-help" class="visually-hidden" aria-hidden="true">${shown.some((member) => member.location) ? strings.mapInstructions : ''}</p>
    <p class="key-hint" aria-hidden="true">${strings.keysHint}</p>`;
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
