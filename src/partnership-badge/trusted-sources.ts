/**
 * Which data may back a badge. The badge is a claim made by the network ("this website belongs to a member"), so
 * only the network's own data can confirm it: the snapshot bundled with the package, or the feed the network
 * publishes on its own origin. A feed the page passes in (`.data`) or loads from anywhere else, including the page's
 * own server, may still drive the map and the news, but a badge on it stays `unverified`: otherwise any page could
 * list itself as a member and show the mark.
 */

/**
 * The origins the network publishes its feed from. A badge with a `src` is confirmed only when the feed's final URL
 * (after redirects) has one of these origins. Frozen: a page cannot add its own.
 */
export const NETWORK_FEED_ORIGINS: readonly string[] = Object.freeze([
  'https://www.engagiertestadt.de',
  'https://engagiertestadt.de',
]);

/** Host names of the developer's own machine, as `location.hostname` gives them. */
const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const parse = (value: string | undefined): URL | undefined => {
  try {
    return value ? new URL(value) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * True when a feed that finally came from `feedUrl` is the network's own: its origin is one of
 * `NETWORK_FEED_ORIGINS`. One exception, for development only: on a page served from the developer's own machine
 * (`localhost`, `127.0.0.1`, `[::1]`), a feed from that page's very origin counts too, so a local copy of the network
 * feed can be tried out. No visitor ever sees a page on their own loopback address that someone else controls, so
 * this does not let a public website vouch for itself.
 *
 * @example isNetworkFeedUrl('https://www.engagiertestadt.de/feed.json', 'https://www.wittenberg.de/') // true
 * @example isNetworkFeedUrl('https://www.wittenberg.de/feed.json', 'https://www.wittenberg.de/') // false
 * @example isNetworkFeedUrl('http://localhost:8000/feed.json', 'http://localhost:8000/') // true (development)
 */
export function isNetworkFeedUrl(feedUrl: string | undefined, pageUrl: string | undefined): boolean {
  const feed = parse(feedUrl);
  if (!feed) return false;
  if (NETWORK_FEED_ORIGINS.includes(feed.origin)) return true;
  const page = parse(pageUrl);
  return page !== undefined && LOOPBACK_HOSTS.includes(page.hostname) && page.origin === feed.origin;
}
