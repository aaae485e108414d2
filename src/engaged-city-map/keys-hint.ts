import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Member } from '../feed/types.js';
import type { MapStrings } from './strings.js';

/**
 * The map's keys, told twice. `#map-help` is the map's description (the stage's aria-describedby), hidden from the
 * reading order, where screen readers would read it a second time; it speaks of moving between towns only where the
 * `shown` members (after the search and the state filter) have some on the map. The hint is the keys in short for a
 * sighted keyboard user who enters the map: views.styles.ts shows it while a marker has the keyboard focus, for a few
 * seconds, over the controls; without them over the map's box, at its top or bottom, where `keepKeysHintAway` keeps it
 * away from the town with the focus.
 */
export function renderKeys(strings: MapStrings, shown: readonly Member[]): TemplateResult {
  return html`<p id="map-help" class="visually-hidden" aria-hidden="true">${shown.some((member) => member.location) ? strings.mapInstructions : ''}</p>
    <p class="key-hint" aria-hidden="true">${strings.keysHint}</p>`;
}

/**
 * Marks the hint to go to the bottom of the map's box (without controls) when the focused `marker` is in the upper half
 * of the map, else to its top (`is-low`; Lit leaves the class alone, the template's is static).
 */
function placeKeysHint(marker: Element): void {
  const layout = marker.closest('.layout');
  const stage = layout?.querySelector('.stage')?.getBoundingClientRect();
  const dot = marker.getBoundingClientRect();
  if (stage) layout!.querySelector(':scope > .key-hint')?.classList.toggle('is-low', (dot.top + dot.bottom) / 2 - stage.top < stage.height / 2);
}

/** On the markers' layer: places the hint when the focus moves to a marker. */
export const placeKeysHintOnFocus = (event: FocusEvent) => placeKeysHint(event.target as Element);

/**
 * On the markers' layer: places the hint again each time the layer is drawn while one of its markers has the focus,
 * so that a marker the map moves under the keyboard (Shift + arrow keys, a zoom) comes out from under it.
 */
class KeepKeysHintAway extends Directive {
  render(): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart): typeof nothing {
    const layer = part.element;
    queueMicrotask(() => {
      const focused = (layer.getRootNode() as ShadowRoot).activeElement;
      if (focused && layer.contains(focused)) placeKeysHint(focused);
    });
    return nothing;
  }
}

export const keepKeysHintAway = directive(KeepKeysHintAway);
