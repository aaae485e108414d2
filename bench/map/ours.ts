// Bench page (a)/(b): <engaged-city-map> with the feed named in ?feed=. Reports readiness and long tasks on `window.bench`.
import '../../src/engaged-city-map/engaged-city-map.js';
import type { EngagedCityMap } from '../../src/engaged-city-map/engaged-city-map.js';
import { installBench } from './bench-probe.js';

const probe = installBench();
const el = document.createElement('engaged-city-map') as EngagedCityMap;
el.setAttribute('loading', 'eager');
el.setAttribute('src', new URLSearchParams(location.search).get('feed') ?? 'feed-20000.json');
document.querySelector('main')!.append(el);

// Ready: the feed is in and the first markers (or clusters) are on the screen.
const poll = () => {
  if (el.shadowRoot?.querySelector('.markers button')) requestAnimationFrame(() => probe.ready());
  else requestAnimationFrame(poll);
};
poll();

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
