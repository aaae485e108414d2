import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Puts a marker at a screen point with a radius: sets `transform` and `--r` through the CSSOM on every render.
 * (Lit's `styleMap` writes a `style` attribute on first render, which a page's `style-src 'self'` CSP blocks;
 * CSSOM writes are allowed.)
 */
class PlaceDirective extends Directive {
  #transform = '';
  #radius = '';

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('place() belongs on an element');
  }

  render(_x: number, _y: number, _radius: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [x, y, radius]: [number, number, number]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    const transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    const size = `${radius.toFixed(1)}px`;
    // Only what changed is written: while the map moves, a marker's radius stays the same.
    if (transform !== this.#transform) style.setProperty('transform', (this.#transform = transform));
    if (size !== this.#radius) style.setProperty('--r', (this.#radius = size));
    return nothing;
  }
}

/** `<button ${place(x, y, radius)}>`: positions the element at (x, y) CSS pixels with radius `radius`. */
export const place = directive(PlaceDirective);

/**
 * Moves and scales an already drawn layer (the base map while the map moves) through the CSSOM: the browser shifts
 * the painted layer instead of drawing the states again on every frame.
 */
class ShiftDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('shift() belongs on an element');
  }

  render(_scale: number, _dx: number, _dy: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [scale, dx, dy]: [number, number, number]): typeof nothing {
    const style = (part.element as HTMLElement | SVGElement).style;
    if (scale === 1 && dx === 0 && dy === 0) style.removeProperty('transform');
    else style.setProperty('transform', `matrix(${scale}, 0, 0, ${scale}, ${dx}, ${dy})`);
    return nothing;
  }
}

/** `<svg ${shift(scale, dx, dy)}>`: shows the element scaled by `scale` (origin top left) and moved by (dx, dy) px. */
export const shift = directive(ShiftDirective);
