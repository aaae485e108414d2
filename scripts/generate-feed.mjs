// A large, valid network feed for benchmarks and tests: `members` members spread over Germany, `items` news items.
// Deterministic (a fixed-seed generator), so two runs measure the same thing. At 20,000 members and 1,000 items it stays
// under the feed's 5,000,000-character limit.
const STATES = ['DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateFeed(members = 20_000, items = 1_000, seed = 42) {
  const next = random(seed);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Netzwerk Engagierte Stadt (generated)',
    language: 'de',
    items: Array.from({ length: items }, (_, i) => ({
      id: `news-${i}`,
      url: `https://example.org/news/${i}`,
      title: `Meldung ${i}`,
      summary: `Zusammenfassung der Meldung ${i}.`,
      date_published: new Date(Date.UTC(2025, 0, 1) - i * 86_400_000).toISOString().replace('.000Z', 'Z'),
      tags: [`tag-${i % 7}`],
      _engaged_city: { regions: [STATES[i % 16]] },
    })),
    _engaged_city: {
      schema: 1,
      updated: '2025-06-01T00:00:00Z',
      members: Array.from({ length: members }, (_, i) => ({
        id: `member-${i}`,
        kind: 'city',
        name: `Stadt ${i}`,
        roles: ['engaged-city'],
        region: STATES[i % 16],
        since: 2015 + (i % 10),
        population: 10_000 + Math.floor(next() * 240_000),
        location: { lat: +(47.4 + next() * 7.4).toFixed(5), lon: +(6.0 + next() * 8.9).toFixed(5) },
        url: `https://s${i}.example.org/`,
        domains: [`s${i}.example.org`],
      })),
    },
  };
}
