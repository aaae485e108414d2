import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
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
      // A compact item puts its date beside the title: at 320 px a usual title needs a second line, which it gets.
      const exact = layout !== 'compact' || width > 320;
      it(`reserves ${exact ? 'exactly' : 'at least'} the ready height in the ${layout} layout, ${width} px wide (the end-to-end feed, limit 2)`, async () => {
        const { loading, ready } = await heights(e2eFeed(), { layout, limit: 2, width });
        if (exact) expect(Math.abs(ready - loading), `${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
        else expect(ready, `${loading} px loading, ${ready} px ready`).to.be.at.least(loading - 0.5);
      });

      it(`reserves ${exact ? 'exactly' : 'at least'} the ready height for items without a link and with long summaries (as the bundled snapshot's) in the ${layout} layout, ${width} px wide`, async () => {
        const text = 'Seit dem Frühjahr stellen sich die Vereine der Stadt jeden Monat auf dem Marktplatz vor, mit Ständen, Gesprächen und einer Börse für alle, die sich engagieren möchten.';
        const feed = feedWithItems(3, {}, () => ({ title: 'Neues aus dem Netzwerk', url: undefined, summary: text }));
        const { loading, ready } = await heights(feed, { layout, limit: 2, width });
        if (exact) expect(Math.abs(ready - loading), `${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
        else expect(ready, `${loading} px loading, ${ready} px ready`).to.be.at.least(loading - 0.5);
      });

      it(`reserves ${exact ? 'exactly' : 'at least'} the ready height for items without a link, with a date and a picture beside the text, in the ${layout} layout, ${width} px wide`, async () => {
        const text = 'Seit dem Frühjahr stellen sich die Vereine der Stadt jeden Monat auf dem Marktplatz vor, mit Ständen, Gesprächen und einer Börse für alle, die sich engagieren möchten, und mit Musik.';
        const feed = feedWithItems(3, {}, () => ({
          title: 'Neues aus dem Netzwerk', url: undefined, summary: text, date_published: '2024-09-30T10:00:00+02:00', image: `${location.origin}/images/markt.jpg`,
        }));
        const { el, loading, ready } = await heights(feed, { layout, limit: 2, width });
        if (layout !== 'compact') expect(el.shadowRoot!.querySelector('[part~="whole-text"]'), 'the item offers its whole text').to.not.equal(null);
        if (exact) expect(Math.abs(ready - loading), `${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
        else expect(ready, `${loading} px loading, ${ready} px ready`).to.be.at.least(loading - 0.5);
      });

      it(`shows every title whole and cuts no text, whatever the items hold, in the ${layout} layout, ${width} px wide`, async () => {
        const { el, loading, ready } = await heights(unevenFeed(), { layout, limit: 5, width });
        expect(items(el)).to.have.length(5);
        // Rows grow rather than cut (WCAG 1.4.12): the reserved height is the least the items take.
        expect(ready, `${loading} px loading, ${ready} px ready`).to.be.at.least(loading - 0.5);
        for (const title of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="title"]:not(.untitled)')) {
          expect(title.scrollHeight, title.textContent!.slice(0, 40)).to.be.at.most(title.clientHeight + 1);
        }
        // Long German words are hyphenated in their language where the browser has the dictionary (phones do).
        for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="title"], [part~="summary"]')) {
          expect([getComputedStyle(part).hyphens, part.closest('[lang]')?.getAttribute('lang')]).to.deep.equal(['auto', 'de']);
        }
        for (const tags of el.shadowRoot!.querySelectorAll<HTMLElement>('.tags')) {
          expect(tags.scrollHeight, 'every tag is shown').to.be.at.most(tags.clientHeight + 1);
        }
        const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((node) => node.getBoundingClientRect().width > width).map((node) => `${node.localName}.${node.className}`);
        expect(el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth, `nothing sticks out sideways: ${wide.join(', ')}`).to.be.at.most(width);
      });
    }
  }

  for (const layout of ['list', 'cards']) {
    it(`shows untitled items (a microblog's RSS) in the room of a title and a summary, in exactly the height reserved, in the ${layout} layout`, async () => {
      const post = 'Heute auf dem Marktplatz: der Engagementtag mit allen Vereinen der Stadt, Musik, Gesprächen und einer Börse für alle, die sich einbringen möchten.';
      const long = `${post} ${post}`;
      // A short post with a picture, a long one with a link, a long one without (its "Ganzer Text" below it).
      const short = 'Heute beim #Ehrenamtstag in der Innenstadt: Danke an alle 200 Freiwilligen! 🎉';
      const feed = feedWithItems(4, {}, (index) => ({
        title: undefined, summary: index === 1 ? short : long, url: index === 3 ? undefined : `https://social.example/@stadt/${index}`,
        image: index === 1 ? `${location.origin}/images/markt.jpg` : undefined, date_published: '2026-12-05T10:00:00+01:00',
      }));
      for (const width of [320, 600]) {
        forgetFeeds();
        const { el, loading, ready } = await heights(feed, { layout, limit: 3, width });
        expect(Math.abs(ready - loading), `${width} px: ${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
        const [first, linked, linkless] = items(el).map((item) => item.querySelector<HTMLElement>('[part~="title"]')!);
        const line = parseFloat(getComputedStyle(first!).lineHeight);
        expect(first!.textContent!.trim(), `${width} px: a short post whole, beside its picture too`).to.equal(short);
        expect(first!.scrollHeight, `${width} px: not cut`).to.be.at.most(first!.clientHeight + 1);
        expect(linked!.textContent!.trim().length, 'a long one cut after 240 characters').to.be.within(200, 240);
        expect(linked!.getBoundingClientRect().height, `${width} px: in at most five lines`).to.be.at.most(5 * line + 1);
        expect(linkless!.getBoundingClientRect().height, `${width} px: in at most four lines`).to.be.at.most(4 * line + 1);
        const button = items(el)[2]!.querySelector('[part~="whole-text"]')!;
        expect(button.getBoundingClientRect().top, 'its "Ganzer Text" below').to.be.at.least(linkless!.getBoundingClientRect().bottom - 0.5);
        const date = items(el)[1]!.querySelector('[part~="meta"]')!;
        expect(date.getBoundingClientRect().bottom, 'its date above it').to.be.at.most(linked!.getBoundingClientRect().top + 0.5);
      }
    });
  }

  it('reserves the "Mehr anzeigen" button\'s height at twice the browser\'s text size too', async () => {
    await executeServerCommand('set-default-font-size', { px: 32 });
    try {
      const { loading, ready } = await heights(e2eFeed(), { layout: 'list', limit: 2, width: 900 });
      expect(Math.abs(ready - loading), `${loading} px loading, ${ready} px ready`).to.be.at.most(0.5);
    } finally {
      await executeServerCommand('set-default-font-size', { px: 16 });
    }
  });

  it('gives a compact title the whole width of a phone, the date below it, in the skeleton as in the list', async () => {
    for (const width of [320, 900]) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const stub = stubFetch(async () => {
        await gate;
        return jsonResponse(e2eFeed());
      });
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: ${width}px"><network-news src="/feeds/compact-${width}.json" layout="compact" limit="2"></network-news></div>`,
        );
        const el = wrapper.querySelector('network-news')!;
        await el.updateComplete;
        await frame();
        const box = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
        const below = (meta: DOMRect, title: DOMRect) => meta.top >= title.bottom - 0.5;
        expect(below(box('.meta.bone'), box('.title.bone')), `${width} px: the skeleton's date`).to.equal(width < 400);
        release();
        await settled(el);
        await frame();
        const [title, meta, item] = [box('[part~="title"]'), box('[part~="meta"]'), box('.item')];
        expect(below(meta, title), `${width} px: the date`).to.equal(width < 400);
        if (width < 400) expect(title.width, 'the whole width').to.be.above(item.width - 2);
      } finally {
        stub.restore();
        forgetFeeds();
      }
    }
  });

  it('keeps every line whole under a visitor’s own text spacing (WCAG 1.4.12)', async () => {
    const { el } = await heights(e2eFeed(), { layout: 'cards', limit: 2, width: 640 });
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    await frame();
    for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="title"], [part~="meta"], .tags')) {
      expect(part.scrollHeight, part.className).to.be.at.most(part.clientHeight + 1);
      expect(part.getBoundingClientRect().height, part.className).to.be.greaterThan(0);
    }
  });

  it('ends shorter, once, when fewer items than `limit` match (it does not keep empty space below the list)', async () => {
    const { el, loading, ready } = await heights(feedWithItems(2), { layout: 'list', limit: 5, width: 640 });
    expect(items(el)).to.have.length(2);
    expect(ready).to.be.below(loading);
  });
});
