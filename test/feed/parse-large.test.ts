import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';

/** A directory feed of `count` members with the usual fields, as JSON text under the 5,000,000-character limit. */
function largeFeedText(count: number): string {
  const members = Array.from({ length: count }, (_, index) => ({
    id: `stadt-${index}`, kind: 'city', name: `Stadt ${index}`, roles: ['engaged-city'], region: 'DE-ST', since: 2019,
    population: 10_000 + index, location: { lat: 51 + (index % 400) / 100, lon: 11 + (index % 300) / 100 },
    url: `https://stadt-${index}.example/`, domains: [`stadt-${index}.example`],
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Netzwerk', items: [], _engaged_city: { schema: 1, members } });
}

// Speed is measured by `npm run bench` (ratios within one run), never by timed assertions here.
describe('parseFeed: a feed at the size limit', () => {
  it('reads all 20,000 members of a feed just under 5,000,000 characters, without warnings', () => {
    const text = largeFeedText(20_000);
    expect(text.length).to.be.below(5_000_000);
    const { feed, warnings } = parseFeed(text);
    expect(feed._engaged_city!.members).to.have.length(20_000);
    expect(warnings).to.deep.equal([]);
  });
});
