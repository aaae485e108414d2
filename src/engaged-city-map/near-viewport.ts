import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The margin around the viewport within which an element counts as near (as the feed controller's lazy loading). */
const ROOT_MARGIN = '300px';

/**
 * Says when its host first comes near the viewport and calls `onNear` once, so the host can start loading what it
 * needs to draw (the map's base map chunk) at the same moment as the feed controller requests the feed. `lazy()`
 * false means "now".
 */
export class NearViewportController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #lazy: () => boolean;
  readonly #onNear: () => void;
  #observer?: IntersectionObserver;
  #near = false;

  constructor(host: ReactiveControllerHost & Element, options: { lazy: () => boolean; onNear: () => void }) {
    this.#host = host;
    this.#lazy = options.lazy;
    this.#onNear = options.onNear;
    host.addController(this);
  }

  /** Whether the host has come near the viewport (or was not lazy). */
  get near(): boolean {
    return this.#near;
  }

  hostConnected(): void {
    if (this.#near) return;
    if (!this.#lazy() || typeof IntersectionObserver === 'undefined') {
      this.#becomeNear();
      return;
    }
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#becomeNear();
      },
      { rootMargin: ROOT_MARGIN },
    );
    this.#observer.observe(this.#host);
  }

  hostUpdate(): void {
    // `loading="eager"` may be set after the element was connected.
    if (!this.#near && !this.#lazy()) this.#becomeNear();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #becomeNear(): void {
    this.#near = true;
    this.#observer?.disconnect();
    this.#onNear();
  }
}
