import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { EngagedElement } from '../../src/base/base-element.js';
import type { ElementStatus } from '../../src/base/feed-controller.js';
import type { NetworkFeed } from '../../src/feed/types.js';
import { jsonResponse, sampleFeed, useFetchStub } from '../support/feeds.js';

/** The smallest element built on the shared base: it lists member names. */
class TestFeedElement extends EngagedElement {
  protected renderFeed(feed: NetworkFeed) {
    return litHtml`<ul>${feed._engaged_city?.members.map((member) => litHtml`<li>${member.name}</li>`)}</ul>`;
  }
  override statusForFeed(feed: NetworkFeed): ElementStatus {
    return feed._engaged_city?.members.length ? 'ready' : 'empty';
  }
}
customElements.define('test-feed-element', TestFeedElement);

const settled = (el: TestFeedElement) => waitUntil(() => el.status !== 'loading', 'element stays loading', { timeout: 3000 });
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('An element built on the shared base', () => {
  const feeds = useFetchStub();

  describe('with `.data`', () => {
    it('shows a raw feed object without any request, and fires feed-load', async () => {
      feeds.respond(() => jsonResponse({}));
      const el = document.createElement('test-feed-element') as TestFeedElement;
      el.data = sampleFeed();
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail.feed.title).to.equal('Netzwerk Engagierte Stadt');
      expect(event.bubbles && event.composed).to.equal(true);
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(el.getAttribute('status')).to.equal('ready');
      expect(shadowText(el)).to.contain('Lutherstadt Wittenberg');
      expect(feeds.calls).to.deep.equal([]);
      el.remove();
    });

    it('accepts a parseFeed result as well', async () => {
      const el = await fixture<TestFeedElement>(
        html`<test-feed-element .data=${{ feed: sampleFeed(), warnings: [] }}></test-feed-element>`,
      );
      await settled(el);
      expect(shadowText(el)).to.contain('Marburg');
    });

    it('wins over `src`', async () => {
      feeds.respond(() => jsonResponse(sampleFeed({ title: 'from src' })));
      const el = await fixture<TestFeedElement>(
        html`<test-feed-element src="/feed.json" .data=${sampleFeed()}></test-feed-element>`,
      );
      await settled(el);
      expect(feeds.calls).to.deep.equal([]);
    });

    it('fires feed-load once for one `.data`, also when it comes into view or gets a `src` later', async () => {
      class LazyElement extends TestFeedElement {
        constructor() {
          super({ lazy: () => true });
        }
      }
      customElements.define('test-lazy-data', LazyElement);
      const el = document.createElement('test-lazy-data') as LazyElement;
      let loads = 0;
      el.addEventListener('feed-load', () => loads++);
      el.data = sampleFeed();
      document.body.append(el);
      await settled(el);
      await aTimeout(50);
      el.src = '/not-used-while-data-is-set.json';
      el.timeout = 5000;
      await el.updateComplete;
      await aTimeout(50);
      expect(loads).to.equal(1);
      expect(feeds.calls).to.deep.equal([]);
      el.remove();
    });

    it('stays busy and holds back feed-load while the element itself still reports loading', async () => {
      class StillLoading extends TestFeedElement {
        ready = false;
        override statusForFeed(feed: NetworkFeed): ElementStatus {
          return this.ready ? super.statusForFeed(feed) : 'loading';
        }
      }
      customElements.define('test-still-loading', StillLoading);
      const el = document.createElement('test-still-loading') as StillLoading;
      let loads = 0;
      el.addEventListener('feed-load', () => loads++);
      el.data = sampleFeed();
      document.body.append(el);
      await aTimeout(20);
      expect([el.status, el.getAttribute('aria-busy'), loads]).to.deep.equal(['loading', 'true', 0]);
      el.ready = true;
      el.requestUpdate();
      await waitUntil(() => loads === 1, 'feed-load did not fire');
      expect([el.status, el.hasAttribute('aria-busy')]).to.deep.equal(['ready', false]);
      el.remove();
    });

    it('says `empty` when the element has nothing to show', async () => {
      const feed = sampleFeed();
      feed._engaged_city!.members = [];
      const el = await fixture<TestFeedElement>(html`<test-feed-element .data=${feed}></test-feed-element>`);
      await settled(el);
      expect(el.getAttribute('status')).to.equal('empty');
    });
  });

  describe('with `src`', () => {
    it('is busy while loading, then ready', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      feeds.respond(async () => {
        await gate;
        return jsonResponse(sampleFeed());
      });
      const el = await fixture<TestFeedElement>(html`<test-feed-element src="/feeds/a.json"></test-feed-element>`);
      expect(el.getAttribute('status')).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(el.getAttribute('status')).to.equal('ready');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('makes one request for three elements with the same feed', async () => {
      feeds.respond(() => jsonResponse(sampleFeed()));
      const wrapper = await fixture(html`<div>
        <test-feed-element src="/feeds/shared.json"></test-feed-element>
        <test-feed-element src="/feeds/shared.json"></test-feed-element>
        <test-feed-element src="${new URL('/feeds/shared.json', location.href).href}"></test-feed-element>
      </div>`);
      const elements = [...wrapper.querySelectorAll<TestFeedElement>('test-feed-element')];
      await Promise.all(elements.map(settled));
      expect(elements.map((el) => el.status)).to.deep.equal(['ready', 'ready', 'ready']);
      expect(feeds.calls).to.have.length(1);
    });

    it('aborts its request when it leaves the page while loading, and asks again when it comes back', async () => {
      let signal: AbortSignal | undefined;
      feeds.respond((_url, init) => {
        signal = init?.signal ?? undefined;
        return new Promise<Response>(() => {});
      });
      const el = await fixture<TestFeedElement>(html`<test-feed-element src="/feeds/slow.json"></test-feed-element>`);
      await waitUntil(() => signal !== undefined);
      el.remove();
      await waitUntil(() => signal!.aborted, 'the request was not aborted');
      feeds.restore();
      feeds.respond(() => jsonResponse(sampleFeed()));
      document.body.append(el);
      await settled(el);
      expect(el.status).to.equal('ready');
      el.remove();
    });

    it('keeps its one request when it is moved to another place on the page while loading', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let signal: AbortSignal | undefined;
      feeds.respond(async (_url, init) => {
        signal = init?.signal ?? undefined;
        await gate;
        return jsonResponse(sampleFeed());
      });
      const wrapper = await fixture(html`<div><section></section><test-feed-element src="/feeds/moved.json"></test-feed-element></div>`);
      const el = wrapper.querySelector<TestFeedElement>('test-feed-element')!;
      await waitUntil(() => signal !== undefined);
      wrapper.querySelector('section')!.append(el); // removed and inserted again in one task
      await aTimeout(20);
      expect(signal!.aborted).to.equal(false);
      release();
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(feeds.calls).to.have.length(1);
    });
  });

  describe('what it needs besides the feed (`onNear`)', () => {
    /** Records, each time the host asks for its code, whether it had rendered anything yet. */
    function elementAskingForCode(name: string, lazy: boolean) {
      const asked: boolean[] = [];
      class CodeElement extends TestFeedElement {
        constructor() {
          super({ lazy: () => lazy, onNear: () => asked.push(Boolean(this.shadowRoot?.childNodes.length)) });
        }
      }
      customElements.define(name, CodeElement);
      return { el: document.createElement(name) as CodeElement, asked };
    }

    it('is asked for as the element is connected, before its first render, when it loads at once', async () => {
      // A site's bundler issues each import() a microtask late: asked for during the first update, the code went out
      // only after the first render had been drawn.
      feeds.respond(() => jsonResponse(sampleFeed()));
      const { el, asked } = elementAskingForCode('test-code-at-connect', false);
      el.src = '/feed.json';
      document.body.append(el);
      expect(asked).to.deep.equal([false]);
      await settled(el);
      el.remove();
      document.body.append(el);
      await el.updateComplete;
      expect(asked, 'once').to.deep.equal([false]);
      el.remove();
    });

    it('is not asked for by a lazy element until it comes near the viewport', async () => {
      feeds.respond(() => jsonResponse(sampleFeed()));
      const { el, asked } = elementAskingForCode('test-code-when-near', true);
      el.src = '/feed.json';
      el.style.cssText = 'display: block; margin-top: 300vh';
      document.body.append(el);
      await el.updateComplete;
      await aTimeout(50);
      expect(asked).to.deep.equal([]);
      expect(feeds.calls).to.deep.equal([]);
      el.scrollIntoView();
      await settled(el);
      expect(asked).to.have.length(1);
      el.remove();
    });
  });

  describe('when the feed fails', () => {
    it('shows a German message with a retry button, fires feed-error, and loads again on retry', async () => {
      let fail = true;
      feeds.respond(() => (fail ? new Response('gone', { status: 404 }) : jsonResponse(sampleFeed())));
      const el = document.createElement('test-feed-element') as TestFeedElement;
      el.src = '/feeds/missing.json';
      const failed = oneEvent(el, 'feed-error');
      document.body.append(el);
      const event = await failed;
      expect(event.detail.error.code).to.equal('http');
      await settled(el);
      expect((el as unknown as { feedController: { error: unknown } }).feedController.error, 'one error object').to.equal(event.detail.error);
      expect(el.getAttribute('status')).to.equal('error');
      expect(shadowText(el)).to.contain('Die Daten konnten nicht geladen werden.').and.contain('404');
      const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
      expect(retry.textContent).to.equal('Erneut versuchen');
      await expect(el).to.be.accessible();

      fail = false;
      retry.click();
      await waitUntil(() => el.status === 'ready', 'retry did not load', { timeout: 3000 });
      expect(feeds.calls).to.have.length(2);
      expect(el.shadowRoot!.activeElement, 'focus stays inside the element').to.not.equal(null);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.settled-status')!.textContent, 'and hears that it worked').to.equal('Die Daten wurden geladen.');
      el.src = '/feeds/another.json';
      await waitUntil(() => el.status === 'ready' && feeds.calls.length === 3, 'the other feed did not load', { timeout: 3000 });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.settled-status')!.textContent, 'another feed is no retry').to.equal('');
      el.remove();
    });

    it('speaks English when the page says so', async () => {
      feeds.respond(() => new Response('{', { status: 200 }));
      const el = await fixture<TestFeedElement>(
        html`<div lang="en"><test-feed-element src="/feeds/broken.json"></test-feed-element></div>`,
      );
      const inner = el.querySelector<TestFeedElement>('test-feed-element')!;
      await settled(inner);
      expect(shadowText(inner)).to.contain('The data could not be loaded.').and.contain('Try again');
    });

    it('shows the page’s fallback content instead of its own message', async () => {
      feeds.respond(() => new Response('nope', { status: 500 }));
      const el = await fixture<TestFeedElement>(html`<test-feed-element src="/feeds/down.json" timeout="200">
        <a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a>
      </test-feed-element>`);
      await settled(el);
      expect(el.status).to.equal('error');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.tagName)).to.deep.equal(['A']);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps the rest of the page working: a second element with good data is unaffected', async () => {
      feeds.respond((url) => (url.endsWith('bad.json') ? new Response('x', { status: 404 }) : jsonResponse(sampleFeed())));
      const wrapper = await fixture(html`<div>
        <test-feed-element src="/feeds/bad.json"></test-feed-element>
        <test-feed-element src="/feeds/good.json"></test-feed-element>
      </div>`);
      const [bad, good] = [...wrapper.querySelectorAll<TestFeedElement>('test-feed-element')];
      await Promise.all([settled(bad!), settled(good!)]);
      expect([bad!.status, good!.status]).to.deep.equal(['error', 'ready']);
    });
  });

  describe('attributes', () => {
    it('falls back to the light theme for an unknown theme', async () => {
      const el = await fixture<TestFeedElement>(html`<test-feed-element theme="purple" .data=${sampleFeed()}></test-feed-element>`);
      await aTimeout(0);
      expect(el.theme).to.equal('light');
    });

    it('uses the bundled snapshot when there is no `src`', async () => {
      feeds.respond(() => jsonResponse({}));
      const el = await fixture<TestFeedElement>(html`<test-feed-element></test-feed-element>`);
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(50);
      expect(feeds.calls, 'the snapshot is a module chunk, not a feed request').to.deep.equal([]);
    });
  });
});
