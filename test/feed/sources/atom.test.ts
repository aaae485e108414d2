import { expect } from '@open-wc/testing';
import { FEED_URL, atom, atomItems, readNews } from './news-source-helpers.js';

describe('Atom entries in the news model', () => {
  it('read id, title, alternate link, summary, content, dates, authors and categories', () => {
    const [item] = atomItems(`<entry>
      <id>urn:uuid:1</id><title>Atom-Powered Robots Run Amok</title>
      <link href="https://example.org/2003/12/13/atom03"/>
      <published>2003-12-13T08:29:29-04:00</published><updated>2003-12-13T18:30:02Z</updated>
      <summary>Some text.</summary><content type="html">&lt;p&gt;All the text&lt;/p&gt;</content>
      <author><name>Jane Doe</name><uri>https://example.org/jane</uri></author>
      <category term="robots" label="Robots"/><category term="news"/>
    </entry>`);
    expect(item).to.deep.equal({
      id: 'urn:uuid:1',
      url: 'https://example.org/2003/12/13/atom03',
      title: 'Atom-Powered Robots Run Amok',
      summary: 'Some text.',
      content_html: '<p>All the text</p>',
      date_published: '2003-12-13T08:29:29-04:00',
      date_modified: '2003-12-13T18:30:02Z',
      authors: [{ name: 'Jane Doe', url: 'https://example.org/jane' }],
      tags: ['robots', 'news'],
    });
  });

  it('read titles of type text as written, and of type html and xhtml as the text a reader sees', () => {
    const titles = atomItems(`
      <entry><id>1</id><title type="text">Less &lt;than&gt; &amp; more</title></entry>
      <entry><id>2</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; brave</title></entry>
      <entry><id>3</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <em>xhtml</em> title</div></title></entry>
      <entry><id>4</id><title><![CDATA[ CDATA title ]]></title></entry>`).map((item) => item.title);
    expect(titles).to.deep.equal(['Less <than> & more', 'Bold & brave', 'An xhtml title', 'CDATA title']);
  });

  it('link to the alternate HTML page: rel="alternate" or no rel, preferring type text/html', () => {
    const [preferred, noRel, none] = atomItems(`
      <entry><id>1</id><link rel="self" href="https://example.org/self"/>
        <link rel="alternate" type="application/json" href="https://example.org/1.json"/>
        <link rel="alternate" type="text/html" href="https://example.org/1.html"/>
        <link rel="enclosure" href="https://example.org/1.mp3"/></entry>
      <entry><id>2</id><link rel="replies" href="https://example.org/2/comments"/><link href="https://example.org/2"/></entry>
      <entry><id>3</id><link rel="edit" href="https://example.org/3/edit"/></entry>`);
    expect(preferred!.url).to.equal('https://example.org/1.html');
    expect(noRel!.url).to.equal('https://example.org/2');
    expect(none!.url).to.equal(undefined);
  });

  it('resolve relative links against xml:base on the feed, the entry and the link, then the feed URL', () => {
    const { feed } = readNews(atom(`
      <entry><id>1</id><link href="one"/></entry>
      <entry xml:base="https://other.example/x/"><id>2</id><link href="two"/></entry>
      <entry xml:base="/y/"><id>3</id><link xml:base="z/" href="three"/></entry>`, 'xml:base="/blog/"'));
    expect(feed.items.map((item) => item.url)).to.deep.equal([
      'https://example.org/blog/one', 'https://other.example/x/two', 'https://example.org/y/z/three',
    ]);
  });

  it('read text content as content_text, xhtml content as content_html, and content by reference as external_url', () => {
    const [text, xhtml, external] = atomItems(`
      <entry><id>1</id><content>Plain &lt;text&gt;</content></entry>
      <entry><id>2</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>you</b></p></div></content></entry>
      <entry><id>3</id><content type="text/plain" src="https://example.org/3.txt"/></entry>`);
    expect(text!.content_text).to.equal('Plain <text>');
    expect(xhtml!.content_html).to.equal('<p xmlns="http://www.w3.org/1999/xhtml">Hello <b>you</b></p>');
    expect(external!.external_url).to.equal('https://example.org/3.txt');
    expect(external).not.to.have.property('content_text');
  });

  it('read an html summary as plain text', () => {
    const [item] = atomItems(`<entry><id>1</id><summary type="html">&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;</summary></entry>`);
    expect(item!.summary).to.equal('One\n\nTwo');
  });

  it('date an entry without published by its last update', () => {
    const [item] = atomItems('<entry><id>1</id><updated>2025-02-01T10:00:00+01:00</updated></entry>');
    expect(item!.date_published).to.equal('2025-02-01T10:00:00+01:00');
    expect(item!.date_modified).to.equal('2025-02-01T10:00:00+01:00');
  });

  it("give an entry without authors the feed's authors", () => {
    const [item] = atomItems('<author><name>Redaktion</name></author><entry><id>1</id></entry>');
    expect(item!.authors).to.deep.equal([{ name: 'Redaktion' }]);
  });

  it('take their picture from media:thumbnail or media:group', () => {
    const items = atomItems(`
      <entry><id>1</id><media:thumbnail url="https://example.org/1.jpg" width="120"/></entry>
      <entry><id>2</id><media:group><media:thumbnail url="https://example.org/2.jpg"/></media:group></entry>`);
    expect(items.map((item) => item.image)).to.deep.equal(['https://example.org/1.jpg', 'https://example.org/2.jpg']);
  });

  it('take their picture from an image enclosure link, resolved like any link, and not from other enclosures', () => {
    const items = atomItems(`
      <entry><id>1</id><link rel="enclosure" type="image/jpeg" href="/bilder/1.jpg"/></entry>
      <entry><id>2</id><link rel="enclosure" href="https://example.org/2.png"/></entry>
      <entry><id>3</id><link rel="enclosure" type="audio/mpeg" href="https://example.org/3.mp3"/></entry>`);
    expect(items.map((item) => item.image)).to.deep.equal([new URL('/bilder/1.jpg', FEED_URL).href, 'https://example.org/2.png', undefined]);
  });

  it('are identified by a hash of what they link to and say when they have no id: entries that share a link stay apart', () => {
    const items = atomItems(`<entry><title>a</title><link href="https://example.org/a"/></entry><entry><title>b</title></entry>
      <entry><title>c</title><link href="https://example.org/a"/></entry>`);
    expect(items.every((item) => item.id.startsWith('urn:hash:'))).to.equal(true);
    expect(new Set(items.map((item) => item.id)).size).to.equal(3);
  });

  it('carry the language of xml:lang', () => {
    const [item] = atomItems('<entry xml:lang="en"><id>1</id></entry>', 'xml:lang="de"');
    expect(item!.language).to.equal('en');
  });
});

describe('Atom feeds in the news model', () => {
  it('give the feed title, subtitle, home page, own URL, next page, language, logo and icon', () => {
    const { feed } = readNews(atom(`<subtitle type="html">Aus dem &lt;i&gt;Netzwerk&lt;/i&gt;</subtitle>
      <link rel="alternate" type="text/html" href="/"/><link rel="self" href="feed.xml"/><link rel="next" href="feed.xml?page=2"/>
      <logo>/logo.png</logo><icon>/favicon.ico</icon>`, 'xml:lang="de"'));
    expect(feed).to.deep.equal({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Test feed',
      home_page_url: 'https://example.org/',
      feed_url: FEED_URL,
      next_url: `${FEED_URL}?page=2`,
      description: 'Aus dem Netzwerk',
      language: 'de',
      icon: 'https://example.org/logo.png',
      favicon: 'https://example.org/favicon.ico',
      items: [],
    });
  });
});
