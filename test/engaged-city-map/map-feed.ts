import type { Member, NetworkFeed } from '../../src/feed/types.js';
import { sampleFeed } from '../support/feeds.js';

const city = (id: string, name: string, region: Member['region'], lat: number, lon: number, population?: number): Member => ({
  id, kind: 'city', name, roles: ['engaged-city'], region, since: 2019, location: { lat, lon }, ...(population ? { population } : {}),
});

/**
 * The shared sample feed (Lutherstadt Wittenberg with a location, Marburg without) plus towns far apart from each
 * other (never clustered at the whole-map view) and, with `withGroup`, three towns a few kilometres apart near Mainz
 * that cluster until the map is zoomed in far.
 */
export function mapFeed({ withGroup = false } = {}): NetworkFeed {
  const feed = sampleFeed();
  feed._engaged_city!.members.push(
    city('kiel', 'Kiel', 'DE-SH', 54.32, 10.13, 246000),
    city('freiburg', 'Freiburg im Breisgau', 'DE-BW', 47.99, 7.84, 231000),
    city('goerlitz', 'Görlitz', 'DE-SN', 51.15, 14.98),
    city('aachen', 'Aachen', 'DE-NW', 50.77, 6.08, 249000),
    city('passau', 'Passau', 'DE-BY', 48.57, 13.43, 52000),
  );
  if (withGroup) {
    feed._engaged_city!.members.push(
      city('ort-eins', 'Ort Eins', 'DE-RP', 49.9, 8.2),
      city('ort-zwei', 'Ort Zwei', 'DE-RP', 49.93, 8.25),
      city('ort-drei', 'Ort Drei', 'DE-RP', 49.87, 8.27),
    );
  }
  return feed;
}
