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

/**
 * The candidate nearest to `origin` in `direction`, for arrow-key navigation between markers: only candidates ahead of
 * the origin count (screen y grows downwards), and going sideways costs twice as much as going ahead, so "right" picks
 * the marker to the right rather than one far up and a little to the right. Candidates at exactly the origin's point
 * (stacked markers) are reached in key order: right and down go to the next key, left and up to the previous one.
 * Ties go to the lower key, so the result never depends on the order of the candidates. Returns undefined when
 * nothing lies in that direction.
 */
export function nearestInDirection(
  origin: { x: number; y: number; key?: string },
  candidates: readonly FocusCandidate[],
  direction: Direction,
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
    if (ahead <= 0) continue;
    score = ahead + 2 * aside;
    if (score < bestScore || (score === bestScore && best !== undefined && candidate.key < best)) {
      best = candidate.key;
      bestScore = score;
    }
  }
  return best;
}
