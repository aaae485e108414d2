import type { EngagedCityMap } from '../../src/engaged-city-map/engaged-city-map.js';
import { installBench } from './bench-probe.js';

/**
 * Adds an <engaged-city-map> for the feed named in ?feed= (eager, as a map at the top of a page is), reports it ready
 * on `window.bench` once its first markers are on the screen, and lets the bench zoom it. For the pages that load the
 * element from the sources (ours.ts) and from the CDN file (ours-cdn.ts): the element must be defined.
 */
export function benchMap(): void {
  const probe = installBench();
  const el = document.createElement('engaged-city-map') as EngagedCityMap;
  el.setAttribute('loading', 'eager');
  el.setAttribute('src', new URLSearchParams(location.search).get('feed') ?? 'feed-20000.json');
  document.querySelector('main')!.append(el);

  // Ready: the feed is in and the first markers (or clusters) are on the screen, i.e. two frames after they were drawn,
  // as on the Leaflet page. Watched with a MutationObserver rather than by polling in every frame, which kept this page
  // drawing a frame every 16 ms while it loaded (work the Leaflet page, which asks for no frame until it has drawn, did
  // not do).
  const observer = new MutationObserver(() => {
    if (!el.shadowRoot!.querySelector('.markers button')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => probe.ready()));
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });

  probe.zoom = async (steps: number) => {
    for (let i = 0; i < steps; i++) {
      el.zoomBy(2);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    for (let i = 0; i < steps; i++) {
      el.zoomBy(0.5);
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
  };
}
