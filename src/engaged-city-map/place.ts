import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { MIN_HIT, hitSize } from './marker-size.js';

/**
 * Puts a marker at a screen point with a radius: sets `transform`, `width`, `height` and `padding` through the CSSOM
 * (Lit's `styleMap` writes a `style` attribute on first render, which a page's `style-src 'self'` CSP blocks; CSSOM
 * writes are allowed). The box is at least MIN_HIT wide; the padding leaves the dot (its content box) 2 × radius wide.
 * The values are final pixels, not custom properties: hundreds of markers appear at once after a zoom, and resolving
 * `var()` and `calc()` for each of them made that frame's style recalculation a long task.
 */
class PlaceDirective extends Directive {
  #transform = '';
  #radius = -1;
  #hit = MIN_HIT;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('place() belongs on an element');
  }

  render(_x: number, _y: number, _radius: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [x, y, radius]: [number, number, number]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    // Only what changed is written: while the map moves, a marker's radius stays the same.
    if (radius !== this.#radius) {
      this.#radius = radius;
      this.#hit = hitSize(radius);
      const hit = `${this.#hit.toFixed(1)}px`;
      style.width = style.height = hit;
      style.padding = `${((this.#hit - 2 * radius) / 2).toFixed(1)}px`;
    }
    const half = this.#hit / 2;
    const transform = `translate(${(x - half).toFixed(1)}px, ${(y - half).toFixed(1)}px)`;
    if (transform !== this.#transform) style.transform = this.#transform = transform;
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
