import { waitUntil } from '@open-wc/testing';
import { PartnershipBadge } from '../../src/partnership-badge/partnership-badge.js';
import type { Member, NetworkFeed } from '../../src/feed/types.js';
import { sampleFeed } from '../support/feeds.js';

/**
 * The badge as it behaves on a page served from `pageHostForTest` (the test page itself runs on `localhost`), with
 * the tests' own feeds (`.data`, a stubbed `src`) standing in for the network's. The real element takes its host from
 * `location.hostname` and trusts only the network's data; tests reach those protected hooks through this subclass.
 */
export class BadgeOnHost extends PartnershipBadge {
  pageHostForTest = 'www.wittenberg.de';
  /** True: any feed counts as the network's own. False: the element's real rule (snapshot or network origin). */
  trustAnyFeedForTest = true;
  protected override get pageHost(): string {
    return this.pageHostForTest;
  }
  protected override isTrustedSource(): boolean {
    return this.trustAnyFeedForTest || super.isTrustedSource();
  }
}
customElements.define('badge-on-host', BadgeOnHost);

/** A city, an organisation with several roles and a date as `since` (no profile), and a city without `domains`. */
export function badgeFeed(overrides: Partial<Member> = {}): NetworkFeed {
  const feed = sampleFeed();
  const [wittenberg] = feed._engaged_city!.members;
  feed._engaged_city!.members = [
    { ...wittenberg!, domains: ['wittenberg.de', 'localhost'], ...overrides },
    {
      id: 'stiftung-beispiel',
      kind: 'organization',
      name: 'Stiftung Beispiel',
      roles: ['network-partner', 'funder'],
      since: '2018-03-01',
      domains: ['stiftung-beispiel.de'],
    },
    { id: 'marburg', kind: 'city', name: 'Marburg', roles: ['engaged-city'], region: 'DE-HE', since: 2021 },
  ];
  return feed;
}

export const VARIANTS = ['full', 'compact', 'seal'] as const;
export const SIZES = ['s', 'm', 'l'] as const;

/** Waits until the badge has left the loading state. */
export const settled = (el: PartnershipBadge) =>
  waitUntil(() => el.status !== 'loading', 'the badge stays loading', { timeout: 3000 });

/** The badge's shadow text, white space collapsed. */
export const shownText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** The badge's button (the disclosure toggle), if shown. */
export const toggleOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.badge');

/** The proof region, if rendered. */
export const proofOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('#proof');
