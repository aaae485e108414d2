import type { NetworkFeed } from '../../src/feed/types.js';

/**
 * A small feed given to elements as `.data` in the stories: a fixed date, two members, three news items. Hosts are
 * `example.org` (reserved, never requested: images stay off without `remote-media`).
 */
export const exampleFeed: NetworkFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Netzwerk Engagierte Stadt',
  home_page_url: 'https://www.engagiertestadt.de/',
  language: 'de',
  items: [
    {
      id: 'example-1',
      url: 'https://www.example.org/news/ehrenamtsmesse',
      title: 'Ehrenamtsmesse in Musterstadt',
      summary: 'Über 40 Vereine stellen sich vor: Wer mitmachen möchte, findet hier ein Engagement, das passt.',
      date_published: '2025-05-16T10:00:00+02:00',
      tags: ['Ehrenamt', 'Veranstaltung'],
      _engaged_city: { regions: ['DE-ST'], members: ['musterstadt'] },
    },
    {
      id: 'example-2',
      url: 'https://www.example.org/news/engagementstrategie',
      title: 'Beispielheim beschließt Engagementstrategie',
      summary: 'Der Stadtrat hat die gemeinsam mit Vereinen erarbeitete Strategie einstimmig angenommen.',
      date_published: '2025-03-02T09:00:00+01:00',
      tags: ['Strategie'],
      _engaged_city: { regions: ['DE-HE'], members: ['beispielheim'] },
    },
    {
      id: 'example-3',
      url: 'https://www.example.org/news/netzwerktreffen',
      title: 'Netzwerktreffen 2025',
      summary: 'Die Engagierten Städte treffen sich im Herbst zum Austausch.',
      date_published: '2025-01-20T12:00:00+01:00',
      tags: ['Netzwerk'],
    },
  ],
  _engaged_city: {
    schema: 1,
    updated: '2025-06-01T00:00:00Z',
    regions: [
      { code: 'DE-ST', name: 'Sachsen-Anhalt', partner_since: '2025-05-16' },
      { code: 'DE-HE', name: 'Hessen', partner_since: '2021-05-01' },
    ],
    members: [
      {
        id: 'musterstadt',
        kind: 'city',
        name: 'Musterstadt',
        roles: ['engaged-city'],
        region: 'DE-ST',
        since: 2015,
        population: 45000,
        location: { lat: 51.866, lon: 12.646 },
        url: 'https://www.example.org/',
        profile_url: 'https://www.engagiertestadt.de/',
        domains: ['example.org'],
        summary: 'Eine Stadt an der Elbe, in der Ehrenamt zum Alltag gehört.',
        topics: ['Ehrenamt', 'Bildung'],
      },
      {
        id: 'beispielheim',
        kind: 'city',
        name: 'Beispielheim',
        roles: ['engaged-city'],
        region: 'DE-HE',
        since: 2021,
        population: 12000,
        location: { lat: 50.81, lon: 8.77 },
      },
    ],
  },
};

/** The same feed with nothing in it: the empty state. */
export const emptyFeed: NetworkFeed = {
  ...exampleFeed,
  items: [],
  _engaged_city: { schema: 1, updated: '2025-06-01T00:00:00Z', regions: [], members: [] },
};
