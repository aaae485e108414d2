import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';

describe('FeedError', () => {
  it('carries a code, and an HTTP status and URL when loading failed', () => {
    const error = new FeedError('http', 'Not found', { status: 404, url: 'https://example.org/feed.json' });
    expect(error).to.be.instanceOf(Error);
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.equal('https://example.org/feed.json');
    expect(error.name).to.equal('FeedError');
  });

  it('recognises a FeedError made by another copy of the package', () => {
    const foreign = Object.assign(new Error('x'), { name: 'FeedError', code: 'timeout' });
    expect(FeedError.is(foreign)).to.equal(true);
    expect(FeedError.is(new Error('x'))).to.equal(false);
    expect(FeedError.is(null)).to.equal(false);
  });
});
