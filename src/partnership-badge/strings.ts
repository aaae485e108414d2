import type { StringTable } from '../base/strings/index.js';
import type { MemberRole } from '../feed/types.js';

/** The badge's user-facing strings. `{year}` and `{date}` are filled in with `format()`. */
export interface BadgeStrings {
  /** The network's name, as the badge shows it. */
  network: string;
  /** After the role: the year the member joined. */
  since: string;
  /** The claim the badge makes; the year joined (`since`) follows it. */
  member: string;
  /** Who vouches for the claim: always the network, never a name taken from the feed (a feed could name anyone). */
  confirmedBy: string;
  /** With `verify="none"`: on the badge and in the proof, so no visitor takes a preview for a confirmed badge. */
  unchecked: string;
  /** With `verify="none"`: shown in place of the network's mark, which a preview never shows. */
  uncheckedShort: string;
  /** With `verify="none"`: the proof's explanation of `unchecked`. */
  uncheckedDetail: string;
  /** Which of the member's websites the page was checked against: `{domain}` (an internationalised one in Unicode). */
  checkedFor: string;
  /** The date of the data: `{date}` is `_engaged_city.updated`, formatted. */
  asOf: string;
  /** The link to the member's entry in the network's own directory. */
  profileLink: string;
  /** The accessible name of the disclosure that holds the proof. */
  proof: string;
  /** Shown instead of the badge for an unknown member or a page the member does not list. */
  notConfirmed: string;
  /** `notConfirmed` in two words, for the seal's small square. */
  notConfirmedShort: string;
  roles: Record<MemberRole, string>;
}

export const badgeStrings: StringTable<BadgeStrings> = {
  de: {
    network: 'Netzwerk Engagierte Stadt',
    since: 'seit {year}',
    member: 'Mitglied im Netzwerk Engagierte Stadt',
    confirmedBy: 'bestätigt durch das Netzwerk Engagierte Stadt',
    unchecked: 'Website nicht geprüft',
    uncheckedShort: 'Nicht geprüft',
    uncheckedDetail: 'Ob diese Website zum Mitglied gehört, wurde nicht geprüft (Vorschau).',
    checkedFor: 'Geprüft für die Website {domain}',
    asOf: 'Stand: {date}',
    profileLink: 'Eintrag beim Netzwerk ansehen',
    proof: 'Nachweis der Mitgliedschaft',
    notConfirmed: 'Diese Mitgliedschaft kann hier nicht bestätigt werden.',
    notConfirmedShort: 'Nicht bestätigt',
    roles: {
      'engaged-city': 'Engagierte Stadt',
      'state-partner': 'Länderpartner',
      'network-partner': 'Netzwerkpartner',
      funder: 'Förderer',
      'programme-office': 'Programmbüro',
    },
  },
  en: {
    network: 'Engagierte Stadt network',
    since: 'since {year}',
    member: 'Member of the Engagierte Stadt network',
    confirmedBy: 'confirmed by the Engagierte Stadt network',
    unchecked: 'Website not checked',
    uncheckedShort: 'Not checked',
    uncheckedDetail: 'Whether this website belongs to the member was not checked (preview).',
    checkedFor: 'Checked for the website {domain}',
    asOf: 'As of {date}',
    profileLink: 'View the entry at the network',
    proof: 'Proof of membership',
    notConfirmed: 'This membership cannot be confirmed here.',
    notConfirmedShort: 'Not confirmed',
    roles: {
      'engaged-city': 'Engaged City',
      'state-partner': 'State partner',
      'network-partner': 'Network partner',
      funder: 'Funder',
      'programme-office': 'Programme office',
    },
  },
};
