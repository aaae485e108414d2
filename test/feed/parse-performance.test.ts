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

describe('parseFeed: performance', () => {
  it('reads a feed of 20,000 members quickly', () => {
    const text = largeFeedText(20_000);
    expect(text.length).to.be.below(5_000_000);
    parseFeed(text); // warm up
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const { feed, warnings } = parseFeed(text);
      times.push(performance.now() - start);
      expect(feed._engaged_city!.members).to.have.length(20_000);
      expect(warnings).to.deep.equal([]);
    }
    const best = Math.min(...times);
    const parseStart = performance.now();
    JSON.parse(text);
    const jsonParse = performance.now() - parseStart;
    console.log(`parseFeed, 20,000 members (${(text.length / 1e6).toFixed(1)} M characters): ${best.toFixed(0)} ms (best of 3), of which JSON.parse ${jsonParse.toFixed(0)} ms`);
    // The target is well under 200 ms; the bound leaves room for a busy CI machine.
    expect(best).to.be.below(600);
  });
});
