import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/engaged-city-map/engaged-city-map.js';
import { mapFeed } from './map-feed.js';

describe('smoke', () => {
  it('renders', async () => {
    const wrapper = await fixture(html`<div style="width: 640px"><engaged-city-map loading="eager" .data=${mapFeed({ withGroup: true })}></engaged-city-map></div>`);
    const el = wrapper.querySelector('engaged-city-map')!;
    await waitUntil(() => el.shadowRoot!.querySelector('.markers button'), 'no markers', { timeout: 4000 });
    const root = el.shadowRoot!;
    console.log(el.status, root.querySelectorAll('[part=marker]').length, root.querySelectorAll('[part=cluster]').length, root.querySelector('.map-box')!.getBoundingClientRect().height);
    console.log([...root.querySelectorAll('.markers button')].map((b) => b.getAttribute('aria-label') + ' ' + (b as HTMLElement).style.transform).join('\n'));
    expect(el.status).to.equal('ready');
  });
});
