import type { Member, NetworkFeed } from '../feed/types.js';
import { matchingDomain } from './host-match.js';

/** How the badge checks a membership: against the page's host (`domain`) or not at all (`none`). */
export type Verification = 'domain' | 'none';

/** What the feed says about a claimed membership on this page. */
export type Membership =
  /** `domain`: the entry of the member's `domains` the page's host matched (none with `verify="none"`). */
  | { status: 'ready'; member: Member; domain?: string }
  | { status: 'unverified'; member?: Member; problem: string }
  | { status: 'not-found'; member?: undefined; problem: string };

/** What a membership is checked against. */
export interface MembershipCheck {
  /** The claimed member's id (the `member` attribute). */
  memberId: string | undefined;
  verify: Verification;
  /** The host name of the page the badge is on. */
  pageHost: string;
  /** Whether the feed is the network's own (see `trusted-sources.ts`); any other feed confirms nothing. */
  fromNetwork: boolean;
}

/**
 * Looks the member up in the feed and checks the page's host against the member's `domains`. A feed that is not the
 * network's own confirms nothing: `unverified`, whatever it lists. A missing or unknown id is `not-found`; a member
 * without `domains` cannot be confirmed on any host, so with `domain` verification it is `unverified`.
 */
export function checkMembership(feed: NetworkFeed, { memberId, verify, pageHost, fromNetwork }: MembershipCheck): Membership {
  if (!fromNetwork) {
    return { status: 'unverified', problem: 'the data is not the network\'s own (given as .data, or a src on another host than engagiertestadt.de): it confirms nothing.' };
  }
  const id = memberId?.trim();
  const member = id ? feed._engaged_city?.members.find((candidate) => candidate.id === id) : undefined;
  if (!member) return { status: 'not-found', problem: id ? `the network's data lists no member "${id}".` : 'the member attribute is missing or empty.' };
  if (verify === 'none') return { status: 'ready', member };
  const domain = matchingDomain(pageHost, member.domains);
  if (domain !== undefined) return { status: 'ready', member, domain };
  return {
    status: 'unverified',
    member,
    problem: member.domains?.length
      ? `"${member.id}" is confirmed on ${member.domains.join(', ')} and their subdomains, not on ${pageHost || 'this page'}.`
      : `the network's data lists no website (domains) for "${member.id}": the network's office can add it.`,
  };
}

/** The year a member joined, from `since` (a year or an RFC 3339 date). */
export function joinedYear(since: Member['since']): number | undefined {
  const year = typeof since === 'string' ? Number(since.slice(0, 4)) : since;
  return year && Number.isInteger(year) ? year : undefined;
}
