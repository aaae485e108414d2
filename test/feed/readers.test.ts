import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { loadParser, reader } from '../../src/feed/readers.js';
import { parseFeed } from '../../src/feed/parse.js';

describe('The feed readers, loaded on demand', () => {
  it('loadParser gives the parser module, the same one every time', async () => {
    const first = loadParser();
    expect(loadParser()).to.equal(first);
    expect((await first).parseFeed).to.equal(parseFeed);
  });

  it('a reader that cannot be loaded is a network FeedError, and is forgotten so that a retry imports it again', async () => {
    let forgotten = 0;
    const cause = new TypeError('Failed to fetch dynamically imported module');
    const error = await reader(Promise.reject(cause), () => (forgotten += 1)).catch((reason: unknown) => reason);
    expect(FeedError.is(error)).to.equal(true);
    expect((error as FeedError).code).to.equal('network');
    expect((error as FeedError).cause).to.equal(cause);
    expect(forgotten).to.equal(1);
  });
});
