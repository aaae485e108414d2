import { expect, fixture, html } from '@open-wc/testing';
import { NETWORK_FEED_ORIGINS, type PartnershipBadge } from '../../src/partnership-badge/partnership-badge.js';
import { isNetworkFeedUrl } from '../../src/partnership-badge/trusted-sources.js';
import { jsonResponse, useFetchStub } from '../support/feeds.js';
import { type BadgeOnHost, badgeFeed, settled, shownText, toggleOf } from './badge-fixtures.js';

const NOTE_DE = 'Diese Mitgliedschaft kann hier nicht bestätigt werden.';
const markOf = (el: Element) => el.shadowRoot!.querySelector('svg, [part~="mark"], slot[name="mark"]');

/** A feed listing a forged member for this very page (`localhost`), as a casual faker would write it. */
const forgedFeed = () =>
  badgeFeed({ id: 'fake', name: 'Fake e. V.', domains: ['localhost'], profile_url: 'http://localhost/fake' });

/** A feed response that, like `fetch` after redirects, reports `finalUrl` as its `Response.url`. */
function answeredFrom(finalUrl: string | undefined, body: unknown) {
  const response = jsonResponse(body);
  if (finalUrl) Object.defineProperty(response, 'url', { value: finalUrl });
  return response;
}

describe('isNetworkFeedUrl: which feeds are the network’s own', () => {
  it('accepts the network’s origins, whatever the path, and in any spelling of the host', () => {
    expect(isNetworkFeedUrl('https://www.engagiertestadt.de/feed.json', 'https://www.wittenberg.de/')).to.equal(true);
    expect(isNetworkFeedUrl('https://engagiertestadt.de/widgets/feed.json?v=2', 'https://www.wittenberg.de/')).to.equal(true);
    expect(isNetworkFeedUrl('https://WWW.EngagierteStadt.de:443/feed.json', 'https://www.wittenberg.de/')).to.equal(true);
  });

  it('refuses any other origin: the page’s own, look-alikes, plain http, another port, no URL', () => {
    const page = 'https://www.wittenberg.de/';
    for (const url of [
      'https://www.wittenberg.de/feed.json',
      'https://evil.example/feed.json',
      'https://engagiertestadt.de.evil.example/feed.json',
      'https://evil-engagiertestadt.de/feed.json',
      'http://www.engagiertestadt.de/feed.json',
      'https://www.engagiertestadt.de:8443/feed.json',
      'data:application/json,{}',
      'not a url',
      '',
      undefined,
    ]) {
      expect(isNetworkFeedUrl(url, page), String(url)).to.equal(false);
    }
  });

  it('for development only, accepts the page’s own origin on a loopback host, and nothing else there', () => {
    expect(isNetworkFeedUrl('http://localhost:8000/feed.json', 'http://localhost:8000/page.html')).to.equal(true);
    expect(isNetworkFeedUrl('http://127.0.0.1:5173/feed.json', 'http://127.0.0.1:5173/')).to.equal(true);
    expect(isNetworkFeedUrl('http://[::1]:5173/feed.json', 'http://[::1]:5173/')).to.equal(true);
    expect(isNetworkFeedUrl('http://localhost:9999/feed.json', 'http://localhost:8000/'), 'another port').to.equal(false);
    expect(isNetworkFeedUrl('https://evil.example/feed.json', 'http://localhost:8000/'), 'another host').to.equal(false);
    expect(isNetworkFeedUrl('http://localhost.evil.example/feed.json', 'http://localhost.evil.example/')).to.equal(false);
  });

  it('is exported from the element’s module and cannot be extended by a page', () => {
    expect([...NETWORK_FEED_ORIGINS]).to.deep.equal(['https://www.engagiertestadt.de', 'https://engagiertestadt.de']);
    expect(() => (NETWORK_FEED_ORIGINS as string[]).push('https://evil.example')).to.throw(TypeError);
  });
});

describe('<partnership-badge>: only the network’s own data confirms a membership', () => {
  const feeds = useFetchStub();

  it('a feed the page passes as `.data` confirms nothing: "unverified", the neutral note, never the mark', async () => {
    for (const verify of ['domain', 'none']) {
      const el = await fixture<PartnershipBadge>(
        html`<partnership-badge member="fake" verify=${verify} .data=${forgedFeed()}></partnership-badge>`,
      );
      await settled(el);
      expect(el.status, verify).to.equal('unverified');
      expect(shownText(el)).to.equal(NOTE_DE);
      expect(markOf(el)).to.equal(null);
      expect(toggleOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('a feed from another origin confirms nothing', async () => {
    feeds.respond((url) => answeredFrom(url, forgedFeed()));
    const el = await fixture<PartnershipBadge>(
      html`<partnership-badge member="fake" src="https://evil.example/feed.json"></partnership-badge>`,
    );
    await settled(el);
    expect(feeds.calls).to.deep.equal(['https://evil.example/feed.json']);
    expect(el.status).to.equal('unverified');
    expect(shownText(el)).to.equal(NOTE_DE);
    expect(markOf(el)).to.equal(null);
  });

  it('a feed asked for at the network but finally served from elsewhere (a redirect) confirms nothing', async () => {
    feeds.respond(() => answeredFrom('https://evil.example/feed.json', forgedFeed()));
    const el = await fixture<PartnershipBadge>(
      html`<partnership-badge member="fake" src="https://www.engagiertestadt.de/feed.json"></partnership-badge>`,
    );
    await settled(el);
    expect(el.status).to.equal('unverified');
    expect(markOf(el)).to.equal(null);
  });

  it('a feed from the network’s origin confirms a listed member on one of its domains', async () => {
    feeds.respond((url) => answeredFrom(url, badgeFeed()));
    const el = await fixture<PartnershipBadge>(
      html`<partnership-badge member="lutherstadt-wittenberg" src="https://engagiertestadt.de/feed.json"></partnership-badge>`,
    );
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(markOf(el)).to.not.equal(null);
  });

  it('the bundled snapshot (no `src`, no `.data`) is the network’s own', async () => {
    const fromSnapshot = await fixture<BadgeOnHost>(html`<badge-on-host
      member="trier" verify="none" .trustAnyFeedForTest=${false} .pageHostForTest=${'test.example.com'}
    ></badge-on-host>`);
    await settled(fromSnapshot);
    expect(fromSnapshot.status).to.equal('ready');
    expect(shownText(fromSnapshot)).to.contain('Trier');
  });

  it('still lets `.data` and other feeds drive the element: the feed loads and `feed-load` fires', async () => {
    const el = document.createElement('partnership-badge');
    el.member = 'fake';
    el.data = forgedFeed();
    const loaded = new Promise<Event>((resolve) => el.addEventListener('feed-load', resolve, { once: true }));
    document.body.append(el);
    await loaded;
    await settled(el);
    expect(el.status).to.equal('unverified');
    el.remove();
  });
});
