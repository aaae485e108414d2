import { html, type TemplateResult } from 'lit';
import type { StateCode } from '../feed/types.js';
import type { FrameStrings } from './strings.js';

/** The view the element shows. */
export type MapView = 'map' | 'list';

/** What the controls show and whom they tell. */
export interface ControlsInput {
  /** Members per state: the state filter offers the states that have members. */
  counts: ReadonlyMap<StateCode, number>;
  query: string;
  stateFilter: StateCode | '';
  view: MapView;
  /** True while the feed loads and when there are no members: search and filter are disabled, the view toggle works. */
  disabled: boolean;
  onSearchInput: (event: Event) => void;
  onStateChange: (event: Event) => void;
  onView: (view: MapView) => void;
  strings: FrameStrings;
  /** The states' names, which come with the views (with the data): until then the filter offers all states only. */
  stateNames: Record<StateCode, string> | undefined;
}

/**
 * Orders the state names. Their code units sort as a German or English reader expects (no name starts with an umlaut,
 * none differs from another only in case); `localeCompare(b, language)` would build an ICU collator on every call,
 * which cost the first render 10 ms and more, and the controls are drawn on every frame of a drag.
 */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Search by name, state filter and view toggle.
 *
 * A labelled group, not a search landmark: the controls filter this map, they do not search the site, and a widget
 * adds no landmarks to the page it is embedded in (two maps would add two landmarks of the same name).
 */
export function renderControls({ counts, query, stateFilter, view, disabled, onSearchInput, onStateChange, onView, strings, stateNames }: ControlsInput): TemplateResult {
  // aria-pressed: Lit writes a boolean bound to an attribute as "true" or "false".
  const states = stateNames ? [...counts.keys()].sort((a, b) => byName(stateNames[a], stateNames[b])) : [];
  return html`<div part="controls" class="controls" role="group" aria-label=${strings.controlsLabel}>
    <div class="field">
      <label for="search">${strings.searchLabel}</label>
      <input id="search" type="search" autocomplete="off" .value=${query} ?disabled=${disabled} @input=${onSearchInput} />
    </div>
    <div class="field">
      <label for="state">${strings.stateLabel}</label>
      <select id="state" ?disabled=${disabled} @change=${onStateChange}>
        <option value="" ?selected=${stateFilter === ''}>${strings.allStates}</option>
        ${states.map((code) => html`<option value=${code} ?selected=${stateFilter === code}>${stateNames![code]}</option>`)}
      </select>
    </div>
    <div class="toggle" role="group" aria-label=${strings.viewLabel}>
      <button type="button" class="button" aria-pressed=${view === 'map'} @click=${() => onView('map')}>${strings.viewMap}</button>
      <button type="button" class="button" aria-pressed=${view === 'list'} @click=${() => onView('list')}>${strings.viewList}</button>
    </div>
  </div>`;
}
