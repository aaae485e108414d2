import { expect, fixture, html } from '@open-wc/testing';
import { forgetFeeds } from '../../src/feed/load.js';
import type { FeedItem, NetworkFeed } from '../../src/feed/types.js';
import { jsonResponse, stubFetch } from '../support/feeds.js';
import { feedWithItems, items, settled } from './helpers.js';

/** Layout is done and painted. */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The feed of the end-to-end stability test: three short items, two with an image on the feed's own host (which the
 * test server does not have: an image that fails to load keeps its box too).
 */
const e2eFeed = () =>
  feedWithItems(3, {}, (index) => ({
    title: ['Sachsen-Anhalt wird Länderpartner', 'Engagementwoche in Marburg', 'Neue Förderrunde beginnt'][index - 1],
    summary: 'Vereine stellen sich eine Woche lang auf dem Marktplatz vor.',
    image: index < 3 ? `${location.origin}/media/news-${index}.png` : undefined,
    tags: ['Veranstaltung'],
  }));

/** Items as different as feeds make them: long and missing titles, dates, texts and tags, long words, many tags. */
const unevenFeed = () => {
  const long = 'Ehrenamtskoordinierungsstellenförderung und bürgerschaftliches Engagement in der Stadtgesellschaft '.repeat(4);
  const variants: Partial<FeedItem>[] = [
    { title: long, summary: long, tags: Array.from({ length: 12 }, (_, index) => `Schlagwort ${index + 1}`) },
    { title: 'Kurz', summary: undefined, date_published: undefined, tags: undefined, url: undefined },
    { title: undefined, content_text: long, image: `${location.origin}/media/missing.png` },
    { title: 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft', summary: 'Ein Satz.', tags: [long] },
    { title: undefined, summary: undefined, date_published: '2025-09-30T10:00:00+02:00' },
  ];
  return feedWithItems(6, {}, (index) => variants[(index - 1) % variants.length]!);
};

/** The element's height while it loads `feed`, and once it shows it. */
async function heights(feed: NetworkFeed, attributes: { layout: string; limit: number; width: number }) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const stub = stubFetch(async () => {
    await gate;
    return jsonResponse(feed);
  });
  try {
    const { layout, limit, width } = attributes;
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: ${width}px"><network-news src="/feeds/stable.json" layout=${layout} limit=${limit}></network-news></div>`,
    );
    const el = wrapper.querySelector('network-news')!;
    await el.updateComplete;
    await frame();
    expect(el.status).to.equal('loading');
    const loading = el.getBoundingClientRect().height;
    release();
    await settled(el);
    await el.updateComplete;
    await frame();
    return { el, loading, ready: el.getBoundingClientRect().height };
  } finally {
    stub.restore();
  }
}

describe('<network-news> keeps its size from loading to ready', () => {
  beforeEach(() => forgetFeeds());
  afterEach(() => forgetFeeds());

  for (const layout of ['list', 'cards', 'compact']) {
    for (const width of [320, 900]) {
      it(`reserves exactly the ready height in the ${layout} layout, ${width} px wide (the end-to-end feed, limit 2)`, async () => {
        const { loading, ready } = await heights(e2eFeed(), { layout, limit: 2, width });
        expect(Math.abs(ready - loading), `${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
      });

      it(`reserves exactly the ready height in the ${layout} layout, ${width} px wide, whatever the items hold`, async () => {
        const { el, loading, ready } = await heights(unevenFeed(), { layout, limit: 5, width });
        expect(items(el)).to.have.length(5);
        expect(Math.abs(ready - loading), `${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
        const itemHeights = items(el).map((item) => item.getBoundingClientRect().height);
        expect(Math.max(...itemHeights) - Math.min(...itemHeights), `item heights ${itemHeights.join(', ')}`).to.be.at.most(0.5);
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth, 'nothing sticks out sideways').to.be.at.most(width);
      });
    }
  }

  it('ends shorter, once, when fewer items than `limit` match (it does not keep empty space below the list)', async () => {
    const { el, loading, ready } = await heights(feedWithItems(2), { layout: 'list', limit: 5, width: 640 });
    expect(items(el)).to.have.length(2);
    expect(ready).to.be.below(loading);
  });
});
