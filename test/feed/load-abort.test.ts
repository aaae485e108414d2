import { expect } from '@open-wc/testing';
import { forgetFeeds, loadFeed } from '../../src/feed/load.js';
import { installFakeFetch, json, never, rejectionOf, settle, type FakeFetch, type Responder } from './load-fake-fetch.js';

const FEED_URL = 'https://netzwerk.example/feed.json';

function expectAbortError(error: unknown): void {
  expect(error).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

/** A responder that answers only when the test calls `release()`. */
function heldBack(): { responder: Responder; release(): void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { responder: (call) => released.then(() => json()(call)), release };
}

describe('loadFeed: consumers that give up', () => {
  let fake: FakeFetch | undefined;

  afterEach(() => {
    fake?.restore();
    fake = undefined;
    forgetFeeds();
  });

  it('rejects at once, without a request, when the signal has already aborted', async () => {
    fake = installFakeFetch(json());
    const error = await rejectionOf(loadFeed(FEED_URL, { signal: AbortSignal.abort() }));
    expectAbortError(error);
    expect(fake.calls).to.have.length(0);
  });

  it('rejects the call whose signal aborts, while another consumer still gets the feed from the same request', async () => {
    const answer = heldBack();
    fake = installFakeFetch(answer.responder);
    const leaving = new AbortController();
    const leavingCall = loadFeed(FEED_URL, { signal: leaving.signal });
    const stayingCall = loadFeed(FEED_URL, { signal: new AbortController().signal });
    await settle();
    leaving.abort();
    expectAbortError(await rejectionOf(leavingCall));
    expect(fake.calls[0]!.signal.aborted, 'the request goes on').to.equal(false);
    answer.release();
    expect((await stayingCall).feed.title).to.equal('Netzwerk Engagierte Stadt');
    expect(fake.calls).to.have.length(1);
  });

  it('cancels the request when the last waiting consumer gives up, and forgets it', async () => {
    fake = installFakeFetch(never, json());
    const first = new AbortController();
    const second = new AbortController();
    const calls = [loadFeed(FEED_URL, { signal: first.signal }), loadFeed(FEED_URL, { signal: second.signal })];
    await settle();
    first.abort();
    await settle();
    expect(fake.calls[0]!.signal.aborted).to.equal(false);
    second.abort();
    for (const call of calls) expectAbortError(await rejectionOf(call));
    expect(fake.calls[0]!.signal.aborted).to.equal(true);
    await loadFeed(FEED_URL);
    expect(fake.calls, 'the next call fetches again').to.have.length(2);
  });

  it('keeps the request for a consumer without a signal, which never leaves', async () => {
    const answer = heldBack();
    fake = installFakeFetch(answer.responder);
    const leaving = new AbortController();
    const leavingCall = loadFeed(FEED_URL, { signal: leaving.signal });
    const stayingCall = loadFeed(FEED_URL);
    await settle();
    leaving.abort();
    expectAbortError(await rejectionOf(leavingCall));
    expect(fake.calls[0]!.signal.aborted).to.equal(false);
    answer.release();
    await stayingCall;
    expect(fake.calls).to.have.length(1);
  });

  it('keeps a settled feed when a consumer aborts afterwards', async () => {
    fake = installFakeFetch(json());
    const controller = new AbortController();
    const loaded = await loadFeed(FEED_URL, { signal: controller.signal });
    controller.abort();
    expect(await loadFeed(FEED_URL)).to.equal(loaded);
    expect(fake.calls).to.have.length(1);
  });
});
