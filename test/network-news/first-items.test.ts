import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NetworkFeed } from '../../src/feed/types.js';
import { jsonResponse, useFetchStub } from '../support/feeds.js';
import { items, moreButton, type NetworkNews, renderNews, settled, shadowAll, shadowText, showMore, titles } from './helpers.js';

const origin = location.origin;

/** Items `from` … `to` as a feed page tagged `tag`, linking to `next` when given. */
function page(from: number, to: number, tag: string, next?: string): NetworkFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Seitenweise Meldungen',
    ...(next === undefined ? {} : { next_url: next }),
    items: Array.from({ length: to - from + 1 }, (_, index) => ({
      id: `item-${from + index}`,
      title: `Meldung ${from + index}`,
      url: `https://www.engagiertestadt.de/news/${from + index}`,
      tags: [tag],
    })),
  };
}

/** The number in a page URL (`…/3.json` → 3). */
const pageNumber = (url: string) => Number(/(\d+)\.json$/.exec(url)![1]);

/** A 404 response. */
const notFound = () => new Response('not found', { status: 404 });

/** Layout is done and painted. */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('<network-news> looks for its first `limit` items on the next pages before it settles', () => {
  const feeds = useFetchStub();

  it('is "ready" with the items of page 2 when nothing on page 1 passes the filter', async () => {
    feeds.respond((url) => {
      if (url.endsWith('/later/1.json')) return jsonResponse(page(1, 3, 'Sport', '2.json'));
      if (url.endsWith('/later/2.json')) return jsonResponse(page(4, 5, 'Ziel'));
      return notFound();
    });
    const el = await renderNews(html`<network-news tag="ziel" src="/feeds/later/1.json"></network-news>`);
    expect(el.status).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Meldung 4', 'Meldung 5']);
    expect(moreButton(el), 'there is nothing more').to.equal(null);
    expect(feeds.calls).to.deep.equal([`${origin}/feeds/later/1.json`, `${origin}/feeds/later/2.json`]);
    await expect(el).to.be.accessible();
  });

  it('stays "loading" with its skeleton, busy and at the same height, while it fetches the next pages', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    feeds.respond(async (url) => {
      if (url.endsWith('/slow/1.json')) return jsonResponse(page(1, 2, 'Sport', '2.json'));
      await gate;
      return jsonResponse(page(3, 9, 'Ziel'));
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 640px"><network-news tag="ziel" limit="3" src="/feeds/slow/1.json"></network-news></div>`,
    );
    const el = wrapper.querySelector('network-news')!;
    await el.updateComplete;
    await frame();
    const loadingHeight = el.getBoundingClientRect().height;
    await waitUntil(() => feeds.calls.length === 2, 'the next page is not requested');
    await el.updateComplete;
    await frame();
    expect(el.status).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(shadowAll(el, 'ul.items > li')).to.have.length(3);
    expect(shadowText(el)).to.equal('Wird geladen …');
    expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    await expect(el).to.be.accessible();

    release();
    await settled(el);
    await el.updateComplete;
    await frame();
    expect(el.status).to.equal('ready');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(titles(el)).to.deep.equal(['Meldung 3', 'Meldung 4', 'Meldung 5']);
    expect(Math.abs(el.getBoundingClientRect().height - loadingHeight)).to.be.at.most(0.5);
  });

  it('fills a first page without filters that holds fewer than `limit` items', async () => {
    feeds.respond((url) => (url.endsWith('/few/1.json') ? jsonResponse(page(1, 2, 'Sport', '2.json')) : jsonResponse(page(3, 9, 'Sport'))));
    const el = await renderNews(html`<network-news src="/feeds/few/1.json"></network-news>`);
    expect(titles(el)).to.deep.equal(['1', '2', '3', '4', '5'].map((n) => `Meldung ${n}`));
    expect(moreButton(el)).to.not.equal(null);
  });

  it('is "empty", without a "show more" button, when no page holds a matching item', async () => {
    feeds.respond((url) => {
      const n = pageNumber(url);
      return jsonResponse(page(n * 3 - 2, n * 3, 'Sport', n < 3 ? `${n + 1}.json` : undefined));
    });
    const el = await renderNews(html`<network-news tag="ziel" src="/feeds/nowhere/1.json"></network-news>`);
    expect(el.status).to.equal('empty');
    expect(feeds.calls).to.have.length(3);
    expect(moreButton(el)).to.equal(null);
    expect(shadowText(el)).to.equal('Keine Meldungen passen zu Schlagwort ziel.');
    await expect(el).to.be.accessible();
  });

  describe('when a next page fails', () => {
    /** Page 1 holds `onFirstPage` items tagged "Ziel" of three; page 2 fails `failures` times, then holds items 4–9. */
    function flakyFeed(name: string, onFirstPage: number, failures: number) {
      let left = failures;
      feeds.respond((url) => {
        if (url.endsWith(`/${name}/1.json`)) {
          const first = page(1, 3, 'Sport', '2.json');
          first.items.slice(0, onFirstPage).forEach((item) => (item.tags = ['Ziel']));
          return jsonResponse(first);
        }
        if (left > 0) {
          left--;
          return notFound();
        }
        return jsonResponse(page(4, 9, 'Ziel'));
      });
    }

    it('is "ready" with what it found, and offers the retry beside the inline error', async () => {
      flakyFeed('flaky-some', 1, 1);
      const el = await renderNews(html`<network-news tag="ziel" limit="3" src="/feeds/flaky-some/1.json"></network-news>`);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.deep.equal(['Meldung 1']);
      expect(el.shadowRoot!.querySelector('.page-error')!.textContent).to.equal('Weitere Meldungen konnten nicht geladen werden.');
      expect(moreButton(el)!.textContent!.trim()).to.equal('Erneut versuchen');
      await expect(el).to.be.accessible();

      await showMore(el);
      expect(titles(el), 'the retry fills up to `limit`').to.deep.equal(['Meldung 1', 'Meldung 4', 'Meldung 5']);
      expect(el.shadowRoot!.querySelector('.page-error')).to.equal(null);
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Meldung 4');
    });

    it('is "empty" with the inline error and a retry when it found nothing, and "ready" once the retry finds items', async () => {
      flakyFeed('flaky-none', 0, 1);
      const el = await renderNews(html`<network-news tag="ziel" limit="3" src="/feeds/flaky-none/1.json"></network-news>`);
      expect(el.status).to.equal('empty');
      expect(items(el)).to.have.length(0);
      expect(shadowText(el)).to.equal(
        'Keine Meldungen passen zu Schlagwort ziel. Erneut versuchen Weitere Meldungen konnten nicht geladen werden.',
      );
      await expect(el).to.be.accessible();

      await showMore(el);
      expect(el.status).to.equal('ready');
      expect(titles(el)).to.deep.equal(['Meldung 4', 'Meldung 5', 'Meldung 6']);
      expect(el.shadowRoot!.activeElement!.textContent).to.equal('Meldung 4');
    });
  });

  it('gives up after ten next pages ("empty"), and offers to search the older pages', async () => {
    feeds.respond((url) => {
      const n = pageNumber(url);
      return jsonResponse(page(n, n, n === 13 ? 'Ziel' : 'Sport', n < 15 ? `${n + 1}.json` : undefined));
    });
    const el = await renderNews(html`<network-news tag="ziel" src="/feeds/archive/1.json"></network-news>`);
    expect(el.status).to.equal('empty');
    expect(feeds.calls, 'the first page and ten more').to.have.length(11);
    expect(moreButton(el)!.textContent!.trim()).to.equal('Ältere Meldungen durchsuchen');
    await expect(el).to.be.accessible();

    await showMore(el);
    expect(el.status).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Meldung 13']);
  });

  it('looks again on the next pages when the filters change', async () => {
    feeds.respond((url) => {
      const n = pageNumber(url);
      return jsonResponse(page(n * 2 - 1, n * 2, n === 3 ? 'Ziel' : 'Sport', n < 3 ? `${n + 1}.json` : undefined));
    });
    const el = await renderNews(html`<network-news tag="sport" limit="2" src="/feeds/refilter/1.json"></network-news>`);
    expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2']);
    el.tag = 'ziel';
    await el.updateComplete;
    expect(el.status, 'not "empty" while page 3 may hold items').to.equal('loading');
    await settled(el);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Meldung 5', 'Meldung 6']);
  });

  it('goes on looking when it comes back to the page after leaving it during the look', async () => {
    let release!: () => void;
    let gate = new Promise<void>((resolve) => (release = resolve));
    feeds.respond(async (url) => {
      if (url.endsWith('/moved/1.json')) return jsonResponse(page(1, 1, 'Sport', '2.json'));
      await gate;
      return jsonResponse(page(2, 3, 'Ziel'));
    });
    const wrapper = await fixture<HTMLElement>(html`<div><network-news tag="ziel" src="/feeds/moved/1.json"></network-news></div>`);
    const el = wrapper.querySelector<NetworkNews>('network-news')!;
    await waitUntil(() => feeds.calls.length === 2, 'the next page is not requested');
    el.remove();
    release();
    gate = Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 20));
    wrapper.append(el);
    await settled(el);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Meldung 2', 'Meldung 3']);
  });
});
