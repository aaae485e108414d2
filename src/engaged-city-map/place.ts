import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Puts a marker at a screen point with a radius: sets `transform` and `--r` through the CSSOM on every render.
 * (Lit's `styleMap` writes a `style` attribute on first render, which a page's `style-src 'self'` CSP blocks;
 * CSSOM writes are allowed.)
 */
class PlaceDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('place() belongs on an element');
  }

  render(_x: number, _y: number, _radius: number): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [x, y, radius]: [number, number, number]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    style.setProperty('transform', `translate(${x}px, ${y}px)`);
    style.setProperty('--r', `${radius}px`);
    return nothing;
  }
}

/** `<button ${place(x, y, radius)}>`: positions the element at (x, y) CSS pixels with radius `radius`. */
export const place = directive(PlaceDirective);
