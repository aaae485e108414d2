import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/engaged-city-map/engaged-city-map.js';
import '../../src/network-news/network-news.js';
import '../../src/partnership-badge/partnership-badge.js';
import type { EngagedElement } from '../../src/base/base-element.js';
import { sampleFeed } from '../support/feeds.js';

/**
 * A visitor who sets a larger default font size in the browser gets larger text in the elements too, in proportion;
 * a page's own root font size (`font-size: 62.5%` to count in rem, or a larger one of its design) changes nothing.
 */
async function render(): Promise<{ map: EngagedElement; news: EngagedElement; badge: EngagedElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
    <engaged-city-map loading="eager" view="list" .data=${sampleFeed()}></engaged-city-map>
    <network-news .data=${sampleFeed()}></network-news>
    <partnership-badge member="lutherstadt-wittenberg" verify="none" .data=${sampleFeed()}></partnership-badge>
  </div>`);
  const [map, news, badge] = ['engaged-city-map', 'network-news', 'partnership-badge'].map((tag) => wrapper.querySelector<EngagedElement>(tag)!);
  await waitUntil(() => [map, news, badge].every((el) => el!.status !== 'loading'), 'an element stays loading');
  await waitUntil(() => map!.shadowRoot!.querySelector('.group-name'), 'no list');
  return { map: map!, news: news!, badge: badge! };
}

const size = (el: Element, selector: string) => {
  const node = el.shadowRoot!.querySelector(selector);
  expect(node, `${el.localName} ${selector}`).to.not.equal(null);
  return parseFloat(getComputedStyle(node!).fontSize);
};

describe('text size', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('font-size');
    await executeServerCommand('set-default-font-size', { px: 16 });
  });

  for (const [setting, root, expected] of [[16, '', 16], [24, '', 24], [16, '62.5%', 16], [16, '20px', 16], [24, '62.5%', 24]] as const) {
    it(`is ${expected} px with the browser's font size at ${setting} px and the page's root at ${root || 'its default'}; the sizes inside follow`, async () => {
      await executeServerCommand('set-default-font-size', { px: setting });
      if (root) document.documentElement.style.fontSize = root;
      const { map, news, badge } = await render();
      for (const el of [map, news, badge]) expect(size(el, '[part~="base"]'), el.localName).to.equal(expected);
      expect(size(map, '.group-name')).to.equal(expected * 1.125);
      expect(size(map, '.field label')).to.equal(expected * 0.875);
      // The badge's box grows with its text (18 × 4.5 of its unit), so the text does not outgrow it.
      expect(badge.getBoundingClientRect().width).to.be.closeTo(18 * expected, 0.5);
    });
  }
});
