import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/engaged-city-map/engaged-city-map.js';
import type { EngagedCityMap } from '../../src/engaged-city-map/engaged-city-map.js';
import type { Member, NetworkFeed } from '../../src/feed/types.js';
import { sampleFeed } from '../support/feeds.js';

const patience = { timeout: 8000 };

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 300 towns crowded around five cities, of every size (some without a population). */
function denseFeed(): NetworkFeed {
  const feed = sampleFeed();
  const next = random(7);
  const centres = [
    [52.52, 13.4, 'DE-BE'],
    [53.55, 10.0, 'DE-HH'],
    [48.14, 11.58, 'DE-BY'],
    [50.94, 6.96, 'DE-NW'],
    [51.34, 12.37, 'DE-SN'],
  ] as const;
  for (let i = 0; i < 300; i++) {
    const [lat, lon, region] = centres[i % centres.length]!;
    const spread = i % 3 === 0 ? 0.05 : 0.6;
    const population = i % 4 === 0 ? undefined : Math.round(2000 + next() ** 3 * 800000);
    const member: Member = {
      id: `town-${i}`, kind: 'city', name: `Ort ${i}`, roles: ['engaged-city'], region, since: 2019,
      location: { lat: lat + (next() - 0.5) * spread, lon: lon + (next() - 0.5) * spread * 1.5 },
      ...(population ? { population } : {}),
    };
    feed._engaged_city!.members.push(member);
  }
  return feed;
}

/** Renders the map `width` px wide, with `feed` (else the bundled snapshot), and waits until its markers are drawn. */
async function renderMap(width: number, feed?: NetworkFeed): Promise<EngagedCityMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('engaged-city-map');
  el.setAttribute('loading', 'eager');
  if (feed) el.data = feed;
  wrapper.append(el);
  await waitUntil(() => el.status !== 'loading', 'the map stays loading', patience);
  await waitUntil(() => el.shadowRoot!.querySelector('.markers button'), 'no markers drawn', patience);
  return el;
}

/** Waits until the map stands still and has drawn its markers for the new view. */
async function settle(el: EngagedCityMap): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('.stage')!.classList.contains('is-moving'), 'the map keeps moving', patience);
  await el.updateComplete;
}

const buttons = (el: EngagedCityMap) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"], [part~="cluster"]')];

/** The pairs of drawn markers or clusters whose boxes overlap by 25 % or more of the smaller box, described. */
function overlaps(el: EngagedCityMap): string[] {
  const boxes = buttons(el).map((button) => ({ key: button.dataset['key'], box: button.getBoundingClientRect() }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (width <= 0 || height <= 0) continue;
      const smaller = Math.min(a.width * a.height, b.width * b.height);
      const share = (width * height) / smaller;
      if (share >= 0.25) found.push(`${boxes[i]!.key} × ${boxes[j]!.key}: ${Math.round(share * 100)} %`);
    }
  }
  return found;
}

/** The drawn markers or clusters smaller than 24 × 24 CSS px (WCAG 2.5.8). */
function tooSmall(el: EngagedCityMap): string[] {
  return buttons(el)
    .map((button) => ({ key: button.dataset['key'], box: button.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 23.9 || box.height < 23.9)
    .map(({ key, box }) => `${key}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`);
}

/** Checks the map at its whole view and at each of three steps closer in. */
async function expectSeparateAtEveryZoom(el: EngagedCityMap): Promise<void> {
  for (let step = 0; step < 4; step++) {
    if (step > 0) {
      el.zoomBy(2);
      await settle(el);
    }
    expect(buttons(el).length, `markers at zoom step ${step}`).to.be.greaterThan(0);
    expect(overlaps(el), `overlapping markers at zoom step ${step}`).to.deep.equal([]);
    expect(tooSmall(el), `too small markers at zoom step ${step}`).to.deep.equal([]);
  }
}

describe('<engaged-city-map> markers and clusters', () => {
  for (const width of [320, 1200]) {
    it(`never draw one over another, with 300 crowded towns, ${width} px wide`, async () => {
      await expectSeparateAtEveryZoom(await renderMap(width, denseFeed()));
    });

    it(`never draw one over another, with the bundled snapshot, ${width} px wide`, async () => {
      await expectSeparateAtEveryZoom(await renderMap(width));
    });
  }
});
