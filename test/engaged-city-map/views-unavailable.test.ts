// Runs in a page whose import map sends the map's views module (views.ts, a chunk of its own in the npm build) to a
// missing URL: see the group "views-unavailable" in web-test-runner.config.mjs. What a visitor sees when that chunk
// cannot be loaded (a flaky connection, a deployment that lost a file).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/engaged-city-map/engaged-city-map.js';
import type { EngagedCityMap } from '../../src/engaged-city-map/engaged-city-map.js';
import { mapFeed } from './map-feed.js';

const patience = { timeout: 5000 };
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<engaged-city-map> when its views cannot be loaded', () => {
  it('says so on the map and in the list, offers to try again, and keeps its size and controls', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const el = document.createElement('engaged-city-map');
    el.setAttribute('loading', 'eager');
    el.data = mapFeed();
    wrapper.append(el);
    const alert = () => el.shadowRoot!.querySelector('[part~="map"] [role="alert"]');
    await waitUntil(alert, 'no message on the map', patience);
    expect(text(alert()!.querySelector('p'))).to.equal('Karte und Liste konnten nicht geladen werden.');
    await waitUntil(() => el.status === 'ready', 'the feed was not read', patience);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(400);
    await expect(el).to.be.accessible();

    // Trying again asks for the chunk again (and, with this page's import map, fails again: the message stays).
    alert()!.querySelector('button')!.click();
    await el.updateComplete;
    await waitUntil(alert, 'the message went away although the views still cannot be loaded', patience);

    el.view = 'list';
    await el.updateComplete;
    const listAlert = el.shadowRoot!.querySelector('[part~="list"] [role="alert"]');
    expect(text(listAlert)).to.contain('Karte und Liste konnten nicht geladen werden.');
    expect(listAlert!.querySelector('button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says it in English on an English page', async () => {
    const el = await fixture<EngagedCityMap>(html`<engaged-city-map lang="en" loading="eager" .data=${mapFeed()}></engaged-city-map>`);
    const alert = () => el.shadowRoot!.querySelector('[part~="map"] [role="alert"]');
    await waitUntil(alert, 'no message on the map', patience);
    expect(text(alert()!.querySelector('p'))).to.equal('The map and the list could not be loaded.');
    expect(text(alert()!.querySelector('button'))).to.equal('Try again');
  });
});
