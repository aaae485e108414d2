import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { forgetFeeds } from '../../src/feed/load.js';
import { jsonResponse, sampleFeed, stubFetch } from '../support/feeds.js';
import { feedWithItems, items, moreButton, renderNews, settled, settledAnnouncement, shadowAll, shadowText, titles, type NetworkNews } from './helpers.js';

/**
 * A feed shaped like the network's own news (data/news.csv): more items than `limit`, short titles, one or two lines
 * of summary, tags, no images.
 */
const typicalFeed = () =>
  feedWithItems(8, {}, (index) => ({
    title: `Sachsen-Anhalt wird Länderpartner (${index})`,
    summary: 'Seit dem 16. Mai 2025 ist Sachsen-Anhalt Länderpartner des Programms Engagierte Stadt – als fünftes Bundesland nach Rheinland-Pfalz, Hessen, Schleswig-Holstein und Bayern.',
    tags: ['Länderpartnerschaft', 'Sachsen-Anhalt'],
  }));

describe('<network-news>', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  beforeEach(() => forgetFeeds());
  afterEach(async () => {
    fetchStub?.restore();
    fetchStub = undefined;
    forgetFeeds();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('an item', () => {
    it('shows its title linked to its url, the date in words inside <time datetime>, the summary and the tags', async () => {
      const el = await renderNews(html`<network-news .data=${sampleFeed()}></network-news>`);
      const [item] = items(el);
      const link = item!.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
      expect(link.textContent).to.equal('Sachsen-Anhalt wird Länderpartner');
      expect(link.getAttribute('href')).to.equal('https://www.engagiertestadt.de/news/1');
      const time = item!.querySelector('[part~="meta"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2025-05-16');
      expect(time.textContent).to.equal('16. Mai 2025');
      expect(item!.querySelector('[part~="summary"]')!.textContent).to.equal('Seit Mai 2025 ist Sachsen-Anhalt Partner des Programms.');
      expect([...item!.querySelectorAll('.tags li')].map((tag) => tag.textContent)).to.deep.equal(['Länderpartner']);
      expect(item!.localName).to.equal('article');
      expect(item!.parentElement!.localName).to.equal('li');
    });

    it('sits in a list named after the feed', async () => {
      const el = await renderNews(html`<network-news .data=${sampleFeed()}></network-news>`);
      const list = el.shadowRoot!.querySelector('ul.items')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Netzwerk Engagierte Stadt');
    });

    it('shows the date as the publisher wrote it, whatever the visitor’s time zone', async () => {
      const feed = feedWithItems(1, {}, () => ({ date_published: '2025-05-16T00:30:00+02:00' }));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(shadowAll(el, 'time')[0]!.textContent).to.equal('16. Mai 2025');
    });

    it('shows a time written in UTC (as WordPress writes every date) as the day in Germany', async () => {
      const dates = [
        ['2026-12-04T23:30:00Z', '5. Dezember 2026', '2026-12-05'], // 00:30 in winter (UTC+1)
        ['2026-12-31T23:30:00+00:00', '1. Januar 2027', '2027-01-01'],
        ['2026-06-30T22:15:00Z', '1. Juli 2026', '2026-07-01'], // 00:15 in summer (UTC+2)
        ['2026-06-30T21:45:00Z', '30. Juni 2026', '2026-06-30'],
        ['2026-03-29T22:30:00Z', '30. März 2026', '2026-03-30'], // 00:30: summer time from 01:00 UTC on the 29th
        ['2026-10-25T22:30:00Z', '25. Oktober 2026', '2026-10-25'], // 23:30: winter time from 01:00 UTC on the 25th
        ['2026-10-25T23:30:00Z', '26. Oktober 2026', '2026-10-26'], // 00:30 in winter again
        ['2026-12-04T23:30:00-05:00', '4. Dezember 2026', '2026-12-04'], // a publisher's own offset: its day
        ['9999-12-31T23:30:00Z', '31. Dezember 9999', '9999-12-31'], // no year 10000: the day written
        ['2026-12-04T23:30:00-00:00', '4. Dezember 2026', '2026-12-04'], // offset unknown (no zone in an RSS date): the day written
      ];
      const feed = feedWithItems(dates.length, {}, (index) => ({ date_published: dates[index - 1]![0] }));
      const el = await renderNews(html`<network-news limit="10" .data=${feed}></network-news>`);
      expect(shadowAll(el, 'time').map((time) => [time.textContent, time.getAttribute('datetime')])).to.deep.equal(
        dates.map(([, shown, datetime]) => [shown, datetime]),
      );
    });

    it('uses date_modified when there is no date_published, and shows no date when there is none', async () => {
      const feed = feedWithItems(2, {}, (index) =>
        index === 1 ? { date_published: undefined, date_modified: '2024-12-01T08:00:00Z' } : { date_published: undefined },
      );
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(items(el)[0]!.querySelector('time')!.textContent).to.equal('1. Dezember 2024');
      expect(items(el)[1]!.querySelector('time')).to.equal(null);
    });

    it('shows no date for a year before 1000, a placeholder such as 0000-01-01 rather than a date', async () => {
      const feed = feedWithItems(2, {}, (index) => ({ date_published: index === 1 ? '0000-01-01T00:00:00Z' : '0999-12-31T00:00:00Z' }));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(shadowAll(el, 'time')).to.have.length(0);
    });

    it('links to external_url when there is no url, and shows no link when there is neither', async () => {
      const feed = feedWithItems(2, {}, (index) =>
        index === 1 ? { url: undefined, external_url: 'https://example.org/elsewhere' } : { url: undefined },
      );
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      const [first, second] = items(el);
      expect(first!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/elsewhere');
      expect(second!.querySelector('a')).to.equal(null);
      expect(second!.getAttribute('tabindex'), 'an item without a link can take focus from "show more"').to.equal('-1');
      expect(first!.hasAttribute('tabindex')).to.equal(false);
    });

    it('takes its summary from summary, else content_text, else the text of content_html', async () => {
      const feed = feedWithItems(3, {}, (index) =>
        index === 1
          ? { summary: 'Die Zusammenfassung.', content_text: 'Der Text.' }
          : index === 2
            ? { content_text: 'Der Text.', content_html: '<p>HTML</p>' }
            : { content_html: '<p>Ein <b>fetter</b> Absatz.</p><p>Noch einer.</p>' },
      );
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(shadowAll(el, '[part~="summary"]').map((summary) => summary.textContent)).to.deep.equal([
        'Die Zusammenfassung.',
        'Der Text.',
        'Ein fetter Absatz. Noch einer.',
      ]);
    });

    it('shows the words of a summary that holds HTML tags, not the tags, also as the title of an untitled item', async () => {
      const feed = feedWithItems(3, {}, (index) =>
        index === 1
          ? { title: undefined, summary: '<p>Summary mit <strong>HTML</strong> &amp; mehr</p>' }
          : index === 2
            ? { summary: '<p>Ein <a href="https://example.org/">Link</a>.</p><script>x()</script>' }
            : { summary: 'Kunst <3 Kultur & <Name>' },
      );
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(titles(el)[0]).to.equal('Summary mit HTML & mehr');
      expect(shadowAll(el, '[part~="summary"]').map((summary) => summary.textContent)).to.deep.equal([
        'Ein Link.',
        'Kunst <3 Kultur & <Name>',
      ]);
    });

    it('shortens a long text at a word boundary, with an ellipsis', async () => {
      const long = 'Wort '.repeat(200);
      const el = await renderNews(html`<network-news .data=${feedWithItems(1, {}, () => ({ content_text: long }))}></network-news>`);
      const summary = shadowAll(el, '[part~="summary"]')[0]!.textContent!;
      expect(summary.length).to.be.at.most(240);
      expect(summary).to.match(/Wort…$/);
    });

    it('takes the title of an item without one from its text, and says "untitled" when there is no text either', async () => {
      const feed = feedWithItems(2, {}, (index) => (index === 1 ? { title: undefined, content_text: 'Nur ein Text ohne Titel.' } : { title: undefined }));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(titles(el)).to.deep.equal(['Nur ein Text ohne Titel.', 'Meldung ohne Titel']);
      expect(shadowAll(el, '[part~="summary"]')).to.have.length(0);
    });

    it('uses heading level 3 by default, and the level that `heading-level` asks for (2–6)', async () => {
      const level = async (value?: string) => {
        const el = await renderNews(html`<network-news heading-level=${value ?? ''} .data=${sampleFeed()}></network-news>`);
        return shadowAll(el, '[part~="title"]')[0]!.localName;
      };
      expect(await level()).to.equal('h3');
      expect(await level('2')).to.equal('h2');
      expect(await level('6')).to.equal('h6');
      expect(await level('1'), 'the page keeps its own <h1>').to.equal('h3');
      expect(await level('seven')).to.equal('h3');
    });
  });

  describe('limit', () => {
    const shownFor = async (limit: string | undefined) => {
      const el = await renderNews(html`<network-news limit=${limit ?? ''} .data=${feedWithItems(80)}></network-news>`);
      return items(el).length;
    };

    it('shows 5 items by default', async () => {
      expect(await shownFor(undefined)).to.equal(5);
    });

    it('shows as many items as `limit` says, at most 50', async () => {
      expect(await shownFor('2')).to.equal(2);
      expect(await shownFor('50')).to.equal(50);
      expect(await shownFor('200')).to.equal(50);
    });

    it('falls back to 5 for an invalid limit', async () => {
      for (const limit of ['0', '-3', 'zehn', '2.5']) expect(await shownFor(limit), limit).to.equal(5);
    });
  });

  describe('layouts', () => {
    const withImages = () =>
      sampleFeed({
        items: sampleFeed().items.map((item) => ({ ...item, image: `${location.origin}/news/1.jpg` })),
      });

    it('puts a list item\'s picture beside its text as a thumbnail of at most 8em, titled or not', async () => {
      await setViewport({ width: 800, height: 600 });
      const feed = feedWithItems(2, {}, (index) => ({ image: `${location.origin}/news/1.jpg`, title: index === 2 ? undefined : 'Meldung', summary: 'Ein kurzer Text.' }));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      for (const item of items(el).slice(0, 2)) {
        const image = item.querySelector<HTMLElement>('[part~="image"]')!;
        expect(image.getBoundingClientRect().width).to.be.closeTo(128, 0.5);
        expect(image.getBoundingClientRect().left, 'beside the text').to.be.greaterThan(item.querySelector('[part~="title"]')!.getBoundingClientRect().right);
      }
    });

    for (const layout of ['list', 'cards', 'compact'] as const) {
      it(`lays out items as ${layout}, accessible, at 320 px wide`, async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const el = await renderNews(html`<network-news layout=${layout} .data=${withImages()}></network-news>`);
          expect(el.shadowRoot!.querySelector('ul.items')!.classList.contains(layout)).to.equal(true);
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(320);
          const markers = shadowAll(el, 'li').map((li) => getComputedStyle(li).listStyleType);
          expect(markers.filter((marker) => marker !== 'none'), 'no list markers').to.deep.equal([]);
          await expect(el).to.be.accessible();
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }

    it('shows title and date only in the compact layout: no summary, no image, no tags', async () => {
      const el = await renderNews(html`<network-news layout="compact" .data=${withImages()}></network-news>`);
      expect(shadowAll(el, '[part~="summary"], [part~="image"], .tags')).to.have.length(0);
      expect(shadowAll(el, '[part~="meta"]')).to.have.length(1);
    });

    it('puts cards side by side where there is room', async () => {
      const el = await fixture<NetworkNews>(html`<div style="width: 900px"><network-news layout="cards" .data=${feedWithItems(3)}></network-news></div>`);
      const news = el.querySelector('network-news')!;
      await settled(news);
      const tops = items(news).map((item) => item.getBoundingClientRect().top);
      expect(new Set(tops).size).to.equal(1);
    });

    it('draws a card without a picture with a band in a shade of the accent colour, not a grey box that looks broken', async () => {
      const el = await renderNews(html`<network-news layout="cards" limit="2" .data=${feedWithItems(2)}></network-news>`);
      const style = getComputedStyle(el.shadowRoot!.querySelector('.blank')!);
      expect([style.backgroundImage.startsWith('linear-gradient'), style.opacity]).to.deep.equal([true, '1']);
    });

    it('prints cards without empty picture boxes, without "Mehr anzeigen", and no item split across two pages', async () => {
      const el = await renderNews(html`<network-news layout="cards" limit="2" .data=${feedWithItems(3)}></network-news>`);
      const blank = el.shadowRoot!.querySelector('.blank')!;
      expect(getComputedStyle(blank).display).to.not.equal('none');
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(blank).display).to.equal('none');
        expect(moreButton(el)!.checkVisibility()).to.equal(false);
        expect(items(el).every((item) => getComputedStyle(item).breakInside === 'avoid')).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('falls back to the list layout for an unknown layout', async () => {
      const el = await renderNews(html`<network-news layout="carousel" .data=${sampleFeed()}></network-news>`);
      expect(el.shadowRoot!.querySelector('ul.items')!.classList.contains('list')).to.equal(true);
    });
  });

  describe('while loading', () => {
    /** A fetch that answers only when `release()` is called. */
    function gatedFetch(feed: unknown) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      fetchStub = stubFetch(async () => {
        await gate;
        return jsonResponse(feed);
      });
      return release;
    }

    it('shows a skeleton of `limit` items, says it is loading, and is accessible', async () => {
      gatedFetch(sampleFeed());
      const el = await fixture<NetworkNews>(html`<network-news src="/feeds/news.json" limit="4"></network-news>`);
      expect(el.status).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(shadowAll(el, 'ul.items > li')).to.have.length(4);
      expect(shadowText(el)).to.equal('Wird geladen …');
      await expect(el).to.be.accessible();
    });

    // That it reserves exactly the ready height, per layout and width: stability.test.ts.

    it('shimmers only when the visitor allows motion', async () => {
      gatedFetch(sampleFeed());
      const el = await fixture<NetworkNews>(html`<network-news src="/feeds/motion.json"></network-news>`);
      const bone = () => getComputedStyle(el.shadowRoot!.querySelector('.bone')!);
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(bone().animationName).to.equal('pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(bone().animationName).to.equal('none');
    });
  });

  describe('with nothing to show', () => {
    it('says so, with status "empty", accessibly', async () => {
      const el = await renderNews(html`<network-news .data=${sampleFeed({ items: [] })}></network-news>`);
      expect(el.status).to.equal('empty');
      expect(el.getAttribute('status')).to.equal('empty');
      expect(shadowText(el)).to.equal('Keine Meldungen gefunden.');
      expect(moreButton(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('tells screen readers through a status region that was there while it loaded (and only once)', async () => {
      let respond!: (response: Response) => void;
      const stub = stubFetch(() => new Promise<Response>((resolve) => (respond = resolve)));
      try {
        const el = await fixture<NetworkNews>(html`<network-news src="/feeds/empty-news.json"></network-news>`);
        await el.updateComplete;
        const region = el.shadowRoot!.querySelector('.settled-status');
        expect(region, 'the region is there while loading').to.not.equal(null);
        respond(jsonResponse(sampleFeed({ items: [] })));
        await settled(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.settled-status'), 'the same region').to.equal(region);
        expect(settledAnnouncement(el)).to.equal('Keine Meldungen gefunden.');
        expect(el.shadowRoot!.querySelector('.state-message')!.getAttribute('aria-hidden')).to.equal('true');
      } finally {
        stub.restore();
        forgetFeeds();
      }
    });
  });

  describe('when the feed cannot be loaded', () => {
    it('shows the error with a retry button, accessibly, and shows the news after a successful retry', async () => {
      let fail = true;
      fetchStub = stubFetch(() => (fail ? new Response('nope', { status: 404 }) : jsonResponse(sampleFeed())));
      const el = await renderNews(html`<network-news src="/feeds/missing.json"></network-news>`);
      expect(el.status).to.equal('error');
      expect(shadowText(el)).to.contain('Die Daten konnten nicht geladen werden.');
      await expect(el).to.be.accessible();
      fail = false;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitUntil(() => el.status === 'ready', 'the retry did not load', { timeout: 3000 });
      expect(titles(el)).to.deep.equal(['Sachsen-Anhalt wird Länderpartner']);
    });

    it('shows the page’s fallback content instead', async () => {
      fetchStub = stubFetch(() => new Response('nope', { status: 404 }));
      const el = await renderNews(html`<network-news src="/feeds/gone.json"><a href="https://www.engagiertestadt.de/">Zu den Meldungen</a></network-news>`);
      expect(el.status).to.equal('error');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Zu den Meldungen']);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    const states = {
      loading: () => stubFetch(() => new Promise<Response>(() => {})),
      ready: () => stubFetch(() => jsonResponse(typicalFeed())),
      empty: () => stubFetch(() => jsonResponse(sampleFeed({ items: [] }))),
      error: () => stubFetch(() => new Response('nope', { status: 500 })),
    };
    for (const layout of ['list', 'cards', 'compact']) {
      for (const [status, respond] of Object.entries(states)) {
        it(`has no axe violations in the ${layout} layout while ${status}`, async () => {
          fetchStub = respond();
          const el = await fixture<NetworkNews>(html`<network-news layout=${layout} src="/feeds/a11y-${layout}-${status}.json" timeout="500"></network-news>`);
          if (status !== 'loading') await settled(el);
          expect(el.status).to.equal(status);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('languages', () => {
    it('speaks German by default', async () => {
      const el = await renderNews(html`<network-news limit="1" .data=${feedWithItems(3)}></network-news>`);
      expect(moreButton(el)!.textContent!.trim()).to.equal('Mehr anzeigen');
      expect(shadowAll(el, 'time')[0]!.textContent).to.equal('16. Mai 2025');
    });

    it('speaks English when the page says so, dates included', async () => {
      const el = await renderNews(html`<div lang="en"><network-news limit="1" .data=${feedWithItems(3, {}, () => ({ tags: ['Ehrenamt'] }))}></network-news></div>`);
      expect(moreButton(el)!.textContent!.trim()).to.equal('Show more');
      expect(shadowAll(el, 'time')[0]!.textContent).to.equal('16 May 2025');
      expect(el.shadowRoot!.querySelector('.tags')!.getAttribute('aria-label')).to.equal('Tags');
      await expect(el).to.be.accessible();
    });

    it('says "no news" in English', async () => {
      const el = await renderNews(html`<network-news lang="en" .data=${sampleFeed({ items: [] })}></network-news>`);
      expect(shadowText(el)).to.equal('No news found.');
    });

    it('marks the feed’s words with the feed’s language, and an item’s own language where it names one', async () => {
      const feed = feedWithItems(2, { language: 'de' }, (index) => ({
        summary: 'Ein kurzer Text.', tags: ['Ehrenamt'], ...(index === 2 ? { language: 'pl' } : {}),
      }));
      const el = await renderNews(html`<network-news lang="en" .data=${feed}></network-news>`);
      const [first, second] = items(el);
      for (const part of ['[part~="title"]', '[part~="summary"]', '.tags li']) {
        expect(first!.querySelector(part)!.getAttribute('lang'), part).to.equal('de');
        expect(second!.querySelector(part)!.getAttribute('lang'), part).to.equal('pl');
        expect(first!.querySelector(part)!.getAttribute('dir'), part).to.equal('auto');
      }
      // The element's own words stay English.
      expect(shadowAll(el, 'time')[0]!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    });

    it('marks the words of a network feed that names no language as German (the feed format\'s default), in an English element too', async () => {
      const feed = feedWithItems(1, { _engaged_city: { schema: 1, members: [] } }, () => ({ summary: 'Ein kurzer Text.', tags: ['Ehrenamt'] }));
      delete feed.language;
      const el = await renderNews(html`<network-news lang="en" .data=${feed}></network-news>`);
      for (const part of ['[part~="title"]', '[part~="summary"]', '.tags li']) {
        expect(items(el)[0]!.querySelector(part)!.getAttribute('lang'), part).to.equal('de');
      }
      const other = feedWithItems(1, {}, () => ({ summary: 'A short text.' }));
      delete other.language;
      const english = await renderNews(html`<network-news lang="en" .data=${other}></network-news>`);
      expect(items(english)[0]!.querySelector('[part~="summary"]')!.hasAttribute('lang'), 'another feed: the element\'s language').to.equal(false);
    });

    it('follows a change of the page’s language', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="de"><network-news .data=${sampleFeed()}></network-news></div>`);
      const el = wrapper.querySelector('network-news')!;
      await settled(el);
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => shadowAll(el, 'time')[0]?.textContent === '16 May 2025', 'the date stays German');
    });
  });
});
