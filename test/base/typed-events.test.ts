import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/engaged-city-map/engaged-city-map.js';
import '../../src/network-news/network-news.js';
import { jsonResponse, sampleFeed, useFetchStub } from '../support/feeds.js';

/**
 * The elements' events are typed for `addEventListener` (on the element and on any ancestor, as they bubble): the
 * listeners below read `event.detail` without a cast, which `npm run typecheck` (part of `npm test`) checks.
 */
describe('typed events', () => {
  const feeds = useFetchStub();

  it('feed-load and feed-error carry their detail, typed, to a listener on the page', async () => {
    feeds.respond((url) => (url.endsWith('/missing.json') ? new Response('', { status: 404 }) : jsonResponse(sampleFeed())));
    const loaded: string[] = [];
    const failed: string[] = [];
    const onLoad = (event: GlobalEventHandlersEventMap['feed-load']) => loaded.push(event.detail.feed.title);
    const onError = (event: GlobalEventHandlersEventMap['feed-error']) => failed.push(event.detail.error.code);
    document.addEventListener('feed-load', onLoad);
    document.addEventListener('feed-error', onError);
    try {
      await fixture(html`<div>
        <network-news src="/feeds/typed.json"></network-news>
        <network-news src="/feeds/missing.json"></network-news>
      </div>`);
      await waitUntil(() => loaded.length === 1 && failed.length === 1, 'no feed-load and feed-error', { timeout: 5000 });
    } finally {
      document.removeEventListener('feed-load', onLoad);
      document.removeEventListener('feed-error', onError);
    }
    expect(loaded).to.deep.equal([sampleFeed().title]);
    expect(failed).to.deep.equal(['http']);
  });

  it('member-select carries the member, typed', async () => {
    // As `document.querySelector('engaged-city-map')` types it.
    const el = await fixture<HTMLElementTagNameMap['engaged-city-map']>(html`<engaged-city-map loading="eager" view="list" .data=${sampleFeed()}></engaged-city-map>`);
    const picked: string[] = [];
    el.addEventListener('member-select', (event) => picked.push(`${event.detail.id}: ${event.detail.member.name}`));
    await waitUntil(() => el.shadowRoot!.querySelector('button.disclosure'), 'no list', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!.click();
    expect(picked).to.have.length(1);
    expect(picked[0]).to.match(/^[\w-]+: \S/);
  });
});
