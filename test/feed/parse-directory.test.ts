import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { FeedWarning, Member } from '../../src/feed/types.js';
import { rawCity, rawDirectoryFeed, rawOrganization } from './feed-fixtures.js';

/** Parses a feed with one member and returns what became of it. */
function parseMember(raw: unknown): { member: Member | undefined; warnings: FeedWarning[] } {
  const { feed, warnings } = parseFeed(rawDirectoryFeed([raw]));
  return { member: feed._engaged_city!.members[0], warnings };
}

function codesAt(warnings: FeedWarning[], path: string): string[] {
  return warnings.filter((warning) => warning.path === path).map((warning) => warning.code);
}

const AT = '_engaged_city.members[0]';

describe('parseFeed: the directory (_engaged_city)', () => {
  describe('schema', () => {
    it('reads schema 1 without a warning', () => {
      expect(parseFeed(rawDirectoryFeed([])).warnings).to.deep.equal([]);
    });

    it('reads a missing or invalid schema as 1, with a warning', () => {
      for (const [schema, code] of [[undefined, 'missing-field'], ['1', 'invalid-value'], [0, 'invalid-value'], [1.5, 'invalid-value']] as const) {
        const { feed, warnings } = parseFeed({ items: [], _engaged_city: { ...(schema === undefined ? {} : { schema }), members: [] } });
        expect(feed._engaged_city!.schema).to.equal(1);
        expect(codesAt(warnings, '_engaged_city.schema')).to.deep.equal([code]);
      }
    });

    it('keeps a newer schema number and reads the rest, with an unsupported-schema warning', () => {
      const { feed, warnings } = parseFeed(rawDirectoryFeed([rawCity()], { schema: 2 }));
      expect(feed._engaged_city!.schema).to.equal(2);
      expect(feed._engaged_city!.members).to.have.length(1);
      expect(codesAt(warnings, '_engaged_city.schema')).to.deep.equal(['unsupported-schema']);
    });
  });

  describe('members', () => {
    it('is an empty list, with a warning, when missing or not an array', () => {
      for (const [members, code] of [[undefined, 'missing-field'], [{}, 'wrong-type']] as const) {
        const { feed, warnings } = parseFeed({ items: [], _engaged_city: { schema: 1, ...(members === undefined ? {} : { members }) } });
        expect(feed._engaged_city!.members).to.deep.equal([]);
        expect(codesAt(warnings, '_engaged_city.members')).to.deep.equal([code]);
      }
    });

    it('drops an entry that is not an object and keeps the rest', () => {
      const { feed, warnings } = parseFeed(rawDirectoryFeed([null, 'halle', [], rawCity()]));
      expect(feed._engaged_city!.members).to.have.length(1);
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([
        ['invalid-entry', `_engaged_city.members[0]`], ['invalid-entry', `_engaged_city.members[1]`], ['invalid-entry', `_engaged_city.members[2]`],
      ]);
    });

    it('drops a later member with an id already seen, with a duplicate-id warning', () => {
      const { feed, warnings } = parseFeed(rawDirectoryFeed([rawCity({ name: 'Erste' }), rawCity({ id: ' lutherstadt-wittenberg ', name: 'Zweite' })]));
      expect(feed._engaged_city!.members.map((member) => member.name)).to.deep.equal(['Erste']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include({ code: 'duplicate-id', path: '_engaged_city.members[1]' });
    });
  });

  describe('updated', () => {
    it('keeps an RFC 3339 date-time, drops anything else with invalid-date and a later day than tomorrow with out-of-range', () => {
      expect(parseFeed(rawDirectoryFeed([], { updated: '2025-03-01T10:00:00+01:00' })).feed._engaged_city!.updated).to.equal('2025-03-01T10:00:00+01:00');
      const { feed, warnings } = parseFeed(rawDirectoryFeed([], { updated: '2025-03-01' }));
      expect(feed._engaged_city).to.not.have.property('updated');
      expect(codesAt(warnings, '_engaged_city.updated')).to.deep.equal(['invalid-date']);
      const future = parseFeed(rawDirectoryFeed([], { updated: '2999-01-01T00:00:00Z' }));
      expect(future.feed._engaged_city, 'a date of data not yet written').to.not.have.property('updated');
      expect(codesAt(future.warnings, '_engaged_city.updated')).to.deep.equal(['out-of-range']);
      const today = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      expect(parseFeed(rawDirectoryFeed([], { updated: today })).feed._engaged_city!.updated, 'today').to.equal(today);
    });
  });

  describe('regions', () => {
    it('keeps a region with a state code and a name, and its optional fields', () => {
      const region = { code: 'DE-ST', name: 'Sachsen-Anhalt', partner_since: '2019-01-01', network_url: 'https://example.org/st' };
      const { feed, warnings } = parseFeed(rawDirectoryFeed([], { regions: [region] }));
      expect(feed._engaged_city!.regions).to.deep.equal([region]);
      expect(warnings).to.deep.equal([]);
    });

    it('accepts each of the 16 state codes and nothing else', () => {
      const codes = ['DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH'];
      const regions = [...codes, 'Berlin', 'de-be', 'DE-XX', 'AT-9', 'DE'].map((code) => ({ code, name: code }));
      const { feed, warnings } = parseFeed(rawDirectoryFeed([], { regions }));
      expect(feed._engaged_city!.regions!.map((region) => region.code)).to.deep.equal(codes);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(new Array(5).fill('invalid-entry'));
    });

    it('drops a region without a name, and a later duplicate', () => {
      const { feed, warnings } = parseFeed(rawDirectoryFeed([], { regions: [{ code: 'DE-BE' }, { code: 'DE-BY', name: 'Bayern' }, { code: 'DE-BY', name: 'Bayern 2' }] }));
      expect(feed._engaged_city!.regions).to.deep.equal([{ code: 'DE-BY', name: 'Bayern' }]);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['invalid-entry', 'duplicate-id']);
    });

    it('leaves out a partner_since that is no date and a network_url that is no http(s) URL', () => {
      const { feed, warnings } = parseFeed(rawDirectoryFeed([], { regions: [{ code: 'DE-BE', name: 'Berlin', partner_since: 'seit 2019', network_url: 'javascript:x' }] }));
      expect(feed._engaged_city!.regions).to.deep.equal([{ code: 'DE-BE', name: 'Berlin' }]);
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([
        ['invalid-date', '_engaged_city.regions[0].partner_since'], ['invalid-url', '_engaged_city.regions[0].network_url'],
      ]);
    });

    it('leaves out regions that are not an array', () => {
      const { feed, warnings } = parseFeed(rawDirectoryFeed([], { regions: 'DE-BE' }));
      expect(feed._engaged_city).to.not.have.property('regions');
      expect(codesAt(warnings, '_engaged_city.regions')).to.deep.equal(['wrong-type']);
    });
  });
});

describe('parseFeed: a member', () => {
  it('keeps a complete member unchanged and in a fixed key order', () => {
    const raw = {
      id: 'lutherstadt-wittenberg', kind: 'city', name: 'Lutherstadt Wittenberg', roles: ['engaged-city', 'state-partner'], region: 'DE-ST',
      since: 2016, population: 45000, location: { lat: 51.8664, lon: 12.6433 }, url: 'https://www.wittenberg.de/',
      profile_url: 'https://www.engagiertestadt.de/wittenberg', domains: ['wittenberg.de'], summary: 'Text', topics: ['Ehrenamt'],
      image: 'https://www.wittenberg.de/logo.png', location_note: 'Rathaus',
    };
    const shuffled = Object.fromEntries(Object.entries(raw).reverse());
    const { member, warnings } = parseMember(shuffled);
    expect(warnings).to.deep.equal([]);
    expect(JSON.stringify(member)).to.equal(JSON.stringify(raw));
  });

  describe('id', () => {
    it('must be a slug after trimming; otherwise the member is dropped', () => {
      expect(parseMember(rawCity({ id: '  halle-saale  ' })).member?.id).to.equal('halle-saale');
      expect(parseMember(rawCity({ id: 'a'.repeat(64) })).member?.id).to.equal('a'.repeat(64));
      for (const id of ['Halle', 'halle saale', '-halle', 'hälle', 'a'.repeat(65), '', 42, undefined]) {
        const { member, warnings } = parseMember(rawCity({ id }));
        expect(member, String(id)).to.equal(undefined);
        expect(codesAt(warnings, AT)).to.deep.equal(['invalid-entry']);
      }
    });
  });

  describe('kind', () => {
    it('is city or organization; anything else drops the member', () => {
      expect(parseMember(rawOrganization()).member?.kind).to.equal('organization');
      for (const kind of ['organisation', 'City', 'town', undefined, 1]) expect(parseMember(rawCity({ kind })).member, String(kind)).to.equal(undefined);
    });
  });

  describe('name', () => {
    it('is required: missing, empty or not a string drops the member', () => {
      for (const name of [undefined, '', '   ', '\u0000', 5]) {
        const { member, warnings } = parseMember(rawCity({ name }));
        expect(member, String(name)).to.equal(undefined);
        expect(warnings[0]?.message).to.contain('"name"');
      }
    });

    it('is required to show something: a name of zero-width characters or a Hangul filler drops the member', () => {
      for (const name of ['\u200B\u200C\u200D\u2060\uFEFF', '\u3164', ' \u200B ']) {
        const { member, warnings } = parseMember(rawCity({ name }));
        expect(member, JSON.stringify(name)).to.equal(undefined);
        expect(warnings[0]?.message).to.contain('"name"');
      }
      expect(parseMember(rawCity({ name: 'Köln\u200B' })).member?.name, 'a visible name keeps what it has').to.equal('Köln\u200B');
      expect(parseMember(rawCity({ name: '👩‍👩‍👧' })).member?.name, 'an emoji with joiners is visible').to.equal('👩‍👩‍👧');
    });

    it('is shortened to 200 characters, with a warning', () => {
      const { member, warnings } = parseMember(rawCity({ name: 'n'.repeat(250) }));
      expect(member?.name).to.have.length(200);
      expect(codesAt(warnings, `${AT}.name`)).to.deep.equal(['truncated']);
    });
  });

  describe('roles', () => {
    it('keeps the known roles, without repeats', () => {
      const roles = ['engaged-city', 'state-partner', 'network-partner', 'funder', 'programme-office'];
      expect(parseMember(rawCity({ roles })).member?.roles).to.deep.equal(roles);
      const { member, warnings } = parseMember(rawCity({ roles: ['funder', 'funder'] }));
      expect(member?.roles).to.deep.equal(['funder']);
      expect(codesAt(warnings, `${AT}.roles[1]`)).to.deep.equal(['invalid-entry']);
    });

    it('drops unknown roles with an unknown-role warning', () => {
      const { member, warnings } = parseMember(rawCity({ roles: ['engaged-city', 'sponsor', 'Funder'] }));
      expect(member?.roles).to.deep.equal(['engaged-city']);
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([
        ['unknown-role', `${AT}.roles[1]`], ['unknown-role', `${AT}.roles[2]`],
      ]);
    });

    it('defaults to engaged-city for a city and network-partner for an organisation, as the feed format says', () => {
      for (const roles of [undefined, [], ['sponsor'], 'funder']) {
        const city = parseMember(rawCity({ roles }));
        expect(city.member?.roles).to.deep.equal(['engaged-city']);
        expect(parseMember(rawOrganization({ roles })).member?.roles).to.deep.equal(['network-partner']);
      }
    });

    it('warns of the default only where roles were given and none is known (absent or empty is the format’s default)', () => {
      expect(parseMember(rawCity({ roles: undefined })).warnings).to.deep.equal([]);
      expect(parseMember(rawCity({ roles: [] })).warnings).to.deep.equal([]);
      expect(codesAt(parseMember(rawCity({ roles: ['sponsor'] })).warnings, `${AT}.roles`)).to.deep.equal(['defaulted']);
      expect(codesAt(parseMember(rawCity({ roles: 'funder' })).warnings, `${AT}.roles`)).to.deep.equal(['wrong-type']);
    });
  });

  describe('region', () => {
    it('is required for a city: without a valid state code the city is dropped', () => {
      for (const region of [undefined, 'Sachsen-Anhalt', 'de-st', 'DE-XX', 14]) {
        expect(parseMember(rawCity({ region })).member, String(region)).to.equal(undefined);
      }
    });

    it('is optional for an organisation, and left out with a warning when invalid', () => {
      expect(parseMember(rawOrganization()).warnings).to.deep.equal([]);
      expect(parseMember(rawOrganization({ region: 'DE-BE' })).member?.region).to.equal('DE-BE');
      const { member, warnings } = parseMember(rawOrganization({ region: 'Berlin' }));
      expect(member).to.not.have.property('region');
      expect(codesAt(warnings, `${AT}.region`)).to.deep.equal(['invalid-value']);
    });
  });

  describe('since', () => {
    const nextYear = new Date().getUTCFullYear() + 1;

    it('is a year from 2015 to next year, or an RFC 3339 date', () => {
      for (const since of [2015, 2020, nextYear, '2015-01-01', '2021-05-01T12:00:00Z']) {
        const { member, warnings } = parseMember(rawCity({ since }));
        expect(member?.since, String(since)).to.equal(since);
        expect(warnings).to.deep.equal([]);
      }
    });

    it('is left out, with a warning, when out of range, not whole, not a date or of the wrong type', () => {
      const cases: [unknown, string][] = [
        [2014, 'out-of-range'], [nextYear + 1, 'out-of-range'], [2205, 'out-of-range'], ['2014-12-31', 'out-of-range'],
        [2019.5, 'invalid-value'], ['2019', 'invalid-date'], ['01.05.2021', 'invalid-date'], ['2021-02-30', 'invalid-date'],
        [true, 'wrong-type'], [[2019], 'wrong-type'],
      ];
      for (const [since, code] of cases) {
        const { member, warnings } = parseMember(rawCity({ since }));
        expect(member, String(since)).to.not.have.property('since');
        expect(codesAt(warnings, `${AT}.since`), String(since)).to.deep.equal([code]);
      }
    });
  });

  describe('population', () => {
    it('is a whole number of 0 or more', () => {
      expect(parseMember(rawCity({ population: 0 })).member?.population).to.equal(0);
      const cases: [unknown, string][] = [[-1, 'out-of-range'], [1.5, 'invalid-value'], [1e20, 'invalid-value'], ['5', 'wrong-type']];
      for (const [population, code] of cases) {
        const { member, warnings } = parseMember(rawCity({ population }));
        expect(member).to.not.have.property('population');
        expect(codesAt(warnings, `${AT}.population`)).to.deep.equal([code]);
      }
    });
  });

  describe('location', () => {
    it('keeps a point inside Germany\'s box, edges included, as a fresh { lat, lon }', () => {
      for (const location of [{ lat: 47.2, lon: 5.8 }, { lat: 55.1, lon: 15.1 }, { lat: 52.52, lon: 13.405 }]) {
        expect(parseMember(rawCity({ location: { ...location, alt: 30 } })).member?.location).to.deep.equal(location);
      }
    });

    it('is left out, with a warning, outside the box or without two numbers', () => {
      const cases: [unknown, string][] = [
        [{ lat: 48.8566, lon: 2.3522 }, 'out-of-range'], [{ lat: 47.1, lon: 10 }, 'out-of-range'], [{ lat: 52, lon: 15.2 }, 'out-of-range'],
        [{ lat: '52', lon: 13 }, 'wrong-type'], [{ lat: 52 }, 'wrong-type'], [[52, 13], 'wrong-type'], [{ lat: NaN, lon: 13 }, 'wrong-type'],
        [{ latitude: 52, longitude: 13 }, 'wrong-type'],
      ];
      for (const [location, code] of cases) {
        const { member, warnings } = parseMember(rawCity({ location }));
        expect(member, JSON.stringify(location)).to.not.have.property('location');
        expect(codesAt(warnings, `${AT}.location`)).to.deep.equal([code]);
      }
    });
  });

  describe('url, profile_url and image', () => {
    it('keep http(s) URLs and drop others with invalid-url and the field\'s path', () => {
      const { member, warnings } = parseMember(rawCity({ url: 'https://a.de/', profile_url: 'JAVASCRIPT:alert(1)', image: 'data:image/png;base64,AAAA' }));
      expect(member?.url).to.equal('https://a.de/');
      expect(member).to.not.have.any.keys('profile_url', 'image');
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([
        ['invalid-url', `${AT}.profile_url`], ['invalid-url', `${AT}.image`],
      ]);
    });
  });

  describe('domains', () => {
    it('keeps bare lower-case host names', () => {
      const { member, warnings } = parseMember(rawCity({ domains: ['wittenberg.de', 'www.wittenberg.de'] }));
      expect(member?.domains).to.deep.equal(['wittenberg.de', 'www.wittenberg.de']);
      expect(warnings).to.deep.equal([]);
    });

    it('repairs case, a trailing dot and internationalised names, with a repaired warning', () => {
      const { member, warnings } = parseMember(rawCity({ domains: ['Wittenberg.DE', 'example.org.', 'münchen.de', ' plain.de '] }));
      expect(member?.domains).to.deep.equal(['wittenberg.de', 'example.org', 'xn--mnchen-3ya.de', 'plain.de']);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['repaired', 'repaired', 'repaired']);
    });

    it('keeps a domain under which anybody can have a site, with a warning that names the member’s own site instead', () => {
      const { member, warnings } = parseMember(rawCity({ domains: ['github.io', 'verein.github.io'] }));
      expect(member?.domains).to.deep.equal(['github.io', 'verein.github.io']);
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([['shared-domain', `${AT}.domains[0]`]]);
      expect(warnings[0]!.message).to.contain('"name.github.io"');
    });

    it('drops entries with a scheme, path, port or spaces, non-strings and repeats', () => {
      const { member, warnings } = parseMember(rawCity({ domains: ['https://a.de', 'a.de/x', 'a.de:80', 'a b.de', 5, 'ok.de', 'OK.de'] }));
      expect(member?.domains).to.deep.equal(['ok.de']);
      expect(warnings.map((warning) => warning.path)).to.deep.equal([0, 1, 2, 3, 4, 6].map((index) => `${AT}.domains[${index}]`));
    });
  });

  describe('summary, topics and location_note', () => {
    it('shortens a summary to 1,000 characters', () => {
      const { member, warnings } = parseMember(rawCity({ summary: 's'.repeat(1001) }));
      expect(member?.summary).to.have.length(1000);
      expect(codesAt(warnings, `${AT}.summary`)).to.deep.equal(['truncated']);
    });

    it('keeps at most 20 topics of at most 60 characters each', () => {
      const topics = Array.from({ length: 22 }, (_, index) => `${index}`.padEnd(61, 'x'));
      const { member, warnings } = parseMember(rawCity({ topics }));
      expect(member?.topics).to.have.length(20);
      expect(member!.topics!.every((topic) => topic.length === 60)).to.equal(true);
      expect(codesAt(warnings, `${AT}.topics`)).to.deep.equal(['truncated']);
      expect(codesAt(warnings, `${AT}.topics[0]`)).to.deep.equal(['truncated']);
    });

    it('drops empty topics and topics that are not strings', () => {
      const { member, warnings } = parseMember(rawCity({ topics: ['Ehrenamt', '', 3, '  '] }));
      expect(member?.topics).to.deep.equal(['Ehrenamt']);
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['invalid-entry', 'invalid-entry', 'invalid-entry']);
    });

    it('leaves out an empty summary or location_note, with a warning', () => {
      const { member, warnings } = parseMember(rawCity({ summary: ' ', location_note: '' }));
      expect(member).to.not.have.any.keys('summary', 'location_note');
      expect(warnings.map((warning) => warning.code)).to.deep.equal(['invalid-value', 'invalid-value']);
    });
  });

  it('drops unknown member fields silently', () => {
    const { member, warnings } = parseMember(rawCity({ ags: '15091375', lat: 51.8, email: 'x@y.de' }));
    expect(member).to.not.have.any.keys('ags', 'lat', 'email');
    expect(warnings).to.deep.equal([]);
  });
});
