import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PartnershipBadge } from '../../src/partnership-badge/partnership-badge.js';
import { captureWarnings } from '../support/console.js';
import { jsonResponse, useFetchStub } from '../support/feeds.js';
import { BadgeOnHost, SIZES, VARIANTS, badgeFeed, settled, shownText, toggleOf } from './badge-fixtures.js';

const NOTE_DE = 'Diese Mitgliedschaft kann hier nicht bestätigt werden.';

/** The network mark in any form: the drawn one, the part, or a slot for the official artwork. */
const markOf = (el: Element) => el.shadowRoot!.querySelector('svg, [part~="mark"], slot[name="mark"]');

describe('<partnership-badge>', () => {
  const feeds = useFetchStub();

  describe('for a member the feed lists, on one of its domains (status "ready")', () => {
    it('shows the mark, the network, the member’s name, its role and the year it joined', async () => {
      const el = await fixture<PartnershipBadge>(
        html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
      );
      await settled(el);
      expect(el.getAttribute('status')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="mark"] svg')).to.not.equal(null);
      const label = el.shadowRoot!.querySelector('[part~="label"]')!;
      expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Netzwerk Engagierte Stadt Lutherstadt Wittenberg Engagierte Stadt seit 2015',
      );
      // Screen readers hear the lines as a sentence, not run together.
      expect(toggleOf(el)!.getAttribute('aria-label')).to.equal('Netzwerk Engagierte Stadt: Lutherstadt Wittenberg, Engagierte Stadt seit 2015');
      await expect(el).to.be.accessible();
    });

    it('names every role in words, and takes the year from a date', async () => {
      const el = await fixture<BadgeOnHost>(
        html`<badge-on-host member="stiftung-beispiel" .pageHostForTest=${'stiftung-beispiel.de'} .data=${badgeFeed()}></badge-on-host>`,
      );
      await settled(el);
      expect(shownText(el)).to.contain('Netzwerkpartner, Förderer seit 2018');
    });

    it('leaves out the year when the feed does not say when the member joined', async () => {
      const el = await fixture<PartnershipBadge>(
        html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed({ since: undefined })}></badge-on-host>`,
      );
      await settled(el);
      expect(el.shadowRoot!.querySelector('.role')!.textContent).to.equal('Engagierte Stadt');
    });

    it('in the compact variant shows the mark and one line, and still names the network to screen readers', async () => {
      const el = await fixture<PartnershipBadge>(
        html`<badge-on-host variant="compact" member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
      );
      await settled(el);
      const visibleLines = [...el.shadowRoot!.querySelectorAll('[part~="label"] > span:not(.visually-hidden)')];
      expect(visibleLines.map((line) => line.textContent)).to.deep.equal(['Engagierte Stadt seit 2015']);
      // Its name says whose badge it is too, which the one line does not show.
      expect(toggleOf(el)!.getAttribute('aria-label')).to.equal('Netzwerk Engagierte Stadt: Lutherstadt Wittenberg, Engagierte Stadt seit 2015');
      await expect(el).to.be.accessible();
    });

    it('in the seal variant shows only the mark, with the claim as its accessible name', async () => {
      const el = await fixture<PartnershipBadge>(
        html`<badge-on-host variant="seal" member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`,
      );
      await settled(el);
      const label = el.shadowRoot!.querySelector('[part~="label"]')!;
      expect(label.classList.contains('visually-hidden')).to.equal(true);
      expect(toggleOf(el)!.getAttribute('aria-label')).to.equal('Netzwerk Engagierte Stadt: Lutherstadt Wittenberg, Engagierte Stadt seit 2015');
      const box = toggleOf(el)!.getBoundingClientRect();
      expect(Math.round(box.width)).to.equal(Math.round(box.height));
      await expect(el).to.be.accessible();
    });

    for (const variant of VARIANTS) {
      for (const size of SIZES) {
        it(`is accessible as variant "${variant}" in size "${size}", in the light and the dark theme`, async () => {
          for (const theme of ['light', 'dark']) {
            const el = await fixture<PartnershipBadge>(html`<badge-on-host
              variant=${variant} size=${size} theme=${theme} member="lutherstadt-wittenberg" .data=${badgeFeed()}
            ></badge-on-host>`);
            await settled(el);
            expect(el.status).to.equal('ready');
            await expect(el).to.be.accessible();
          }
        });
      }
    }

    it('shows the member’s official artwork from the `mark` slot, even when it was given `hidden`', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}>
        <svg slot="mark" hidden viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" /></svg>
      </badge-on-host>`);
      await settled(el);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="mark"]')!;
      const [artwork] = slot.assignedElements();
      expect(artwork!.tagName.toLowerCase()).to.equal('svg');
      expect(getComputedStyle(artwork!).display).to.equal('block');
      expect(artwork!.getBoundingClientRect().width).to.be.greaterThan(0);
    });

    it('speaks English when the page does', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <badge-on-host member="stiftung-beispiel" .pageHostForTest=${'stiftung-beispiel.de'} .data=${badgeFeed()}></badge-on-host>
      </div>`);
      const el = wrapper.querySelector<PartnershipBadge>('badge-on-host')!;
      await settled(el);
      expect(shownText(el)).to.contain('Engagierte Stadt network').and.contain('Network partner, Funder since 2018');
      await expect(el).to.be.accessible();
    });

    it('checks the host of the page it is on: the real element on this test page (localhost), on a feed from this origin', async () => {
      feeds.respond(() => jsonResponse(badgeFeed()));
      const el = await fixture<PartnershipBadge>(
        html`<partnership-badge member="lutherstadt-wittenberg" src="/badge/own-origin.json"></partnership-badge>`,
      );
      await settled(el);
      expect(location.hostname).to.equal('localhost');
      expect(el.status).to.equal('ready');
      feeds.restore();
      feeds.respond(() => jsonResponse(badgeFeed({ domains: ['wittenberg.de'] })));
      const elsewhere = await fixture<PartnershipBadge>(
        html`<partnership-badge member="lutherstadt-wittenberg" src="/badge/own-origin-elsewhere.json"></partnership-badge>`,
      );
      await settled(elsewhere);
      expect(elsewhere.status).to.equal('unverified');
    });

    it('with verify="none", shows a listed member’s badge on any host', async () => {
      const el = await fixture<BadgeOnHost>(html`<badge-on-host
        verify="none" member="marburg" .pageHostForTest=${'example.com'} .data=${badgeFeed()}
      ></badge-on-host>`);
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(shownText(el)).to.contain('Marburg');
    });

    it('falls back to the defaults for unknown attribute values, without throwing', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host
        variant="huge" size="xl" verify="never" member="lutherstadt-wittenberg" .data=${badgeFeed()}
      ></badge-on-host>`);
      await settled(el);
      expect([el.variant, el.size, el.verify]).to.deep.equal(['full', 'm', 'domain']);
      expect([el.getAttribute('variant'), el.getAttribute('size'), el.getAttribute('verify')]).to.deep.equal(['full', 'm', 'domain']);
      expect(el.status).to.equal('ready');
    });

    it('checks again when the page changes `member` or `verify`', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="lutherstadt-wittenberg" .data=${badgeFeed()}></badge-on-host>`);
      await settled(el);
      el.member = 'marburg';
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('unverified');
      el.verify = 'none';
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ready');
      expect(shownText(el)).to.contain('Marburg');
      el.member = 'unbekannt';
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('not-found');
    });

    it('fires feed-load once the feed is shown', async () => {
      const el = document.createElement('badge-on-host') as BadgeOnHost;
      el.member = 'lutherstadt-wittenberg';
      el.data = badgeFeed();
      const loaded = oneEvent(el, 'feed-load');
      document.body.append(el);
      expect((await loaded).detail.feed.title).to.equal('Netzwerk Engagierte Stadt');
      el.remove();
    });
  });

  describe('on a host the member does not list (status "unverified")', () => {
    it('shows a neutral note and never the mark', async () => {
      const el = await fixture<BadgeOnHost>(html`<badge-on-host
        member="lutherstadt-wittenberg" .pageHostForTest=${'evil-wittenberg.de'} .data=${badgeFeed()}
      ><svg slot="mark" hidden viewBox="0 0 10 10"><rect width="10" height="10" /></svg></badge-on-host>`);
      await settled(el);
      expect(el.getAttribute('status')).to.equal('unverified');
      expect(shownText(el)).to.equal(NOTE_DE);
      expect(markOf(el)).to.equal(null);
      expect(toggleOf(el)).to.equal(null);
      expect(el.querySelector('svg')!.getBoundingClientRect().width, 'the official artwork stays hidden').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('also for a member without `domains`: the network must list them', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="marburg" .data=${badgeFeed()}></badge-on-host>`);
      await settled(el);
      expect(el.status).to.equal('unverified');
      expect(markOf(el)).to.equal(null);
    });

    it('tells the page\'s author in the console why it shows the note: no domains, another host, unknown id, foreign data', async () => {
      const { messages, restore } = captureWarnings();
      try {
        const render = async (template: ReturnType<typeof html>) => settled(await fixture<PartnershipBadge>(template));
        await render(html`<badge-on-host member="marburg" .data=${badgeFeed()}></badge-on-host>`);
        await render(html`<badge-on-host member="lutherstadt-wittenberg" .pageHostForTest=${'evil-wittenberg.de'} .data=${badgeFeed()}></badge-on-host>`);
        await render(html`<badge-on-host member="unbekannt" .data=${badgeFeed()}></badge-on-host>`);
        await render(html`<partnership-badge member="lutherstadt-wittenberg" .data=${badgeFeed()}></partnership-badge>`);
        await render(html`<badge-on-host member=" " .data=${badgeFeed()}></badge-on-host>`);
      } finally {
        restore();
      }
      expect(messages).to.deep.equal([
        '<badge-on-host>: no badge: the network\'s data lists no website (domains) for "marburg": the network\'s office can add it.',
        '<badge-on-host>: no badge: "lutherstadt-wittenberg" is confirmed on wittenberg.de, localhost and their subdomains, not on evil-wittenberg.de.',
        '<badge-on-host>: no badge: the network\'s data lists no member "unbekannt".',
        '<partnership-badge>: no badge: the data is not the network\'s own (given as .data, or a src on another host than engagiertestadt.de): it confirms nothing.',
        '<badge-on-host>: no badge: the member attribute is missing or empty.',
      ]);
    });

    for (const variant of VARIANTS) {
      it(`shows the note in the "${variant}" variant too, accessibly`, async () => {
        const el = await fixture<PartnershipBadge>(html`<badge-on-host
          variant=${variant} member="marburg" .data=${badgeFeed()}
        ></badge-on-host>`);
        await settled(el);
        if (variant === 'seal') {
          // Two words fit the seal's square; screen readers get the whole sentence.
          const note = el.shadowRoot!.querySelector('.note')!;
          expect(note.querySelector('[aria-hidden="true"]')!.textContent).to.equal('Nicht bestätigt');
          expect(note.querySelector('.visually-hidden')!.textContent).to.equal(NOTE_DE);
        } else {
          expect(shownText(el)).to.equal(NOTE_DE);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('says so in English', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host lang="en" member="marburg" .data=${badgeFeed()}></badge-on-host>`);
      await settled(el);
      expect(shownText(el)).to.equal('This membership cannot be confirmed here.');
    });
  });

  describe('for a member the feed does not list (status "not-found")', () => {
    it('shows the same neutral note and never the mark', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="unbekannt" .data=${badgeFeed()}></badge-on-host>`);
      await settled(el);
      expect(el.getAttribute('status')).to.equal('not-found');
      expect(shownText(el)).to.equal(NOTE_DE);
      expect(markOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('when the `member` attribute is missing or blank', async () => {
      for (const member of [undefined, '   ']) {
        const el = await fixture<PartnershipBadge>(html`<badge-on-host member=${ifDefined(member)} .data=${badgeFeed()}></badge-on-host>`);
        await settled(el);
        expect(el.status).to.equal('not-found');
        expect(markOf(el)).to.equal(null);
      }
    });

    it('even with verify="none"', async () => {
      const el = await fixture<PartnershipBadge>(html`<badge-on-host verify="none" member="unbekannt" .data=${badgeFeed()}></badge-on-host>`);
      await settled(el);
      expect(el.status).to.equal('not-found');
    });

    it('when the feed has no directory at all', async () => {
      const feed = badgeFeed();
      delete feed._engaged_city;
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="lutherstadt-wittenberg" .data=${feed}></badge-on-host>`);
      await settled(el);
      expect(el.status).to.equal('not-found');
    });
  });

  describe('while loading (status "loading")', () => {
    it('is busy, announces it, shows no claim, and is accessible', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      feeds.respond(async () => {
        await gate;
        return jsonResponse(badgeFeed());
      });
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="lutherstadt-wittenberg" src="/badge/loading.json"></badge-on-host>`);
      expect(el.getAttribute('status')).to.equal('loading');
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Wird geladen …');
      expect(markOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(el.status).to.equal('ready');
    });
  });

  describe('when the feed cannot be loaded (status "error")', () => {
    it('shows no claim and no error box, only a neutral link to the network', async () => {
      feeds.respond(() => new Response('gone', { status: 404 }));
      const el = document.createElement('badge-on-host') as BadgeOnHost;
      el.member = 'lutherstadt-wittenberg';
      el.src = '/badge/missing.json';
      const failed = oneEvent(el, 'feed-error');
      document.body.append(el);
      expect((await failed).detail.error.code).to.equal('http');
      await settled(el);
      expect(el.getAttribute('status')).to.equal('error');
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((link) => [link.href, link.textContent])).to.deep.equal([
        ['https://www.engagiertestadt.de/', 'Netzwerk Engagierte Stadt'],
      ]);
      expect(markOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('button, [role="alert"]')).to.equal(null);
      expect(shownText(el)).to.not.contain('Lutherstadt Wittenberg');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows the page’s fallback content instead, when there is some', async () => {
      feeds.respond(() => new Response('nope', { status: 404 }));
      const el = await fixture<PartnershipBadge>(html`<badge-on-host member="lutherstadt-wittenberg" src="/badge/down.json">
        <a href="https://www.engagiertestadt.de/staedte/wittenberg">Wir sind eine Engagierte Stadt</a>
      </badge-on-host>`);
      await settled(el);
      expect(el.status).to.equal('error');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().map((node) => node.tagName)).to.deep.equal(['A']);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('links to the network in English too', async () => {
      feeds.respond(() => new Response('{', { status: 200 }));
      const el = await fixture<PartnershipBadge>(html`<badge-on-host lang="en" member="x" src="/badge/broken.json"></badge-on-host>`);
      await waitUntil(() => el.status === 'error');
      expect(shownText(el)).to.equal('Engagierte Stadt network');
    });
  });
});
