import { expect } from '@open-wc/testing';
import { FEED_URL, readNews, rss, rssItems } from './news-source-helpers.js';

describe('RSS items in the news model', () => {
  it('read title, link, guid, publication date and description', () => {
    const [item] = rssItems(`<item>
      <title>Neue Engagierte Stadt</title><link>https://example.org/news/1</link>
      <guid isPermaLink="false">news-1</guid><pubDate>Tue, 10 Jun 2003 04:00:00 +0200</pubDate>
      <description>&lt;p&gt;Willkommen &lt;b&gt;Halle&lt;/b&gt;!&lt;/p&gt;</description>
    </item>`);
    expect(item).to.deep.equal({
      id: 'news-1',
      url: 'https://example.org/news/1',
      title: 'Neue Engagierte Stadt',
      content_html: '<p>Willkommen <b>Halle</b>!</p>',
      date_published: '2003-06-10T04:00:00+02:00',
    });
  });

  it('prefer content:encoded as the content and then read the description as a plain-text summary', () => {
    const [item] = rssItems(`<item><guid>a</guid>
      <description><![CDATA[<p>Short <i>teaser</i></p>]]></description>
      <content:encoded><![CDATA[<p>The whole article</p>]]></content:encoded>
    </item>`);
    expect(item!.content_html).to.equal('<p>The whole article</p>');
    expect(item!.summary).to.equal('Short teaser');
  });

  it('link to the guid when there is no link and the guid is a permalink, but not when isPermaLink is false', () => {
    const [permalink, notPermalink] = rssItems(`
      <item><guid>https://example.org/news/2</guid></item>
      <item><guid isPermaLink="false">https://example.org/news/3</guid></item>`);
    expect(permalink!.url).to.equal('https://example.org/news/2');
    expect(notPermalink!.url).to.equal(undefined);
    expect(notPermalink!.id).to.equal('https://example.org/news/3');
    expect(permalink!.id).to.equal('https://example.org/news/2');
  });

  it('are identified by guid, else by a stable hash of what they link to and say: items that share a link stay apart', () => {
    const channel = `
      <item><title>Only a link</title><link>https://example.org/news/4</link></item>
      <item><title>Untitled one</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
      <item><description>No title, no date</description></item>
      <item><description>Another without title or date</description></item>
      <item><title>Ehrenamtsmesse</title><link>https://example.org/aktuelles</link></item>
      <item><title>Freiwilligentag</title><link>https://example.org/aktuelles</link></item>`;
    const items = rssItems(channel);
    expect(items).to.have.length(6);
    expect(items.every((item) => /^urn:hash:[0-9a-f]+$/.test(item.id))).to.equal(true);
    expect(new Set(items.map((item) => item.id)).size).to.equal(6);
    expect(rssItems(channel).map((item) => item.id)).to.deep.equal(items.map((item) => item.id));
  });

  it('read dc:date when there is no pubDate, and dc:creator and author as authors', () => {
    const [item] = rssItems(`<item><guid>a</guid><dc:date>2025-03-01T09:30:00+01:00</dc:date>
      <author>redaktion@example.org (Anna Schmidt)</author><dc:creator>Ben Weber</dc:creator></item>`);
    expect(item!.date_published).to.equal('2025-03-01T09:30:00+01:00');
    expect(item!.authors).to.deep.equal([{ name: 'Anna Schmidt' }, { name: 'Ben Weber' }]);
  });

  it('read categories as tags, without repeats', () => {
    const [item] = rssItems(`<item><guid>a</guid><category>Ehrenamt</category><category> Sport </category>
      <category>Ehrenamt</category></item>`);
    expect(item!.tags).to.deep.equal(['Ehrenamt', 'Sport']);
  });

  it('take their picture from an image enclosure, media:content, media:thumbnail or media:group', () => {
    const items = rssItems(`
      <item><guid>1</guid><enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="1"/>
        <enclosure url="https://example.org/a.jpg" type="image/jpeg" length="1"/></item>
      <item><guid>2</guid><media:content url="https://example.org/b.mp4" medium="video"/>
        <media:content url="https://example.org/b.jpg" medium="image"/></item>
      <item><guid>3</guid><media:thumbnail url="https://example.org/c.jpg"/></item>
      <item><guid>4</guid><media:group><media:content url="https://example.org/d.png" type="image/png"/></media:group></item>
      <item><guid>5</guid><enclosure url="/images/e.png"/></item>
      <item><guid>6</guid><enclosure url="https://example.org/f.mp3" type="audio/mpeg"/></item>`);
    expect(items.map((item) => item.image)).to.deep.equal([
      'https://example.org/a.jpg', 'https://example.org/b.jpg', 'https://example.org/c.jpg',
      'https://example.org/d.png', 'https://example.org/images/e.png', undefined,
    ]);
  });

  it('take a podcast episode\'s art (itunes:image, in either spelling of its namespace) when they have no other picture', () => {
    const items = rssItems(`
      <item><guid>1</guid><enclosure url="https://example.org/1.mp3" type="audio/mpeg" length="1"/>
        <itunes:image href="https://example.org/folge-1.jpg"/></item>
      <item><guid>2</guid><itunes:image href="https://example.org/folge-2.jpg"/><media:thumbnail url="https://example.org/t.jpg"/></item>
      <item><guid>3</guid><itunes:image href="https://example.org/folge-3.jpg"/><media:group><media:thumbnail url="https://example.org/g.jpg"/></media:group></item>
      <item><guid>4</guid><old:image href="https://example.org/folge-4.jpg"/></item>`,
    'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:old="http://www.itunes.com/DTDs/Podcast-1.0.dtd"');
    expect(items.map((item) => item.image)).to.deep.equal([
      'https://example.org/folge-1.jpg', 'https://example.org/t.jpg', 'https://example.org/g.jpg', 'https://example.org/folge-4.jpg',
    ]);
  });

  it('resolve relative links against the item xml:base, the channel xml:base and the feed URL', () => {
    const items = readNews(`<rss version="2.0"><channel xml:base="/blog/"><title>t</title>
      <item><guid>1</guid><link>post-1</link></item>
      <item xml:base="https://other.example/x/"><guid>2</guid><link>post-2</link></item>
      <item><guid>3</guid><link>/root</link></item></channel></rss>`).feed.items;
    expect(items.map((item) => item.url)).to.deep.equal([
      'https://example.org/blog/post-1', 'https://other.example/x/post-2', 'https://example.org/root',
    ]);
  });

  it('drop relative links when the feed URL is unknown', () => {
    const { feed } = readNews(rss('<item><guid>1</guid><link>/news/1</link></item>'), {});
    expect(feed.items[0]!.url).to.equal(undefined);
  });
});

describe('RSS channels in the news model', () => {
  it('give the feed title, home page, description, language, icon, own URL and next page', () => {
    const { feed } = readNews(rss(`<link>https://example.org/</link><description>Aus dem Netzwerk</description>
      <language>de-DE</language><image><url>/logo.png</url><title>t</title><link>https://example.org/</link></image>
      <atom:link rel="self" href="https://example.org/news/feed.xml"/><atom:link rel="next" href="?page=2"/>`));
    expect(feed).to.deep.include({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Test channel',
      home_page_url: 'https://example.org/',
      feed_url: FEED_URL,
      description: 'Aus dem Netzwerk',
      language: 'de-DE',
      icon: 'https://example.org/logo.png',
      next_url: `${FEED_URL}?page=2`,
      items: [],
    });
  });

  it('read RSS 1.0 (RDF), whose items stand beside the channel', () => {
    const { feed } = readNews(`<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>RDF news</title><link>https://example.org/</link></channel>
        <item rdf:about="https://example.org/1"><title>One</title><link>https://example.org/1</link>
          <dc:date>2025-03-01</dc:date></item>
      </rdf:RDF>`);
    expect(feed.title).to.equal('RDF news');
    expect(feed.items).to.deep.equal([
      { id: 'https://example.org/1', url: 'https://example.org/1', title: 'One', date_published: '2025-03-01T00:00:00-00:00' },
    ]);
  });

  it('read RSS 0.91', () => {
    const { feed } = readNews(`<rss version="0.91"><channel><title>Old</title>
      <item><title>Item</title><link>https://example.org/old</link></item></channel></rss>`);
    expect(feed.items).to.deep.equal([{ id: feed.items[0]!.id, url: 'https://example.org/old', title: 'Item' }]);
    expect(feed.items[0]!.id).to.match(/^urn:hash:/);
  });
});
