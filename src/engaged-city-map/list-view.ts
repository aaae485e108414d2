import { heading } from '../base/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../base/language.js';
import type { Member, StateCode } from '../feed/types.js';
import { renderMemberDetails } from './member-details.js';
import type { MapStrings } from './strings.js';

/** What the list view shows and how it reports a click. */
export interface ListViewInput {
  /** The members that match the filters, with or without a location; `undefined` while the feed loads. */
  members: readonly Member[] | undefined;
  /** What the list says when no member is listed before the search and state filter (none at all, or in the region). */
  emptyMessage: string;
  /** Whether the list is empty before the search and the state filter too (then it says `emptyMessage`). */
  noMembersAtAll: boolean;
  /** Members whose details are open. */
  isOpen: (member: Member) => boolean;
  onToggle: (member: Member) => void;
  strings: MapStrings;
  language: Language;
  /** The level of the state headings (`heading-level`); a member's name in its details is one below. */
  headingLevel: number;
  /** The feed's `language`, for the members' own words. */
  feedLanguage: string | undefined;
  /**
   * How many members to draw now, in list order: a long list is drawn in steps so that the page stays responsive
   * (20,000 rows at once block it for a second); the list is `aria-busy` until every member is there.
   */
  limit: number;
}

type OrderedGroups = ReadonlyArray<readonly [StateCode | '', Member[]]>;

/** The members grouped by state, once per list of members and language; each group is sorted when first drawn. */
const orderedGroups = new WeakMap<readonly Member[], Map<Language, OrderedGroups>>();
/** The groups already sorted by name (sorting 20,000 names at once took a long task: only what is drawn is sorted). */
const sortedGroups = new WeakSet<Member[]>();

const collators = new Map<Language, Intl.Collator>();

/** One collator per language for the page: building one costs milliseconds, and the list is drawn on every render. */
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language)));
  return collator;
}

/**
 * The list view, the map's complete alternative: every member that matches the filters, grouped by state under
 * headings (members that name no state last), each a disclosure with the same details as the map's panel.
 *
 * The list scrolls in a box of the map's size, so the element is as high while it loads as when it shows its data,
 * and as high as in the map view. The box is a labelled group and a tab stop, so that keyboard users can scroll it
 * (a group, not a region: a widget adds no landmarks to the page it is embedded in).
 */
export function renderListView(input: ListViewInput): TemplateResult {
  const { members, noMembersAtAll, emptyMessage, isOpen, onToggle, strings, language, headingLevel, feedLanguage } = input;
  if (!members) return html`<div part="list" class="list"></div>`;
  const stateName = (code: StateCode | '') => (code ? strings.stateNames[code] : strings.noState);
  let budget = input.limit;
  const shown: Array<readonly [StateCode | '', readonly Member[], number]> = [];
  for (const [code, group] of groupsOf(members, language, stateName)) {
    if (budget <= 0) break;
    if (!sortedGroups.has(group)) {
      const collator = collatorFor(language);
      group.sort((a, b) => collator.compare(a.name, b.name));
      sortedGroups.add(group);
    }
    shown.push([code, group.slice(0, budget), group.length]);
    budget -= group.length;
  }
  const complete = input.limit >= members.length;
  return html`<div part="list" class="list" role="group" aria-label=${strings.listLabel} aria-busy=${complete ? 'false' : 'true'} tabindex="0">
    ${members.length === 0
      // With no member at all, screen readers hear the message from the element's status region.
      ? html`<p class="list-empty" aria-hidden=${noMembersAtAll ? 'true' : 'false'}>${noMembersAtAll ? emptyMessage : strings.noMatch}</p>`
      : nothing}
    ${shown.map(([code, group, total]) => html`<div class="list-group" role="group" aria-labelledby="group-${code || 'none'}">
      ${heading(headingLevel, { className: 'group-name', id: `group-${code || 'none'}` }, html`${stateName(code)} <span class="count">(${total})</span>`)}
      <ul>
        ${group.map((member) => {
          const open = isOpen(member);
          return html`<li>
            <button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls="member-${member.id}" @click=${() => onToggle(member)}>
              ${member.name}
            </button>
            <div class="list-details" id="member-${member.id}" ?hidden=${!open}>
              ${open ? renderMemberDetails(member, { strings, language, headingLevel: headingLevel + 1, headingId: `name-${member.id}`, feedLanguage }) : nothing}
            </div>
          </li>`;
        })}
      </ul>
    </div>`)}
  </div>`;
}

/** The members by state (states in alphabetical order, members without one last); `renderListView` sorts each group. */
function groupsOf(members: readonly Member[], language: Language, stateName: (code: StateCode | '') => string): OrderedGroups {
  let byLanguage = orderedGroups.get(members);
  if (!byLanguage) orderedGroups.set(members, (byLanguage = new Map()));
  let ordered = byLanguage.get(language);
  if (ordered) return ordered;
  const groups = new Map<StateCode | '', Member[]>();
  for (const member of members) {
    const key = member.region ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(member);
  }
  const collator = collatorFor(language);
  ordered = [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : collator.compare(stateName(a), stateName(b))));
  byLanguage.set(language, ordered);
  return ordered;
}
