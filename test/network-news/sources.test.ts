import { expect, html } from '@open-wc/testing';
import { jsonResponse, useFetchStub } from '../support/feeds.js';
import { items, renderNews, shadowAll, shadowText, titles } from './helpers.js';

const origin = location.origin;
const xml = (text: string) => new Response(text, { headers: { 'content-type': 'application/rss+xml' } });

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Stadtnachrichten</title>
    <link>${origin}/</link>
    <item>
      <title>Freiwilligentag im Rathaus</title>
      <link>${origin}/news/freiwilligentag</link>
      <pubDate>Fri, 16 May 2025 10:00:00 +0200</pubDate>
      <category>Ehrenamt</category>
      <content:encoded><![CDATA[<p>Am <strong>Samstag</strong> stellen sich Vereine vor.</p>]]></content:encoded>
      <media:thumbnail url="${origin}/media/freiwilligentag.jpg"/>
    </item>
    <item>
      <title>Zweite Meldung</title>
      <link>/news/zwei</link>
      <dc:date>2025-05-01T08:00:00Z</dc:date>
      <description>Kurz &amp; knapp.</description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom-Meldungen</title><id>urn:atom</id><updated>2025-05-16T10:00:00Z</updated>
  <entry>
    <title type="html">Neues aus &lt;em&gt;Marburg&lt;/em&gt;</title>
    <id>urn:atom:1</id>
    <published>2025-05-16T10:00:00+02:00</published><updated>2025-05-17T10:00:00+02:00</updated>
    <link rel="alternate" type="text/html" href="https://example.org/marburg"/>
    <summary>Eine Zusammenfassung.</summary>
  </entry>
</feed>`;

describe('<network-news> with other news sources', () => {
  const feeds = useFetchStub();

  it('reads the character references a WordPress plugin writes into a JSON Feed\'s plain text as characters, once', async () => {
    feeds.respond(() => jsonResponse({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Kunst &amp; Kultur e.V.',
      items: [
        {
          id: '1', title: 'Tag des Ehrenamts &#8211; &#8222;Danke&#8220; sagen &amp; feiern', tags: ['Kunst &amp; Kultur'],
          content_text: 'Beginn: 18&nbsp;Uhr.\n\nWir freuen uns &hellip; [&hellip;] ?a=1&para=2',
        },
        { id: '2', title: 'Rechnung &#x202E;fdp.exe', content_text: 'Tom &amp;amp; Jerry &#x1F389;' },
        { id: '3', title: '&#8203;&nbsp;', content_text: 'Ein Text.' },
      ],
    }));
    const el = await renderNews(html`<network-news src="/feeds/wordpress.json"></network-news>`);
    const [first, second, third] = items(el);
    expect(first!.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Tag des Ehrenamts – „Danke“ sagen & feiern');
    expect(first!.querySelector('[part~="summary"]')!.textContent, 'line breaks kept, an & without ";" too').to.equal('Beginn: 18\u00a0Uhr.\n\nWir freuen uns … […] ?a=1&para=2');
    expect(first!.querySelector('.tags li')!.textContent).to.equal('Kunst & Kultur');
    expect(second!.querySelector('[part~="title"]')!.textContent!.trim(), 'a bidi override read, then removed as the text is cleaned').to.equal('Rechnung fdp.exe');
    expect(second!.querySelector('[part~="summary"]')!.textContent, 'read once: a written "&amp;" stays').to.equal('Tom &amp; Jerry 🎉');
    expect(third!.querySelector('[part~="title"]')!.textContent!.trim(), 'a title of nothing visible is none').to.equal('Ein Text.');
    expect(el.shadowRoot!.querySelector('ul.items')!.getAttribute('aria-label')).to.equal('Kunst & Kultur e.V.');
  });

  it('leaves the text of RSS as its reader read it: a double-escaped "&amp;amp;" shows "&amp;"', async () => {
    feeds.respond(() => xml(`<rss version="2.0"><channel><title>t</title><item><guid>1</guid><title><![CDATA[Tom &amp;amp; Jerry]]></title></item></channel></rss>`));
    const el = await renderNews(html`<network-news src="/feeds/double.xml"></network-news>`);
    expect(titles(el)).to.deep.equal(['Tom &amp; Jerry']);
  });

  it('shows every item of a town’s RSS feed whose items have no guid and all link to its news page', async () => {
    const item = (title: string, day: number) => `<item><title>${title}</title><link>${origin}/aktuelles</link>
      <pubDate>${['Wed', 'Thu', 'Fri'][day - 14]}, ${day} May 2025 10:00:00 +0200</pubDate></item>`;
    feeds.respond(() => xml(`<rss version="2.0"><channel><title>Stadt Musterhausen</title><link>${origin}/</link>
      ${item('Ehrenamtsmesse am Samstag', 16)}${item('Freiwilligentag 2025', 15)}${item('Neue Ehrenamtskarte', 14)}
      </channel></rss>`));
    const el = await renderNews(html`<network-news src="/feeds/musterhausen.rss" limit="20"></network-news>`);
    expect(titles(el)).to.deep.equal(['Ehrenamtsmesse am Samstag', 'Freiwilligentag 2025', 'Neue Ehrenamtskarte']);
  });

  it('reads an RSS 2.0 feed: links, dates, content:encoded as text, media:thumbnail, categories as tags', async () => {
    feeds.respond(() => xml(RSS));
    const el = await renderNews(html`<network-news src="/feeds/stadt.rss"></network-news>`);
    expect(titles(el)).to.deep.equal(['Freiwilligentag im Rathaus', 'Zweite Meldung']);
    expect(shadowAll(el, '[part~="title"] a').map((link) => link.getAttribute('href'))).to.deep.equal([
      `${origin}/news/freiwilligentag`,
      `${origin}/news/zwei`,
    ]);
    expect(shadowAll(el, 'time').map((time) => time.textContent)).to.deep.equal(['16. Mai 2025', '1. Mai 2025']);
    expect(shadowAll(el, '[part~="summary"]').map((summary) => summary.textContent)).to.deep.equal([
      'Am Samstag stellen sich Vereine vor.',
      'Kurz & knapp.',
    ]);
    expect(shadowAll(el, '[part~="image"]').map((image) => image.getAttribute('src'))).to.deep.equal([`${origin}/media/freiwilligentag.jpg`]);
    expect(items(el)[0]!.querySelector('.tags')!.textContent!.trim()).to.equal('Ehrenamt');
    expect(el.shadowRoot!.querySelector('ul.items')!.getAttribute('aria-label')).to.equal('Stadtnachrichten');
    await expect(el).to.be.accessible();
  });

  it('reads an Atom 1.0 feed: alternate link, html title as text, published date', async () => {
    feeds.respond(() => xml(ATOM));
    const el = await renderNews(html`<network-news src="/feeds/marburg.atom"></network-news>`);
    expect(titles(el)).to.deep.equal(['Neues aus Marburg']);
    expect(shadowAll(el, '[part~="title"] a')[0]!.getAttribute('href')).to.equal('https://example.org/marburg');
    expect(shadowAll(el, 'time')[0]!.getAttribute('datetime')).to.equal('2025-05-16');
  });

  it('reads any JSON Feed 1.0', async () => {
    feeds.respond(() =>
      jsonResponse({ version: 'https://jsonfeed.org/version/1', title: 'Blog', items: [{ id: 1, title: 'Eins', url: 'https://blog.example/1' }] }),
    );
    const el = await renderNews(html`<network-news src="/feeds/blog.json"></network-news>`);
    expect(titles(el)).to.deep.equal(['Eins']);
  });

  it('recognises the format by content, not by name or header', async () => {
    feeds.respond(() => new Response(ATOM, { headers: { 'content-type': 'application/json' } }));
    const el = await renderNews(html`<network-news src="/feeds/misnamed.json"></network-news>`);
    expect(titles(el)).to.deep.equal(['Neues aus Marburg']);
  });

  it('makes one request for two elements on the same feed', async () => {
    feeds.respond(() => xml(RSS));
    await renderNews(html`<network-news src="/feeds/shared.rss"></network-news>`);
    await renderNews(html`<network-news layout="cards" tag="ehrenamt" src="${origin}/feeds/shared.rss"></network-news>`);
    expect(feeds.calls).to.have.length(1);
  });

  it('shows the error state for a document that is no feed', async () => {
    feeds.respond(() => new Response('<!doctype html><html><body>Hallo</body></html>', { headers: { 'content-type': 'text/html' } }));
    const el = await renderNews(html`<network-news src="/feeds/page.html"></network-news>`);
    expect(el.status).to.equal('error');
    expect(shadowText(el)).to.contain('Die Daten liegen nicht im erwarteten Format vor.');
  });

  it('shows the bundled snapshot of the network’s news when there is no `src`, without a request', async () => {
    feeds.respond(() => new Response('', { status: 500 }));
    const el = await renderNews(html`<network-news></network-news>`);
    expect(el.status).to.equal('ready');
    expect(items(el).length).to.be.greaterThan(0);
    expect(feeds.calls).to.deep.equal([]);
  });
});
