/**
 * How much two squares centred at (ax, ay) and (bx, by), `a` and `b` pixels wide, overlap: the area they share as
 * a share of the smaller one's (0: apart, 1: the smaller lies within the larger).
 */
export function overlapShare(ax: number, ay: number, a: number, bx: number, by: number, b: number): number {
  const reach = (a + b) / 2;
  const width = Math.min(reach - Math.abs(ax - bx), a, b);
  const height = Math.min(reach - Math.abs(ay - by), a, b);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.min(a, b) ** 2;
}
