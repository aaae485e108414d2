import { expect, html, waitUntil } from '@open-wc/testing';
import type { NetworkFeed } from '../../src/feed/types.js';
import { jsonResponse, useFetchStub } from '../support/feeds.js';
import { announcement, feedWithItems, items, moreButton, renderNews, showAll, showMore, titles } from './helpers.js';

const origin = location.origin;

/** Items `from` … `to` as a feed page, linking to `next` when given. */
function page(from: number, to: number, next?: string): NetworkFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Seitenweise Meldungen',
    ...(next === undefined ? {} : { next_url: next }),
    items: Array.from({ length: to - from + 1 }, (_, index) => ({
      id: `item-${from + index}`,
      title: `Meldung ${from + index}`,
      url: `https://www.engagiertestadt.de/news/${from + index}`,
    })),
  };
}

/** The element's focused node inside its shadow root. */
const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('<network-news> "show more" and paging', () => {
  const feeds = useFetchStub();

  describe('within the loaded items', () => {
    it('shows `limit` more items, moves focus to the first new one and announces how many were added', async () => {
      const el = await renderNews(html`<network-news .data=${feedWithItems(12)}></network-news>`);
      expect(items(el)).to.have.length(5);
      expect(moreButton(el)!.textContent!.trim()).to.equal('Mehr anzeigen');
      moreButton(el)!.focus();
      await showMore(el);
      expect(items(el)).to.have.length(10);
      expect(focused(el)).to.equal(items(el)[5]!.querySelector('a'));
      expect(focused(el)!.textContent).to.equal('Meldung 6');
      expect(announcement(el)).to.equal('5 weitere Meldungen geladen');
      await expect(el).to.be.accessible();
    });

    it('announces the last, smaller batch in the singular or plural, and then hides the button', async () => {
      const el = await renderNews(html`<network-news limit="5" .data=${feedWithItems(11)}></network-news>`);
      await showMore(el);
      await showMore(el);
      expect(items(el)).to.have.length(11);
      expect(announcement(el)).to.equal('1 weitere Meldung geladen');
      expect(moreButton(el)).to.equal(null);
      expect(focused(el)!.textContent).to.equal('Meldung 11');
    });

    it('forgets "5 more loaded" when the filters change, so it does not stand beside other items', async () => {
      const feed = feedWithItems(12, {}, (index) => (index === 2 ? { tags: ['Ehrenamt'] } : {}));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      await showMore(el);
      expect(announcement(el)).to.equal('5 weitere Meldungen geladen');
      el.tag = 'Ehrenamt';
      await el.updateComplete;
      expect(items(el)).to.have.length(1);
      expect(announcement(el)).to.equal('');
    });

    it('focuses the new item itself when it has no link', async () => {
      const feed = feedWithItems(4, {}, (index) => (index === 3 ? { url: undefined } : {}));
      const el = await renderNews(html`<network-news limit="2" .data=${feed}></network-news>`);
      await showMore(el);
      expect(focused(el)).to.equal(items(el)[2]);
    });

    it('announces in English', async () => {
      const el = await renderNews(html`<network-news lang="en" limit="3" .data=${feedWithItems(5)}></network-news>`);
      expect(moreButton(el)!.textContent!.trim()).to.equal('Show more');
      await showMore(el);
      expect(announcement(el)).to.equal('2 more news items loaded');
    });

    it('starts again from `limit` items when `limit` changes', async () => {
      const el = await renderNews(html`<network-news limit="2" .data=${feedWithItems(10)}></network-news>`);
      await showMore(el);
      expect(items(el)).to.have.length(4);
      el.limit = 3;
      await el.updateComplete;
      expect(items(el)).to.have.length(3);
    });
  });

  describe('following next_url', () => {
    it('loads the next page after the last loaded item, resolving a relative next_url against the page’s URL', async () => {
      feeds.respond((url) => {
        if (url === `${origin}/feeds/paged/page-1.json`) return jsonResponse(page(1, 3, 'page-2.json'));
        if (url === `${origin}/feeds/paged/page-2.json`) return jsonResponse(page(4, 8, '/feeds/paged/page-3.json'));
        if (url === `${origin}/feeds/paged/page-3.json`) return jsonResponse(page(9, 9));
        return new Response('not found', { status: 404 });
      });
      const el = await renderNews(html`<network-news limit="3" src="/feeds/paged/page-1.json"></network-news>`);
      expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2', 'Meldung 3']);
      expect(moreButton(el), 'the next page is there to load').to.not.equal(null);

      await showMore(el);
      expect(feeds.calls).to.deep.equal([`${origin}/feeds/paged/page-1.json`, `${origin}/feeds/paged/page-2.json`]);
      expect(titles(el)).to.have.length(6);
      expect(focused(el)!.textContent).to.equal('Meldung 4');
      expect(announcement(el)).to.equal('3 weitere Meldungen geladen');

      await showMore(el);
      expect(titles(el)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `Meldung ${n}`));
      expect(feeds.calls).to.have.length(3);
      expect(moreButton(el)).to.equal(null);
    });

    it('leaves out items of a later page that are there already (same id)', async () => {
      feeds.respond((url) =>
        url.endsWith('/dupes/1.json') ? jsonResponse(page(1, 2, '2.json')) : jsonResponse(page(2, 4)),
      );
      const el = await renderNews(html`<network-news limit="2" src="/feeds/dupes/1.json"></network-news>`);
      await showMore(el);
      expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2', 'Meldung 3', 'Meldung 4']);
      expect(announcement(el)).to.equal('2 weitere Meldungen geladen');
    });

    it('never follows a next_url it has seen before (a loop)', async () => {
      feeds.respond((url) =>
        url.endsWith('/loop/a.json') ? jsonResponse(page(1, 1, 'b.json')) : jsonResponse(page(2, 2, 'a.json#again')),
      );
      const el = await renderNews(html`<network-news limit="1" src="/feeds/loop/a.json"></network-news>`);
      await showMore(el);
      expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2']);
      expect(moreButton(el)).to.equal(null);
      expect(feeds.calls).to.have.length(2);
    });

    it('does not follow a next_url to another host', async () => {
      feeds.respond(() => jsonResponse(page(1, 1, 'https://tracker.example/page-2.json')));
      const el = await renderNews(html`<network-news limit="1" src="/feeds/elsewhere.json"></network-news>`);
      expect(moreButton(el)).to.equal(null);
      expect(feeds.calls).to.have.length(1);
    });

    it('fills a short first page up to `limit` from the next page, then shows `limit` more per press', async () => {
      const tagged = (feed: NetworkFeed) => ({ ...feed, items: feed.items.map((item) => ({ ...item, tags: ['Kultur'] })) });
      feeds.respond((url) => (url.endsWith('/short/1.json') ? jsonResponse(tagged(page(1, 2, '2.json'))) : jsonResponse(tagged(page(3, 12)))));
      const el = await renderNews(html`<network-news limit="3" tag="kultur" src="/feeds/short/1.json"></network-news>`);
      expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2', 'Meldung 3']);
      await showMore(el);
      expect(titles(el)).to.deep.equal(['1', '2', '3', '4', '5', '6'].map((n) => `Meldung ${n}`));
      expect(announcement(el)).to.equal('3 weitere Meldungen geladen');
      expect(focused(el)!.textContent).to.equal('Meldung 4');
    });

    it('says there is nothing more when the next page brings nothing new', async () => {
      feeds.respond((url) => (url.endsWith('/same/1.json') ? jsonResponse(page(1, 2, '2.json')) : jsonResponse(page(1, 2))));
      const el = await renderNews(html`<network-news limit="2" src="/feeds/same/1.json"></network-news>`);
      await showMore(el);
      expect(titles(el)).to.have.length(2);
      expect(announcement(el)).to.equal('Keine weiteren Meldungen vorhanden');
      expect(moreButton(el)).to.equal(null);
      expect(focused(el), 'focus does not get lost with the button').to.equal(items(el)[1]!.querySelector('a'));
    });

    it('shows an inline error with a retry when the next page fails, keeping the items shown', async () => {
      let failures = 1;
      feeds.respond((url) => {
        if (url.endsWith('/flaky/1.json')) return jsonResponse(page(1, 2, '2.json'));
        if (failures > 0) {
          failures--;
          return new Response('gone', { status: 404 });
        }
        return jsonResponse(page(3, 4));
      });
      const el = await renderNews(html`<network-news limit="2" src="/feeds/flaky/1.json"></network-news>`);
      moreButton(el)!.focus();
      await showMore(el);
      expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2']);
      const error = el.shadowRoot!.querySelector('.page-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.equal('Weitere Meldungen konnten nicht geladen werden.');
      expect(moreButton(el)!.textContent!.trim()).to.equal('Erneut versuchen');
      expect(focused(el), 'the keyboard user stays on the button').to.equal(moreButton(el));
      expect(el.status).to.equal('ready');
      await expect(el).to.be.accessible();

      await showMore(el);
      expect(titles(el)).to.deep.equal(['Meldung 1', 'Meldung 2', 'Meldung 3', 'Meldung 4']);
      expect(el.shadowRoot!.querySelector('.page-error')).to.equal(null);
    });

    it('says it is loading on the button while the next page loads, and ignores more presses meanwhile', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      feeds.respond(async (url) => {
        if (url.endsWith('/slow/1.json')) return jsonResponse(page(1, 1, '2.json'));
        await gate;
        return jsonResponse(page(2, 2));
      });
      const el = await renderNews(html`<network-news limit="1" src="/feeds/slow/1.json"></network-news>`);
      moreButton(el)!.click();
      await waitUntil(() => moreButton(el)!.getAttribute('aria-disabled') === 'true');
      expect(moreButton(el)!.textContent!.trim()).to.equal('Weitere Meldungen werden geladen …');
      moreButton(el)!.click();
      release();
      await waitUntil(() => items(el).length === 2);
      expect(feeds.calls).to.have.length(2);
    });

    it('makes one request per page however many elements show the feed', async () => {
      feeds.respond((url) => (url.endsWith('/shared/1.json') ? jsonResponse(page(1, 1, '2.json')) : jsonResponse(page(2, 2))));
      const first = await renderNews(html`<network-news limit="1" src="/feeds/shared/1.json"></network-news>`);
      const second = await renderNews(html`<network-news limit="1" layout="compact" src="/feeds/shared/1.json"></network-news>`);
      await showMore(first);
      await showMore(second);
      expect(titles(second)).to.deep.equal(['Meldung 1', 'Meldung 2']);
      expect(feeds.calls).to.deep.equal([`${origin}/feeds/shared/1.json`, `${origin}/feeds/shared/2.json`]);
    });

    it('shows every page with "show more" until the end', async () => {
      feeds.respond((url) => {
        const n = Number(/(\d+)\.json$/.exec(url)![1]);
        return jsonResponse(page(n * 10 - 9, n * 10, n < 5 ? `${n + 1}.json` : undefined));
      });
      const el = await renderNews(html`<network-news limit="7" src="/feeds/long/1.json"></network-news>`);
      await showAll(el);
      expect(titles(el)).to.have.length(50);
      expect(new Set(titles(el)).size).to.equal(50);
    });
  });
});
