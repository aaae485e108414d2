import type { NetworkFeed } from '../../src/feed/types.js';
import { forgetFeeds } from '../../src/feed/load.js';

/** A small valid network feed, as a raw object, for tests. */
export function sampleFeed(overrides: Partial<NetworkFeed> = {}): NetworkFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Netzwerk Engagierte Stadt',
    home_page_url: 'https://www.engagiertestadt.de/',
    language: 'de',
    items: [
      {
        id: 'news-1',
        url: 'https://www.engagiertestadt.de/news/1',
        title: 'Sachsen-Anhalt wird Länderpartner',
        summary: 'Seit Mai 2025 ist Sachsen-Anhalt Partner des Programms.',
        date_published: '2025-05-16T10:00:00+02:00',
        tags: ['Länderpartner'],
        _engaged_city: { regions: ['DE-ST'] },
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
          id: 'lutherstadt-wittenberg',
          kind: 'city',
          name: 'Lutherstadt Wittenberg',
          roles: ['engaged-city'],
          region: 'DE-ST',
          since: 2015,
          population: 45000,
          location: { lat: 51.866, lon: 12.646 },
          url: 'https://www.wittenberg.de/',
          profile_url: 'https://www.engagiertestadt.de/staedte/wittenberg',
          domains: ['wittenberg.de'],
          summary: 'Eine Stadt an der Elbe.',
          topics: ['Ehrenamt'],
        },
        {
          id: 'marburg',
          kind: 'city',
          name: 'Marburg',
          roles: ['engaged-city'],
          region: 'DE-HE',
          since: 2021,
        },
      ],
    },
    ...overrides,
  };
}

/** Replaces globalThis.fetch for one test: returns `respond(url)` and counts calls. */
export function stubFetch(respond: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const original = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    return respond(url, init);
  };
  return {
    calls,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

/** A JSON response. */
export const jsonResponse = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/**
 * For a `describe` block whose tests stub `fetch`: `feeds.respond(fn)` installs a stub (replacing one installed before
 * in the same test), `feeds.calls` lists the URLs asked for; after each test the stub is removed and the page's shared
 * feed cache forgotten, before each test too.
 */
export function useFetchStub() {
  let current: ReturnType<typeof stubFetch> | undefined;
  const remove = () => {
    current?.restore();
    current = undefined;
  };
  beforeEach(() => forgetFeeds());
  afterEach(() => {
    remove();
    forgetFeeds();
  });
  return {
    respond(respond: Parameters<typeof stubFetch>[0]) {
      remove();
      current = stubFetch(respond);
      return current;
    },
    get calls(): string[] {
      return current?.calls ?? [];
    },
    restore: remove,
  };
}
