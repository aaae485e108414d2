import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { RETRY_PAUSE } from '../../src/feed/fetch-document.js';
import { MAX_FEED_BYTES, forgetFeeds, loadDocument, loadFeed } from '../../src/feed/load.js';
import {
  ControlledBody, installFakeFetch, json, networkFailure, never, rejectionOf, settle, status, type FakeFetch,
} from './load-fake-fetch.js';

const FEED_URL = 'https://netzwerk.example/feed.json';

async function feedErrorOf(promise: Promise<unknown>): Promise<FeedError> {
  const error = await rejectionOf(promise);
  expect(FeedError.is(error), String(error)).to.equal(true);
  return error as FeedError;
}

describe('loadFeed: failures', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
  });

  describe('HTTP status', () => {
    it('rejects a 404 with an http error that carries the status and the URL, without a retry', async () => {
      fake = installFakeFetch(status(404), json());
      const error = await feedErrorOf(loadFeed(FEED_URL));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.url).to.equal(FEED_URL);
      expect(fake.calls).to.have.length(1);
    });

    it('retries a 5xx once, and rejects with http/500 after exactly two requests', async () => {
      fake = installFakeFetch(status(500));
      const error = await feedErrorOf(loadFeed(FEED_URL));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(500);
      expect(fake.calls).to.have.length(2);
    });

    it('gives the feed when the retry after a 503 succeeds', async () => {
      fake = installFakeFetch(status(503), json());
      expect((await loadFeed(FEED_URL)).feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(fake.calls).to.have.length(2);
    });
  });

  describe('network', () => {
    it('retries once after a network failure, and gives the feed when the retry succeeds', async () => {
      fake = installFakeFetch(networkFailure, json());
      expect((await loadFeed(FEED_URL)).feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(fake.calls).to.have.length(2);
    });

    it('waits a moment before the retry (a dropped connection seldom returns at once)', async () => {
      fake = installFakeFetch(networkFailure, json());
      await loadFeed(FEED_URL);
      const [first, second] = fake.calls;
      // A lower bound only: a busy machine can make the pause longer, never shorter.
      expect(second!.at - first!.at).to.be.at.least(RETRY_PAUSE - 20);
    });

    it('gives up the pause at once when the last consumer leaves, without a second request', async () => {
      fake = installFakeFetch(networkFailure, json());
      const controller = new AbortController();
      const pending = loadDocument(FEED_URL, { signal: controller.signal });
      await settle();
      await settle();
      controller.abort();
      expect((await rejectionOf(pending) as DOMException).name).to.equal('AbortError');
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE + 100));
      expect(fake.calls).to.have.length(1);
    });

    it('rejects with a network error when the retry fails too', async () => {
      fake = installFakeFetch(networkFailure);
      const error = await feedErrorOf(loadFeed(FEED_URL));
      expect(error.code).to.equal('network');
      expect(error.url).to.equal(FEED_URL);
      expect(error.cause).to.be.instanceOf(TypeError);
      expect(fake.calls).to.have.length(2);
    });

    it('rejects with a network error when the connection drops in the middle of the body', async () => {
      const bodies = [new ControlledBody(), new ControlledBody()];
      fake = installFakeFetch(bodies[0]!.respond(), bodies[1]!.respond());
      const pending = loadFeed(FEED_URL);
      for (const body of bodies) {
        await settle();
        body.send('{"version":"https://jsonfeed.org/version/1.1","ti');
        body.drop();
      }
      const error = await feedErrorOf(pending);
      expect(error.code).to.equal('network');
      expect(fake.calls).to.have.length(2);
    });

    it('rejects an invalid URL with a network error, without a request', async () => {
      fake = installFakeFetch(json());
      const error = await feedErrorOf(loadFeed('https://[invalid/feed.json'));
      expect(error.code).to.equal('network');
      expect(fake.calls).to.have.length(0);
    });
  });

  describe('timeout', () => {
    it('abandons a request that does not answer within the timeout, retries once, then rejects with timeout', async () => {
      fake = installFakeFetch(never);
      const error = await feedErrorOf(loadFeed(FEED_URL, { timeout: 50 }));
      expect(error.code).to.equal('timeout');
      expect(error.url).to.equal(FEED_URL);
      // The message tells the developer that the page waited twice the timeout, not once.
      expect(error.message).to.equal(`No complete answer from ${FEED_URL} within 50 ms twice`);
      expect(fake.calls).to.have.length(2);
      expect(fake.calls.every((call) => call.signal.aborted), 'both requests were aborted').to.equal(true);
    });

    it('says "twice" only when both attempts timed out', async () => {
      fake = installFakeFetch(() => Promise.reject(new TypeError('Failed to fetch')), never);
      const error = await feedErrorOf(loadFeed(FEED_URL, { timeout: 50 }));
      expect(error.code).to.equal('timeout');
      expect(error.message).to.equal(`No complete answer from ${FEED_URL} within 50 ms`);
    });

    it('counts the time to read the body, and cancels a body that is too slow', async () => {
      const bodies = [new ControlledBody(), new ControlledBody()];
      fake = installFakeFetch(bodies[0]!.respond(), bodies[1]!.respond());
      const error = await feedErrorOf(loadFeed(FEED_URL, { timeout: 50 }));
      expect(error.code).to.equal('timeout');
      expect(bodies.every((body) => body.cancelled)).to.equal(true);
    });

    it('waits as long as the most patient consumer: a hasty first one gives up alone, a later one gets the feed', async () => {
      let answer!: (response: Response) => void;
      fake = installFakeFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
      const hasty = feedErrorOf(loadFeed(FEED_URL, { timeout: 50 }));
      const patient = loadFeed(FEED_URL, { timeout: 60_000 });
      expect((await hasty).code).to.equal('timeout');
      // Longer than the hasty consumer's attempts (2 × 50 ms) together: its timeout no longer cuts the request short.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fake.calls[0]!.signal.aborted, 'the shared request goes on').to.equal(false);
      answer(json()(fake.calls[0]!) as Response);
      expect((await patient).feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(fake.calls).to.have.length(1);
    });

    it('honours a shorter timeout of a later consumer without cancelling the request for the others', async () => {
      let answer!: (response: Response) => void;
      fake = installFakeFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
      const patient = loadFeed(FEED_URL, { timeout: 60_000 });
      const hasty = await feedErrorOf(loadFeed(FEED_URL, { timeout: 40 }));
      expect(hasty.code).to.equal('timeout');
      expect(fake.calls[0]!.signal.aborted, 'the shared request goes on').to.equal(false);
      answer(json()(fake.calls[0]!) as Response);
      expect((await patient).feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(fake.calls).to.have.length(1);
    });

    it('gives the feed when the retry after a timeout answers in time', async () => {
      fake = installFakeFetch(never, json());
      expect((await loadFeed(FEED_URL, { timeout: 50 })).feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(fake.calls).to.have.length(2);
    });
  });

  describe('size', () => {
    it('rejects a body whose Content-Length is over 5,000,000 bytes before reading it, and cancels the stream', async () => {
      const body = new ControlledBody();
      fake = installFakeFetch(body.respond({ 'Content-Length': String(MAX_FEED_BYTES + 1) }));
      const error = await feedErrorOf(loadFeed(FEED_URL));
      expect(error.code).to.equal('too-large');
      expect(error.url).to.equal(FEED_URL);
      expect(body.cancelled).to.equal(true);
      expect(fake.calls, 'no retry').to.have.length(1);
    });

    it('stops reading a body without Content-Length as soon as it passes 5,000,000 bytes, and cancels the stream', async () => {
      const body = new ControlledBody();
      fake = installFakeFetch(body.respond());
      const pending = loadDocument(FEED_URL);
      await settle();
      body.send(new Uint8Array(MAX_FEED_BYTES));
      body.send(new Uint8Array(1));
      const error = await feedErrorOf(pending);
      expect(error.code).to.equal('too-large');
      expect(body.cancelled).to.equal(true);
      expect(fake.calls).to.have.length(1);
    });

    it('accepts a body of exactly 5,000,000 bytes', async () => {
      fake = installFakeFetch(() => new Response(new Uint8Array(MAX_FEED_BYTES)));
      expect((await loadDocument(FEED_URL)).bytes.byteLength).to.equal(MAX_FEED_BYTES);
    });
  });

  describe('parsing', () => {
    it('rejects a body that is no JSON with not-json and the URL, without a retry', async () => {
      fake = installFakeFetch(json('{ "items": [ '));
      const error = await feedErrorOf(loadFeed(FEED_URL));
      expect(error.code).to.equal('not-json');
      expect(error.url).to.equal(FEED_URL);
      expect(fake.calls).to.have.length(1);
    });

    it('rejects JSON that is no feed with not-a-feed', async () => {
      fake = installFakeFetch(json([1, 2, 3]));
      expect((await feedErrorOf(loadFeed(FEED_URL))).code).to.equal('not-a-feed');
    });
  });

  describe('forgetting', () => {
    it('forgets a failed load, so the next call fetches again', async () => {
      fake = installFakeFetch(status(404), json());
      await feedErrorOf(loadFeed(FEED_URL));
      expect((await loadFeed(FEED_URL)).feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(fake.calls).to.have.length(2);
    });

    it('forgets a document that could not be parsed, so the next call fetches again', async () => {
      fake = installFakeFetch(json('not json'), json());
      await feedErrorOf(loadFeed(FEED_URL));
      await loadFeed(FEED_URL);
      expect(fake.calls).to.have.length(2);
    });

    it('gives every consumer of a failed load the same error', async () => {
      fake = installFakeFetch(status(404));
      const [first, second] = await Promise.all([feedErrorOf(loadFeed(FEED_URL)), feedErrorOf(loadFeed(FEED_URL))]);
      expect(second).to.equal(first);
      expect(fake.calls).to.have.length(1);
    });
  });
});
