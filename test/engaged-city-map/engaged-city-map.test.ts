import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/engaged-city-map/engaged-city-map.js';
import type { EngagedCityMap } from '../../src/engaged-city-map/engaged-city-map.js';
import { ClusterIndex } from '../../src/engaged-city-map/clusters.js';
import { STATE_CODES, type NetworkFeed } from '../../src/feed/types.js';
import { captureWarnings, warningsDuring } from '../support/console.js';
import { jsonResponse, useFetchStub } from '../support/feeds.js';
import { mapFeed } from './map-feed.js';

/** How long a condition may take to come true: generous, for a shared CI machine under load. */
const patience = { timeout: 5000 };

/** Renders the map 640 px wide with a feed and waits until its markers are drawn. */
async function renderMap(feed: NetworkFeed, attributes: Partial<Record<'region' | 'lang' | 'shading' | 'view' | 'controls' | 'selected' | 'heading-level', string>> = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  const el = document.createElement('engaged-city-map');
  el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = feed;
  wrapper.append(el);
  await waitUntil(() => el.status !== 'loading', 'the map stays loading', patience);
  if (el.view === 'map' && el.status === 'ready') {
    await waitUntil(() => el.shadowRoot!.querySelector('.markers button'), 'no markers drawn', patience);
  }
  return el;
}

/** Renders the map `width` px wide with the bundled snapshot of the network and waits until it stands still. */
async function renderSnapshotMap(width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('engaged-city-map');
  el.setAttribute('loading', 'eager');
  wrapper.append(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.markers button'), 'no markers drawn', { timeout: 10_000 });
  await settle(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: EngagedCityMap, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: EngagedCityMap, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const labels = (el: EngagedCityMap, part: string) => $$(el, `[part~="${part}"]`).map((node) => node.getAttribute('aria-label'));
/** The legend the visitor sees (a narrow map draws it inside the map's box, a wide one beside it). */
const legend = (el: EngagedCityMap) => $$(el, '[part~="legend"]').find((node) => node.checkVisibility());
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: EngagedCityMap) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The middle of an element on the screen. */
const centre = (node: Element) => {
  const box = node.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2] as const;
};
/** Where the base map is drawn: its transform. */
const mapTransform = (el: EngagedCityMap) => $(el, '.base-map g')!.getAttribute('transform');
/** A finger on the screen, as pointer events say it. */
const touch = (target: Element, type: string, pointerId: number, clientX: number, clientY: number) =>
  target.dispatchEvent(new PointerEvent(type, { pointerId, pointerType: 'touch', isPrimary: pointerId === 1, clientX, clientY, bubbles: true, composed: true, cancelable: true }));
/** A `touchmove` with `fingers` touches on `target`, dispatched; returns the event. */
const touchMove = (target: Element, fingers: number) => {
  const touches = Array.from({ length: fingers }, (_, identifier) => new Touch({ identifier, target, clientX: 100 + 50 * identifier, clientY: 100 }));
  const event = new TouchEvent('touchmove', { touches, targetTouches: touches, changedTouches: touches, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};
/** A computed colour (`rgb(…)` or `color(srgb …)`) as sRGB channels from 0 to 1. */
const srgb = (value: string): number[] => {
  const numbers = (value.match(/[\d.]+/g) ?? []).map(Number);
  return value.startsWith('rgb') ? numbers.slice(0, 3).map((n) => n / 255) : numbers.slice(0, 3);
};
/** The WCAG contrast ratio of two sRGB colours. */
const contrast = (a: number[], b: number[]) => {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
};
/**
 * Runs `act` and says of each time the map clustered its members meanwhile whether it did so while drawing (one long
 * task at 20,000 members) or in a task of its own.
 */
const whileClustering = async (el: EngagedCityMap, act: () => Promise<void>) => {
  const calls: string[] = [];
  const itemsIn = ClusterIndex.prototype.itemsIn;
  ClusterIndex.prototype.itemsIn = function (this: ClusterIndex, ...args: Parameters<ClusterIndex['itemsIn']>) {
    calls.push(el.isUpdatePending ? 'while drawing' : 'in a task of its own');
    return itemsIn.apply(this, args);
  };
  try {
    await act();
  } finally {
    ClusterIndex.prototype.itemsIn = itemsIn;
  }
  return calls;
};
/**
 * Waits until the map stands still and has drawn its markers for the new view: the render that started a move (a
 * transition, a gesture) marks the stage `is-moving`, and the render after the move ends removes the mark. Waits on
 * that state, never on the transition's nominal duration, which a loaded machine stretches.
 */
const settle = async (el: EngagedCityMap) => {
  await el.updateComplete;
  await waitUntil(() => !$(el, '.stage')!.classList.contains('is-moving'), 'the map keeps moving', patience);
  await el.updateComplete;
};

/** Focuses `marker` as a keyboard user would (so the browser shows the focus), then presses `key` `times` times. */
async function pressOn(el: EngagedCityMap, marker: HTMLElement, key: string, times: number) {
  await sendKeys({ press: 'Shift' });
  marker.focus();
  for (let press = 0; press < times; press++) {
    await sendKeys({ press: key });
    await settle(el);
  }
}

describe('<engaged-city-map>', () => {
  describe('markers', () => {
    it('draws a marker for each member with a location and none for the others', async () => {
      const el = await renderMap(mapFeed());
      expect(labels(el, 'marker').sort()).to.deep.equal([
        'Aachen, Nordrhein-Westfalen', 'Freiburg im Breisgau, Baden-Württemberg', 'Görlitz, Sachsen', 'Kiel, Schleswig-Holstein',
        'Lutherstadt Wittenberg, Sachsen-Anhalt', 'Passau, Bayern',
      ]);
      expect(labels(el, 'marker').some((label) => label?.startsWith('Marburg'))).to.equal(false);
      expect($$(el, '.base-map path.state')).to.have.length(16);
    });

    it('draws members at the very edges the feed format allows (lon 5.8 lies left of the base map) and opens them', async () => {
      const feed = mapFeed();
      const edge = (id: string, lat: number, lon: number) =>
        ({ id, kind: 'city' as const, name: `Rand ${id}`, roles: ['engaged-city' as const], region: 'DE-RP' as const, since: 2020, location: { lat, lon } });
      feed._engaged_city!.members.push(edge('w', 49.5, 5.8), edge('sw', 47.2, 5.8), edge('nw', 55.1, 5.8), edge('ne', 55.1, 15.1), edge('se', 47.2, 15.1));
      const el = await renderMap(feed, { selected: 'w' });
      expect(el.status).to.equal('ready');
      for (const id of ['w', 'sw', 'nw', 'ne', 'se']) {
        expect(labels(el, 'marker').some((label) => label?.startsWith(`Rand ${id},`)), id).to.equal(true);
      }
      expect($(el, '[part~="details"] .details-name')!.textContent!.trim(), 'the selected one opened').to.equal('Rand w');
    });

    it('sizes markers by population, with a default size when it is unknown', async () => {
      const el = await renderMap(mapFeed());
      const dot = (name: string) => getComputedStyle($$(el, '[part~="marker"]').find((node) => node.getAttribute('aria-label')!.startsWith(name))!, '::before');
      expect(parseFloat(dot('Aachen').width)).to.be.greaterThan(parseFloat(dot('Passau').width));
      expect([dot('Görlitz').width, dot('Görlitz').height]).to.deep.equal(['12px', '12px']);
    });

    it('has one tab stop: the markers use a roving tabindex', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      const stops = $$(el, '.markers button').filter((node) => node.tabIndex === 0);
      expect(stops).to.have.length(1);
    });
  });

  describe('clusters', () => {
    it('groups nearby towns into a cluster that says how many it holds, and where: its state and a town in it', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      // None of the three has a population: the first by id names the group.
      expect(labels(el, 'cluster')).to.deep.equal(['Gruppe mit 3 Städten in Rheinland-Pfalz, darunter Ort Drei, vergrößern']);
      expect(labels(el, 'marker').some((label) => label?.startsWith('Ort '))).to.equal(false);
    });

    it('names the largest town of a cluster, and two states by name, more by their number', async () => {
      const feed = mapFeed({ withGroup: true });
      const near = (id: string, name: string, region: 'DE-HE' | 'DE-BW', lat: number, lon: number, population: number) =>
        ({ id, kind: 'city' as const, name, roles: ['engaged-city' as const], region, since: 2020, location: { lat, lon }, population });
      feed._engaged_city!.members.push(near('wiesbaden', 'Wiesbaden', 'DE-HE', 49.91, 8.23, 280000));
      const el = await renderMap(feed);
      expect(labels(el, 'cluster')).to.deep.equal(['Gruppe mit 4 Städten in Hessen und Rheinland-Pfalz, darunter Wiesbaden, vergrößern']);
      feed._engaged_city!.members.push(near('mannheim', 'Mannheim', 'DE-BW', 49.89, 8.22, 310000));
      el.data = { ...feed };
      el.lang = 'en';
      await waitUntil(() => labels(el, 'cluster')[0]?.startsWith('Group of 5'), 'no cluster of five', patience);
      expect(labels(el, 'cluster')).to.deep.equal(['Group of 5 cities in 3 states, including Mannheim, zoom in']);
    });

    it('says "im Saarland", and puts the Saarland after another state ("in Rheinland-Pfalz und dem Saarland")', async () => {
      const feed = mapFeed();
      const town = (id: string, region: 'DE-SL' | 'DE-RP', lat: number, lon: number) =>
        ({ id, kind: 'city' as const, name: id, roles: ['engaged-city' as const], region, since: 2020, location: { lat, lon } });
      feed._engaged_city!.members.push(town('a', 'DE-SL', 49.3, 6.9), town('b', 'DE-SL', 49.32, 6.93));
      const el = await renderMap(feed);
      expect(labels(el, 'cluster')).to.deep.equal(['Gruppe mit 2 Städten im Saarland, darunter a, vergrößern']);
      feed._engaged_city!.members.push(town('c', 'DE-RP', 49.31, 6.95));
      el.data = { ...feed };
      await waitUntil(() => labels(el, 'cluster')[0]?.startsWith('Gruppe mit 3'), 'no cluster of three', patience);
      expect(labels(el, 'cluster')).to.deep.equal(['Gruppe mit 3 Städten in Rheinland-Pfalz und dem Saarland, darunter a, vergrößern']);
    });

    it('zooms in when activated, and the cluster splits; zooming out joins it again', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      $(el, '[part~="cluster"]')!.click();
      await waitUntil(() => labels(el, 'marker').some((label) => label?.startsWith('Ort ')), 'the cluster did not split', patience);
      await settle(el);
      expect(labels(el, 'marker').filter((label) => label?.startsWith('Ort ')).length + $$(el, '[part~="cluster"]').length).to.be.greaterThan(1);
      $(el, 'button[aria-label="Ganze Karte zeigen"]')!.click();
      await settle(el);
      expect(labels(el, 'cluster')).to.deep.equal(['Gruppe mit 3 Städten in Rheinland-Pfalz, darunter Ort Drei, vergrößern']);
    });

    it('clusters for the view a zoom ends at while the transition runs, so the frame that ends it only draws', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      await settle(el);
      const clustering = await whileClustering(el, async () => {
        el.zoomBy(2);
        await settle(el);
      });
      expect(clustering).to.deep.equal(['in a task of its own']);
      expect($$(el, '.markers button').length).to.be.greaterThan(0);
    });

    it('keeps the keyboard focus on the marker when + and - draw the markers anew, in another order', async () => {
      // The bundled snapshot of the network: zooming in and out moves the focused marker among the others in the DOM.
      const el = await renderSnapshotMap(1200);
      $(el, '.stage [tabindex="0"]')!.focus();
      for (const key of ['+', '+', '-', '+', '-', '-']) {
        const before = focused(el);
        await sendKeys({ press: key });
        await settle(el);
        expect(focused(el), `after ${key}`).to.not.equal(null);
        expect(focused(el)!.dataset['key'], `after ${key}`).to.be.a('string');
        if (before?.isConnected) expect(focused(el), `after ${key}`).to.equal(before);
      }
    });

    it('moves the map to the nearest town in an arrow key\'s direction when none is drawn there (zoomed in)', async () => {
      // Towns far apart, zoomed in around the one in the middle: none is drawn to its left.
      const el = await renderMap(mapFeed());
      $(el, '.stage [tabindex="0"]')!.focus();
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: '+' });
        await settle(el);
      }
      const middle = (node: Element) => node.getBoundingClientRect().left + node.getBoundingClientRect().width / 2;
      const start = focused(el)!;
      expect($$(el, '.markers button').filter((node) => middle(node) < middle(start))).to.deep.equal([]);
      for (const key of ['ArrowLeft', 'ArrowRight']) {
        const before = focused(el)!.getAttribute('aria-label');
        await sendKeys({ press: key });
        await settle(el);
        await waitUntil(() => focused(el) && focused(el)!.getAttribute('aria-label') !== before, `${key} did not move the focus`, patience);
        const box = focused(el)!.getBoundingClientRect();
        const stage = $(el, '.stage')!.getBoundingClientRect();
        expect(box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom, `${key}: in sight`).to.equal(true);
      }
    });

    it('focuses the town it moved the map to for an arrow key, also among many towns', async () => {
      const el = await renderSnapshotMap(375);
      $(el, '.stage [tabindex="0"]')!.focus();
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: '+' });
        await settle(el);
      }
      let beyond = 0;
      for (let i = 0; i < 16 && beyond < 2; i++) {
        const drawn = new Set($$(el, '.markers button').map((node) => node.dataset['key']));
        await sendKeys({ press: i % 4 === 3 ? 'ArrowDown' : 'ArrowLeft' });
        await settle(el);
        await el.updateComplete;
        const now = focused(el)!;
        expect(now, `press ${i + 1}: the focus left the map`).to.not.equal(null);
        if (drawn.has(now.dataset['key'])) continue;
        beyond++;
        // The map moved the town it chose to its middle: the focus is on what is drawn there.
        const stage = $(el, '.stage')!.getBoundingClientRect();
        const [cx, cy] = [stage.left + stage.width / 2, stage.top + stage.height / 2];
        const distance = (node: Element) => Math.hypot(centre(node)[0] - cx, centre(node)[1] - cy);
        expect(distance(now), `press ${i + 1}`).to.be.at.most(Math.min(...$$(el, '.markers button').map(distance)) + 0.5);
      }
      expect(beyond, 'no arrow key went beyond the screen').to.be.greaterThan(0);
    });

    it('keeps the keyboard focus where it was on the map when - merges the focused town into a cluster', async () => {
      const el = await renderSnapshotMap(375);
      $(el, '.stage [tabindex="0"]')!.focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: '+' });
        await settle(el);
      }
      // Away from the middle of the map, where the item nearest to the middle is another one (down and right on the
      // snapshot reach a town that the first - merges).
      const stage = $(el, '.stage')!.getBoundingClientRect();
      const offCentre = () => Math.hypot(centre(focused(el)!)[0] - (stage.left + stage.width / 2), centre(focused(el)!)[1] - (stage.top + stage.height / 2));
      for (let i = 0; i < 10 && offCentre() < 80; i++) {
        await sendKeys({ press: i % 2 ? 'ArrowDown' : 'ArrowRight' });
        await settle(el);
      }
      let merged = 0;
      for (let i = 0; i < 4; i++) {
        const before = focused(el)!;
        // - zooms around the focused item: what holds it afterwards is drawn where it was.
        const [x, y] = centre(before);
        await sendKeys({ press: '-' });
        await settle(el);
        if (before.isConnected) continue;
        merged++;
        const distance = (node: Element) => Math.hypot(centre(node)[0] - x, centre(node)[1] - y);
        const nearest = Math.min(...$$(el, '.markers button').map(distance));
        expect(distance(focused(el)!), `after - ${i + 1}`).to.be.at.most(nearest + 0.5);
      }
      expect(merged, 'no zoom merged the focused item').to.be.greaterThan(0);
    });

    it('gives the keyboard focus to the cluster that takes in the focused town when the element narrows', async () => {
      // A phone turned upright, a window snapped to half the screen: the town in focus is merged into a cluster; a
      // screen reader then names that cluster, not another town that happens to be nearer to where the town was.
      const el = await renderSnapshotMap(900);
      const wrapper = el.parentElement!;
      const resize = async (width: number) => {
        wrapper.style.width = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await settle(el);
      };
      const towns = () => new Set($$(el, '.markers button[data-key^="m"]').map((button) => button.dataset['key']!.slice(1)));
      const wide = towns();
      await resize(320);
      const merged = [...wide].filter((id) => !towns().has(id));
      expect(merged.length, 'no town merged at 320 px').to.be.greaterThan(0);
      for (const id of merged.slice(0, 3)) {
        await resize(900);
        $(el, `.markers [data-key="m${id}"]`)!.focus();
        await resize(320);
        const now = focused(el)!;
        expect(now.dataset['key'], id).to.match(/^c/);
        // The cluster holding a member is the one marked when that member is selected.
        el.selected = id;
        await el.updateComplete;
        expect(now.getAttribute('aria-current'), id).to.equal('true');
        el.selected = undefined;
        await el.updateComplete;
      }
    });

    it('brings a marker that the keyboard focuses at the edge of the map into sight, clear of the zoom buttons', async () => {
      const el = await renderSnapshotMap(640);
      el.zoomBy(2);
      await settle(el);
      el.zoomBy(2);
      await settle(el);
      const stage = $(el, '.stage')!.getBoundingClientRect();
      const zoom = $(el, '.zoom')!.getBoundingClientRect();
      const inSight = (node: Element) => {
        const box = node.getBoundingClientRect();
        const clearOfButtons = box.right <= zoom.left || box.left >= zoom.right || box.bottom <= zoom.top || box.top >= zoom.bottom;
        return box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom && clearOfButtons;
      };
      const hidden = $$(el, '.markers button').filter((node) => !inSight(node));
      expect(hidden.length, 'markers drawn at the edge, partly out of sight').to.be.greaterThan(0);
      for (const node of hidden.slice(0, 3)) {
        await sendKeys({ press: 'Shift' }); // the keyboard moves the focus (so the browser shows it)
        node.focus();
        await settle(el);
        expect(focused(el)).to.equal(node);
        expect(inSight(node), node.getAttribute('aria-label')!).to.equal(true);
      }
    });

    it('pans no further than keeps the focused town in sight when no other town would be in sight', async () => {
      const el = await renderMap(mapFeed());
      await pressOn(el, $(el, '[part~="marker"][aria-label^="Kiel"]')!, '+', 4);
      const stage = $(el, '.stage')!.getBoundingClientRect();
      for (let press = 0; press < 12; press++) {
        await sendKeys({ press: 'Shift+ArrowLeft' });
        await settle(el);
        const now = focused(el);
        expect(now?.matches('[part~="marker"], [part~="cluster"]'), `press ${press}: the focus left the map`).to.equal(true);
        const [x, y] = centre(now!);
        expect(x, `press ${press}`).to.be.within(stage.left, stage.right);
        expect(y, `press ${press}`).to.be.within(stage.top, stage.bottom);
      }
    });

    it('keeps the focus where it is when Shift + arrow cannot move the map any further', async () => {
      const el = await renderMap(mapFeed());
      await sendKeys({ press: 'Shift' });
      $(el, '[part~="marker"]')!.focus();
      let before: string | null = null;
      for (let press = 0; press < 12 && before !== mapTransform(el); press++) {
        before = mapTransform(el);
        await sendKeys({ press: 'Shift+ArrowLeft' });
        await settle(el);
      }
      expect(mapTransform(el), 'the map stops at its edge').to.equal(before);
      const stage = $(el, '.stage')!.getBoundingClientRect();
      const inSight = $$(el, '[part~="marker"]').filter((node) => centre(node)[0] < stage.right - 8);
      const rightmost = inSight.sort((a, b) => centre(b)[0] - centre(a)[0])[0]!;
      rightmost.focus();
      await sendKeys({ press: 'Shift+ArrowLeft' });
      await settle(el);
      expect(mapTransform(el)).to.equal(before);
      expect(focused(el)).to.equal(rightmost);
    });

    it('shows its keys to a sighted keyboard user who enters the map, for a few seconds', async () => {
      const el = await renderMap(mapFeed());
      const hint = $(el, '.key-hint')!;
      expect(hint.getBoundingClientRect().width, 'shown before any marker has focus').to.equal(0);
      await sendKeys({ press: 'Shift' });
      $(el, '[part~="marker"]')!.focus();
      const box = hint.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(100);
      expect(text(hint)).to.equal('Pfeiltasten: andere Stadt · Eingabe: Details · Escape: schließen · Plus/Minus: Zoom');
      const map = $(el, '[part~="map"]')!.getBoundingClientRect();
      expect(box.bottom, 'over the controls, never over the towns').to.be.at.most(map.top);
      expect(box.top).to.be.at.least(el.getBoundingClientRect().top);
      const style = getComputedStyle(hint);
      expect([style.animationName, style.animationDelay], 'it fades after a while, also with reduced motion').to.deep.equal(['key-hint', '6s']);
      expect(hint.getAttribute('aria-hidden'), 'screen readers hear the keys in full, as the description').to.equal('true');
      $(el, '[part~="marker"]')!.blur();
      expect(hint.getBoundingClientRect().width).to.equal(0);
    });

    it('without controls, shows its keys inside a narrow map, away from the town with the focus', async () => {
      const el = await renderMap(mapFeed(), { controls: 'none' });
      (el.parentElement as HTMLElement).style.width = '320px';
      await settle(el);
      const hint = () => $(el, '.key-hint')!;
      const stage = $(el, '.stage')!.getBoundingClientRect();
      const markers = $$(el, '[part~="marker"], [part~="cluster"]').filter((node) => {
        const [, y] = centre(node);
        return y > stage.top && y < stage.bottom;
      });
      const northernmost = markers.sort((a, b) => centre(a)[1] - centre(b)[1])[0]!;
      const southernmost = markers.at(-1)!;
      await sendKeys({ press: 'Shift' });
      for (const town of [northernmost, southernmost]) {
        town.focus();
        await el.updateComplete;
        const box = hint().getBoundingClientRect();
        const dot = town.getBoundingClientRect();
        expect(box.width, 'shown').to.be.greaterThan(100);
        const apart = box.bottom <= dot.top || box.top >= dot.bottom;
        expect(apart, `the hint (${Math.round(box.top)}–${Math.round(box.bottom)}) leaves ${town.getAttribute('aria-label')} (${Math.round(dot.top)}–${Math.round(dot.bottom)}) in sight`).to.equal(true);
        const map = $(el, '[part~="map"]')!.getBoundingClientRect();
        expect(box.top >= map.top && box.bottom <= map.bottom, 'inside the map').to.equal(true);
      }
    });

    it('without controls, keeps its keys over a wide map, and away from a town the keyboard moves the map under them', async () => {
      const el = await renderMap(mapFeed(), { controls: 'none' });
      (el.parentElement as HTMLElement).style.width = '1000px';
      await settle(el);
      const hint = () => $(el, '.key-hint')!.getBoundingClientRect();
      const stage = $(el, '.stage')!.getBoundingClientRect();
      const middle = (stage.top + stage.bottom) / 2;
      const town = $$(el, '[part~="marker"], [part~="cluster"]').sort((a, b) => Math.abs(centre(a)[1] - middle) - Math.abs(centre(b)[1] - middle))[0]!;
      const apart = () => {
        const box = hint();
        const dot = focused(el)!.getBoundingClientRect();
        return box.bottom <= dot.top || box.top >= dot.bottom;
      };
      await pressOn(el, town, 'Shift+ArrowUp', 0);
      await el.updateComplete;
      const map = $(el, '[part~="map"]')!.getBoundingClientRect();
      const before = hint();
      expect(before.width, 'shown').to.be.greaterThan(100);
      expect(before.left >= map.left && before.right <= map.right, 'over the map, not the legend beside it').to.equal(true);
      expect(apart(), 'away from the focused town').to.equal(true);
      // The keyboard moves the map so that the town goes to where the hint is (Shift + ArrowUp moves the map down).
      const hintBelow = before.top > middle;
      const reached = () => (hintBelow ? centre(focused(el)!)[1] > before.top : centre(focused(el)!)[1] < before.bottom);
      for (let press = 0; press < 16 && !reached(); press++) {
        await sendKeys({ press: hintBelow ? 'Shift+ArrowUp' : 'Shift+ArrowDown' });
        await settle(el);
      }
      await aTimeout(0);
      expect(reached(), 'the town is where the hint was').to.equal(true);
      expect(apart(), 'the hint went to the other edge').to.equal(true);
    });

    it('speaks of keys for towns only where the map shows towns', async () => {
      const el = await renderMap(mapFeed());
      expect(text($(el, '#map-help'))).to.contain('Pfeiltasten');
      el.data = { ...mapFeed(), _engaged_city: { ...mapFeed()._engaged_city!, members: [] } };
      await waitUntil(() => el.status === 'empty', 'the map does not settle on empty', patience);
      await el.updateComplete;
      expect($(el, '.stage')!.getAttribute('aria-describedby')).to.equal('map-help');
      expect(text($(el, '#map-help')), 'no towns to move between').to.equal('');
    });

    it('tells a screen reader its keys once: as the map’s description, not again in the reading order', async () => {
      const el = await renderMap(mapFeed());
      const help = $(el, '#map-help')!;
      expect($(el, '.stage')!.getAttribute('aria-describedby')).to.equal(help.id);
      expect(text(help)).to.contain('Pfeiltasten');
      // A description may point at hidden content; browse mode read the paragraph a second time after the legend.
      expect(help.getAttribute('aria-hidden')).to.equal('true');
    });

    it('keeps the focus on a marker in sight while Shift + arrow keys pan the map', async () => {
      const el = await renderMap(mapFeed());
      const kiel = $(el, '[part~="marker"][aria-label^="Kiel"]')!;
      await pressOn(el, kiel, 'Shift+ArrowDown', 4);
      const stage = $(el, '.stage')!.getBoundingClientRect();
      expect(kiel.isConnected ? centre(kiel)[1] : -1, 'the map did not move Kiel out of sight').to.be.below(stage.top);
      const now = focused(el)!;
      expect(now.matches('[part~="marker"], [part~="cluster"]')).to.equal(true);
      const [x, y] = centre(now);
      expect(x).to.be.within(stage.left, stage.right);
      expect(y).to.be.within(stage.top, stage.bottom);
      expect(now.tabIndex, 'the marker in sight is the tab stop').to.equal(0);
    });

    it('says when a zoom button can do no more (out at the whole map, in at the closest zoom) and keeps its focus', async () => {
      const el = await renderMap(mapFeed());
      const [zoomIn, zoomOut, reset] = $$(el, '.zoom-button');
      const unavailable = () => [zoomIn, zoomOut, reset].map((button) => button!.getAttribute('aria-disabled'));
      expect(unavailable()).to.deep.equal(['false', 'true', null]);
      zoomIn!.focus();
      for (let i = 0; i < 10; i++) {
        zoomIn!.click();
        await settle(el);
      }
      expect(unavailable()).to.deep.equal(['true', 'false', null]);
      // Still a tab stop with the focus on it (`disabled` would drop the focus to the page), and it does nothing.
      expect(focused(el)).to.equal(zoomIn);
      const closest = mapTransform(el);
      zoomIn!.click();
      await el.updateComplete;
      expect($(el, '.stage')!.classList.contains('is-moving'), 'no move begins').to.equal(false);
      await settle(el);
      // Nor does Ctrl + wheel move the map there (zooming around a point and then limiting the zoom moved it aside).
      $(el, '.stage')!.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 100, clientY: 100 }));
      await settle(el);
      expect(mapTransform(el)).to.equal(closest);
      // Greyed rather than faded: opacity would fade its focus ring too.
      expect(getComputedStyle(zoomIn!).opacity).to.equal('1');
      expect(getComputedStyle(zoomIn!).color).to.equal(getComputedStyle(zoomIn!).borderTopColor);
      expect(getComputedStyle(zoomIn!).color).not.to.equal(getComputedStyle(zoomOut!).color);
      await expect(el).to.be.accessible();
      reset!.click();
      await settle(el);
      expect(unavailable()).to.deep.equal(['false', 'true', null]);
      // Under forced colours it looks as the browser draws a disabled button.
      const native = document.createElement('button');
      native.disabled = true;
      el.after(native);
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(getComputedStyle(zoomOut!).color).to.equal(getComputedStyle(native).color);
        expect(getComputedStyle(zoomIn!).color).not.to.equal(getComputedStyle(native).color);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
        native.remove();
      }
    });

    it('zooms with the + and - keys', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      const cluster = $(el, '[part~="cluster"]')!;
      cluster.focus();
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: '+' });
        await el.updateComplete;
      }
      await settle(el);
      expect(labels(el, 'cluster')).to.deep.equal([]);
      expect(labels(el, 'marker').filter((label) => label?.startsWith('Ort '))).to.have.length(3);
    });
  });

  describe('region', () => {
    it('shows only the states named and their members', async () => {
      const el = await renderMap(mapFeed(), { region: 'DE-ST DE-SN' });
      expect($$(el, '.base-map path.state')).to.have.length(2);
      expect(labels(el, 'marker').sort()).to.deep.equal(['Görlitz, Sachsen', 'Lutherstadt Wittenberg, Sachsen-Anhalt']);
    });

    it('reads state codes in any case, as <network-news> does, and ignores words that are no code', async () => {
      const el = await renderMap(mapFeed(), { region: 'de-st Sachsen De-Sn' });
      expect(el.status).to.equal('ready');
      expect($$(el, '.base-map path.state')).to.have.length(2);
      expect(labels(el, 'marker').sort()).to.deep.equal(['Görlitz, Sachsen', 'Lutherstadt Wittenberg, Sachsen-Anhalt']);
    });

    it('reads state codes separated by commas too, as a webmaster may write them', async () => {
      for (const region of ['DE-ST,DE-SN', 'DE-ST, DE-SN']) {
        const el = await renderMap(mapFeed(), { region });
        expect(el.status, region).to.equal('ready');
        expect(labels(el, 'marker').sort(), region).to.deep.equal(['Görlitz, Sachsen', 'Lutherstadt Wittenberg, Sachsen-Anhalt']);
      }
    });

    it('tells the webmaster again when a corrected `region` holds another word that is no state', async () => {
      const warnings = await warningsDuring(async (seen) => {
        const el = await renderMap(mapFeed(), { region: 'Sachsen DE-SN' });
        await waitUntil(() => seen.length === 1, 'no warning about "Sachsen"', patience);
        el.region = 'DE-SN Sachsn';
        await waitUntil(() => seen.length === 2, 'no warning about "Sachsn"', patience);
        el.region = 'DE-SN Sachsn';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(warnings[1]).to.contain('"Sachsn"');
    });

    it('tells the webmaster when `selected` names a member outside the `region` (its details are shown, not its marker)', async () => {
      const warnings = await warningsDuring(async (seen) => {
        const el = await renderMap(mapFeed(), { region: 'DE-SN', selected: 'kiel' });
        await waitUntil(() => seen.length > 0, 'no warning about Kiel', patience);
        expect(text($(el, '[part~="details"] h3'))).to.equal('Kiel');
        expect(labels(el, 'marker')).to.deep.equal(['Görlitz, Sachsen']);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('selected="kiel" is not in region="DE-SN"');
    });

    it('does not also warn of `selected` when `region` names no state at all (that warning says it)', async () => {
      const warnings = await warningsDuring(async (seen) => {
        await renderMap(mapFeed(), { region: 'Sachsen', selected: 'kiel' });
        await waitUntil(() => seen.length > 0, 'no warning about "Sachsen"', patience);
        await aTimeout(50);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"Sachsen" is no state');
    });

    it('says `empty` and shows a message, no map, when `region` names no state, and tells the webmaster why', async () => {
      const { messages: warnings, restore } = captureWarnings();
      try {
        const el = await renderMap(mapFeed(), { region: 'Berlin' });
        expect(el.status).to.equal('empty');
        expect($(el, '.base-map')).to.equal(null);
        expect(labels(el, 'marker')).to.deep.equal([]);
        const message = $(el, '.map-message')!;
        expect(message.checkVisibility()).to.equal(true);
        expect(text(message)).to.equal('In diesem Gebiet sind keine Städte eingetragen.');
        // Screen readers hear it once, from the status region that was there while the map loaded.
        expect(message.getAttribute('aria-hidden')).to.equal('true');
        expect(text($(el, '.settled-status'))).to.equal('In diesem Gebiet sind keine Städte eingetragen.');
        await expect(el).to.be.accessible();
        // Told once the map's code is there (it holds the message, the entry does not).
        await waitUntil(() => warnings.length > 0, 'no warning about the region', patience);
      } finally {
        restore();
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<engaged-city-map>').and.contain('"Berlin"').and.contain('DE-SN');
    });

    it('shows all of Germany for an empty `region`, and follows a change of `region`', async () => {
      const el = await renderMap(mapFeed(), { region: '' });
      expect($$(el, '.base-map path.state')).to.have.length(16);
      el.region = 'Berlin';
      await el.updateComplete;
      expect(el.status).to.equal('empty');
      el.region = 'DE-BY';
      await waitUntil(() => labels(el, 'marker').length === 1, 'the map did not follow the region', patience);
      expect(el.status).to.equal('ready');
      expect(labels(el, 'marker')).to.deep.equal(['Passau, Bayern']);
    });
  });

  describe('moved on the page', () => {
    /** Moves the map to a new parent `width` px wide, as frameworks, tabs and CMS editors do. */
    const move = async (el: EngagedCityMap, width: number) => {
      const parent = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      parent.append(el);
      return parent;
    };
    const drawnWidth = (el: EngagedCityMap) => Number($(el, '.base-map')!.getAttribute('viewBox')!.split(' ')[2]);

    it('follows its new size', async () => {
      const el = await renderMap(mapFeed());
      const before = drawnWidth(el);
      const parent = await move(el, 400);
      await waitUntil(() => drawnWidth(el) !== before, 'the drawing kept its old size', patience);
      expect(drawnWidth(el)).to.equal($(el, '.stage')!.clientWidth);
      parent.style.width = '500px';
      await waitUntil(() => drawnWidth(el) === $(el, '.stage')!.clientWidth && drawnWidth(el) > 400 - 24, 'the drawing did not follow a resize', patience);
    });

    it('still pans with a drag and zooms with Ctrl + wheel', async () => {
      const el = await renderMap(mapFeed());
      el.zoomBy(2); // so that the map can pan; before the move, so that nothing but the move makes it render again
      await settle(el);
      await move(el, 640);
      await el.updateComplete;
      const stage = $(el, '.stage')!;
      const before = mapTransform(el);
      const mouse = (type: string, x: number) =>
        stage.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: x, clientY: 100, bubbles: true, composed: true }));
      mouse('pointerdown', 100);
      for (const x of [110, 130, 160]) mouse('pointermove', x);
      mouse('pointerup', 160);
      await settle(el);
      expect(mapTransform(el)).to.not.equal(before);
      const panned = mapTransform(el);
      const wheel = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 100, clientY: 100 });
      stage.dispatchEvent(wheel);
      await settle(el);
      expect(wheel.defaultPrevented).to.equal(true);
      expect(mapTransform(el)).to.not.equal(panned);
    });
  });

  describe('search and state filter', () => {
    it('filters the markers by name as the visitor types, and announces the result', async () => {
      const el = await renderMap(mapFeed());
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      expect(text($(el, `label[for="${input.id}"]`))).to.equal('Stadt suchen');
      input.focus();
      await sendKeys({ type: 'görl' });
      await waitUntil(() => labels(el, 'marker').length === 1, 'the search did not filter', patience);
      expect(labels(el, 'marker')).to.deep.equal(['Görlitz, Sachsen']);
      await waitUntil(() => text($(el, '[aria-live="polite"]')) === '1 Stadt gefunden', 'no announcement', patience);
    });

    it('filters at once but announces only when typing pauses, and only a changed count', async () => {
      const el = await renderMap(mapFeed());
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      const live = $(el, '[aria-live="polite"]')!;
      const announced: string[] = [];
      new MutationObserver(() => announced.push(text(live))).observe(live, { childList: true, characterData: true, subtree: true });
      const type = async (value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await aTimeout(200); // a slow typist: longer than the search waits to filter, shorter than a pause
      };
      await type('k');
      expect(labels(el, 'marker')).to.deep.equal(['Kiel, Schleswig-Holstein']);
      for (const value of ['ki', 'kie']) await type(value);
      expect(announced).to.deep.equal([]);
      await waitUntil(() => announced.length > 0, 'no announcement', patience);
      await aTimeout(900);
      expect(announced).to.deep.equal(['1 Stadt gefunden']);
      await type('kiel'); // still one match: nothing new to say
      await aTimeout(900);
      expect(announced).to.deep.equal(['1 Stadt gefunden']);
      await type('');
      await waitUntil(() => announced.length > 1, 'no announcement', patience);
      expect(announced).to.deep.equal(['1 Stadt gefunden', '7 Städte gefunden']);
    });

    it('finds names without their accents', async () => {
      const el = await renderMap(mapFeed());
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'GORLITZ' });
      await waitUntil(() => labels(el, 'marker').length === 1, 'the search did not filter', patience);
    });

    it('says on the map, not only to screen readers, that a search found nothing', async () => {
      const el = await renderMap(mapFeed());
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'zzz' });
      await waitUntil(() => text($(el, '.map-message')) === 'Keine Stadt entspricht Ihrer Auswahl.', 'no visible message', patience);
    });

    it('says on the map when what a search found has no place on it, and that the list shows it', async () => {
      const el = await renderMap(mapFeed());
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      // Marburg has no location in the sample feed.
      await sendKeys({ type: 'Marburg' });
      await waitUntil(() => text($(el, '.map-message')) === 'Keine dieser Städte hat eine Position auf der Karte. Die Liste zeigt sie.', 'a blank map', patience);
      expect(labels(el, 'marker')).to.deep.equal([]);
      el.view = 'list';
      await el.updateComplete;
      expect(text($(el, '[part~="list"]'))).to.contain('Marburg');
    });

    it('filters by state with a select that lists the states with members', async () => {
      const el = await renderMap(mapFeed());
      const select = $<HTMLSelectElement>(el, 'select')!;
      expect([...select.options].map((option) => option.text)).to.include.members(['Alle Bundesländer', 'Hessen', 'Sachsen-Anhalt']);
      const states = [...select.options].slice(1).map((option) => option.text);
      expect(states).to.deep.equal([...states].sort((a, b) => a.localeCompare(b, 'de')));
      select.value = 'DE-HE';
      select.dispatchEvent(new Event('change'));
      await settle(el);
      expect(labels(el, 'marker')).to.deep.equal([]);
      await waitUntil(() => text($(el, '[aria-live="polite"]')) === '1 Stadt gefunden', 'no announcement', patience);
    });

    it('drops a chosen state that a new `region` leaves out, instead of hiding every member unseen', async () => {
      const el = await renderMap(mapFeed(), { view: 'list' });
      const select = $<HTMLSelectElement>(el, 'select')!;
      select.value = 'DE-SN';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(text($(el, '[part~="list"]'))).to.contain('Görlitz');
      el.region = 'DE-NW';
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(text($(el, '[part~="list"]'))).to.contain('Aachen');
      expect($<HTMLSelectElement>(el, 'select')!.value).to.equal('');
    });
  });

  describe('details', () => {
    it('opens by click with every fact, reflects `selected`, fires member-select, and closes with focus back on the marker', async () => {
      const el = await renderMap(mapFeed());
      const marker = $$(el, '[part~="marker"]').find((node) => node.getAttribute('aria-label')!.startsWith('Lutherstadt'))!;
      const selected = oneEvent(el, 'member-select');
      marker.click();
      const event = (await selected) as CustomEvent;
      expect(event.detail.id).to.equal('lutherstadt-wittenberg');
      expect(event.detail.member.name).to.equal('Lutherstadt Wittenberg');
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('lutherstadt-wittenberg');
      const details = $(el, '[part~="details"]')!;
      expect(text(details)).to.contain('Lutherstadt Wittenberg');
      expect(text(details)).to.contain('Sachsen-Anhalt');
      expect(text(details)).to.contain('45.000');
      expect(text(details)).to.match(/Mitglied seit\s*2015/);
      expect(text(details)).to.contain('Eine Stadt an der Elbe.');
      expect(text(details)).to.contain('Ehrenamt');
      expect([...details.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
        'https://www.wittenberg.de/', 'https://www.engagiertestadt.de/staedte/wittenberg',
      ]);
      expect($(el, '[aria-current="true"]')).to.equal(marker);
      details.querySelector<HTMLButtonElement>('.close')!.click();
      await el.updateComplete;
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(focused(el)).to.equal(marker);
    });

    it('opens with the keyboard (arrows to move, Enter to open) and Escape closes it and returns focus', async () => {
      const el = await renderMap(mapFeed(), { selected: 'kiel' });
      await el.updateComplete;
      const kiel = $(el, '[part~="marker"][aria-label^="Kiel"]')!;
      expect(kiel.tabIndex).to.equal(0);
      kiel.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Lutherstadt Wittenberg, Sachsen-Anhalt');
      expect(focused(el)!.tabIndex).to.equal(0);
      expect(kiel.tabIndex).to.equal(-1);
      const selected = oneEvent(el, 'member-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as CustomEvent).detail.id).to.equal('lutherstadt-wittenberg');
      await el.updateComplete;
      expect(focused(el)?.textContent).to.equal('Lutherstadt Wittenberg');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Lutherstadt Wittenberg, Sachsen-Anhalt');
    });

    it('lets Tab enter the map at the member the page selected, not at the town the keyboard left', async () => {
      const el = await renderMap(mapFeed(), { selected: 'kiel', controls: 'none' });
      await el.updateComplete;
      const marker = (name: string) => $(el, `[part~="marker"][aria-label^="${name}"]`)!;
      marker('Kiel').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(marker('Lutherstadt Wittenberg'));
      // The keyboard leaves the map; the page selects another member (from a list of its own, say).
      const before = document.createElement('button');
      before.textContent = 'before the map';
      el.before(before);
      before.focus();
      el.selected = 'passau';
      await el.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(marker('Passau'));
      expect($$(el, '.markers [tabindex="0"]')).to.deep.equal([marker('Passau')]);
    });

    it('marks the selected member apart from the focused one: a bullseye for the selection, a ring set off the dot for focus', async () => {
      const el = await renderMap(mapFeed(), { selected: 'kiel' });
      await el.updateComplete;
      const marker = (name: string) => $(el, `[part~="marker"][aria-label^="${name}"]`)!;
      const dot = (name: string) => getComputedStyle(marker(name), '::before');
      marker('Kiel').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)).to.equal(marker('Lutherstadt Wittenberg'));
      // The selection is drawn in the dot itself; the focused dot looks like any other.
      expect(dot('Kiel').backgroundImage).to.match(/^radial-gradient/);
      expect(dot('Lutherstadt Wittenberg').backgroundImage).to.equal('none');
      expect(dot('Lutherstadt Wittenberg').backgroundColor).to.equal(dot('Passau').backgroundColor);
      // Focus is an outline with a gap around the dot; the selected marker without focus has none.
      const focusStyle = getComputedStyle(marker('Lutherstadt Wittenberg'));
      expect(focusStyle.outlineStyle).to.equal('solid');
      expect(parseFloat(focusStyle.outlineOffset)).to.be.at.least(2);
      expect(getComputedStyle(marker('Kiel')).outlineStyle).to.equal('none');
    });

    it('marks the cluster that holds the selected member, drawn apart from the others, until it is closed', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }), { selected: 'ort-zwei' });
      await el.updateComplete;
      const cluster = $(el, '[part~="cluster"]')!;
      expect(cluster.getAttribute('aria-current')).to.equal('true');
      expect($$(el, '[aria-current="true"]')).to.have.length(1);
      const inner = getComputedStyle(cluster.querySelector('span')!);
      expect(inner.backgroundColor).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.details-name')!).color);
      $(el, '[part~="details"] .close')!.click();
      await el.updateComplete;
      expect(cluster.getAttribute('aria-current')).to.equal('false');
    });

    it('closes with Escape from the zoom buttons too, and returns focus to the member\'s marker', async () => {
      const el = await renderMap(mapFeed());
      $(el, '[part~="marker"][aria-label^="Kiel"]')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('kiel');
      $$(el, '.zoom-button')[1]!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(undefined);
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(focused(el)?.getAttribute('aria-label')).to.match(/^Kiel/);
    });

    it('returns focus to the cluster that holds the member when Escape closes its details', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }), { selected: 'ort-zwei' });
      await el.updateComplete;
      const cluster = $(el, '[part~="cluster"]')!;
      $(el, '[part~="details"] .close')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(focused(el)).to.equal(cluster);
    });

    it('lists the members at one spot by name, in a box of their own, however many there are', async () => {
      const feed = mapFeed();
      for (const n of [3, 1, 2]) {
        feed._engaged_city!.members.push({ id: `spot-${n}`, kind: 'city', name: `Samestadt ${n}`, roles: ['engaged-city'], region: 'DE-ST', since: 2020, location: { lat: 51.866, lon: 12.649 } });
      }
      for (let n = 0; n < 200; n++) {
        feed._engaged_city!.members.push({ id: `same-${n}`, kind: 'city', name: `Zweite ${String(n).padStart(3, '0')}`, roles: ['engaged-city'], region: 'DE-ST', since: 2020, location: { lat: 51.866, lon: 12.649 } });
      }
      const el = await renderMap(feed);
      // Clusters split as the map zooms in, until the one of the 203 members at one spot is left.
      await waitUntil(() => {
        if ($(el, '.spot-list')) return true;
        const cluster = $$(el, '[part~="cluster"]').find((node) => /20[34]/.test(node.getAttribute('aria-label')!));
        if (cluster && !$(el, '.stage')!.classList.contains('is-moving')) cluster.click();
        return false;
      }, 'no list of the members at one spot', patience);
      expect(text($(el, '[part~="details"] .details-name'))).to.equal('Städte an diesem Ort');
      // The 203 members at one spot, with Lutherstadt Wittenberg 200 m away if the map cannot zoom in so far.
      const names = $$(el, '.spot-list button').map((node) => text(node));
      expect(names.length).to.be.within(203, 204);
      expect(names.filter((name) => name.startsWith('Samestadt'))).to.deep.equal(['Samestadt 1', 'Samestadt 2', 'Samestadt 3']);
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('de').compare));
      const box = $(el, '.spot-list')!;
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
      expect(el.getBoundingClientRect().height).to.be.lessThan(1500);
    });

    it('moves the focus to the details when Enter opens them again for the marker whose details are open', async () => {
      const el = await renderMap(mapFeed(), { selected: 'kiel' });
      await el.updateComplete;
      $(el, '[part~="marker"][aria-label^="Kiel"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)?.textContent).to.equal('Kiel');
    });

    it('puts the focus in the search field when the details close and a search has left no marker to return to', async () => {
      const el = await renderMap(mapFeed(), { selected: 'kiel' });
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'zzz' });
      await waitUntil(() => labels(el, 'marker').length === 0, 'the search did not filter', patience);
      $(el, '[part~="details"] .close')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part~="details"]')).to.equal(null);
      expect(focused(el)?.id).to.equal('search');
    });

    it('keeps the focus in the map when the page closes the details or removes the controls under it', async () => {
      const el = await renderMap(mapFeed(), { selected: 'kiel' });
      await el.updateComplete;
      $(el, '[part~="details"] .close')!.focus();
      el.removeAttribute('selected');
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label')).to.equal('Kiel, Schleswig-Holstein');
      $(el, '.zoom-button')!.focus();
      el.setAttribute('controls', 'none');
      await el.updateComplete;
      expect(focused(el)?.dataset['key']).to.be.a('string');
    });

    it('opens for a `selected` set from outside, without firing member-select', async () => {
      let fired = 0;
      const el = await renderMap(mapFeed());
      el.addEventListener('member-select', () => fired++);
      el.selected = 'passau';
      await el.updateComplete;
      expect(text($(el, '[part~="details"] h3'))).to.equal('Passau');
      expect(fired).to.equal(0);
    });

    it('tells the webmaster once when `selected` names no member of the feed, and shows no details', async () => {
      const { messages: warnings, restore } = captureWarnings();
      try {
        const el = await renderMap(mapFeed(), { selected: 'passsau' });
        expect(el.status).to.equal('ready');
        expect($(el, '[part~="details"] h3')).to.equal(null);
        el.shading = 'none';
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<engaged-city-map>').and.contain('selected="passsau"');
        el.selected = 'passau';
        await el.updateComplete;
        expect(text($(el, '[part~="details"] h3'))).to.equal('Passau');
        expect(warnings).to.have.length(1);
      } finally {
        restore();
      }
    });
  });

  describe('list view', () => {
    it('lists every member that the map shows, plus those without a location, grouped by state', async () => {
      const el = await renderMap(mapFeed());
      const onMap = labels(el, 'marker').map((label) => label!.split(',')[0]);
      $$(el, '.toggle button')[1]!.click();
      await el.updateComplete;
      expect(el.view).to.equal('list');
      expect($$(el, '.toggle button').map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
      const names = $$(el, '[part~="list"] .disclosure').map((button) => text(button));
      expect(names.sort()).to.deep.equal([...onMap, 'Marburg'].sort());
      expect($$(el, '[part~="list"] h3').map((heading) => text(heading))).to.include('Hessen (1)');
    });

    it('opens the same details in a disclosure', async () => {
      const el = await renderMap(mapFeed(), { view: 'list' });
      const button = $$(el, '.disclosure').find((node) => text(node) === 'Marburg')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = $(el, `#${button.getAttribute('aria-controls')}`)!;
      expect(text(panel)).to.contain('Hessen');
      expect(text(panel)).to.contain('2021');
      expect(text(panel)).to.contain('Ohne Position auf der Karte');
      expect(el.selected).to.equal('marburg');
    });

    it('keeps the triangle that shows open or closed clear of the focus ring drawn inside an entry', async () => {
      const el = await renderMap(mapFeed(), { view: 'list' });
      const button = $$(el, '.disclosure').find((node) => text(node) === 'Marburg')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.matches(':focus-visible')).to.equal(true);
      const style = getComputedStyle(button);
      // The ring is drawn `-outline-offset` pixels deep inside the button's edge; the triangle starts after the padding.
      expect(parseFloat(style.paddingInlineStart)).to.be.greaterThan(-parseFloat(style.outlineOffset));
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('opens at the member the page selected: its entry in sight in the list\'s box, and the page does not scroll', async () => {
      const feed = mapFeed();
      for (let index = 0; index < 40; index++) {
        feed._engaged_city!.members.push({ id: `ort-${index}`, kind: 'city', name: `Ort ${String(index).padStart(2, '0')}`, roles: ['engaged-city'], region: 'DE-BY', since: 2020 });
      }
      // The entry's name and details (all but the details' bottom padding, 12 px: the groups drawn only near the box
      // take their real heights while it scrolls).
      const inView = (el: EngagedCityMap, id: string) => {
        const box = $(el, '[part~="list"]')?.getBoundingClientRect();
        const entry = $(el, `[data-id="${id}"]`)?.parentElement!.getBoundingClientRect();
        return Boolean(box && entry && entry.top >= box.top - 1 && entry.bottom <= box.bottom + 12);
      };
      // The map starts half below the window: scrolling the entry into view the usual way would move the page.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><div style="height: 400px"></div></div>`);
      const el = document.createElement('engaged-city-map');
      el.setAttribute('loading', 'eager');
      el.setAttribute('view', 'list');
      el.setAttribute('selected', 'kiel');
      el.data = feed;
      wrapper.append(el);
      expect(window.scrollY).to.equal(0);
      await waitUntil(() => inView(el, 'kiel'), 'Kiel (Schleswig-Holstein, after 40 towns in Bayern) is not in sight', patience);
      expect($(el, '[data-id="kiel"]')!.getAttribute('aria-expanded')).to.equal('true');
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      expect(window.scrollY, 'the page did not move').to.equal(0);

      // Selected on the map, then the list: the list opens at it as well.
      el.view = 'map';
      el.selected = 'goerlitz';
      await el.updateComplete;
      el.view = 'list';
      await waitUntil(() => inView(el, 'goerlitz'), 'Görlitz is not in sight', patience);
      expect(window.scrollY).to.equal(0);
    });

    it('does not jump to the selected member when a search hid it and, later, brings it back', async () => {
      const feed = mapFeed();
      for (let index = 0; index < 40; index++) {
        feed._engaged_city!.members.push({ id: `ort-${index}`, kind: 'city', name: `Ort ${String(index).padStart(2, '0')}`, roles: ['engaged-city'], region: 'DE-BY', since: 2020 });
      }
      const el = await renderMap(feed, { selected: 'kiel' });
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      search.value = 'Ort';
      search.dispatchEvent(new Event('input'));
      // The towns found have no place on the map: it says so.
      await waitUntil(() => $(el, '.map-message'), 'the search did not hide Kiel', patience);
      el.view = 'list';
      await waitUntil(() => $(el, '[data-id="ort-10"]'), 'the list is not shown', patience);
      const list = $(el, '[part~="list"]')!;
      list.scrollTop = 200;
      search.value = '';
      search.dispatchEvent(new Event('input'));
      await waitUntil(() => $(el, '[data-id="kiel"]'), 'Kiel did not come back', patience);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      expect(list.scrollTop, 'the list stays where the visitor read').to.be.closeTo(200, 1);
    });

    it('brings an entry opened at the bottom of the list\'s box into sight with its details', async () => {
      const feed = mapFeed();
      for (let index = 0; index < 40; index++) {
        feed._engaged_city!.members.push({ id: `ort-${index}`, kind: 'city', name: `Ort ${String(index).padStart(2, '0')}`, roles: ['engaged-city'], region: 'DE-BY', since: 2020, summary: 'Eine Stadt im Netzwerk.' });
      }
      const el = await renderMap(feed, { view: 'list' });
      const list = $(el, '[part~="list"]')!;
      const box = list.getBoundingClientRect();
      // The last entry that is (partly) in sight at the bottom of the box.
      const button = $$(el, '.disclosure').filter((node) => node.getBoundingClientRect().top < box.bottom).at(-1)!;
      expect(button.getBoundingClientRect().bottom).to.be.greaterThan(box.bottom - 60);
      button.click();
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const entry = button.parentElement!.getBoundingClientRect();
      expect(entry.height).to.be.greaterThan(80);
      expect(entry.bottom).to.be.at.most(list.getBoundingClientRect().bottom + 1);
      expect(entry.top).to.be.at.least(list.getBoundingClientRect().top - 1);
    });

    it('names the group of members without a state in words, after the states', async () => {
      const feed = mapFeed();
      feed._engaged_city!.members.push({ id: 'stiftung', kind: 'organization', name: 'Eine Stiftung', roles: ['network-partner'], since: 2020 });
      const el = await renderMap(feed, { view: 'list' });
      const headings = $$(el, '[part~="list"] h3').map((heading) => text(heading));
      expect(headings.at(-1)).to.equal('Ohne Bundesland (1)');
      el.lang = 'en';
      await waitUntil(() => text($(el, '#group-none')) === 'No federal state (1)', 'no English heading', patience);
    });

    it('scrolls in a box as high as the map, a labelled tab stop, so keyboard users can scroll it', async () => {
      const el = await renderMap(mapFeed(), { view: 'list' });
      const list = $(el, '[part~="list"]')!;
      expect(list.getAttribute('role')).to.equal('group');
      expect(list.getAttribute('aria-label')).to.equal('Liste der Engagierten Städte');
      expect(list.tabIndex).to.equal(0);
      expect(getComputedStyle(list).overflowY).to.equal('auto');
      const listHeight = list.getBoundingClientRect().height;
      el.view = 'map';
      await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
      expect($(el, '[part~="map"]')!.getBoundingClientRect().height).to.equal(listHeight);
    });

    it('draws the focus ring of an entry whole, inside the group that clips its paint', async () => {
      const el = await renderMap(mapFeed(), { view: 'list' });
      $(el, '[part~="list"]')!.focus();
      await sendKeys({ press: 'Tab' });
      const entry = focused(el)!;
      expect(entry.classList.contains('disclosure')).to.equal(true);
      const style = getComputedStyle(entry);
      expect(style.outlineStyle).to.not.equal('none');
      // How far the ring reaches beyond the button's box (a negative offset draws it inside).
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const ring = entry.getBoundingClientRect();
      for (const box of [entry.closest('.list-group')!.getBoundingClientRect(), $(el, '[part~="list"]')!.getBoundingClientRect()]) {
        expect(ring.left - reach).to.be.at.least(box.left);
        expect(ring.right + reach).to.be.at.most(box.right);
        expect(ring.top - reach).to.be.at.least(box.top);
        expect(ring.bottom + reach).to.be.at.most(box.bottom);
      }
    });

    it('applies the search to the list as well', async () => {
      const el = await renderMap(mapFeed(), { view: 'list' });
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'mar' });
      await waitUntil(() => $$(el, '.disclosure').length === 1, 'the list was not filtered', patience);
    });
  });

  describe('on a phone', () => {
    it('keeps the map at least three quarters as high as it is wide, the legend whole below it in its box', async () => {
      await setViewport({ width: 375, height: 667 });
      try {
        const el = await renderSnapshotMap(343);
        const stage = $(el, '.stage')!.getBoundingClientRect();
        const strip = legend(el)!;
        expect(strip.parentElement?.matches('.map-box')).to.equal(true);
        expect(strip.scrollHeight, 'the legend scrolls').to.be.at.most(strip.clientHeight + 1);
        expect(stage.height).to.be.at.least(stage.width * 0.75);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves most of its box to the map when the legend is long (every state a partner): the legend scrolls', async () => {
      await setViewport({ width: 375, height: 667 });
      try {
        const feed = mapFeed();
        feed._engaged_city!.regions = STATE_CODES.map((code, index) => ({ code, name: code, partner_since: `${2015 + (index % 10)}-05-01` }));
        const el = await renderMap(feed);
        el.style.width = '343px';
        await settle(el);
        const strip = legend(el)!;
        expect(strip.parentElement?.matches('.map-box')).to.equal(true);
        expect(strip.querySelectorAll('li')).to.have.length(16);
        const box = $(el, '[part~="map"]')!.getBoundingClientRect();
        // It took all but 87 px of 500 (the legend had 16 lines).
        expect($(el, '.stage')!.getBoundingClientRect().height).to.be.at.least(box.height * 0.4);
        // Every entry can be scrolled into view, the last one too, and a keyboard can reach the strip to scroll it.
        expect(strip.scrollHeight).to.be.greaterThan(strip.clientHeight);
        expect(getComputedStyle(strip).overflowY).to.equal('auto');
        await waitUntil(() => strip.tabIndex === 0, 'a legend that scrolls is no tab stop', patience);
        // A named group, its focus ring inside it (the map's box cuts off what lies outside).
        expect(strip.getAttribute('role')).to.equal('group');
        expect(text(el.shadowRoot!.getElementById(strip.getAttribute('aria-labelledby')!))).to.equal('Länderpartner');
        await sendKeys({ press: 'Shift' });
        strip.focus();
        expect(parseFloat(getComputedStyle(strip).outlineOffset)).to.be.at.most(-parseFloat(getComputedStyle(strip).outlineWidth));
        strip.querySelector('li:last-child')!.scrollIntoView({ block: 'nearest' });
        const last = strip.querySelector('li:last-child')!.getBoundingClientRect();
        expect(last.bottom).to.be.at.most(strip.getBoundingClientRect().bottom + 0.5);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('on a small screen', () => {
    it('scrolls the details of a town tapped on a phone into view, below the map', async () => {
      await setViewport({ width: 390, height: 844 });
      try {
        const el = await renderSnapshotMap(358);
        window.scrollTo(0, 0);
        $(el, '.markers .marker')!.click();
        await waitUntil(() => focused(el)?.matches('.details-name'), 'the details heading has no focus', patience);
        const panel = $(el, '[part~="details"]')!.getBoundingClientRect();
        expect(panel.top, 'below the map').to.be.at.least($(el, '[part~="map"]')!.getBoundingClientRect().bottom);
        expect(panel.top).to.be.at.least(0);
        expect(panel.bottom, 'the panel ends below the window').to.be.at.most(window.innerHeight + 0.5);
      } finally {
        window.scrollTo(0, 0);
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('draws the legend beside the map in a short window (a phone held sideways, a laptop at 200 %), so the map keeps its box', async () => {
      await setViewport({ width: 667, height: 375 });
      try {
        const el = await renderSnapshotMap(635);
        expect(legend(el)!.parentElement?.classList.contains('side'), 'the legend is not beside the map').to.equal(true);
        expect(text(legend(el))).to.contain('Sachsen-Anhalt');
        const germany = $(el, '.base-map g')!.getBoundingClientRect();
        const box = $(el, '[part~="map"]')!.getBoundingClientRect();
        // Inside the map's box below the legend, Germany was 170 px high; beside it, it has the box's height.
        expect(germany.height).to.be.at.least(box.height * 0.8);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('shows every entry of the legend at 320 px, in English and with larger text spacing (WCAG 1.4.12), scrolled by keyboard where it must', async () => {
      await setViewport({ width: 320, height: 568 });
      try {
        const el = await renderSnapshotMap(288);
        el.setAttribute('lang', 'en');
        const spacing = document.createElement('style');
        spacing.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';
        el.shadowRoot!.append(spacing);
        await settle(el);
        const strip = legend(el)!;
        expect(text(strip)).to.contain('Saxony-Anhalt');
        // The strip takes at most half the map's box: beyond that it scrolls, and a keyboard can scroll it.
        if (strip.scrollHeight > strip.clientHeight + 1) {
          await waitUntil(() => strip.tabIndex === 0, 'a legend that scrolls is no tab stop', patience);
        }
        for (const entry of strip.querySelectorAll('li')) {
          entry.scrollIntoView({ block: 'nearest' });
          const box = strip.getBoundingClientRect();
          expect(entry.getBoundingClientRect().bottom, text(entry as HTMLElement)).to.be.at.most(box.bottom + 0.5);
          expect(entry.getBoundingClientRect().top, text(entry as HTMLElement)).to.be.at.least(box.top - 0.5);
        }
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('shading and legend', () => {
    it('shades the state partners and names them with the month they joined', async () => {
      const el = await renderMap(mapFeed());
      expect($$(el, '.base-map path.state.partner')).to.have.length(2);
      expect([...legend(el)!.querySelectorAll('li')].map((item) => text(item))).to.deep.equal(['Hessen, seit Mai 2021', 'Sachsen-Anhalt, seit Mai 2025']);
    });

    it('shows a partnership from its date on, not one a feed announces for a later day', async () => {
      const feed = mapFeed();
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      feed._engaged_city!.regions!.push({ code: 'DE-BY', name: 'Bayern', partner_since: tomorrow }, { code: 'DE-SH', name: 'Schleswig-Holstein', partner_since: '2999-01-01' });
      const el = await renderMap(feed);
      expect($$(el, '.base-map path.state.partner')).to.have.length(2);
      expect([...legend(el)!.querySelectorAll('li')].map((item) => text(item))).to.deep.equal(['Hessen, seit Mai 2021', 'Sachsen-Anhalt, seit Mai 2025']);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`draws the partner hatching with at least 3:1 contrast to the partner fill, ${theme} theme`, async () => {
        const el = await renderMap(mapFeed());
        el.theme = theme;
        await el.updateComplete;
        const line = getComputedStyle($(el, '.hatch-line')!);
        const fill = srgb(getComputedStyle($(el, '.state.partner')!).fill);
        const opacity = Number(line.strokeOpacity);
        const stroke = srgb(line.stroke).map((channel, i) => channel * opacity + fill[i]! * (1 - opacity));
        expect(contrast(stroke, fill)).to.be.at.least(3);
      });
    }

    it('shades states by member count with labelled classes and counts on the map', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }), { shading: 'members' });
      expect($$(el, '.base-map text.count-label').map((label) => label.textContent)).to.include('3');
      expect($$(el, '.base-map path.state.level-2')).to.have.length(1);
      expect([...legend(el)!.querySelectorAll('li')].map((item) => text(item))).to.deep.equal(['Keine Stadt', '1 Stadt', '2 Städte', '3 Städte']);
      expect(text(legend(el))).to.contain('Städte je Bundesland');
    });

    it('tells the member classes apart under forced colours, in the legend as on the map', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await renderMap(mapFeed({ withGroup: true }), { shading: 'members' });
        const swatches = [...legend(el)!.querySelectorAll('.swatch')].map((swatch) => getComputedStyle(swatch).backgroundColor);
        expect(new Set(swatches).size, swatches.join(' | ')).to.equal(swatches.length);
        for (const level of [0, 1, 2]) {
          const state = $(el, `.base-map path.state.level-${level}`);
          if (state) expect(getComputedStyle(state).fill).to.equal(swatches[level + 1]);
        }
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('draws the list entries’ open and closed arrows under forced colours (not a solid bar)', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const el = await renderMap(mapFeed(), { view: 'list' });
        const arrow = getComputedStyle($(el, '.disclosure')!, '::before');
        const transparent = 'rgba(0, 0, 0, 0)';
        expect([arrow.borderTopColor, arrow.borderBottomColor]).to.deep.equal([transparent, transparent]);
        expect(arrow.borderLeftColor).to.not.equal(transparent);
        expect(arrow.borderLeftColor).to.equal(getComputedStyle($(el, '.disclosure')!).color);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('writes the member counts clear of the markers and clusters, and of each other', async () => {
      const el = await renderSnapshotMap(720);
      el.shading = 'members';
      await settle(el);
      const counts = $$(el, '.base-map text.count-label').map((label) => label.getBoundingClientRect());
      // The snapshot's 16 states: a count that finds no free spot near its state's middle is left out, not hidden.
      expect(counts.length).to.be.at.least(12);
      const dots = $$(el, '.markers button').map((button) => {
        const box = button.getBoundingClientRect();
        const padding = parseFloat(getComputedStyle(button).paddingLeft);
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, r: box.width / 2 - padding };
      });
      for (const [index, count] of counts.entries()) {
        for (const dot of dots) {
          const dx = dot.x - Math.min(Math.max(dot.x, count.left), count.right);
          const dy = dot.y - Math.min(Math.max(dot.y, count.top), count.bottom);
          expect(Math.hypot(dx, dy), `count ${index} under a marker`).to.be.at.least(dot.r);
        }
        for (const other of counts.slice(index + 1)) {
          const apart = other.left >= count.right || other.right <= count.left || other.top >= count.bottom || other.bottom <= count.top;
          expect(apart, `count ${index} on another`).to.equal(true);
        }
      }
    });

    it('draws the legend inside the map box when the element is narrow, beside the map when it is wide', async () => {
      const el = await renderMap(mapFeed());
      expect(legend(el)!.parentElement).to.equal($(el, '[part~="map"]'));
      (el.parentElement as HTMLElement).style.width = '1000px';
      await waitUntil(() => legend(el)?.parentElement?.classList.contains('side'), 'the legend stays in the map', patience);
    });

    it('shows no legend with shading="none"', async () => {
      const el = await renderMap(mapFeed(), { shading: 'none' });
      expect($(el, '[part~="legend"]')).to.equal(null);
    });
  });

  describe('controls, attribution, languages', () => {
    it('hides the controls with controls="none"', async () => {
      const el = await renderMap(mapFeed(), { controls: 'none' });
      expect($(el, '[part~="controls"]')).to.equal(null);
      expect($(el, '.zoom')).to.equal(null);
    });

    it('credits the base map with links to BKG and the licence', async () => {
      const el = await renderMap(mapFeed());
      const links = $$<HTMLAnchorElement>(el, '[part~="attribution"] a');
      expect(links.map((a) => [text(a), a.href])).to.deep.equal([
        ['© GeoBasis-DE / BKG 2021 (Daten verändert)', 'https://www.bkg.bund.de/'],
        ['dl-de/by-2-0', 'https://www.govdata.de/dl-de/by-2-0'],
      ]);
      // The licence's name, not its code read letter by letter; the name starts with what the link shows (WCAG 2.5.3).
      expect(links[1]!.getAttribute('aria-label')).to.equal('dl-de/by-2-0, Datenlizenz Deutschland – Namensnennung – Version 2.0');
    });

    it('speaks English with lang="en"', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }), { lang: 'en' });
      expect(labels(el, 'cluster')).to.deep.equal(['Group of 3 cities in Rhineland-Palatinate, including Ort Drei, zoom in']);
      expect(labels(el, 'marker')).to.include('Passau, Bavaria');
      expect($(el, '.zoom button')!.getAttribute('aria-label')).to.equal('Zoom in');
      expect(text(legend(el))).to.contain('Hesse, since May 2021');
    });

    it('speaks of members, not cities, when the feed lists an organisation too', async () => {
      const feed = mapFeed({ withGroup: true });
      feed._engaged_city!.members.push({
        id: 'buergerstiftung', kind: 'organization', name: 'Bürgerstiftung am Rhein', roles: ['network-partner'], region: 'DE-RP',
        location: { lat: 49.91, lon: 8.22 },
      });
      const el = await renderMap(feed);
      expect(labels(el, 'cluster')).to.deep.equal(['Gruppe mit 4 Mitgliedern in Rheinland-Pfalz, darunter Bürgerstiftung am Rhein, vergrößern']);
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'stiftung' });
      await waitUntil(() => text($(el, '[aria-live="polite"]')) === '1 Mitglied gefunden', 'no announcement in members', patience);
      el.setAttribute('lang', 'en');
      el.view = 'list';
      await el.updateComplete;
      expect($(el, '[part~="list"]')!.getAttribute('aria-label')).to.equal('List of the members of the Engagierte Stadt network');
      // A feed of cities only keeps the cities.
      el.data = mapFeed({ withGroup: true });
      await waitUntil(() => $(el, '[part~="list"]')?.getAttribute('aria-label') === 'List of the Engaged Cities', 'still members', patience);
    });

    it('falls back to defaults for wrong attribute values', async () => {
      const el = await renderMap(mapFeed(), { view: 'table', shading: 'rainbow', controls: 'some' });
      expect([el.view, el.shading, el.controls]).to.deep.equal(['map', 'partners', 'full']);
    });
  });

  describe('states', () => {
    const feeds = useFetchStub();

    for (const view of ['map', 'list']) {
      it(`says \`ready\` and fires feed-load once the members are shown, in the ${view} view`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
        const el = document.createElement('engaged-city-map');
        el.setAttribute('loading', 'eager');
        el.setAttribute('view', view);
        el.data = mapFeed();
        const shown = new Promise<{ status: string; drawn: number }>((resolve) => {
          el.addEventListener('feed-load', () => resolve({
            status: el.status,
            drawn: $$(el, view === 'map' ? '.markers button' : '[part~="list"] li').length,
          }));
        });
        wrapper.append(el);
        const { status, drawn } = await shown;
        expect(status).to.equal('ready');
        expect(drawn).to.be.greaterThan(0);
      });
    }

    it('says `empty` and shows a message when there are no members', async () => {
      const feed = mapFeed();
      feed._engaged_city!.members = [];
      const el = await renderMap(feed);
      expect(el.status).to.equal('empty');
      await waitUntil(() => text($(el, '.map-message')) === 'Es sind keine Städte eingetragen.', 'no message', patience);
      // Nothing to search or filter; the list says the same.
      expect([$<HTMLInputElement>(el, '#search')!.disabled, $<HTMLSelectElement>(el, '#state')!.disabled]).to.deep.equal([true, true]);
      // And look it: a dashed outline (an empty search field looks the same otherwise).
      expect(getComputedStyle($(el, '#search')!).borderTopStyle).to.equal('dashed');
      expect($$<HTMLButtonElement>(el, '.toggle button').map((button) => button.disabled)).to.deep.equal([false, false]);
      await expect(el).to.be.accessible();
    });

    it('shows the error state with a retry button when the feed cannot be loaded', async () => {
      feeds.respond(() => new Response('nope', { status: 404 }));
      const el = await fixture<EngagedCityMap>(html`<engaged-city-map loading="eager" src="/missing.json"></engaged-city-map>`);
      await waitUntil(() => el.status === 'error', 'no error state', patience);
      expect($(el, '[part~="retry"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says on the map, and in the list, that it is loading until the map is drawn', async () => {
      let respond!: (response: Response) => void;
      feeds.respond(() => new Promise<Response>((resolve) => (respond = resolve)));
      const el = await fixture<EngagedCityMap>(html`<engaged-city-map loading="eager" src="/later.json"></engaged-city-map>`);
      await waitUntil(() => feeds.calls.length === 1, 'no request', patience);
      await el.updateComplete;
      const message = () => $(el, '.map-message');
      expect(text(message())).to.equal('Wird geladen …');
      // Screen readers hear it from the status region, not twice.
      expect(message()!.getAttribute('aria-hidden')).to.equal('true');
      expect(text($(el, '[role="status"]'))).to.equal('Wird geladen …');
      el.lang = 'en';
      await waitUntil(() => text(message()) === 'Loading …', 'not said in English', patience);
      el.view = 'list';
      await el.updateComplete;
      expect(text($(el, '[part~="list"]'))).to.equal('Loading …');
      expect($(el, '[part~="list"] p')!.getAttribute('aria-hidden')).to.equal('true');
      el.view = 'map';
      respond(jsonResponse(mapFeed()));
      await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
      await el.updateComplete;
      expect(message()).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reserves its size while loading', async () => {
      feeds.respond(() => new Promise<Response>(() => undefined));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><engaged-city-map loading="eager" src="/slow.json"></engaged-city-map></div>`);
      const el = wrapper.firstElementChild as EngagedCityMap;
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '.map-box')!.getBoundingClientRect().height).to.be.greaterThan(279);
    });
  });

  describe('no layout shift', () => {
    const feeds = useFetchStub();

    /** A map `width` px wide in `view` that has asked for `src` and drawn its loading state (the answer is the test's). */
    async function mapAwaitingFeed(width: number, view: string, src: string): Promise<EngagedCityMap> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
      const el = document.createElement('engaged-city-map');
      el.setAttribute('loading', 'eager');
      el.setAttribute('view', view);
      el.src = src;
      wrapper.append(el);
      await waitUntil(() => feeds.calls.length === 1, 'no request', patience);
      await el.updateComplete;
      return el;
    }

    for (const width of [320, 800]) {
      for (const view of ['map', 'list']) {
        it(`is as high while loading as when ready, in the ${view} view, ${width} px wide`, async () => {
          let respond!: (response: Response) => void;
          feeds.respond(() => new Promise<Response>((resolve) => (respond = resolve)));
          const el = await mapAwaitingFeed(width, view, `/stable-${view}-${width}.json`);
          const loading = el.getBoundingClientRect();
          respond(jsonResponse(mapFeed({ withGroup: true })));
          await waitUntil(() => el.status === 'ready', 'the map stays loading', patience);
          if (view === 'map') await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
          await el.updateComplete;
          const ready = el.getBoundingClientRect();
          expect([ready.width, ready.height]).to.deep.equal([loading.width, loading.height]);
          expect(loading.height).to.be.greaterThan(400);
        });
      }
    }

    for (const width of [320, 800]) {
      for (const view of ['map', 'list']) {
        it(`is as high when the feed fails as while loading, and when a retry brings it, in the ${view} view, ${width} px wide`, async () => {
          let fail!: () => void;
          feeds.respond(() => new Promise<Response>((resolve) => (fail = () => resolve(new Response('nope', { status: 404 })))));
          const el = await mapAwaitingFeed(width, view, `/failing-${view}-${width}.json`);
          const loading = el.getBoundingClientRect().height;
          fail();
          await waitUntil(() => el.status === 'error', 'no error state', patience);
          await el.updateComplete;
          expect(el.getBoundingClientRect().height).to.equal(loading);
          // The message and its retry button are where the map (the list) was loading; nothing says it still loads.
          const box = $(el, view === 'map' ? '[part~="map"]' : '[part~="list"]')!;
          expect(text(box.querySelector('[role="alert"]'))).to.equal('Die Daten konnten nicht geladen werden. Der Server hat die Daten nicht geliefert. Fehlercode 404 Erneut versuchen');
          expect(text($(el, '.layout > [role="status"]'))).to.equal('');
          await expect(el).to.be.accessible();
          feeds.respond(() => jsonResponse(mapFeed({ withGroup: true })));
          box.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
          await waitUntil(() => el.status === 'ready', 'the retry brought nothing', patience);
          if (view === 'map') await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
          await el.updateComplete;
          expect(el.getBoundingClientRect().height).to.equal(loading);
        });
      }
    }

    it('keeps the member the page selected when Escape is pressed on the failed map’s retry button', async () => {
      feeds.respond(() => new Response('nope', { status: 404 }));
      const el = await fixture<EngagedCityMap>(html`<engaged-city-map loading="eager" src="/failing-selected.json" selected="marburg"></engaged-city-map>`);
      await waitUntil(() => el.status === 'error', 'no error state', patience);
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="map"] [part~="retry"]')!.focus();
      let reachedPage = false;
      const onKey = (event: KeyboardEvent) => (reachedPage = event.key === 'Escape' && !event.defaultPrevented);
      document.addEventListener('keydown', onKey);
      await sendKeys({ press: 'Escape' });
      document.removeEventListener('keydown', onKey);
      expect([el.selected, el.getAttribute('selected'), reachedPage]).to.deep.equal(['marburg', 'marburg', true]);
    });

    it('shows the page’s fallback content in the map’s box when the feed fails', async () => {
      feeds.respond(() => new Response('nope', { status: 404 }));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
      const el = document.createElement('engaged-city-map');
      el.setAttribute('loading', 'eager');
      el.src = '/failing-fallback.json';
      const link = document.createElement('a');
      link.href = 'https://www.engagiertestadt.de/';
      link.textContent = 'Netzwerk Engagierte Stadt';
      // And something taller than the map's box (a picture of the map, say).
      const picture = document.createElement('div');
      picture.style.height = '1200px';
      el.append(link, picture);
      wrapper.append(el);
      await waitUntil(() => el.status === 'error', 'no error state', patience);
      await el.updateComplete;
      const slot = $<HTMLSlotElement>(el, '[part~="map"] slot');
      expect(slot?.assignedElements().map((node) => node.textContent)).to.deep.equal(['Netzwerk Engagierte Stadt', '']);
      expect($(el, '[part~="retry"]')).to.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(400);
      // It scrolls inside the box, clear of the attribution.
      const message = slot!.closest<HTMLElement>('.map-message')!;
      expect(message.scrollHeight).to.be.greaterThan(message.clientHeight);
      expect(message.getBoundingClientRect().bottom).to.be.at.most($(el, '[part~="attribution"]')!.getBoundingClientRect().top);
    });

    it('keeps the map’s box where it was while loading in a short window, with the legend beside it', async () => {
      await setViewport({ width: 667, height: 375 });
      try {
        let respond!: (response: Response) => void;
        feeds.respond(() => new Promise<Response>((resolve) => (respond = resolve)));
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 635px"></div>`);
        const el = document.createElement('engaged-city-map');
        el.setAttribute('loading', 'eager');
        el.src = '/stable-short.json';
        wrapper.append(el);
        await waitUntil(() => feeds.calls.length === 1, 'no request', patience);
        await el.updateComplete;
        const box = () => $(el, '[part~="map"]')!.getBoundingClientRect().toJSON() as DOMRect;
        const loading = box();
        respond(jsonResponse(mapFeed()));
        await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
        await el.updateComplete;
        expect(legend(el)!.parentElement?.classList.contains('side')).to.equal(true);
        expect(box()).to.deep.equal(loading);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('leaves the map most of its box in a short window and a narrow column: the legend strip takes at most a third', async () => {
      await setViewport({ width: 667, height: 375 });
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
        const el = document.createElement('engaged-city-map');
        el.setAttribute('loading', 'eager');
        // The network's five state partners and more: a legend of many lines.
        const feed = mapFeed({ withGroup: true });
        feed._engaged_city!.regions = STATE_CODES.slice(0, 8).map((code, index) => ({ code, name: code, partner_since: `${2018 + index}-05-01` }));
        el.data = feed;
        wrapper.append(el);
        await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
        await el.updateComplete;
        const strip = legend(el)!;
        expect(strip.scrollHeight).to.be.greaterThan(strip.clientHeight);
        expect(strip.parentElement?.classList.contains('map-box')).to.equal(true);
        expect(strip.getBoundingClientRect().height).to.be.at.most($(el, '[part~="map"]')!.getBoundingClientRect().height / 3 + 1);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('fills the box it drew while loading: the controls and the map are not built again when the data comes', async () => {
      let respond!: (response: Response) => void;
      feeds.respond(() => new Promise<Response>((resolve) => (respond = resolve)));
      const el = await fixture<EngagedCityMap>(html`<engaged-city-map loading="eager" src="/kept.json"></engaged-city-map>`);
      await waitUntil(() => feeds.calls.length === 1, 'no request', patience);
      await el.updateComplete;
      const stage = $(el, '.stage');
      const search = $(el, '[part~="controls"] input');
      expect(stage).to.exist;
      expect(search).to.exist;
      respond(jsonResponse(mapFeed({ withGroup: true })));
      await waitUntil(() => $(el, '.markers button'), 'no markers drawn', patience);
      expect($(el, '.stage')).to.equal(stage);
      expect($(el, '[part~="controls"] input')).to.equal(search);
    });
  });

  describe('a long list', () => {
    it('is drawn in steps that keep the page responsive, busy until every member is there, in order', async () => {
      const feed = mapFeed();
      const states = ['DE-BY', 'DE-NW', 'DE-ST'] as const;
      for (let index = 0; index < 3000; index++) {
        feed._engaged_city!.members.push({
          id: `ort-${index}`, kind: 'city', name: `Ort ${String(index).padStart(4, '0')}`, roles: ['engaged-city'], region: states[index % 3],
        });
      }
      const el = await renderMap(feed);
      el.view = 'list';
      await el.updateComplete;
      const list = $(el, '[part~="list"]')!;
      const rows = () => $$(el, '[part~="list"] li').length;
      expect(rows()).to.be.below(3000);
      expect(list.getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => rows() === feed._engaged_city!.members.length, 'the list never completes', patience);
      await el.updateComplete;
      expect(list.getAttribute('aria-busy')).to.equal('false');
      // The counts in the headings are whole from the start; the names are in order within each state.
      const bavaria = $$(el, '#group-DE-BY ~ ul li button').map((button) => text(button));
      expect(bavaria).to.deep.equal([...bavaria].sort((a, b) => a.localeCompare(b, 'de')));
      expect(text($(el, '#group-DE-BY'))).to.equal('Bayern (1001)');
    });

    it('stays busy when a step ends exactly where a state ends', async () => {
      const feed = mapFeed();
      feed._engaged_city!.members = [];
      // Baden-Württemberg comes first: its 400 members are exactly the first step.
      for (let index = 0; index < 500; index++) {
        feed._engaged_city!.members.push({
          id: `ort-${index}`, kind: 'city', name: `Ort ${index}`, roles: ['engaged-city'], region: index < 400 ? 'DE-BW' : 'DE-BY',
          location: index < 400 ? { lat: 48.5, lon: 9 } : { lat: 49, lon: 11.5 },
        });
      }
      const el = await renderMap(feed);
      el.view = 'list';
      await el.updateComplete;
      const rows = $$(el, '[part~="list"] li').length;
      expect(rows === 500 || $(el, '[part~="list"]')!.getAttribute('aria-busy') === 'true', `${rows} rows`).to.equal(true);
    });
  });

  describe('when the page switches the view', () => {
    it('keeps the focus in the element: on the view toggle, or the list itself without controls', async () => {
      for (const controls of ['full', 'none']) {
        const el = await renderMap(mapFeed(), { controls });
        $$(el, '[part~="marker"]')[0]!.focus();
        el.view = 'list';
        await el.updateComplete;
        const expected = controls === 'full' ? 'Liste' : undefined;
        expect(focused(el), controls).to.not.equal(null);
        if (expected) expect(focused(el)!.textContent!.trim()).to.equal(expected);
        else expect(focused(el)!.getAttribute('part')).to.equal('list');
      }
    });
  });

  describe('printed', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('draws its towns into the base map, where they scale with it to the paper, instead of the screen’s markers', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }), { selected: 'kiel' });
      const dots = $(el, '.base-map .print-dots')!;
      expect(getComputedStyle(dots).display, 'the dots show on the screen').to.equal('none');
      // Each town's dot and each cluster's ring at its marker's centre, with its radius, in the base map's pixels (its
      // viewBox is the screen's box): wherever the paper takes the base map, they go with it.
      const stage = $(el, '.stage')!.getBoundingClientRect();
      const byPlace = (points: number[][]) => points.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      const centres = (selector: string) => byPlace($$(el, selector).map((node) => {
        const box = node.getBoundingClientRect();
        return [box.x + box.width / 2 - stage.x, box.y + box.height / 2 - stage.y];
      }));
      const circles = (selector: string) => byPlace([...dots.querySelector(selector)!.getAttribute('d')!.matchAll(/M(-?[\d.]+) (-?[\d.]+)a([\d.]+)/g)]
        .map(([, x, y, r]) => [Number(x) + Number(r), Number(y)]));
      for (const [drawn, marked] of [[circles('.marker-dots'), centres('.markers .marker')], [circles('.cluster-dots'), centres('.markers .cluster')]]) {
        expect(drawn).to.have.length(marked!.length);
        drawn!.forEach(([x, y], index) => {
          expect(x).to.be.closeTo(marked![index]![0]!, 1);
          expect(y).to.be.closeTo(marked![index]![1]!, 1);
        });
      }
      expect(circles('.cluster-dots')).to.have.length.greaterThan(0);
      expect([...dots.querySelectorAll('text')].map((label) => label.textContent).sort()).to.deep.equal(
        $$(el, '.markers .cluster span').map((label) => label.textContent).sort(),
      );

      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.markers')!).display).to.equal('none');
      expect(getComputedStyle(dots).display).to.not.equal('none');
      // Nothing on paper that only a screen can use; the attribution stays.
      for (const selector of ['.controls', '.zoom']) expect(getComputedStyle($(el, selector)!).display, selector).to.equal('none');
      expect($(el, '[part~="attribution"]')!.checkVisibility()).to.equal(true);
      // Colours and hatching print as shown, "background graphics" or not.
      expect(getComputedStyle($(el, '.base')!).printColorAdjust).to.equal('exact');
    });

    it('prints the whole list, not the part a scrolling box shows', async () => {
      const el = await renderSnapshotMap(640);
      el.view = 'list';
      const list = () => $(el, '[part~="list"]')!;
      await waitUntil(() => list()?.getAttribute('aria-busy') === 'false', 'the list is not complete', patience);
      expect(list().scrollHeight).to.be.greaterThan(list().clientHeight + 100);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(list()).overflowY).to.equal('visible');
      expect(list().clientHeight).to.be.at.least(list().scrollHeight - 1);
    });
  });

  describe('landmarks and languages', () => {
    it('adds no landmark to the page: the details and the list’s states are labelled groups', async () => {
      const el = await renderMap(mapFeed(), { view: 'list', selected: 'lutherstadt-wittenberg' });
      expect($$(el, 'section, aside, nav, main, [role="region"]')).to.deep.equal([]);
      expect($$(el, '.list-group').every((group) => group.getAttribute('role') === 'group')).to.equal(true);
      const panel = await renderMap(mapFeed(), { selected: 'lutherstadt-wittenberg' });
      expect($(panel, '[part~="details"]')!.getAttribute('role')).to.equal('group');
    });

    /** An English map of a feed in which Wittenberg has words of its own, Wittenberg's details open. */
    async function englishMapWithWittenbergsWords(language: string | undefined) {
      const feed = mapFeed();
      feed.language = language;
      const wittenberg = feed._engaged_city!.members.find((member) => member.id === 'lutherstadt-wittenberg')!;
      wittenberg.summary = 'Eine Stadt an der Elbe.';
      wittenberg.topics = ['Ehrenamt'];
      return renderMap(feed, { lang: 'en', selected: 'lutherstadt-wittenberg' });
    }

    it('marks a member’s own words with the feed’s language in an English map', async () => {
      const el = await englishMapWithWittenbergsWords('de');
      expect($(el, '[part~="details"] .summary')!.getAttribute('lang')).to.equal('de');
      expect($(el, '[part~="details"] .topics')!.getAttribute('lang')).to.equal('de');
      expect($(el, '[part~="attribution"] a[lang="de"]')).to.not.equal(null);
    });

    it('marks them German where the feed names no language (the feed format\'s default), as the bundled snapshot does', async () => {
      const el = await englishMapWithWittenbergsWords(undefined);
      expect($(el, '[part~="details"] .summary')!.getAttribute('lang')).to.equal('de');
      expect($(el, '[part~="details"] .topics')!.getAttribute('lang')).to.equal('de');
      el.view = 'list';
      await waitUntil(() => $(el, '[part~="list"] .summary'), 'the selected member open in the list', patience);
      expect($(el, '[part~="list"] .summary')!.getAttribute('lang'), 'in the list').to.equal('de');
      expect($(el, '[part~="list"] .topics')!.getAttribute('lang'), 'in the list').to.equal('de');
    });
  });

  describe('headings', () => {
    it('start at level 3, and at `heading-level` where the page sets it, to fit the page’s outline', async () => {
      const levels = (el: EngagedCityMap) => $$(el, 'h2, h3, h4, h5, h6').map((node) => node.localName);
      const list = await renderMap(mapFeed(), { view: 'list' });
      expect(new Set(levels(list))).to.deep.equal(new Set(['h3']));
      const higher = await renderMap(mapFeed(), { view: 'list', 'heading-level': '2', selected: 'kiel' });
      expect(new Set(levels(higher))).to.deep.equal(new Set(['h2', 'h3']));
      expect($(higher, '#name-kiel')!.localName).to.equal('h3');
      const panel = await renderMap(mapFeed(), { 'heading-level': '5', selected: 'kiel' });
      expect($(panel, '#details-heading')!.localName).to.equal('h5');
    });
  });

  describe('where the page sizes it to its content', () => {
    const containers = {
      'a flex row beside text': (inner: string) => `<div style="display: flex"><p>Text daneben</p>${inner}</div>`,
      'a centred grid': (inner: string) => `<div style="display: grid; justify-items: center">${inner}</div>`,
      'a table cell': (inner: string) => `<table><tr><td>${inner}</td></tr></table>`,
      'an inline-block': (inner: string) => `<div style="display: inline-block">${inner}</div>`,
    };
    for (const [name, wrap] of Object.entries(containers)) {
      it(`takes a usable width in ${name}, and no more than a narrow column has`, async () => {
        for (const width of [1000, 320]) {
          const outer = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
          // Test markup only (no feed data): the containers a CMS wraps around the element.
          const template = document.createElement('template');
          template.setHTMLUnsafe(wrap('<engaged-city-map loading="eager"></engaged-city-map>'));
          outer.append(template.content);
          const el = outer.querySelector('engaged-city-map')!;
          el.data = mapFeed();
          await waitUntil(() => el.status === 'ready', 'the map stays loading', patience);
          const box = el.getBoundingClientRect();
          expect(box.width, `${width} px`).to.be.at.least(Math.min(width * 0.8, 480));
          expect(box.right, `${width} px`).to.be.at.most(outer.getBoundingClientRect().right + 0.5);
        }
      });
    }

    it('takes the same width in any font where the page sizes it to its content (a web font that loads late moves nothing)', async () => {
      const widths: number[] = [];
      // Proportional fonts: an em space is 1 em wide in them (a monospace font draws it as wide as any other letter).
      for (const font of ['', 'sans-serif', 'serif']) {
        const outer = await fixture<HTMLDivElement>(html`<div style="width: 2000px"><div style="display: inline-block"></div></div>`);
        const el = document.createElement('engaged-city-map');
        el.setAttribute('loading', 'eager');
        if (font) el.style.setProperty('--engaged-font-family', font);
        el.data = mapFeed();
        outer.firstElementChild!.append(el);
        await waitUntil(() => el.status === 'ready', 'the map stays loading', patience);
        widths.push(el.getBoundingClientRect().width);
      }
      expect(widths.map(Math.round), 'px').to.deep.equal([640, 640, 640]);
    });

    it('sizes itself with the font of its own text: a page load asks the system for no font beyond the ones it shows', async () => {
      // Each font (family, weight, size) the page uses is one more look-up before the first layout (a synchronous call
      // to the browser process in Chromium on Linux, several milliseconds each).
      const el = await renderMap(mapFeed());
      const sizer = getComputedStyle(el, '::before');
      const text = getComputedStyle($(el, '[part~="base"]')!);
      expect([sizer.fontFamily, sizer.fontWeight, sizer.fontSize, sizer.fontStyle]).to.deep.equal([text.fontFamily, text.fontWeight, text.fontSize, text.fontStyle]);
      expect(sizer.fontSize).to.equal('16px');
    });

    it('writes the map it first shows in two weights and three sizes, so that showing it asks the system for four fonts', async () => {
      // Each weight and size of a font is a synchronous call to the browser process in Chromium on Linux (one to four
      // milliseconds each while a page loads): 600 and 700 were two calls for one bold face, 13 px one more.
      const el = await renderMap(mapFeed(), { shading: 'members' });
      const fonts = new Set<string>();
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement!;
        if (!walker.currentNode.textContent!.trim() || !parent.checkVisibility()) continue;
        const style = getComputedStyle(parent);
        fonts.add(`${style.fontWeight} ${style.fontSize}`);
      }
      expect([...fonts].sort()).to.deep.equal(['400 12px', '400 14px', '400 16px', '700 14px']);
    });
  });

  describe('lazy loading', () => {
    const feeds = useFetchStub();

    it('requests nothing until the element comes near the viewport', async () => {
      feeds.respond(() => jsonResponse(mapFeed()));
      const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 4000px"></div><engaged-city-map src="/lazy.json"></engaged-city-map></div>`);
      const el = wrapper.querySelector('engaged-city-map')!;
      await aTimeout(200);
      expect(feeds.calls).to.deep.equal([]);
      el.scrollIntoView();
      await waitUntil(() => feeds.calls.length === 1, 'no request after scrolling', patience);
      window.scrollTo(0, 0);
    });

    it('reports a bad `.data` once, not again when it comes near the viewport', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 4000px"></div></div>`);
      const el = document.createElement('engaged-city-map');
      const errors: string[] = [];
      el.addEventListener('feed-error', (event) => errors.push((event as CustomEvent).detail.error.code));
      el.data = 'kein Feed';
      wrapper.append(el);
      await waitUntil(() => el.status === 'error', 'no error', patience);
      el.scrollIntoView();
      await aTimeout(300);
      window.scrollTo(0, 0);
      expect(errors).to.have.length(1);
      expect(el.status).to.equal('error');
    });

    it('requests at once with loading="eager"', async () => {
      feeds.respond(() => jsonResponse(mapFeed()));
      await fixture(html`<div><div style="height: 4000px"></div><engaged-city-map loading="eager" src="/eager.json"></engaged-city-map></div>`);
      await waitUntil(() => feeds.calls.length === 1, 'no request', patience);
    });
  });

  describe('accessibility', () => {
    it('names the map once: "Engagierte Städte", which screen readers announce as a map ("Karte") by its role', async () => {
      const el = await renderMap(mapFeed());
      const stage = $(el, '.stage')!;
      expect([stage.getAttribute('aria-label'), stage.getAttribute('aria-roledescription')]).to.deep.equal(['Engagierte Städte', 'Karte']);
      el.lang = 'en';
      await waitUntil(() => stage.getAttribute('aria-roledescription') === 'map', 'no English', patience);
      expect(stage.getAttribute('aria-label')).to.equal('Engaged Cities');
    });

    it('is axe clean in map view', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      await expect(el).to.be.accessible();
    });

    it('is axe clean with details open', async () => {
      const el = await renderMap(mapFeed(), { selected: 'lutherstadt-wittenberg' });
      await el.updateComplete;
      expect($(el, '[part~="details"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is axe clean in list view with a disclosure open, in the dark theme', async () => {
      const el = await renderMap(mapFeed(), { view: 'list', selected: 'marburg' });
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('adds no landmark to the page, so two maps on one page are axe clean', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      const maps = ['DE-ST DE-SN', 'DE-HE'].map((region) => {
        const el = document.createElement('engaged-city-map');
        el.setAttribute('loading', 'eager');
        el.setAttribute('region', region);
        el.data = mapFeed();
        wrapper.append(el);
        return el;
      });
      await waitUntil(() => maps.every((el) => el.status === 'ready'), 'the maps stay loading', patience);
      for (const el of maps) {
        expect($(el, '[part~="controls"]')!.getAttribute('role')).to.equal('group');
        expect($(el, '[part~="controls"]')!.getAttribute('aria-label')).to.equal('Städte filtern');
      }
      await expect(wrapper).to.be.accessible();
    });

    it('labels the map as a map and explains its keys', async () => {
      const el = await renderMap(mapFeed());
      const stage = $(el, '.stage')!;
      expect(stage.getAttribute('role')).to.equal('group');
      expect(stage.getAttribute('aria-roledescription')).to.equal('Karte');
      expect(text($(el, `#${stage.getAttribute('aria-describedby')}`))).to.contain('Pfeiltasten');
    });

    it('lets one finger scroll the page past the map, and says that two fingers move it', async () => {
      const el = await renderMap(mapFeed());
      el.zoomBy(2); // so that the map could pan in every direction
      await settle(el);
      const stage = $(el, '.stage')!;
      expect(getComputedStyle(stage).touchAction).to.equal('pan-x pan-y');
      const before = mapTransform(el);
      const hint = $(el, '.gesture-hint')!;
      expect(hint.hidden).to.equal(true);
      touch(stage, 'pointerdown', 1, 100, 100);
      for (const y of [110, 130, 160]) touch(stage, 'pointermove', 1, 100, y);
      touch(stage, 'pointerup', 1, 100, 160);
      await settle(el);
      expect(mapTransform(el)).to.equal(before);
      expect(hint.hidden).to.equal(false);
      expect(text(hint)).to.equal('Zum Verschieben der Karte zwei Finger verwenden');
    });

    it('says so as well when the browser takes a finger over to scroll the page', async () => {
      const el = await renderMap(mapFeed(), { lang: 'en' });
      const stage = $(el, '.stage')!;
      touch(stage, 'pointerdown', 1, 100, 100);
      touch(stage, 'pointercancel', 1, 100, 100);
      await el.updateComplete;
      expect($(el, '.gesture-hint')!.hidden).to.equal(false);
      expect(text($(el, '.gesture-hint'))).to.equal('Use two fingers to move the map');
    });

    it('pans and zooms with two fingers, without the hint, and keeps the page from scrolling with them', async () => {
      const el = await renderMap(mapFeed());
      const stage = $(el, '.stage')!;
      const before = mapTransform(el);
      touch(stage, 'pointerdown', 1, 100, 100);
      touch(stage, 'pointerdown', 2, 200, 100);
      for (const step of [1, 2, 3]) {
        touch(stage, 'pointermove', 1, 100 - 10 * step, 100 + 10 * step);
        touch(stage, 'pointermove', 2, 200 + 10 * step, 100 + 10 * step);
      }
      const twoFingers = touchMove(stage, 2);
      const oneFinger = touchMove(stage, 1);
      touch(stage, 'pointerup', 1, 70, 130);
      touch(stage, 'pointermove', 2, 240, 140);
      touch(stage, 'pointerup', 2, 240, 140);
      await settle(el);
      expect(mapTransform(el)).to.not.equal(before);
      expect($(el, '.gesture-hint')!.hidden).to.equal(true);
      expect(twoFingers.defaultPrevented).to.equal(true);
      expect(oneFinger.defaultPrevented).to.equal(false);
    });

    it('pans with a mouse drag', async () => {
      const el = await renderMap(mapFeed());
      el.zoomBy(2); // so that the map can pan
      await settle(el);
      const stage = $(el, '.stage')!;
      const before = mapTransform(el);
      const mouse = (type: string, x: number) =>
        stage.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: x, clientY: 100, bubbles: true, composed: true }));
      mouse('pointerdown', 100);
      for (const x of [110, 130, 160]) mouse('pointermove', x);
      mouse('pointerup', 160);
      await settle(el);
      expect(mapTransform(el)).to.not.equal(before);
      expect($(el, '.gesture-hint')!.hidden).to.equal(true);
    });

    it('follows the pointer from the press: the few pixels before a press counts as a drag are not lost', async () => {
      const el = await renderMap(mapFeed());
      el.zoomBy(2); // so that the map can pan
      await settle(el);
      const stage = $(el, '.stage')!;
      const marker = $(el, '.markers [part~="marker"]')!;
      const key = marker.dataset['key']!;
      const x = () => $(el, `.markers [data-key="${key}"]`)!.getBoundingClientRect().x;
      const before = x();
      const mouse = (type: string, at: number) =>
        stage.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: at, clientY: 100, bubbles: true, composed: true }));
      mouse('pointerdown', 100);
      for (let at = 101; at <= 110; at++) mouse('pointermove', at);
      mouse('pointerup', 110);
      await settle(el);
      expect(x() - before).to.be.closeTo(10, 0.5);
    });

    it('clusters for the view a gesture leaves in a task before the one that draws it', async () => {
      const el = await renderMap(mapFeed({ withGroup: true }));
      await settle(el);
      const clustering = await whileClustering(el, async () => {
        $(el, '.stage')!.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 100, clientY: 100 }));
        await settle(el);
      });
      expect(clustering).to.deep.equal(['in a task of its own']);
    });

    it('shows how to zoom when the wheel is turned without Ctrl, and zooms with Ctrl', async () => {
      const el = await renderMap(mapFeed());
      const stage = $(el, '.stage')!;
      const hint = $(el, '.gesture-hint')!;
      expect(hint.hidden).to.equal(true);
      stage.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true, clientX: 100, clientY: 100 }));
      await el.updateComplete;
      expect(hint.hidden).to.equal(false);
      expect(text(hint)).to.equal('Zum Zoomen Strg + Mausrad verwenden');
      const before = mapTransform(el);
      const event = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 100, clientY: 100 });
      stage.dispatchEvent(event);
      await settle(el);
      expect(event.defaultPrevented).to.equal(true);
      expect(mapTransform(el)).to.not.equal(before);
    });
  });
});
