import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Member, Region, StateCode } from '../feed/types.js';
import type { BaseMap, BaseMapState } from './base-map.js';
import type { MapItem } from './clusters.js';
import { itemRadius } from './marker-size.js';
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
  /** The markers and clusters drawn over the map: the member counts (`shading="members"`) keep clear of them. */
  dots: { items: readonly MapItem[]; membersById: ReadonlyMap<string, Member>; growth: number };
}

/** How far a count moves from its state's label point to get clear of the markers, in CSS pixels per step. */
const STEP = 18;
/** Where a count may go, in steps from its label point: there first, then around it, nearest first. */
const SPOTS = [[0, 0], [0, 1], [0, -1], [1, 0], [-1, 0], [1, 1], [-1, 1], [1, -1], [-1, -1], [0, 2], [0, -2], [2, 0], [-2, 0]] as const;

/**
 * Where each state's member count is written, in the layer's pixels: at the state's label point, or, where a marker,
 * a cluster or another count covers that, at the nearest spot around it that is free and still inside the state's
 * box; nowhere if there is none (the legend, the state filter and the list still give the number).
 */
function placeCounts(
  states: readonly BaseMapState[], counts: ReadonlyMap<StateCode, number>, view: View, { items, membersById, growth }: BaseMapLayerInput['dots'],
): Map<StateCode, [number, number]> {
  const toScreen = (x: number, y: number): [number, number] => [x * view.scale + view.tx, y * view.scale + view.ty];
  const dots = items.map((item) => [...toScreen(item.x, item.y), itemRadius(item, membersById, growth) + 2] as const);
  const taken: [number, number, number, number][] = [];
  const placed = new Map<StateCode, [number, number]>();
  for (const state of states) {
    // The count's box: bold 14 px digits (about 8.2 px wide) with their 3 px halo.
    const halfWidth = 4.5 * String(counts.get(state.code) ?? 0).length + 3;
    const [x0, y0] = toScreen(state.bounds[0], state.bounds[1]);
    const [x1, y1] = toScreen(state.bounds[2], state.bounds[3]);
    const [lx, ly] = toScreen(...state.label);
    for (const [dx, dy] of SPOTS) {
      const [x, y] = [lx + dx * STEP, ly + dy * STEP];
      const box = [x - halfWidth, y - 9, x + halfWidth, y + 9] as const;
      const free =
        x >= x0 && x <= x1 && y >= y0 && y <= y1 &&
        dots.every(([cx, cy, r]) => Math.hypot(cx - Math.min(Math.max(cx, box[0]), box[2]), cy - Math.min(Math.max(cy, box[1]), box[3])) >= r) &&
        taken.every(([a, b, c, d]) => box[2] <= a || box[0] >= c || box[3] <= b || box[1] >= d);
      if (free) {
        taken.push([...box]);
        placed.set(state.code, [x, y]);
        break;
      }
    }
  }
  return placed;
}

/**
 * The markers and clusters for print (views.styles.ts shows them only there): the paper is seldom as wide as the
 * screen, and the markers' pixels do not scale with the base map's viewBox; these are in its pixels and go wherever it
 * goes. One path for the towns' dots and one for the clusters' rings (drawn with every view, so as few elements as can
 * be), and a count per cluster.
 */
function printDots(view: View, { items, membersById, growth }: BaseMapLayerInput['dots']): SVGTemplateResult {
  const paths = { marker: '', cluster: '' };
  const counts: SVGTemplateResult[] = [];
  for (const item of items) {
    const [x, y, r] = [item.x * view.scale + view.tx, item.y * view.scale + view.ty, itemRadius(item, membersById, growth)];
    // A circle as two arcs.
    paths[item.kind] += `M${(x - r).toFixed(1)} ${y.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
    if (item.kind === 'cluster') counts.push(svg`<text x=${x.toFixed(1)} y=${y.toFixed(1)}>${item.count}</text>`);
  }
  return svg`<g class="print-dots"><path class="marker-dots" d=${paths.marker} /><path class="cluster-dots" d=${paths.cluster} />${counts}</g>`;
}

/**
 * The base map: the states as SVG paths, shaded (state partners hatched, or states by member count with the count
 * written on them, clear of the markers), hidden from assistive technology (the markers, the legend and the list say
 * it all in words).
 */
export function renderBaseMapLayer({ baseMap, current, painted: view, size, shownStates, regions, counts, shading, dots }: BaseMapLayerInput): SVGTemplateResult {
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
      ? [...placeCounts(shown, counts, view, dots)].map(
          ([code, [x, y]]) => svg`<text class="count-label" x=${x} y=${y}>${counts.get(code) ?? 0}</text>`,
        )
      : nothing}
    ${printDots(view, dots)}
  </svg>`;
}
