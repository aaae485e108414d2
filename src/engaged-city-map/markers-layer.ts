import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { format } from '../base/strings/index.js';
import { STATE_CODES, type Member } from '../feed/types.js';
import type { ClusterIndex, MapItem } from './clusters.js';
import { keepKeysHintAway, placeKeysHintOnFocus } from './keys-hint.js';
import { itemRadius } from './marker-size.js';
import { place, shift } from './place.js';
import { nearestTo } from './spatial-focus.js';
import type { MapStrings } from './strings.js';
import type { View } from './viewport.js';

/** What the markers layer draws and whom it tells. */
export interface MarkersLayerInput {
  /** The markers and clusters to draw, in frame units. */
  items: readonly MapItem[];
  /** Whether a cluster cannot be split at any zoom of this map: it lists its members instead of zooming in. */
  isAtOneSpot: (clusterId: number) => boolean;
  /** The view the items were placed at; the layer is shifted from it to `current`. */
  drawn: View;
  current: View;
  /** How large the dots are drawn (see `dotGrowth`), as when the items were clustered. */
  growth: number;
  /** The item in the tab order (roving tabindex). */
  activeKey: string | undefined;
  /** The selected member's id: its marker is `aria-current`, or the cluster that holds it. */
  selected: string | undefined;
  /** Which of the items drawn holds a member. */
  index?: Pick<ClusterIndex, 'holderOf'>;
  membersById: ReadonlyMap<string, Member>;
  onActivate: (item: MapItem) => void;
  strings: MapStrings;
}

/**
 * Where a cluster is, for its name: " in Bayern, darunter Passau"; two states by name, more as a number; nothing of
 * what is unknown (members without a state).
 */
function clusterWhere(item: Extract<MapItem, { kind: 'cluster' }>, membersById: ReadonlyMap<string, Member>, strings: MapStrings): string {
  // The Saarland last: "in Sachsen und dem Saarland".
  const states = STATE_CODES.filter((code) => item.states.includes(code)).sort((a, b) => Number(a === 'DE-SL') - Number(b === 'DE-SL'));
  const name = membersById.get(item.largest)?.name;
  const where = states.length > 2
    ? format(strings.clusterIn, { states: format(strings.statesMany, { count: states.length }) })
    : states[0] === 'DE-SL'
      ? strings.inSaarland
      : states.length
        ? format(strings.clusterIn, { states: states.map((code) => (code === 'DE-SL' ? strings.saarland : strings.stateNames[code])).join(` ${strings.and} `) })
        : '';
  return where + (name ? format(strings.clusterIncluding, { name }) : '');
}

/**
 * The item to have in the tab order once the items are placed anew (a zoom, a pan, another size of the element): the
 * selected member's marker or the cluster holding it; else, if a town's marker had it, that town's marker or the
 * cluster it merged into; else the item nearest to where the one before was (`x`, `y`, in frame units).
 */
export function keyAfterPlacing(items: readonly MapItem[], before: MapItem | undefined, selected: string | undefined, index: MarkersLayerInput['index'], x: number, y: number): string | undefined {
  const town = before?.kind === 'marker' ? before.id : undefined;
  for (const member of [selected, town]) {
    const holder = member === undefined ? undefined : index?.holderOf(member, items);
    if (holder) return holder.key;
  }
  return nearestTo(items, x, y)?.key;
}

/**
 * The markers (sized by population) and clusters (which say how many towns they hold), each a button with a name; one
 * of them is in the tab order, the arrow keys move between them (see spatial-focus.ts).
 */
export function renderMarkersLayer({ items, isAtOneSpot, drawn, current, growth, activeKey, selected, index, membersById, onActivate, strings }: MarkersLayerInput): TemplateResult {
  const k = current.scale / drawn.scale;
  // A member selected in the list (or by the page) may be in a cluster: the cluster is marked as holding it.
  const holding = selected === undefined ? undefined : index?.holderOf(selected, items);
  const holder = holding?.kind === 'cluster' ? holding.key : undefined;
  return html`<div class="markers" ${shift(k, current.tx - drawn.tx * k, current.ty - drawn.ty * k)} ${keepKeysHintAway()} @focusin=${placeKeysHintOnFocus}>
    ${repeat(
      items,
      (item) => item.key,
      (item) => {
        const [x, y] = [item.x * drawn.scale + drawn.tx, item.y * drawn.scale + drawn.ty];
        const tabindex = item.key === activeKey ? 0 : -1;
        if (item.kind === 'cluster') {
          const radius = itemRadius(item, membersById, growth);
          const label = format(isAtOneSpot(item.clusterId) ? strings.clusterAtOneSpot : strings.cluster, {
            count: item.count,
            where: clusterWhere(item, membersById, strings),
          });
          return html`<button
            type="button"
            part="cluster"
            class="cluster"
            data-key=${item.key}
            tabindex=${tabindex}
            aria-label=${label}
            aria-current=${item.key === holder ? 'true' : 'false'}
            ${place(x, y, radius)}
            @click=${() => onActivate(item)}
          ><span aria-hidden="true">${item.count}</span></button>`;
        }
        const member = membersById.get(item.id)!;
        const label = format(strings.marker, { name: member.name, state: member.region ? strings.stateNames[member.region] : '' });
        return html`<button
          type="button"
          part="marker"
          class="marker"
          data-key=${item.key}
          tabindex=${tabindex}
          aria-label=${label.replace(/, $/, '')}
          aria-current=${selected === item.id ? 'true' : 'false'}
          ${place(x, y, itemRadius(item, membersById, growth))}
          @click=${() => onActivate(item)}
        ></button>`;
      },
    )}
  </div>`;
}
