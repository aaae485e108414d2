import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Region, StateCode } from '../feed/types.js';
import type { BaseMap } from './base-map.js';
import { shift } from './place.js';
import { classOf, countClasses, statePartners, type Shading } from './shading.js';
import type { Size, View } from './viewport.js';

/** What the base map layer draws. */
export interface BaseMapLayerInput {
  baseMap: BaseMap;
  /** The view the map is at now. */
  current: View;
  /** The view the layer is drawn at: while the map moves it is not drawn anew, only shifted to `current`. */
  painted: View;
  size: Size;
  /** The `region` states, empty for all of Germany. */
  shownStates: readonly StateCode[];
  regions: readonly Region[] | undefined;
  counts: ReadonlyMap<StateCode, number>;
  shading: Shading;
}

/**
 * The base map: the states as SVG paths, shaded (state partners hatched, or states by member count with the count
 * written on them), hidden from assistive technology (the markers, the legend and the list say it all in words).
 */
export function renderBaseMapLayer({ baseMap, current, painted: view, size, shownStates, regions, counts, shading }: BaseMapLayerInput): SVGTemplateResult {
  const k = current.scale / view.scale;
  const shown = shownStates.length ? baseMap.states.filter((entry) => shownStates.includes(entry.code)) : baseMap.states;
  const partners = new Set(statePartners(regions).map((partner) => partner.code));
  const classes = countClasses(counts);
  const stateClass = (code: StateCode) => {
    if (shading === 'partners') return partners.has(code) ? 'state partner' : 'state';
    if (shading === 'members') {
      const level = classOf(counts.get(code) ?? 0, classes);
      return level < 0 ? 'state' : `state level-${level}`;
    }
    return 'state';
  };
  return svg`<svg class="base-map" viewBox="0 0 ${size.width} ${size.height}" aria-hidden="true" focusable="false"
    ${shift(k, current.tx - view.tx * k, current.ty - view.ty * k)}>
    <defs>
      <pattern id="hatch" width=${6 / view.scale} height=${6 / view.scale} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch-line" x1="0" y1="0" x2="0" y2=${6 / view.scale} stroke-width=${1.5 / view.scale} />
      </pattern>
    </defs>
    <g transform="translate(${view.tx} ${view.ty}) scale(${view.scale})">
      ${shown.map((entry) => svg`<path class=${stateClass(entry.code)} d=${entry.d} />`)}
      ${shading === 'partners'
        ? shown.filter((entry) => partners.has(entry.code)).map((entry) => svg`<path class="hatch" d=${entry.d} />`)
        : nothing}
    </g>
    ${shading === 'members'
      ? shown.map((entry) => {
          const [x, y] = [entry.label[0] * view.scale + view.tx, entry.label[1] * view.scale + view.ty];
          return svg`<text class="count-label" x=${x} y=${y}>${counts.get(entry.code) ?? 0}</text>`;
        })
      : nothing}
  </svg>`;
}
