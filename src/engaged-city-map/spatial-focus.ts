import type { View } from './viewport.js';

/** Where arrow keys move focus on the map. */
export type Direction = 'up' | 'down' | 'left' | 'right';

/** Something focusable on the map, at a point on the screen. */
export interface FocusCandidate {
  key: string;
  x: number;
  y: number;
}

/** Maps `ArrowUp` etc. to a direction; undefined for any other key. */
export function directionOfKey(key: string): Direction | undefined {
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    default:
      return undefined;
  }
}

/** Of the points given (the items drawn on the map, in frame units), the one nearest to `x`, `y`. */
export function nearestTo<T extends { x: number; y: number }>(points: readonly T[], x: number, y: number): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const point of points) {
    const d = (point.x - x) ** 2 + (point.y - y) ** 2;
    if (d < distance) {
      best = point;
      distance = d;
    }
  }
  return best;
}

/**
 * The candidate nearest to `origin` in `direction`, for arrow-key navigation between markers: only candidates ahead of
 * the origin count (screen y grows downwards), and going sideways costs twice as much as going ahead, so "right" picks
 * the marker to the right rather than one far up and a little to the right. Candidates at exactly the origin's point
 * (stacked markers) are reached in key order: right and down go to the next key, left and up to the previous one.
 * Ties go to the lower key, so the result never depends on the order of the candidates. Returns undefined when
 * nothing lies in that direction. With `spread`, only candidates at most `spread` times as far aside as ahead count
 * (1: within 45° of the direction; √3: within 60°).
 */
export function nearestInDirection(
  origin: { x: number; y: number; key?: string },
  candidates: readonly FocusCandidate[],
  direction: Direction,
  spread = Infinity,
): string | undefined {
  const forward = direction === 'right' || direction === 'down';
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    if (candidate.key === origin.key) continue;
    const dx = candidate.x - origin.x;
    const dy = candidate.y - origin.y;
    let score: number;
    if (dx === 0 && dy === 0) {
      if (origin.key === undefined || (forward ? candidate.key < origin.key : candidate.key > origin.key)) continue;
      // Stacked: the nearest key in the direction of travel wins, ahead of anything that is apart.
      score = -1;
      if (best !== undefined && bestScore === -1 && (forward ? candidate.key > best : candidate.key < best)) continue;
      best = candidate.key;
      bestScore = score;
      continue;
    }
    const ahead = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0 || aside > spread * ahead) continue;
    score = ahead + 2 * aside;
    if (score < bestScore || (score === bestScore && best !== undefined && candidate.key < best)) {
      best = candidate.key;
      bestScore = score;
    }
  }
  return best;
}

/** How far Shift with an arrow key moves the map, in CSS pixels. */
const PAN_STEP = 60;

/**
 * What a key pressed on the map asks for (see the map's instructions): Shift + arrow pans to the view `pan` (by
 * PAN_STEP pixels, as far as the map may go), an arrow moves the focus to the marker or cluster `focus` (with none
 * drawn in that direction, to the nearest beyond the screen, `at` a point the map moves to), `+`/`-` zoom by `zoom`, Escape closes the open details (`close`). `{}`: the
 * key is the map's, with nothing to do. Undefined: not the map's key, the page keeps it.
 */
export interface MapKeyAction {
  pan?: View;
  focus?: string;
  /** Where `focus` is, in screen pixels, when it is not drawn: the map moves there. */
  at?: readonly [number, number];
  zoom?: number;
  close?: true;
}

export interface MapKeyContext {
  /** The markers and clusters drawn on the screen, or (`beyond`) those of the area beyond it in that direction. */
  candidates: (beyond?: Direction) => readonly FocusCandidate[];
  activeKey: string | undefined;
  /** The zoom factor of one `+`. */
  zoomStep: number;
  detailsOpen: boolean;
  /** The map's box on the screen, and its view moved by (dx, dy) pixels as far as it may go (Shift + arrow). */
  size?: { width: number; height: number };
  panned: (dx: number, dy: number) => View;
}

/** How far inside the map's box a marker must stay to keep the focus while the map pans, in CSS pixels. */
const IN_SIGHT_MARGIN = 8;

export function mapKeyAction(event: KeyboardEvent, context: MapKeyContext): MapKeyAction | undefined {
  if (event.altKey || event.metaKey || event.ctrlKey) return undefined;
  const direction = directionOfKey(event.key);
  if (!direction) {
    if (event.key === '+' || event.key === '=') return { zoom: context.zoomStep };
    if (event.key === '-' || event.key === '_') return { zoom: 1 / context.zoomStep };
    return event.key === 'Escape' && context.detailsOpen ? { close: true } : undefined;
  }
  const drawn = context.candidates();
  const current = drawn.find((candidate) => candidate.key === context.activeKey);
  if (event.shiftKey) {
    const { size } = context;
    if (!size) return {};
    const along = direction === 'left' || direction === 'up' ? PAN_STEP : -PAN_STEP;
    const sideways = direction === 'left' || direction === 'right';
    // As far as the map may go: at the edge of what it shows, less or not at all.
    const view = context.panned(0, 0);
    const pan = context.panned(sideways ? along : 0, sideways ? 0 : along);
    const [dx, dy] = [pan.tx - view.tx, pan.ty - view.ty];
    const inSight = ({ x, y }: FocusCandidate) =>
      (Math.min(x + dx, y + dy) >= IN_SIGHT_MARGIN && x + dx <= size.width - IN_SIGHT_MARGIN && y + dy <= size.height - IN_SIGHT_MARGIN);
    if (!current || inSight(current)) return { pan };
    // The focused marker would leave the box: the focus goes to the nearest one in sight, not out of sight with it.
    const next = nearestTo(drawn.filter(inSight), current.x, current.y)?.key;
    if (next) return { pan, focus: next };
    // None would be in sight: the map moves only as far as keeps the focused one in its box (the arrow keys lead on).
    const room = sideways
      ? (along > 0 ? size.width - IN_SIGHT_MARGIN - current.x : IN_SIGHT_MARGIN - current.x)
      : (along > 0 ? size.height - IN_SIGHT_MARGIN - current.y : IN_SIGHT_MARGIN - current.y);
    const step = along > 0 ? Math.max(0, Math.min(along, room)) : Math.min(0, Math.max(along, room));
    return step === 0 ? {} : { pan: context.panned(sideways ? step : 0, sideways ? 0 : step) };
  }
  if (!current) return {};
  // Within 45° of the direction first, on the screen and then beyond it (zoomed in, the map moves there); only then
  // further aside, up to 60°: else ↓ at the screen's edge would crawl sideways from town to town along it. Nothing
  // within 60°: the focus stays (on a map of a few towns, ← led to a town straight below).
  let beyond: readonly FocusCandidate[] | undefined;
  for (const spread of [1, Math.sqrt(3)]) {
    const next = nearestInDirection(current, drawn, direction, spread);
    if (next) return { focus: next };
    beyond ??= context.candidates(direction);
    const far = nearestInDirection(current, beyond, direction, spread);
    const target = beyond.find((candidate) => candidate.key === far);
    if (target) return { focus: target.key, at: [target.x, target.y] };
  }
  return {};
}
