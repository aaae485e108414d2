import { heading } from '../base/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../base/language.js';
import type { Member } from '../feed/types.js';
import { collatorFor } from './collation.js';
import { renderMemberDetails } from './member-details.js';
import type { MapStrings } from './strings.js';

/** What the details panel shows and whom it tells. */
export interface DetailsPanelInput {
  /** The selected member. */
  member: Member | undefined;
  /** Members at one spot that a cluster could not separate: listed instead of a member's details. */
  spotMembers: readonly Member[] | undefined;
  onSelect: (member: Member) => void;
  onClose: () => void;
  /** Escape closes the panel. */
  onKeydown: (event: KeyboardEvent) => void;
  strings: MapStrings;
  language: Language;
  /** The level of the panel's heading (`heading-level`). */
  headingLevel: number;
  /** The feed's `language` (`de` where it names none), for the member's own words. */
  feedLanguage: string | undefined;
}

/**
 * The panel beside (or below) the map: the selected member's details, or the members at one spot to choose from, with
 * a button that closes it. Its heading (`.details-name`) takes the focus when the visitor opens it.
 */
export function renderDetailsPanel({ member, spotMembers, onSelect, onClose, onKeydown, strings, language, headingLevel, feedLanguage = 'de' }: DetailsPanelInput): TemplateResult | typeof nothing {
  if (!spotMembers && !member) return nothing;
  return html`<div part="details" class="details" role="group" aria-labelledby="details-heading" @keydown=${onKeydown}>
    ${spotMembers
      ? html`${heading(headingLevel, { className: 'details-name', id: 'details-heading', tabindex: -1 }, strings.atOneSpot)}
          <ul class="spot-list">
            ${[...spotMembers].sort((a, b) => collatorFor(language).compare(a.name, b.name)).map((entry) => html`<li><button type="button" class="link-button" @click=${() => onSelect(entry)}>${entry.name}</button></li>`)}
          </ul>`
      : renderMemberDetails(member!, { strings, language, headingLevel, headingId: 'details-heading', feedLanguage })}
    <button type="button" class="button close" @click=${onClose}>${strings.detailsClose}</button>
  </div>`;
}
