import { heading } from '../base/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Language } from '../base/language.js';
import type { Member } from '../feed/types.js';
import { yearJoined } from './member-facts.js';
import type { MapStrings } from './strings.js';

/** What the details need besides the member. */
export interface DetailsContext {
  strings: MapStrings;
  language: Language;
  /** The level of the member's name (2–6). */
  headingLevel: number;
  /** Id of the heading, to label the panel or the disclosure by. */
  headingId: string;
  /** The feed's `language`, if it names one: the language of the member's summary and topics. */
  feedLanguage: string | undefined;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatNumber(value: number, language: Language): string {
  let formatter = numberFormats.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB');
    numberFormats.set(language, formatter);
  }
  return formatter.format(value);
}

/**
 * A member's details: name, state, population, year joined, summary, topics and links. The same template serves the
 * map's details panel and the list view's disclosures. Every value is bound as text; the links come from the cleaned
 * feed, whose URLs are checked http(s) URLs.
 */
export function renderMemberDetails(member: Member, context: DetailsContext): TemplateResult {
  const { strings, language } = context;
  const year = yearJoined(member.since);
  const name = heading(context.headingLevel, { className: 'details-name', id: context.headingId, tabindex: -1 }, member.name);
  return html`${name}
    <dl class="facts">
      ${member.region ? html`<div><dt>${strings.state}</dt><dd>${strings.stateNames[member.region]}</dd></div>` : nothing}
      ${member.population !== undefined
        ? html`<div><dt>${strings.population}</dt><dd>${formatNumber(member.population, language)}</dd></div>`
        : nothing}
      ${year !== undefined ? html`<div><dt>${strings.since}</dt><dd>${year}</dd></div>` : nothing}
    </dl>
    ${member.summary ? html`<p class="summary" lang=${ifDefined(context.feedLanguage)} dir="auto">${member.summary}</p>` : nothing}
    ${member.topics?.length
      ? html`<p class="topics-label">${strings.topics}</p>
          <ul class="topics" lang=${ifDefined(context.feedLanguage)}>${member.topics.map((topic) => html`<li dir="auto">${topic}</li>`)}</ul>`
      : nothing}
    ${member.url || member.profile_url
      ? html`<ul class="links">
          ${member.url ? html`<li><a href=${member.url}>${strings.website}</a></li>` : nothing}
          ${member.profile_url ? html`<li><a href=${member.profile_url}>${strings.profile}</a></li>` : nothing}
        </ul>`
      : nothing}
    ${member.location ? nothing : html`<p class="note">${strings.noLocation}</p>`}`;
}
