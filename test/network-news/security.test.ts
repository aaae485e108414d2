import { aTimeout, expect, html } from '@open-wc/testing';
import { forgetFeeds } from '../../src/feed/load.js';
import type { NetworkFeed } from '../../src/feed/types.js';
import { jsonResponse, stubFetch } from '../support/feeds.js';
import { feedWithItems, items, renderNews, shadowAll, titles, type NetworkNews } from './helpers.js';

declare global {
  interface Window {
    /** Set by a hostile payload if it ever runs. */
    __newsPwned?: unknown;
  }
}

const origin = location.origin;

/** Markup that sets the global flag if it is ever parsed as HTML and run. */
const payload = (mark: string) =>
  `<img src="x" onerror="window.__newsPwned='${mark}'"><script>window.__newsPwned='${mark}'</script><svg onload="window.__newsPwned='${mark}'"></svg>`;

/** URLs that must never reach the page: other schemes, disguised in every way the spec names. */
const HOSTILE_URLS = [
  "javascript:window.__newsPwned='url'",
  " JaVaScRiPt:window.__newsPwned='url'",
  "java\tscript:window.__newsPwned='url'",
  "\u0001javascript:window.__newsPwned='url'",
  'data:text/html,<script>window.__newsPwned=1</script>',
  'data:image/svg+xml,<svg onload="window.__newsPwned=1"/>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

/** Attributes that load or navigate to a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href', 'background', 'ping'];

/** Every element in the element's shadow root (and in any shadow root below it). */
function allElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Asserts that nothing active from the feed reached the DOM: no scripts, no handlers, only http(s) URLs. */
async function expectInert(el: NetworkNews): Promise<void> {
  await aTimeout(300); // time for an image error or an SVG load to fire, had one been inserted
  expect(window.__newsPwned, 'a payload ran').to.equal(undefined);
  for (const element of allElements(el.shadowRoot!)) {
    expect(['script', 'iframe', 'object', 'embed', 'svg', 'style'], `<${element.localName}> in the shadow DOM`).not.to.include(element.localName);
    if (element.localName === 'img') expect(element.getAttribute('part')).to.equal('image');
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${attribute.name} on <${element.localName}>`).to.equal(false);
      if (URL_ATTRIBUTES.includes(attribute.name)) expect(attribute.value, attribute.name).to.match(/^https?:\/\//);
    }
  }
}

const xmlResponse = (text: string) => new Response(text, { headers: { 'content-type': 'application/xml' } });

describe('<network-news> with hostile feeds', () => {
  let fetchStub: ReturnType<typeof stubFetch> | undefined;
  beforeEach(() => {
    forgetFeeds();
    delete window.__newsPwned;
  });
  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
    forgetFeeds();
    delete window.__newsPwned;
  });

  describe('markup in text fields', () => {
    it('shows markup in a title, tag or the feed title as text, reads a summary\'s tags as HTML text, and runs nothing', async () => {
      const feed: NetworkFeed = feedWithItems(1, { title: payload('feed-title') }, () => ({
        title: payload('title'),
        summary: payload('summary'),
        tags: [payload('tag')],
      }));
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      expect(titles(el)[0]).to.equal(payload('title'));
      // A summary with HTML tags shows their text only (see network-news.test.ts): here, none; script content is no text.
      expect(shadowAll(el, '[part~="summary"]')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('ul.items')!.getAttribute('aria-label')).to.equal(payload('feed-title'));
      await expectInert(el);
    });

    it('shows only the text of content_html, never its elements', async () => {
      const feed = feedWithItems(2, {}, (index) =>
        index === 1
          ? { content_html: `<p>Erster Absatz.</p>${payload('content_html')}<iframe src="javascript:window.__newsPwned=1"></iframe>` }
          : { content_text: payload('content_text') },
      );
      const el = await renderNews(html`<network-news .data=${feed}></network-news>`);
      const summaries = shadowAll(el, '[part~="summary"]').map((summary) => summary.textContent);
      expect(summaries[0]).to.equal('Erster Absatz.');
      expect(summaries[1]).to.contain('<img src="x"');
      await expectInert(el);
    });

    it('keeps markup in an RSS feed inert: HTML in titles and descriptions, CDATA, entities', async () => {
      fetchStub = stubFetch(() =>
        xmlResponse(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
  <title>Feindlicher &lt;script&gt;window.__newsPwned='channel'&lt;/script&gt; Kanal</title>
  <item>
    <title>Titel &lt;img src=x onerror="window.__newsPwned='rss-title'"&gt;</title>
    <link>https://example.org/rss/1</link>
    <description><![CDATA[<p>Beschreibung</p>${payload('rss-description')}]]></description>
  </item>
  <item>
    <title>Zweiter</title>
    <link>javascript:window.__newsPwned='rss-link'</link>
    <content:encoded><![CDATA[${payload('rss-content')}<p>Inhalt</p>]]></content:encoded>
    <enclosure url="data:image/png;base64,AAAA" type="image/png" length="4"/>
  </item>
</channel></rss>`),
      );
      const el = await renderNews(html`<network-news remote-media src="/feeds/hostile.rss"></network-news>`);
      expect(items(el)).to.have.length(2);
      expect(titles(el)[1]).to.equal('Zweiter');
      expect(items(el)[1]!.querySelector('a'), 'the javascript: link is dropped, the item stays').to.equal(null);
      await expectInert(el);
    });

    it('keeps markup in an Atom feed inert: html and xhtml content, html titles', async () => {
      fetchStub = stubFetch(() =>
        xmlResponse(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">&lt;b&gt;Atom&lt;/b&gt;</title>
  <id>urn:test</id><updated>2025-05-16T10:00:00Z</updated>
  <entry>
    <title type="html">&lt;img src=x onerror="window.__newsPwned='atom-title'"&gt;Eintrag</title>
    <id>urn:test:1</id><updated>2025-05-16T10:00:00Z</updated>
    <link rel="alternate" href="javascript:window.__newsPwned='atom-link'"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Text</p><script>window.__newsPwned='atom-xhtml'</script><img src="x" onerror="window.__newsPwned='atom-img'"/></div></content>
  </entry>
  <entry>
    <title>Zweiter Eintrag</title>
    <id>urn:test:2</id><updated>2025-05-16T10:00:00Z</updated>
    <link href="/atom/2"/>
    <content type="html">${payload('atom-html').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content>
  </entry>
</feed>`),
      );
      const el = await renderNews(html`<network-news src="/feeds/hostile.atom"></network-news>`);
      expect(items(el)).to.have.length(2);
      expect(items(el)[1]!.querySelector('a')!.getAttribute('href')).to.equal(`${origin}/atom/2`);
      await expectInert(el);
    });
  });

  describe('URLs', () => {
    it('lets no javascript:, data: or other non-http(s) URL into the DOM, from a JSON feed, and keeps the items', async () => {
      const feed = feedWithItems(HOSTILE_URLS.length, { next_url: HOSTILE_URLS[0] }, (index) => {
        const url = HOSTILE_URLS[index - 1]!;
        return { url, external_url: url, image: url, banner_image: url, authors: [{ name: 'x', url, avatar: url }] };
      });
      const el = await renderNews(html`<network-news remote-media limit="50" .data=${feed}></network-news>`);
      expect(items(el)).to.have.length(HOSTILE_URLS.length);
      expect(shadowAll(el, 'a, img')).to.have.length(0);
      await expectInert(el);
    });

    it('keeps http(s) links and resolves relative ones against the feed’s URL', async () => {
      fetchStub = stubFetch(() =>
        jsonResponse(feedWithItems(2, {}, (index) => ({ url: index === 1 ? 'relative/1' : 'http://example.org/2' }))),
      );
      const el = await renderNews(html`<network-news src="/feeds/links/feed.json"></network-news>`);
      expect(shadowAll<HTMLAnchorElement>(el, 'a').map((link) => link.getAttribute('href'))).to.deep.equal([
        `${origin}/feeds/links/relative/1`,
        'http://example.org/2',
      ]);
      await expectInert(el);
    });
  });

  describe('images', () => {
    const mediaFeed = () =>
      feedWithItems(2, {}, (index) => ({
        image: index === 1 ? `${origin}/media/local.png` : 'https://cdn.invalid/remote.png',
      }));

    it('shows only images from the feed’s own host by default', async () => {
      fetchStub = stubFetch(() => jsonResponse(mediaFeed()));
      const el = await renderNews(html`<network-news src="/feeds/media.json"></network-news>`);
      const images = shadowAll<HTMLImageElement>(el, '[part~="image"]');
      expect(images.map((image) => image.getAttribute('src'))).to.deep.equal([`${origin}/media/local.png`]);
      expect(items(el)[1]!.querySelector('img')).to.equal(null);
    });

    it('shows images from other hosts with `remote-media`', async () => {
      fetchStub = stubFetch(() => jsonResponse(mediaFeed()));
      const el = await renderNews(html`<network-news remote-media src="/feeds/media.json"></network-news>`);
      expect(shadowAll(el, '[part~="image"]').map((image) => image.getAttribute('src'))).to.deep.equal([
        `${origin}/media/local.png`,
        'https://cdn.invalid/remote.png',
      ]);
    });

    it('judges "the feed’s host" by where the feed came from, not by the page', async () => {
      fetchStub = stubFetch(() => jsonResponse(feedWithItems(2, {}, (index) => ({ image: index === 1 ? 'https://feeds.example/a.png' : `${origin}/b.png` }))));
      const el = await renderNews(html`<network-news src="https://feeds.example/news.json"></network-news>`);
      expect(shadowAll(el, '[part~="image"]').map((image) => image.getAttribute('src'))).to.deep.equal(['https://feeds.example/a.png']);
    });

    it('loads images lazily, with space reserved and empty alt text (the title beside says it all), accessibly', async () => {
      const el = await renderNews(html`<network-news .data=${mediaFeed()}></network-news>`);
      const image = shadowAll<HTMLImageElement>(el, '[part~="image"]')[0]!;
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('decoding')).to.equal('async');
      expect(image.getAttribute('referrerpolicy'), 'the page’s address is not sent with it').to.equal('no-referrer');
      expect(image.getAttribute('alt')).to.equal('');
      expect(image.getAttribute('width')).to.equal('320');
      expect(image.getAttribute('height')).to.equal('180');
      expect(getComputedStyle(image).aspectRatio).to.not.equal('auto');
      await expect(el).to.be.accessible();
    });
  });
});
