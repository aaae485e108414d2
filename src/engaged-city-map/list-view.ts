import { heading } from '../base/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import type { Language } from '../base/language.js';
import type { Member, StateCode } from '../feed/types.js';
import { collatorFor } from './collation.js';
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
  /** The ids of the members whose details are open. */
  open: ReadonlySet<string>;
  /** A member's entry was clicked (its details should open or close). */
  onToggle: (id: string) => void;
  strings: MapStrings;
  language: Language;
  /** The level of the state headings (`heading-level`); a member's name in its details is one below. */
  headingLevel: number;
  /** The feed's `language` (`de` where it names none), for the members' own words. */
  feedLanguage: string | undefined;
  /**
   * How many members to draw now, in list order: a long list is drawn in steps so that the page stays responsive
   * (20,000 rows at once block it for a second); the list is `aria-busy` until every member is there.
   */
  limit: number;
  /** The member the page or the map selected: its entry is brought into the list's box when the list shows it. */
  selected: string | undefined;
}

/**
 * Brings the selected member's open entry into sight in the list's box, as little as it takes, once for each member
 * while the list is shown: the list opens at the member the page or the map selected, and an entry opened at the
 * bottom of the box shows its details. Only the box scrolls, never the page. An entry not drawn yet (a long list is
 * drawn in steps) is brought into sight when it is; one the list does not hold (a search hides it) never is, not even
 * later, when it comes back while the visitor reads elsewhere in the list.
 */
const showSelected = directive(
  class extends Directive {
    #shown?: string;
    render(_id: string | undefined, _drawnAll: boolean) {
      return nothing;
    }
    override update({ element: box }: ElementPart, [id, drawnAll]: [string | undefined, boolean]) {
      if (id !== this.#shown) {
        // After this render has drawn the entries; once more in the next frame, when the groups scrolled into sight
        // have their real heights (they are drawn only near the box, see `.list-group`).
        queueMicrotask(() => {
          const entry = id ? box.querySelector(`[data-id="${CSS.escape(id)}"]`)?.parentElement : undefined;
          const reveal = () => {
            const top = entry!.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop;
            const below = top + entry!.offsetHeight - box.clientHeight;
            box.scrollTop += top < 0 || below > top ? top : Math.max(0, below);
          };
          if (entry) {
            reveal();
            requestAnimationFrame(reveal);
          }
          if (entry || drawnAll || !id) this.#shown = id;
        });
      }
      return nothing;
    }
  },
);

type OrderedGroups = ReadonlyArray<readonly [StateCode | '', Member[]]>;

/** The members grouped by state, once per list of members and language; each group is sorted when first drawn. */
const orderedGroups = new WeakMap<readonly Member[], Map<Language, OrderedGroups>>();
/** The groups already sorted by name (sorting 20,000 names at once took a long task: only what is drawn is sorted). */
const sortedGroups = new WeakSet<Member[]>();

/**
 * The list view, the map's complete alternative: every member that matches the filters, grouped by state under
 * headings (members that name no state last), each a disclosure with the same details as the map's panel.
 *
 * The list scrolls in a box of the map's size, so the element is as high while it loads as when it shows its data,
 * and as high as in the map view. The box is a labelled group and a tab stop, so that keyboard users can scroll it
 * (a group, not a region: a widget adds no landmarks to the page it is embedded in).
 */
export function renderListView(input: ListViewInput): TemplateResult {
  const { members, noMembersAtAll, emptyMessage, open, onToggle, strings, language, headingLevel, feedLanguage = 'de' } = input;
  if (!members) return html`<div part="list" class="list"></div>`;
  const stateName = (code: StateCode | '') => (code ? strings.stateNames[code] : strings.noState);
  let budget = input.limit;
  const shown: Array<readonly [StateCode | '', readonly Member[][], number]> = [];
  for (const [code, group] of groupsOf(members, language, stateName)) {
    if (budget <= 0) break;
    if (!sortedGroups.has(group)) {
      const collator = collatorFor(language);
      group.sort((a, b) => collator.compare(a.name, b.name));
      sortedGroups.add(group);
    }
    shown.push([code, blocksOf(group, Math.min(budget, group.length)), group.length]);
    budget -= group.length;
  }
  const complete = input.limit >= members.length;
  // One listener for every entry (20,000 entries would otherwise add as many listeners and functions).
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('button.disclosure');
    if (!button) return;
    // Opened, it is the selected member: `showSelected` brings its details into sight.
    onToggle(button.dataset['id']!);
  };
  return html`<div part="list" class="list" role="group" aria-label=${strings.listLabel} aria-busy=${complete ? 'false' : 'true'} tabindex="0" @click=${onClick} ${showSelected(input.selected, complete)}>
    ${members.length === 0
      // With no member at all, screen readers hear the message from the element's status region.
      ? html`<p class="list-empty" aria-hidden=${noMembersAtAll ? 'true' : 'false'}>${noMembersAtAll ? emptyMessage : strings.noMatch}</p>`
      : nothing}
    ${shown.map(([code, drawn, total]) => html`<div class="list-group" role="group" aria-labelledby="group-${code || 'none'}">
      ${heading(headingLevel, { className: 'group-name', id: `group-${code || 'none'}` }, html`${stateName(code)} <span class="count">(${total})</span>`)}
      <ul>
        ${drawn.map((block) => {
          // A block whose rows and open entries are as before is not visited again: a long list drawn in steps
          // only draws the new rows in each step, not every row drawn so far once more.
          const openHere = open.size === 0 ? '' : block.filter((member) => open.has(member.id)).map((member) => member.id).join(' ');
          return guard([block, openHere, strings, language, headingLevel, feedLanguage], () => block.map((member) => {
            const isOpenNow = open.has(member.id);
            return html`<li>
              <button type="button" class="disclosure" data-id=${member.id} aria-expanded=${isOpenNow ? 'true' : 'false'} aria-controls="member-${member.id}">
                ${member.name}
              </button>
              <div class="list-details" id="member-${member.id}" ?hidden=${!isOpenNow}>
                ${isOpenNow ? renderMemberDetails(member, { strings, language, headingLevel: headingLevel + 1, headingId: `name-${member.id}`, feedLanguage }) : nothing}
              </div>
            </li>`;
          }));
        })}
      </ul>
    </div>`)}
  </div>`;
}

/** Rows per block of a state's list (see `blocksOf`). */
const BLOCK_ROWS = 200;
const blocks = new WeakMap<readonly Member[], Member[][]>();

/**
 * The first `count` members of a sorted group in blocks of BLOCK_ROWS: the same arrays on every render, but for the
 * last block of a group drawn only in part.
 */
function blocksOf(group: readonly Member[], count: number): Member[][] {
  let cached = blocks.get(group);
  if (!cached) {
    cached = [];
    for (let start = 0; start < group.length; start += BLOCK_ROWS) cached.push(group.slice(start, start + BLOCK_ROWS));
    blocks.set(group, cached);
  }
  const whole = Math.floor(count / BLOCK_ROWS);
  const rest = count % BLOCK_ROWS;
  return rest === 0 ? cached.slice(0, whole) : [...cached.slice(0, whole), cached[whole]!.slice(0, rest)];
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
