import { pageScale } from './viewport.js';

/** What the gestures do to the map. Screen points are in CSS pixels relative to the map's box. */
export interface GestureTarget {
  /** Move the map by (dx, dy) pixels. */
  pan(dx: number, dy: number): void;
  /** Scale the map by `factor` around the screen point (x, y), without transition. */
  zoomAt(factor: number, x: number, y: number): void;
  /** The wheel was turned without Ctrl: say how to zoom. */
  showWheelHint(): void;
  /** One finger dragged on the map (and scrolls the page): say that two fingers move the map. */
  showTouchHint(): void;
  /** A gesture ended: the map may settle (e.g. recompute clusters). */
  gestureEnd(): void;
}

/** Pointer travel in pixels after which a press counts as a drag, not a click. */
const DRAG_THRESHOLD = 4;

/**
 * Cooperative gestures, so the map is no scroll trap on a page: a mouse or pen drags to pan; on a touch screen one
 * finger scrolls the page (the stage has `touch-action: pan-x pan-y`) and the map says that two fingers move it, two
 * fingers pan and pinch; Ctrl + wheel zooms, the wheel alone scrolls the page (a trackpad pinch arrives as Ctrl + wheel,
 * so it zooms too). A press that turned into a drag does not also click the marker under it.
 */
export class MapGestures {
  readonly #element: HTMLElement;
  readonly #target: GestureTarget;
  readonly #pointers = new Map<number, { x: number; y: number }>();
  #travel = 0;
  /** Whether the current touch had two fingers on the map: the finger left after a pinch does not scroll the page. */
  #pinched = false;
  #suppressClick = false;
  /** Where the last pointer was pressed. */
  #pressedAt = { x: 0, y: 0 };

  constructor(element: HTMLElement, target: GestureTarget) {
    this.#element = element;
    this.#target = target;
    element.addEventListener('pointerdown', this.#onPointerDown);
    element.addEventListener('pointermove', this.#onPointerMove);
    element.addEventListener('pointerup', this.#onPointerUp);
    element.addEventListener('pointercancel', this.#onPointerUp);
    element.addEventListener('wheel', this.#onWheel, { passive: false });
    element.addEventListener('touchmove', this.#onTouchMove, { passive: false });
    element.addEventListener('click', this.#onClick, { capture: true });
  }

  /** Removes every listener. */
  disconnect(): void {
    const element = this.#element;
    element.removeEventListener('pointerdown', this.#onPointerDown);
    element.removeEventListener('pointermove', this.#onPointerMove);
    element.removeEventListener('pointerup', this.#onPointerUp);
    element.removeEventListener('pointercancel', this.#onPointerUp);
    element.removeEventListener('wheel', this.#onWheel);
    element.removeEventListener('touchmove', this.#onTouchMove);
    element.removeEventListener('click', this.#onClick, { capture: true });
  }

  /** The event's point in the map's own pixels (see `pageScale`: the page may be zoomed with CSS). */
  #local(event: { clientX: number; clientY: number }): { x: number; y: number } {
    const box = this.#element.getBoundingClientRect();
    const k = pageScale(this.#element, box);
    return { x: (event.clientX - box.left) / k, y: (event.clientY - box.top) / k };
  }

  #onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    this.#pointers.set(event.pointerId, (this.#pressedAt = this.#local(event)));
    if (this.#pointers.size === 1) {
      this.#travel = 0;
      this.#pinched = false;
      this.#suppressClick = false;
    } else {
      this.#pinched = true;
    }
  };

  #onPointerMove = (event: PointerEvent) => {
    const previous = this.#pointers.get(event.pointerId);
    if (!previous) return;
    const point = this.#local(event);
    if (this.#pointers.size === 1) {
      const dx = point.x - previous.x;
      const dy = point.y - previous.y;
      this.#travel += Math.hypot(dx, dy);
      if (event.pointerType === 'touch') {
        // One finger is the page's: the browser scrolls it (and may cancel this pointer); the map only explains.
        if (this.#travel > DRAG_THRESHOLD && !this.#pinched) this.#target.showTouchHint();
      } else if (this.#travel > DRAG_THRESHOLD) {
        if (!this.#element.hasPointerCapture(event.pointerId)) this.#element.setPointerCapture(event.pointerId);
        // When the press becomes a drag, the map catches up with the way the pointer went since the press; then it
        // follows each move.
        const from = this.#suppressClick ? previous : this.#pressedAt;
        this.#suppressClick = true;
        this.#target.pan(point.x - from.x, point.y - from.y);
      }
    } else if (this.#pointers.size === 2) {
      const [other] = [...this.#pointers.entries()].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
      if (other) {
        const before = Math.hypot(previous.x - other.x, previous.y - other.y);
        const after = Math.hypot(point.x - other.x, point.y - other.y);
        const midBefore = { x: (previous.x + other.x) / 2, y: (previous.y + other.y) / 2 };
        const midAfter = { x: (point.x + other.x) / 2, y: (point.y + other.y) / 2 };
        this.#suppressClick = true;
        this.#target.pan(midAfter.x - midBefore.x, midAfter.y - midBefore.y);
        if (before > 0 && after > 0) this.#target.zoomAt(after / before, midAfter.x, midAfter.y);
      }
    }
    this.#pointers.set(event.pointerId, point);
  };

  #onPointerUp = (event: PointerEvent) => {
    const soleTouch = event.pointerType === 'touch' && this.#pointers.size === 1 && !this.#pinched;
    if (!this.#pointers.delete(event.pointerId)) return;
    // The browser took a lone finger's press over to scroll the page: it was a drag on the map.
    if (event.type === 'pointercancel' && soleTouch) this.#target.showTouchHint();
    if (this.#element.hasPointerCapture(event.pointerId)) this.#element.releasePointerCapture(event.pointerId);
    if (this.#pointers.size === 0) this.#target.gestureEnd();
  };

  #onWheel = (event: WheelEvent) => {
    if (!event.ctrlKey) {
      this.#target.showWheelHint();
      return;
    }
    event.preventDefault();
    const point = this.#local(event);
    const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
    this.#target.zoomAt(Math.pow(2, -Math.max(-100, Math.min(100, pixels)) / 100), point.x, point.y);
  };

  /** Two fingers are the map's: keep the browser from scrolling the page with them (pointer events cannot). */
  #onTouchMove = (event: TouchEvent) => {
    if (event.touches.length > 1 && event.cancelable) event.preventDefault();
  };

  #onClick = (event: MouseEvent) => {
    if (this.#suppressClick) {
      this.#suppressClick = false;
      event.stopPropagation();
      event.preventDefault();
    }
  };
}
