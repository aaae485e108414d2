import type { Member } from '../feed/types.js';
import type { MapItem } from './clusters.js';
import { DEFAULT_MARKER_RADIUS, markerRadius } from './member-facts.js';

/** The smallest hit area of a marker or cluster, in CSS pixels (WCAG 2.5.8): a smaller dot sits in its middle. */
export const MIN_HIT = 24;
/** The smallest radius of a cluster's disc: its number stays legible. */
const MIN_CLUSTER_RADIUS = 12;

/**
 * How large the larger dots are drawn, from 0.4 to 1 of their full size, for a map whose frame is `framePx` CSS pixels
 * on the screen: a narrow element draws them smaller, so that Germany 200 px wide is not covered by a few large discs;
 * they reach full size once the frame is 1000 px.
 */
export function dotGrowth(framePx: number): number {
  return Math.min(1, Math.max(0.4, framePx / 1000));
}

/** The radius of a cluster's disc in CSS pixels: it grows slowly with the number of towns it holds. */
export function clusterRadius(count: number, growth = 1): number {
  return MIN_CLUSTER_RADIUS + (Math.min(26, 13 + 3 * Math.log2(count)) - MIN_CLUSTER_RADIUS) * growth;
}

/**
 * The radius of an item's dot in CSS pixels: a marker's by the member's population (what exceeds the default size
 * grows with `growth`), a cluster's by its count.
 */
export function itemRadius(item: MapItem, membersById: ReadonlyMap<string, Member>, growth: number): number {
  if (item.kind === 'cluster') return clusterRadius(item.count, growth);
  const full = markerRadius(membersById.get(item.id)?.population);
  return full <= DEFAULT_MARKER_RADIUS ? full : DEFAULT_MARKER_RADIUS + (full - DEFAULT_MARKER_RADIUS) * growth;
}

/** The side of the square button drawn for a dot of `radius`: the dot, but at least MIN_HIT. */
export function hitSize(radius: number): number {
  return Math.max(MIN_HIT, 2 * radius);
}
