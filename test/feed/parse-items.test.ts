import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedItem, FeedWarning } from '../../src/feed/types.js';
import { rawNewsFeed } from './feed-fixtures.js';

function parseItem(raw: unknown, baseUrl?: string): { item: FeedItem | undefined; warnings: FeedWarning[] } {
  const { feed, warnings } = parseFeed(rawNewsFeed([raw]), baseUrl === undefined ? {} : { baseUrl });
  return { item: feed.items[0], warnings };
}

function pathsAndCodes(warnings: FeedWarning[]): string[][] {
  return warnings.map((warning) => [warning.code, warning.path]);
}

describe('parseFeed: news items', () => {
  it('keeps a complete item unchanged, in a fixed key order', () => {
    const raw = {
      id: 'n1', url: 'https://example.org/n1', external_url: 'https://other.example/', title: 'Titel', summary: 'Kurz',
      content_text: 'Text', content_html: '<p>Text</p>', image: 'https://example.org/i.jpg', banner_image: 'https://example.org/b.jpg',
      date_published: '2025-03-01T09:30:00+01:00', date_modified: '2025-03-01T10:00:00Z', authors: [{ name: 'Anna' }],
      tags: ['Netzwerk'], language: 'de', _engaged_city: { regions: ['DE-ST'], members: ['halle'] },
    };
    const { item, warnings } = parseItem(Object.fromEntries(Object.entries(raw).reverse()));
    expect(warnings).to.deep.equal([]);
    expect(JSON.stringify(item)).to.equal(JSON.stringify(raw));
  });

  describe('id', () => {
    it('turns a numeric id into a string (JSON Feed 1.0), with a repaired warning', () => {
      const { item, warnings } = parseItem({ id: 42 });
      expect(item?.id).to.equal('42');
      expect(pathsAndCodes(warnings)).to.deep.equal([['repaired', 'items[0].id']]);
    });

    it('drops an item without a usable id and keeps the others', () => {
      const { feed, warnings } = parseFeed(rawNewsFeed([{ title: 'ohne' }, { id: '' }, { id: ' ' }, { id: true }, { id: Infinity }, 'x', { id: 'ok' }]));
      expect(feed.items.map((item) => item.id)).to.deep.equal(['ok']);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(new Array(6).fill('invalid-entry'));
    });

    it('drops an id longer than 1,000 characters instead of shortening it', () => {
      expect(parseItem({ id: 'i'.repeat(1001) }).item).to.equal(undefined);
      expect(parseItem({ id: 'i'.repeat(1000) }).item?.id).to.have.length(1000);
    });

    it('drops a later item with an id already seen (also "1" after 1)', () => {
      const { feed, warnings } = parseFeed(rawNewsFeed([{ id: 1, title: 'a' }, { id: '1', title: 'b' }, { id: ' 1 ', title: 'c' }]));
      expect(feed.items.map((item) => item.title)).to.deep.equal(['a']);
      expect(pathsAndCodes(warnings).slice(1)).to.deep.equal([['duplicate-id', 'items[1]'], ['duplicate-id', 'items[2]']]);
    });
  });

  describe('URLs', () => {
    it('resolves relative URLs against the base URL', () => {
      const { item, warnings } = parseItem({ id: 'a', url: '/n/1', image: 'bild.jpg' }, 'https://example.org/feeds/news.json');
      expect(item).to.include({ url: 'https://example.org/n/1', image: 'https://example.org/feeds/bild.jpg' });
      expect(warnings).to.deep.equal([]);
    });

    it('drops non-http(s) URLs in every URL field, with the path', () => {
      const bad = 'javascript:alert(1)';
      const { item, warnings } = parseItem({ id: 'a', url: bad, external_url: bad, image: bad, banner_image: bad, authors: [{ name: 'A', url: bad, avatar: bad }] });
      expect(item).to.deep.equal({ id: 'a', authors: [{ name: 'A' }] });
      expect(warnings.map((warning) => warning.path)).to.deep.equal([
        'items[0].url', 'items[0].external_url', 'items[0].image', 'items[0].banner_image', 'items[0].authors[0].url', 'items[0].authors[0].avatar',
      ]);
    });
  });

  describe('dates', () => {
    it('keeps RFC 3339 date-times', () => {
      for (const date of ['2025-03-01T09:30:00Z', '2025-03-01t09:30:00.123z', '2024-02-29T23:59:60+14:00', '2025-12-31T00:00:00-05:30']) {
        expect(parseItem({ id: 'a', date_published: date }).item?.date_published, date).to.equal(date);
      }
    });

    it('drops other dates from the item, which stays, with invalid-date', () => {
      for (const date of ['2025-03-01', '2025-03-01 09:30:00Z', 'Sat, 01 Mar 2025 09:30:00 GMT', '2025-02-29T00:00:00Z', '2025-13-01T00:00:00Z', '2025-03-01T24:00:00Z', '2025-03-01T09:30:00']) {
        const { item, warnings } = parseItem({ id: 'a', date_modified: date });
        expect(item, date).to.deep.equal({ id: 'a' });
        expect(pathsAndCodes(warnings)).to.deep.equal([['invalid-date', 'items[0].date_modified']]);
      }
    });
  });

  describe('authors', () => {
    it('converts a JSON Feed 1.0 author into authors, with a repaired warning', () => {
      const { item, warnings } = parseItem({ id: 'a', author: { name: 'Anna', url: 'https://anna.example/' } });
      expect(item?.authors).to.deep.equal([{ name: 'Anna', url: 'https://anna.example/' }]);
      expect(pathsAndCodes(warnings)).to.deep.equal([['repaired', 'items[0].author']]);
    });

    it('prefers authors when both are given', () => {
      const { item, warnings } = parseItem({ id: 'a', author: { name: 'Alt' }, authors: [{ name: 'Neu' }] });
      expect(item?.authors).to.deep.equal([{ name: 'Neu' }]);
      expect(warnings).to.deep.equal([]);
    });

    it('drops an author with neither name, url nor avatar, and keeps at most 20', () => {
      const authors = [{}, { name: '' }, 'Anna', ...Array.from({ length: 25 }, (_, index) => ({ name: `A${index}` }))];
      const { item, warnings } = parseItem({ id: 'a', authors });
      expect(item?.authors).to.have.length(17);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['truncated', 'invalid-entry', 'invalid-value', 'invalid-entry', 'invalid-entry']);
    });
  });

  describe('text', () => {
    it('keeps content_html as text, unsanitised but cleaned of control characters', () => {
      const html = '<p onclick="x()">Hallo<script>alert(1)</script>\u0000</p>';
      expect(parseItem({ id: 'a', content_html: html }).item?.content_html).to.equal('<p onclick="x()">Hallo<script>alert(1)</script></p>');
    });

    it('shortens a title to 500 and a summary to 5,000 characters', () => {
      const { item, warnings } = parseItem({ id: 'a', title: 't'.repeat(600), summary: 's'.repeat(5001) });
      expect(item?.title).to.have.length(500);
      expect(item?.summary).to.have.length(5000);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['truncated', 'truncated']);
    });

    it('keeps at most 50 tags of at most 100 characters, dropping empty ones', () => {
      const tags = ['', 'x'.repeat(101), ...Array.from({ length: 55 }, (_, index) => `t${index}`)];
      const { item, warnings } = parseItem({ id: 'a', tags });
      expect(item?.tags).to.have.length(49);
      expect(item?.tags?.[0]).to.have.length(100);
      expect(pathsAndCodes(warnings)).to.deep.equal([
        ['truncated', 'items[0].tags'], ['invalid-entry', 'items[0].tags[0]'], ['truncated', 'items[0].tags[1]'],
      ]);
    });
  });

  describe('_engaged_city (whom the item is about)', () => {
    it('keeps valid state codes and member ids, without repeats', () => {
      const { item, warnings } = parseItem({ id: 'a', _engaged_city: { regions: ['DE-ST', ' DE-SN ', 'DE-ST'], members: ['halle', 'halle'] } });
      expect(item?._engaged_city).to.deep.equal({ regions: ['DE-ST', 'DE-SN'], members: ['halle'] });
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['invalid-entry', 'invalid-entry']);
    });

    it('drops anything that is not a state code or a slug', () => {
      const { item, warnings } = parseItem({ id: 'a', _engaged_city: { regions: ['Sachsen', 'de-st', 5], members: ['Halle', 'a b', null] } });
      expect(item?._engaged_city).to.deep.equal({ regions: [], members: [] });
      expect(pathsAndCodes(warnings)).to.deep.equal([
        ['invalid-value', 'items[0]._engaged_city.regions[0]'], ['invalid-value', 'items[0]._engaged_city.regions[1]'],
        ['invalid-value', 'items[0]._engaged_city.regions[2]'], ['invalid-value', 'items[0]._engaged_city.members[0]'],
        ['invalid-value', 'items[0]._engaged_city.members[1]'], ['invalid-value', 'items[0]._engaged_city.members[2]'],
      ]);
    });

    it('is left out when it is not an object', () => {
      const { item, warnings } = parseItem({ id: 'a', _engaged_city: ['DE-ST'] });
      expect(item).to.deep.equal({ id: 'a' });
      expect(pathsAndCodes(warnings)).to.deep.equal([['wrong-type', 'items[0]._engaged_city']]);
    });
  });

  it('keeps an item with an unknown or empty structure as just its id', () => {
    const { item, warnings } = parseItem({ id: 'a', attachments: [{ url: 'javascript:x' }], _other: {} });
    expect(item).to.deep.equal({ id: 'a' });
    expect(warnings).to.deep.equal([]);
  });
});
