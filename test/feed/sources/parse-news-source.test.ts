import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { parseNewsSource } from '../../../src/feed/sources/index.js';
import { FEED_URL, readNews, rss, rssItems, utf8 } from './news-source-helpers.js';

/** Bytes of text in ISO-8859-1 / windows-1252 (every character below U+0100, or € at 0x80). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => (char === '€' ? 0x80 : char.charCodeAt(0)));
}

function errorOf(read: () => unknown): FeedError {
  try {
    read();
  } catch (error) {
    if (FeedError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('parseNewsSource recognises the format by content', () => {
  it('reads a JSON Feed, whatever the content type says', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'J', items: [{ id: 1, title: 'One' }] });
    const { feed } = parseNewsSource(utf8(`\uFEFF \n${json}`), { contentType: 'application/rss+xml' });
    expect(feed.items).to.deep.equal([{ id: '1', title: 'One' }]);
  });

  it('gives a JSON Feed item without id one made from its URL and content, with a warning, instead of dropping it', () => {
    const items = [{ url: '/a', title: 'A' }, { url: '/a', title: 'B' }];
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items });
    const { feed, warnings } = parseNewsSource(utf8(json), { baseUrl: FEED_URL });
    // Two items that link to the same page (a town's overview of its news) are two items.
    expect(feed.items.map((item) => [item.url, item.title])).to.deep.equal([['https://example.org/a', 'A'], ['https://example.org/a', 'B']]);
    expect(feed.items[0]!.id).to.match(/^urn:hash:[0-9a-f]+$/);
    expect(feed.items[0]!.id).to.not.equal(feed.items[1]!.id);
    expect(warnings).to.deep.include({
      code: 'repaired', path: 'items[0].id', message: "Missing id (required by JSON Feed) made from the item's URL and content.",
    });
  });

  it('reads RSS and Atom whatever the content type says', () => {
    expect(readNews(rss('<item><guid>1</guid></item>'), { contentType: 'application/json' }).feed.items).to.have.length(1);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id></entry></feed>';
    expect(readNews(atom, { contentType: 'text/html' }).feed.items).to.deep.equal([{ id: '1' }]);
  });

  it('reads JSON Feed dates that are no RFC 3339 date-time (a date alone, a space for T, an RSS date), with a warning', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [
      { id: '1', date_published: '2025-06-01' },
      { id: '2', date_published: '2025-06-01 10:00:00+02:00', date_modified: 'Tue, 03 Jun 2025 08:00:00 GMT' },
      { id: '3', date_published: '2025-06-01T10:00:00Z' },
      { id: '4', date_published: 'gestern', date_modified: '2025-06' },
      { id: '5', date_published: '2025' },
    ] });
    const { feed, warnings } = parseNewsSource(utf8(json), { baseUrl: FEED_URL });
    expect(feed.items.map((item) => [item.date_published, item.date_modified])).to.deep.equal([
      ['2025-06-01T00:00:00-00:00', undefined],
      ['2025-06-01T10:00:00+02:00', '2025-06-03T08:00:00Z'],
      ['2025-06-01T10:00:00Z', undefined],
      // Not a day: no date rather than a guess.
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(warnings.filter((warning) => warning.code === 'repaired').map((warning) => warning.path)).to.deep.equal([
      'items[0].date_published', 'items[1].date_published', 'items[1].date_modified',
    ]);
  });

  it('reports broken JSON as not-json', () => {
    expect(errorOf(() => readNews('{"items": [')).code).to.equal('not-json');
  });

  it('reports XML that is no RSS or Atom feed as not-a-feed', () => {
    expect(errorOf(() => readNews('<?xml version="1.0"?><note><to>Tove</to></note>')).code).to.equal('not-a-feed');
    expect(errorOf(() => readNews('<feed><title>Atom without its namespace</title></feed>')).code).to.equal('not-a-feed');
  });

  it('reports an HTML page served instead of a feed as not-a-feed', () => {
    const page = '<!DOCTYPE html><html lang="de"><head><title>Startseite</title></head><body><p>Hallo<br></p></body></html>';
    expect(errorOf(() => readNews(page)).code).to.equal('not-a-feed');
    const xhtml = '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html>';
    expect(errorOf(() => readNews(xhtml)).code).to.equal('not-a-feed');
  });

  it('reports empty input, plain text and broken XML as not-a-feed', () => {
    expect(errorOf(() => parseNewsSource(new Uint8Array(0), {})).code).to.equal('not-a-feed');
    expect(errorOf(() => readNews('Service Unavailable')).code).to.equal('not-a-feed');
    expect(errorOf(() => readNews('<rss><channel><title>open')).code).to.equal('not-a-feed');
  });

  it('reads a feed without items as an empty list', () => {
    expect(readNews(rss('')).feed.items).to.deep.equal([]);
    expect(readNews('<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>').feed.items).to.deep.equal([]);
  });

  it('forgives white space before the XML declaration and HTML entities such as &nbsp;', () => {
    const [item] = readNews(`\n  ${rss('<item><guid>1</guid><title>Stra&szlig;e&nbsp;frei &amp; &hellip;</title></item>')}`).feed.items;
    expect(item!.title).to.equal('Straße\u00a0frei & …');
  });

  it('reads a bare & and an entity no one defines as text, as feed readers do, instead of refusing the feed', () => {
    const items = readNews(rss(`<item><guid>1</guid><title>Kunst & Kultur &amp; mehr</title></item>
      <item><guid>2</guid><title>AT&T und &foo; bleiben stehen</title><link>https://example.org/?a=1&b=2</link></item>
      <item><guid>3</guid><description><![CDATA[<p>Bleibt &amp; wie geschrieben</p>]]></description></item>`)).feed.items;
    expect(items.map((item) => item.title)).to.deep.equal(['Kunst & Kultur & mehr', 'AT&T und &foo; bleiben stehen', undefined]);
    expect(items[1]!.url).to.equal('https://example.org/?a=1&b=2');
    expect(items[2]!.content_html).to.equal('<p>Bleibt &amp; wie geschrieben</p>');
  });

  it('repairs a bare & after a comment that shows a CDATA section, and keeps comments and CDATA as written', () => {
    // `<![CDATA[` in a comment starts no section: read as one, it reached to the next real section's end and left the
    // bare & between them unrepaired (the whole feed was refused).
    const items = readNews(rss(`<!-- Vorlage: <description><![CDATA[ Ihr Text ]]></description>, & so weiter; <![CDATA[ -->
      <item><guid>1</guid><title>Kunst & Kultur</title></item>
      <item><guid>2</guid><description><![CDATA[<p>A & B <!-- kein Kommentar --></p>]]></description></item>`)).feed.items;
    expect(items.map((item) => item.title)).to.deep.equal(['Kunst & Kultur', undefined]);
    expect(items[1]!.content_html).to.equal('<p>A & B <!-- kein Kommentar --></p>');
  });

  it('drops characters XML forbids (a form feed, a NUL, a reference to one) instead of refusing the feed', () => {
    const [item] = readNews(rss('<item><guid>1</guid><title>Seite\f1\u0000 &#12;und 2 & mehr</title></item>')).feed.items;
    expect(item!.title).to.equal('Seite1 und 2 & mehr');
  });

  it('keeps a declared entity while repairing a stray & elsewhere, also one HTML knows by another meaning', () => {
    const { feed } = readNews(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY city "Halle (Saale)"><!ENTITY copy "(c)">]>
      <rss version="2.0"><channel><title>News aus &city; & Umgebung &copy;</title></channel></rss>`);
    expect(feed.title).to.equal('News aus Halle (Saale) & Umgebung (c)');
  });

  it('reads many unknown entity names in one document as text', () => {
    const unknown = Array.from({ length: 3000 }, (_, index) => `&x${index};`).join(' ');
    const [first, second] = readNews(rss(`<item><guid>1</guid><title>A &zz; B &not; C</title></item>
      <item><guid>2</guid><description>${unknown}</description></item>`)).feed.items;
    expect(first!.title).to.equal('A &zz; B ¬ C');
    expect((second!.summary ?? second!.content_html ?? '').startsWith('&x0; &x1; &x2;')).to.equal(true);
  });
});

describe('parseNewsSource decodes XML in its declared encoding', () => {
  const document = (declaration: string) =>
    `<?xml version="1.0"${declaration}?><rss version="2.0"><channel><title>Grüße</title>` +
    '<item><guid>1</guid><title>Revolução für 5 €</title></item></channel></rss>';

  it('reads ISO-8859-1 and windows-1252 as the XML declaration says', () => {
    expect(parseNewsSource(latin1(document(' encoding="ISO-8859-1"')), {}).feed.items[0]!.title).to.equal('Revolução für 5 €');
    expect(parseNewsSource(latin1(document(" encoding='windows-1252'")), {}).feed.title).to.equal('Grüße');
  });

  it('prefers the declaration to the content type, and uses the content type without a declaration', () => {
    const declared = parseNewsSource(latin1(document(' encoding="ISO-8859-1"')), { contentType: 'text/xml; charset=utf-8' });
    expect(declared.feed.title).to.equal('Grüße');
    const undeclared = parseNewsSource(latin1(document('')), { contentType: 'application/rss+xml; charset="iso-8859-1"' });
    expect(undeclared.feed.title).to.equal('Grüße');
  });

  it('reads UTF-8 by default and follows a byte order mark', () => {
    expect(parseNewsSource(utf8(document('')), {}).feed.title).to.equal('Grüße');
    expect(parseNewsSource(utf8(`\uFEFF${document(' encoding="ISO-8859-1"')}`), {}).feed.title).to.equal('Grüße');
    const text = `\uFEFF${document(' encoding="UTF-16"')}`;
    const utf16 = new Uint8Array(text.length * 2);
    new DataView(utf16.buffer).setUint16(0, 0, true);
    for (let index = 0; index < text.length; index++) new DataView(utf16.buffer).setUint16(index * 2, text.charCodeAt(index), true);
    expect(parseNewsSource(utf16, {}).feed.title).to.equal('Grüße');
  });
});

describe('parseNewsSource keeps hostile feeds harmless', () => {
  it('drops javascript: and data: links and pictures, with warnings', () => {
    const { feed, warnings } = readNews(rss(`<item><guid>1</guid><link>javascript:alert(1)</link>
      <enclosure url="data:image/png;base64,AAAA" type="image/png"/></item>
      <item><guid>2</guid><link> JaVaScRiPt:alert(2)</link></item>`));
    expect(feed.items).to.deep.equal([{ id: '1' }, { id: '2' }]);
    expect(warnings.filter((warning) => warning.code === 'invalid-url')).to.have.length(3);
  });

  it('drops a javascript: link in Atom, and ignores an xml:base that is no http(s) URL', () => {
    const { feed } = readNews(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="javascript:alert(1)//">
      <title>A</title><entry><id>1</id><link href="x"/></entry><entry><id>2</id><link href="javascript:alert(2)"/></entry></feed>`);
    expect(feed.items.map((item) => item.url)).to.deep.equal(['https://example.org/news/x', undefined]);
  });

  it('reads script tags in titles as nothing but their surrounding text', () => {
    const [rssItem] = rssItems('<item><guid>1</guid><title>&lt;script&gt;alert(1)&lt;/script&gt;Hallo &lt;img src=x onerror=alert(2)&gt;</title></item>');
    expect(rssItem!.title).to.equal('Hallo');
    const atomTitle = readNews(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id>
      <title type="html">&lt;script&gt;alert(1)&lt;/script&gt;Hallo</title></entry></feed>`).feed.items[0]!.title;
    expect(atomTitle).to.equal('Hallo');
  });

  it('keeps a description with scripts as content_html text and makes the summary plain text', () => {
    const [item] = rssItems(`<item><guid>1</guid><description><![CDATA[<script>alert(1)</script><p onclick="x()">Text</p>]]></description>
      <content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item>`);
    expect(item!.summary).to.equal('Text');
    expect(item!.content_html).to.equal('<p>Body</p>');
  });

  it('does not hang on an entity expansion bomb ("billion laughs"): it is refused as not-a-feed', () => {
    const levels = Array.from({ length: 9 }, (_, level) =>
      `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`).join('\n');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${levels}]>
      <rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;
    const started = performance.now();
    expect(errorOf(() => readNews(bomb)).code).to.equal('not-a-feed');
    expect(performance.now() - started).to.be.below(1000);
  });

  it('refuses a flat blow-up (one long entity used many times) before parsing it, as not-a-feed', () => {
    const big = 'x'.repeat(50_000);
    const flat = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${big}">]>
      <rss version="2.0"><channel><title>t</title><item><description>${'&big;'.repeat(50_000)}</description></item></channel></rss>`;
    expect(errorOf(() => readNews(flat)).code).to.equal('not-a-feed');
    for (const declaration of [
      '<!ENTITY % p "x">', '<!ENTITY a "&b;">',
      // Nested through character references, which XML expands when it reads the declaration.
      '<!ENTITY a "xxxxxxxx"><!ENTITY b "&#38;a;&#38;a;"><!ENTITY c "&#x26;b;&#x26;b;">',
    ]) {
      const doc = `<?xml version="1.0"?><!DOCTYPE rss [${declaration}]><rss version="2.0"><channel><title>t</title></channel></rss>`;
      expect(errorOf(() => readNews(doc)).code, declaration).to.equal('not-a-feed');
    }
  });

  it('reads a feed whose items merely show an entity declaration in their text', () => {
    const { feed } = readNews(`<?xml version="1.0"?><rss version="2.0"><channel><title>Sicherheit</title>
      <item><guid>1</guid><description><![CDATA[So sieht <!ENTITY % dtd SYSTEM "x"> aus.]]></description></item></channel></rss>`);
    expect(feed.items).to.have.length(1);
  });

  it('never fetches an external entity: it stays empty', () => {
    const { feed } = readNews(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>Before&secret;After</title></channel></rss>`);
    expect(feed.title).to.equal('BeforeAfter');
  });

  it('reads internal entities a feed declares itself', () => {
    const { feed } = readNews(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY city "Halle (Saale)">]>
      <rss version="2.0"><channel><title>News aus &city;</title></channel></rss>`);
    expect(feed.title).to.equal('News aus Halle (Saale)');
  });

  it('removes control and bidi-override characters and shortens over-long titles, as for the network feed', () => {
    const [item] = rssItems(`<item><guid>1</guid><title>a\u202Eb&#x7F;c${'x'.repeat(600)}</title></item>`);
    expect(item!.title!.startsWith('abc')).to.equal(true);
    expect([...item!.title!]).to.have.length(500);
  });
});
