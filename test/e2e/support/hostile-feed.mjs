// A feed written by an attacker: script payloads in every string field, script and data URLs in every URL field,
// huge strings. Everything here must end up as inert text, or not at all.

/** Markup that runs `window.__pwned = 1` if it is ever parsed as HTML. */
export const SCRIPT_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  "'><iframe src=\"javascript:window.__pwned=1\"></iframe>",
  '<a href="javascript:window.__pwned=1">x</a><style>*{display:none}</style>',
];

/** URLs that run script, or carry a document, when bound to href or src. */
export const UNSAFE_URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>',
  'vbscript:window.__pwned=1',
];

const payload = (i) => SCRIPT_PAYLOADS[i % SCRIPT_PAYLOADS.length];
const unsafeUrl = (i) => UNSAFE_URLS[i % UNSAFE_URLS.length];

/** The ids of the feed's members that the tests select or verify. */
export const HOSTILE_MEMBER = 'payload-stadt';

/** The hostile feed, as an object. `huge` is the length of the longest strings. */
export function hostileFeed({ huge = 200_000 } = {}) {
  const members = Array.from({ length: UNSAFE_URLS.length }, (_, i) => ({
    id: i === 0 ? HOSTILE_MEMBER : `payload-${i}`,
    kind: i % 3 === 2 ? 'organization' : 'city',
    name: `${payload(i)} Stadt ${i}`,
    roles: ['engaged-city', payload(i + 1)],
    region: 'DE-ST',
    since: 2015 + i,
    population: 10_000 * (i + 1),
    location: { lat: 51 + i * 0.3, lon: 11 + i * 0.3 },
    url: unsafeUrl(i),
    profile_url: unsafeUrl(i + 1),
    image: unsafeUrl(i + 2),
    domains: i === 0 ? ['127.0.0.1', payload(i)] : [payload(i)],
    summary: i === 1 ? `${payload(i)} ${'<b>groß</b> '.repeat(huge / 12)}` : `${payload(i)} Zusammenfassung`,
    topics: [payload(i), payload(i + 2)],
    location_note: payload(i + 3),
  }));
  const items = Array.from({ length: UNSAFE_URLS.length }, (_, i) => ({
    id: `payload-item-${i}`,
    url: unsafeUrl(i),
    external_url: unsafeUrl(i + 1),
    title: i === 1 ? `${payload(i)}${'W'.repeat(huge)}` : `${payload(i)} Meldung ${i}`,
    ...(i % 2 === 0 ? { summary: `${payload(i + 1)} Zusammenfassung` } : {}),
    content_text: payload(i + 2),
    content_html: `<p>${payload(i + 3)}</p><script>window.__pwned=1</script>`,
    image: unsafeUrl(i + 2),
    banner_image: unsafeUrl(i + 3),
    date_published: i === 3 ? payload(i) : `2025-05-${String(10 + i).padStart(2, '0')}T10:00:00+02:00`,
    authors: [{ name: payload(i), url: unsafeUrl(i + 4), avatar: unsafeUrl(i + 5) }],
    tags: [payload(i), payload(i + 1), 'Sicherheit'],
    language: payload(i),
    _engaged_city: { regions: ['DE-ST', payload(i)], members: [HOSTILE_MEMBER, payload(i)] },
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `${payload(0)} Netzwerk`,
    home_page_url: unsafeUrl(0),
    feed_url: unsafeUrl(5),
    next_url: unsafeUrl(1),
    icon: unsafeUrl(6),
    language: 'de',
    items,
    _engaged_city: {
      schema: 1,
      updated: '2025-06-01T00:00:00Z',
      regions: [
        { code: 'DE-ST', name: payload(2), partner_since: '2025-05-16', network_url: unsafeUrl(0) },
        { code: 'DE-TH', name: payload(3), network_url: unsafeUrl(1) },
      ],
      members,
    },
  };
}
