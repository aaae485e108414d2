import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedWarning } from '../../src/feed/types.js';
import { rawCity, rawDirectoryFeed, rawNewsFeed } from './feed-fixtures.js';

function fatalCode(input: unknown): string | undefined {
  try {
    parseFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return (error as FeedError).code;
  }
  return undefined;
}

function warningAt(warnings: FeedWarning[], path: string): FeedWarning | undefined {
  return warnings.find((warning) => warning.path === path);
}

describe('parseFeed: fatal errors', () => {
  describe('not-json', () => {
    it('is thrown for text that is no JSON', () => {
      expect(fatalCode('{"items": [')).to.equal('not-json');
      expect(fatalCode('<rss version="2.0"></rss>')).to.equal('not-json');
      expect(fatalCode('')).to.equal('not-json');
    });

    it('keeps the parser error as the cause', () => {
      try {
        parseFeed('{');
        expect.fail('no error');
      } catch (error) {
        expect((error as FeedError).cause).to.be.instanceOf(SyntaxError);
      }
    });

    it('is not thrown for JSON text with a byte order mark', () => {
      expect(parseFeed('\uFEFF{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}').feed.title).to.equal('x');
    });
  });

  describe('not-a-feed', () => {
    it('is thrown for JSON that is not an object', () => {
      for (const value of ['[]', '"feed"', '42', 'null', 'true']) expect(fatalCode(value), value).to.equal('not-a-feed');
      for (const value of [[], 'x', 42, null, undefined, true, new Date(), new Map()]) {
        expect(fatalCode(typeof value === 'string' ? JSON.stringify(value) : value)).to.equal('not-a-feed');
      }
    });

    it('is thrown for an object with neither an items array nor an _engaged_city object', () => {
      expect(fatalCode({})).to.equal('not-a-feed');
      expect(fatalCode({ version: 'https://jsonfeed.org/version/1.1', title: 'x' })).to.equal('not-a-feed');
      expect(fatalCode({ items: {}, _engaged_city: [] })).to.equal('not-a-feed');
      expect(fatalCode({ items: 'none', _engaged_city: 'none' })).to.equal('not-a-feed');
    });

    it('does not take inherited properties for items or a directory', () => {
      const inherited = Object.create({ items: [], _engaged_city: { members: [] } }) as object;
      expect(fatalCode(inherited)).to.equal('not-a-feed');
    });
  });

  describe('too-large', () => {
    it('is thrown for JSON text over 5,000,000 characters, before parsing it', () => {
      const text = `{"items":[],"padding":"${'x'.repeat(5_000_000)}"}`;
      expect(fatalCode(text)).to.equal('too-large');
      expect(fatalCode(' '.repeat(5_000_001))).to.equal('too-large');
    });

    it('is not thrown for text of exactly 5,000,000 characters', () => {
      const shell = '{"items":[],"padding":""}';
      const text = shell.replace('""', `"${'x'.repeat(5_000_000 - shell.length)}"`);
      expect(text.length).to.equal(5_000_000);
      expect(fatalCode(text)).to.equal(undefined);
    });

    it('is thrown for more than 10,000 items or more than 20,000 members', () => {
      expect(fatalCode({ items: new Array(10_001).fill({ id: 'a' }) })).to.equal('too-large');
      expect(fatalCode(rawDirectoryFeed(new Array(20_001).fill(0)))).to.equal('too-large');
    });

    it('is not thrown for exactly 10,000 items or 20,000 members', () => {
      expect(fatalCode({ items: Array.from({ length: 10_000 }, (_, index) => ({ id: String(index) })) })).to.equal(undefined);
      expect(fatalCode(rawDirectoryFeed(new Array(20_000).fill(0)))).to.equal(undefined);
    });
  });

  it('throws nothing but FeedError for odd input', () => {
    for (const input of ['{"__proto__": 1}', '[[[[[[]]]]]]', '"\\ud800"', '1e999', `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      const code = fatalCode(input);
      expect(['not-json', 'not-a-feed', undefined]).to.include(code);
    }
  });
});

describe('parseFeed: accepts text and parsed JSON alike', () => {
  it('returns the same feed for a JSON string and the parsed object', () => {
    const raw = rawDirectoryFeed([rawCity()]);
    expect(parseFeed(JSON.stringify(raw))).to.deep.equal(parseFeed(raw));
  });

  it('does not change the input object', () => {
    const raw = rawDirectoryFeed([rawCity({ id: '  padded  ', url: 'javascript:alert(1)' })]);
    const copy = JSON.parse(JSON.stringify(raw)) as unknown;
    parseFeed(raw);
    expect(raw).to.deep.equal(copy);
  });
});

describe('parseFeed: top level', () => {
  it('reads the JSON Feed fields in the order of the specification', () => {
    const { feed, warnings } = parseFeed({
      _engaged_city: { schema: 1, members: [] }, items: [], next_url: 'https://example.org/2.json', language: 'de',
      favicon: 'https://example.org/f.ico', icon: 'https://example.org/i.png', description: 'Neues', feed_url: 'https://example.org/feed.json',
      home_page_url: 'https://example.org/', title: 'Netzwerk', version: 'https://jsonfeed.org/version/1.1',
    });
    expect(warnings).to.deep.equal([]);
    expect(Object.keys(feed)).to.deep.equal([
      'version', 'title', 'home_page_url', 'feed_url', 'description', 'icon', 'favicon', 'language', 'next_url', 'items', '_engaged_city',
    ]);
  });

  describe('version', () => {
    it('accepts JSON Feed 1.1 and 1.0', () => {
      for (const version of ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1']) {
        const { feed, warnings } = parseFeed(rawNewsFeed([], { version }));
        expect(feed.version).to.equal(version);
        expect(warnings).to.deep.equal([]);
      }
    });

    it('is set to 1.1 with a warning when missing, of the wrong type, or unknown', () => {
      const cases: [unknown, string][] = [[undefined, 'missing-field'], [1.1, 'wrong-type'], ['https://jsonfeed.org/version/2', 'invalid-value']];
      for (const [version, code] of cases) {
        const { feed, warnings } = parseFeed({ title: 'x', items: [], ...(version === undefined ? {} : { version }) });
        expect(feed.version).to.equal('https://jsonfeed.org/version/1.1');
        expect(warnings).to.deep.equal([{ code, path: 'version', message: warnings[0]!.message }]);
      }
    });
  });

  describe('title', () => {
    it('is cleaned and kept', () => {
      expect(parseFeed(rawNewsFeed([], { title: '  Netzwerk\u0007 Engagierte Stadt ' })).feed.title).to.equal('Netzwerk Engagierte Stadt');
    });

    it('is an empty string, with a warning, when missing or not a string', () => {
      const missing = parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: [] });
      expect(missing.feed.title).to.equal('');
      expect(warningAt(missing.warnings, 'title')?.code).to.equal('missing-field');
      const wrong = parseFeed(rawNewsFeed([], { title: ['x'] }));
      expect(wrong.feed.title).to.equal('');
      expect(warningAt(wrong.warnings, 'title')?.code).to.equal('wrong-type');
    });

    it('is shortened to 500 characters with a warning', () => {
      const { feed, warnings } = parseFeed(rawNewsFeed([], { title: 't'.repeat(501) }));
      expect(feed.title).to.have.length(500);
      expect(warningAt(warnings, 'title')?.code).to.equal('truncated');
    });
  });

  describe('URL fields', () => {
    it('keeps absolute http(s) URLs and resolves relative ones against baseUrl', () => {
      const { feed, warnings } = parseFeed(
        rawNewsFeed([], { home_page_url: '/', feed_url: 'feed.json', icon: 'https://cdn.example.org/i.png' }),
        { baseUrl: 'https://www.engagiertestadt.de/feeds/network.json' },
      );
      expect(warnings).to.deep.equal([]);
      expect(feed.home_page_url).to.equal('https://www.engagiertestadt.de/');
      expect(feed.feed_url).to.equal('https://www.engagiertestadt.de/feeds/feed.json');
      expect(feed.icon).to.equal('https://cdn.example.org/i.png');
    });

    it('drops other schemes and relative URLs without a base, with an invalid-url warning and the path', () => {
      const { feed, warnings } = parseFeed(
        rawNewsFeed([], { home_page_url: 'javascript:alert(1)', feed_url: '/feed.json', next_url: 'data:text/html,x', favicon: 42 }),
      );
      expect(feed).to.not.have.any.keys('home_page_url', 'feed_url', 'next_url', 'favicon');
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([
        ['invalid-url', 'home_page_url'], ['invalid-url', 'feed_url'], ['wrong-type', 'favicon'], ['invalid-url', 'next_url'],
      ]);
    });
  });

  describe('language', () => {
    it('keeps a BCP 47 tag and leaves it out, with a warning, otherwise', () => {
      expect(parseFeed(rawNewsFeed([], { language: 'de-DE' })).feed.language).to.equal('de-DE');
      const { feed, warnings } = parseFeed(rawNewsFeed([], { language: 'de_DE' }));
      expect(feed.language).to.equal(undefined);
      expect(warningAt(warnings, 'language')?.code).to.equal('invalid-value');
    });

    it('is not filled in when absent (readers assume de)', () => {
      expect(parseFeed(rawNewsFeed([])).feed).to.not.have.property('language');
    });
  });

  describe('items and _engaged_city', () => {
    it('gives a directory-only feed an empty items list, with a warning', () => {
      const { feed, warnings } = parseFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'x', _engaged_city: { schema: 1, members: [] } });
      expect(feed.items).to.deep.equal([]);
      expect(warningAt(warnings, 'items')?.code).to.equal('missing-field');
    });

    it('leaves out an _engaged_city that is not an object, with a warning', () => {
      const { feed, warnings } = parseFeed(rawNewsFeed([], { _engaged_city: [1] }));
      expect(feed).to.not.have.property('_engaged_city');
      expect(warningAt(warnings, '_engaged_city')?.code).to.equal('wrong-type');
    });
  });

  it('drops unknown fields without a warning', () => {
    const { feed, warnings } = parseFeed(rawNewsFeed([], { user_comment: 'x', _other_extension: { deep: [[[{}]]] }, hubs: [] }));
    expect(feed).to.not.have.any.keys('user_comment', '_other_extension', 'hubs');
    expect(warnings).to.deep.equal([]);
  });
});

describe('parseFeed: rules for every string', () => {
  it('removes C0 and C1 control characters, DEL and bidi overrides and isolates from single-line text, then trims', () => {
    const name = ' \u0000Lu\u0001ther\u007Fstadt\u0085 \u202AWit\u202Eten\u2066berg\u2069\t\n ';
    const { feed } = parseFeed(rawDirectoryFeed([rawCity({ name })]));
    expect(feed._engaged_city?.members[0]?.name).to.equal('Lutherstadt Wittenberg');
  });

  it('keeps tabs and line feeds in multi-line text (summary, content, location note) but removes carriage returns', () => {
    const text = 'Erste Zeile\r\n\tZweite Zeile\u0000';
    const { feed } = parseFeed({
      items: [{ id: 'a', summary: text, content_text: text, content_html: text }],
      _engaged_city: { schema: 1, members: [rawCity({ summary: text, location_note: text })] },
    });
    const expected = 'Erste Zeile\n\tZweite Zeile';
    expect(feed.items[0]).to.include({ summary: expected, content_text: expected, content_html: expected });
    expect(feed._engaged_city?.members[0]).to.include({ summary: expected, location_note: expected });
  });

  it('makes a space of line breaks and tabs in single-line text a reader sees, so that words stay apart', () => {
    const { feed } = parseFeed({
      ...rawNewsFeed([{ id: 'a', title: 'Neue\tStädte \r\n  im Netz', tags: ['Ehren\namt'] }], { title: 'Netz\nwerk' }),
      _engaged_city: { schema: 1, members: [rawCity({ name: 'Verein\nmit Herz', topics: ['Kinder\nund Jugend'] })] },
    });
    expect(feed.title).to.equal('Netz werk');
    expect(feed.items[0]).to.include({ title: 'Neue Städte im Netz' });
    expect(feed.items[0]?.tags).to.deep.equal(['Ehren amt']);
    expect(feed._engaged_city?.members[0]).to.include({ name: 'Verein mit Herz' });
    expect(feed._engaged_city?.members[0]?.topics).to.deep.equal(['Kinder und Jugend']);
    // The white space around a break goes too, read once (joinLines): a hostile run of spaces costs its length.
    const spaced = parseFeed(rawDirectoryFeed([rawCity({ name: `Verein${' '.repeat(100_000)}\n \u2028\tmit Herz` })]));
    expect(spaced.feed._engaged_city?.members[0]?.name).to.equal('Verein mit Herz');
  });

  it('removes line breaks from ids and URLs, as browsers do in URLs', () => {
    const { feed } = parseFeed(rawNewsFeed([{ id: 'a\nb', url: 'https://example.org/\nnews' }]));
    expect(feed.items[0]).to.include({ id: 'ab', url: 'https://example.org/news' });
  });

  it('compares ids and codes exactly after cleaning', () => {
    const { feed } = parseFeed(rawDirectoryFeed([rawCity({ id: '  a-b  ', region: ' DE-BE\u200E' })]));
    // U+200E (a left-to-right mark) is no control character in the spec's list: the region stays invalid.
    expect(feed._engaged_city?.members).to.deep.equal([]);
    const again = parseFeed(rawDirectoryFeed([rawCity({ id: '  a-b  ', region: ' DE-BE\u202C' })]));
    expect(again.feed._engaged_city?.members[0]).to.include({ id: 'a-b', region: 'DE-BE' });
  });

  it('counts lengths in code points and never splits a surrogate pair when shortening', () => {
    const emoji = '😀';
    const exactly = parseFeed(rawDirectoryFeed([rawCity({ name: emoji.repeat(200) })]));
    expect(exactly.warnings).to.deep.equal([]);
    const over = parseFeed(rawDirectoryFeed([rawCity({ name: `a${emoji.repeat(200)}` })]));
    const name = over.feed._engaged_city!.members[0]!.name;
    expect([...name]).to.have.length(200);
    expect(name.endsWith(emoji)).to.equal(true);
    expect(warningAt(over.warnings, '_engaged_city.members[0].name')?.code).to.equal('truncated');
  });

  it('trims the end of a shortened text, so that parsing it again changes nothing', () => {
    const { feed } = parseFeed(rawDirectoryFeed([rawCity({ name: `${'a'.repeat(199)} b` })]));
    expect(feed._engaged_city!.members[0]!.name).to.equal('a'.repeat(199));
    expect(parseFeed(feed).warnings).to.deep.equal([]);
  });
});

describe('parseFeed: types are not coerced', () => {
  it('leaves out an optional field of the wrong type, with a wrong-type warning', () => {
    const { feed, warnings } = parseFeed(rawDirectoryFeed([rawCity({ population: '45000', summary: 12, url: { href: 'https://a.org' } })]));
    const member = feed._engaged_city!.members[0]!;
    expect(member).to.not.have.any.keys('population', 'summary', 'url');
    expect(warnings.map((warning) => warning.code)).to.deep.equal(['wrong-type', 'wrong-type', 'wrong-type']);
  });

  it('treats null like any other wrong type', () => {
    const { feed, warnings } = parseFeed(rawNewsFeed([{ id: 'a', image: null, title: null }]));
    expect(feed.items[0]).to.deep.equal({ id: 'a' });
    expect(warnings.map((warning) => warning.code)).to.deep.equal(['wrong-type', 'wrong-type']);
  });

  it('drops an entry whose required field has the wrong type', () => {
    const { feed, warnings } = parseFeed(rawDirectoryFeed([rawCity({ name: 7 }), rawCity({ id: 'halle', name: 'Halle' })]));
    expect(feed._engaged_city!.members.map((member) => member.id)).to.deep.equal(['halle']);
    expect(warnings[0]).to.include({ code: 'invalid-entry', path: '_engaged_city.members[0]' });
  });
});

describe('parseFeed: objects', () => {
  it('reads __proto__, constructor and prototype as ordinary data and merges nothing', () => {
    const text = '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"items":[{"id":"a","__proto__":{"polluted":1}}],' +
      '"_engaged_city":{"__proto__":{"polluted":1},"schema":1,"members":[{"__proto__":{"id":"x"},"id":"p","kind":"organization","name":"P","roles":["funder"]}]}}';
    const { feed } = parseFeed(text);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(feed)).to.equal(Object.prototype);
    expect(Object.keys(feed.items[0]!)).to.deep.equal(['id']);
    expect(feed._engaged_city!.members[0]!.id).to.equal('p');
  });

  it('does not read an inherited "constructor" as a field of {}', () => {
    const { feed, warnings } = parseFeed({ items: [{ id: 'a' }] });
    expect(feed.items).to.have.length(1);
    expect(warnings.map((warning) => warning.path)).to.deep.equal(['version', 'title']);
  });

  it('ignores deep nesting in unknown fields', () => {
    let deep: unknown = {};
    for (let depth = 0; depth < 100_000; depth++) deep = { deep };
    const { feed } = parseFeed(rawNewsFeed([{ id: 'a', _other: deep }], { _other: deep }));
    expect(feed.items).to.deep.equal([{ id: 'a' }]);
  });

  it('returns fresh objects: changing the result does not change the input', () => {
    const raw = rawDirectoryFeed([rawCity({ location: { lat: 51.8, lon: 12.6 }, topics: ['A'] })]);
    const member = parseFeed(raw).feed._engaged_city!.members[0]!;
    member.location!.lat = 0;
    member.topics!.push('B');
    expect(raw).to.deep.equal(rawDirectoryFeed([rawCity({ location: { lat: 51.8, lon: 12.6 }, topics: ['A'] })]));
  });
});

describe('parseFeed: idempotence', () => {
  it('returns an equal feed and no warnings when given its own result', () => {
    const first = parseFeed({
      items: [{ id: 7, author: { name: ' Anna ' }, url: '/a', tags: ['x', ''] }],
      _engaged_city: { members: [rawCity({ roles: ['sponsor'], domains: ['Wittenberg.DE.'] }), rawCity()] },
    }, { baseUrl: 'https://example.org/' });
    expect(first.warnings.length).to.be.greaterThan(5);
    const second = parseFeed(first.feed);
    expect(second.feed).to.deep.equal(first.feed);
    expect(second.warnings).to.deep.equal([]);
  });
});
