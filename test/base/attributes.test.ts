import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/engaged-city-map/engaged-city-map.js';
import '../../src/network-news/network-news.js';
import '../../src/partnership-badge/partnership-badge.js';
import type { EngagedElement } from '../../src/base/base-element.js';
import { captureWarnings } from '../support/console.js';
import { sampleFeed } from '../support/feeds.js';

/**
 * What a CMS, a framework or a webmaster in the browser's developer tools does to an element's attributes: sets one
 * to something odd, removes it again. The element keeps working: no exception, and it still follows later changes.
 */
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'engaged-city-map': {
    region: 'DE-ST', selected: 'lutherstadt-wittenberg', view: 'list', shading: 'members', controls: 'none',
    loading: 'eager', 'heading-level': '2', theme: 'dark', lang: 'en', timeout: '5000',
  },
  'network-news': {
    region: 'DE-ST', member: 'lutherstadt-wittenberg', tag: 'Länderpartner', limit: '1', layout: 'cards',
    'heading-level': '4', 'remote-media': '', theme: 'dark', lang: 'en', timeout: '5000',
  },
  'partnership-badge': {
    member: 'lutherstadt-wittenberg', variant: 'seal', size: 'l', verify: 'none', theme: 'auto', lang: 'en', timeout: '5000',
  },
};
const ODD_VALUES = ['', '   ', 'UNBEKANNT', '-1', '0'];

describe('attributes with a fixed set of values', () => {
  it('are read in any case, and a wrong one gives the default with one warning naming the values allowed', async () => {
    const { messages: warnings, restore } = captureWarnings();
    try {
      const el = await fixture<EngagedElement & { variant: string; size: string }>(
        html`<partnership-badge variant="Seal" size="L" theme="DARK" member="lutherstadt-wittenberg" .data=${sampleFeed()}></partnership-badge>`,
      );
      await el.updateComplete;
      expect([el.getAttribute('variant'), el.getAttribute('size'), el.getAttribute('theme')]).to.deep.equal(['seal', 'l', 'dark']);
      expect(warnings).to.deep.equal([]);
      el.setAttribute('variant', 'rund');
      await el.updateComplete;
      el.setAttribute('variant', 'eckig');
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('full');
      expect(warnings).to.deep.equal(['<partnership-badge>: variant="rund" is not one of full, compact, seal; "full" is used.']);
    } finally {
      restore();
    }
  });
});

describe('attributes set to odd values and removed again', () => {
  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    for (const [name, value] of Object.entries(attributes)) {
      it(`<${tag}> keeps working when ${name} is set, set to odd values, and removed`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        window.addEventListener('error', onError);
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
          const el = document.createElement(tag) as EngagedElement;
          el.setAttribute('loading', 'eager');
          el.setAttribute('verify', 'none');
          el.setAttribute('member', 'lutherstadt-wittenberg');
          el.data = sampleFeed();
          wrapper.append(el);
          await waitUntil(() => el.status !== 'loading', 'the element stays loading', { timeout: 5000 });
          for (const odd of [value, ...ODD_VALUES]) {
            el.setAttribute(name, odd);
            await el.updateComplete;
          }
          el.removeAttribute(name);
          await el.updateComplete;
          // It still follows a later change: another language shows.
          const language = name === 'lang' ? 'de' : 'en';
          el.setAttribute('lang', language);
          await waitUntil(
            () => el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === language,
            'the element stopped rendering',
            { timeout: 2000 },
          );
          expect(errors).to.deep.equal([]);
        } finally {
          window.removeEventListener('error', onError);
        }
      });
    }
  }
});
