import type { Direction } from './spatial-focus.js';

/** A rectangle in the base map's frame: x0, y0, x1, y1. */
export type FrameRect = readonly [number, number, number, number];

/** The map's view: a frame point (x, y) is drawn at screen point (x·scale + tx, y·scale + ty), in CSS pixels. */
export interface View {
  scale: number;
  tx: number;
  ty: number;
}

/** The size of the map's box on the screen, in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The view that shows `rect` whole and centred in `size`, with `padding` pixels around it. */
export function fitView(rect: FrameRect, size: Size, padding = 12): View {
  const [x0, y0, x1, y1] = rect;
  const width = Math.max(1, x1 - x0);
  const height = Math.max(1, y1 - y0);
  const scale = Math.max(1e-6, Math.min((size.width - 2 * padding) / width, (size.height - 2 * padding) / height));
  return {
    scale,
    tx: size.width / 2 - ((x0 + x1) / 2) * scale,
    ty: size.height / 2 - ((y0 + y1) / 2) * scale,
  };
}

/** The view scaled by `factor` while the screen point (sx, sy) stays where it is. */
export function zoomAround(view: View, factor: number, sx: number, sy: number): View {
  const scale = view.scale * factor;
  return { scale, tx: sx - (sx - view.tx) * factor, ty: sy - (sy - view.ty) * factor };
}

/** The view that puts frame point (x, y) at the centre of `size` at `scale`. */
export function centreOn(x: number, y: number, scale: number, size: Size): View {
  return { scale, tx: size.width / 2 - x * scale, ty: size.height / 2 - y * scale };
}

/**
 * Keeps a view within limits: the scale between `minScale` and `maxScale` (around the box centre), and the content
 * never pushed out of sight: the centre of the box stays over `content`.
 */
export function clampView(view: View, size: Size, content: FrameRect, minScale: number, maxScale: number): View {
  let next = view;
  const scale = Math.min(maxScale, Math.max(minScale, view.scale));
  if (scale !== view.scale) next = zoomAround(view, scale / view.scale, size.width / 2, size.height / 2);
  const [x0, y0, x1, y1] = content;
  const [cx, cy] = toFrame(next, size.width / 2, size.height / 2);
  const clampedX = Math.min(x1, Math.max(x0, cx));
  const clampedY = Math.min(y1, Math.max(y0, cy));
  if (clampedX === cx && clampedY === cy) return next;
  return { scale: next.scale, tx: next.tx - (clampedX - cx) * next.scale, ty: next.ty - (clampedY - cy) * next.scale };
}

/** The frame rectangle visible in the box, grown by `margin` screen pixels on each side. */
export function visibleRect(view: View, size: Size, margin = 0): FrameRect {
  const [x0, y0] = toFrame(view, -margin, -margin);
  const [x1, y1] = toFrame(view, size.width + margin, size.height + margin);
  return [x0, y0, x1, y1];
}

/**
 * Where the keyboard looks for a town beyond the screen (an arrow key with none drawn in its direction): the screen
 * and four screens further that way, one screen wide to either side. Not the whole map: with 20,000 members, placing
 * every marker of the whole map at a close zoom would freeze the page on a key press.
 */
export function areaBeyond(view: View, size: Size, direction: Direction): FrameRect {
  const [x0, y0, x1, y1] = visibleRect(view, size);
  const [w, h] = [x1 - x0, y1 - y0];
  if (direction === 'left') return [x0 - 4 * w, y0 - h, x1, y1 + h];
  if (direction === 'right') return [x0, y0 - h, x1 + 4 * w, y1 + h];
  if (direction === 'up') return [x0 - w, y0 - 4 * h, x1 + w, y1];
  return [x0 - w, y0, x1 + w, y1 + 4 * h];
}

/** Screen point → frame point. */
export function toFrame(view: View, sx: number, sy: number): [number, number] {
  return [(sx - view.tx) / view.scale, (sy - view.ty) / view.scale];
}

/**
 * A view between `from` (t = 0) and `to` (t = 1) for transitions: the scale changes geometrically and the frame
 * point at the box centre moves along a straight line, so zooming feels even.
 */
export function interpolateView(from: View, to: View, t: number, size: Size): View {
  const scale = from.scale * Math.pow(to.scale / from.scale, t);
  const [ax, ay] = toFrame(from, size.width / 2, size.height / 2);
  const [bx, by] = toFrame(to, size.width / 2, size.height / 2);
  return centreOn(ax + (bx - ax) * t, ay + (by - ay) * t, scale, size);
}

/**
 * How far to pan (dx, dy in screen pixels) so that a square of `half` pixels around screen point (x, y) lies inside a
 * box of `size` with `margin` pixels to spare, and clear of `obstacle` (left, top, right, bottom: the zoom buttons), to
 * the side of it that faces the middle of the box. [0, 0] when it is in sight already.
 */
export function revealShift(x: number, y: number, half: number, size: Size, margin: number, obstacle?: FrameRect): [number, number] {
  const fit = (at: number, high: number) => (at - half < margin ? margin - (at - half) : at + half > high - margin ? high - margin - (at + half) : 0);
  let dx = fit(x, size.width);
  const dy = fit(y, size.height);
  if (obstacle) {
    const [left, top, right, bottom] = [obstacle[0] - margin, obstacle[1] - margin, obstacle[2] + margin, obstacle[3] + margin];
    const [mx, my] = [x + dx, y + dy];
    if (mx + half > left && mx - half < right && my + half > top && my - half < bottom) {
      dx += (left + right) / 2 > size.width / 2 ? left - (mx + half) : right - (mx - half);
    }
  }
  return [dx, dy];
}

/**
 * `revealShift` for a point of the map's `stage` element, clear of the `buttons` element drawn over it (if any): the
 * shift that brings the point with `half` pixels around it into sight, 8 px from the edges.
 */
export function revealShiftIn(stage: HTMLElement, buttons: Element | null, x: number, y: number, half: number, size: Size): [number, number] {
  const box = stage.getBoundingClientRect();
  const over = buttons?.getBoundingClientRect();
  const k = pageScale(stage, box);
  const obstacle = over?.width ? ([(over.left - box.left) / k, (over.top - box.top) / k, (over.right - box.left) / k, (over.bottom - box.top) / k] as const) : undefined;
  return revealShift(x, y, half, size, 8, obstacle);
}

/**
 * How many of the page's pixels (pointer positions, `getBoundingClientRect`) one of `element`'s own CSS pixels takes:
 * 2 where a page enlarges itself with CSS `zoom: 2` (as "larger text" buttons on town websites do) or an ancestor is
 * scaled; 1 otherwise. The map works in its own pixels.
 */
export function pageScale(element: HTMLElement, box = element.getBoundingClientRect()): number {
  return box.width / element.offsetWidth || 1;
}

/** The union of frame rectangles; undefined for none. */
export function unionRect(rects: readonly FrameRect[]): FrameRect | undefined {
  if (rects.length === 0) return undefined;
  return [
    Math.min(...rects.map((rect) => rect[0])),
    Math.min(...rects.map((rect) => rect[1])),
    Math.max(...rects.map((rect) => rect[2])),
    Math.max(...rects.map((rect) => rect[3])),
  ];
}
