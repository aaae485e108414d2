import { html, nothing, type PropertyValues } from 'lit';
import { choice, warnOnce } from '../base/choices.js';
import { property, state } from 'lit/decorators.js';
import { EngagedElement } from '../base/base-element.js';
import type { ElementStatus } from '../base/feed-controller.js';
import { format, stringsFor } from '../base/strings/index.js';
import type { FeedError } from '../feed/errors.js';
import type { Member, NetworkFeed } from '../feed/types.js';
import { checkMembership, joinedYear, type Membership, type Verification } from './membership.js';
import { networkMark } from './network-mark.js';
import { badgeStyles } from './partnership-badge.styles.js';
import { badgeStrings } from './strings.js';
import { isNetworkFeedUrl } from './trusted-sources.js';

/** How much the badge shows: mark, name, role and year (`full`); mark and one line (`compact`); the mark (`seal`). */
export type BadgeVariant = 'full' | 'compact' | 'seal';
/** The badge's size. */
export type BadgeSize = 's' | 'm' | 'l';

/** The network's public website: the neutral link shown when the feed cannot be loaded. */
export const NETWORK_URL = 'https://www.engagiertestadt.de/';

/**
 * A membership badge that a member city or partner organisation shows on its own website, and that a visitor can
 * check. It is shown only for a member the feed lists and, with `verify="domain"`, only on a host the member lists in
 * its `domains` (or a subdomain of one); otherwise a neutral note takes its place and the network mark is not shown.
 * The badge is one button: it opens a short proof (the member's name and all its roles, that the network confirms
 * the membership, the website checked, the date of the data, and a link to the member's entry in the network's own
 * directory).
 *
 * The badge is a claim made by the network, so only the network's own data can back it: the bundled snapshot (no
 * `src`, no `.data`) or a feed whose final URL (after redirects) is on one of `NETWORK_FEED_ORIGINS`. A feed passed
 * as `.data` or loaded from any other origin, the page's own included, still works for the map and the news, but the
 * badge on it is always `unverified` (a neutral note, never the mark): otherwise any page could list itself as a
 * member. (For development only, a page on `localhost`, `127.0.0.1` or `[::1]` may also use a feed from its own
 * origin.)
 *
 * @tagname partnership-badge
 * @summary A verifiable membership badge of the Engagierte Stadt network.
 *
 * @slot - Fallback content, shown before the element is defined and when the feed cannot be loaded. Without it, a
 *   plain link to the network's website is shown (no error box).
 * @slot mark - The official network artwork, for members that hold it (e.g. an `<img>` or `<svg>`). Give it the
 *   `hidden` attribute: the badge shows it only once the membership is confirmed.
 * @fires {CustomEvent<{ feed: NetworkFeed }>} feed-load - Once the feed is loaded (also when the badge then shows a note).
 * @fires {CustomEvent<{ error: FeedError }>} feed-error - When the feed cannot be loaded; read `error.code`.
 * @csspart base - The element's outer box.
 * @csspart preview - With `verify="none"`: the dashed circle that takes the mark's place (never styled as the mark).
 * @csspart mark - The box of the network mark (the drawn mark or the `mark` slot).
 * @csspart label - The badge's text: network, member name, role and year joined (`compact`: role and year).
 * @cssprop --engaged-color-accent - The mark's disc, links and the focus ring.
 * @cssprop --engaged-color-text - Text.
 * @cssprop --engaged-color-muted - Secondary text.
 * @cssprop --engaged-color-surface - Background, and the houses in the mark.
 * @cssprop --engaged-color-border - The badge's border.
 * @cssprop --engaged-font-family - Font stack.
 * @cssprop --engaged-radius - Corner radius.
 */
export class PartnershipBadge extends EngagedElement {
  static override styles = [...EngagedElement.styles, badgeStyles];

  /** Id of the member in the feed (e.g. `lutherstadt-wittenberg`). Required: without it the badge is `not-found`. */
  @property({ reflect: true }) member?: string;

  /** `full` (default: mark, member name, role, year joined), `compact` (mark and one line), `seal` (mark only). */
  @property({ reflect: true }) variant: BadgeVariant = 'full';

  /** `s`, `m` (default) or `l`. Each variant has a fixed size for each, reserved while loading. */
  @property({ reflect: true }) size: BadgeSize = 'm';

  /**
   * `domain` (default): the badge is confirmed only on a host the member lists in its `domains`, or a subdomain of
   * one. `none`: any page may show a listed member's badge (for previews, e.g. on a test server); it then says
   * "Website nicht geprüft" / "Website not checked" on the badge and in the proof, so no visitor is misled. The data
   * must still be the network's own.
   */
  @property({ reflect: true }) verify: Verification = 'domain';

  /** Whether the proof is open. */
  @state() private open = false;

  /**
   * The host name of the page the badge is on (`location.hostname`). Internal: a subclass in the tests overrides it.
   * Deliberately no attribute, so markup alone cannot claim another host.
   */
  protected get pageHost(): string {
    return globalThis.location?.hostname ?? '';
  }

  /**
   * Whether the data shown is the network's own: the bundled snapshot, or a feed whose final URL is on one of
   * `NETWORK_FEED_ORIGINS` (see `trusted-sources.ts`). Internal: a subclass in the tests overrides it to use feeds of
   * its own. Deliberately no attribute or property, so markup cannot declare its own data trusted.
   */
  protected isTrustedSource(): boolean {
    if (this.data !== undefined && this.data !== null) return false;
    if (!this.src?.trim()) return true;
    return isNetworkFeedUrl(this.feedController.url, globalThis.location?.href);
  }

  override statusForFeed(feed: NetworkFeed): ElementStatus {
    return this.#membership(feed).status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Read in any case; a wrong value falls back to the default. The attribute is corrected so styles can rely on it.
    this.variant = choice(this, 'variant', this.variant, ['full', 'compact', 'seal']);
    this.size = choice(this, 'size', this.size, ['m', 's', 'l']);
    this.verify = choice(this, 'verify', this.verify, ['domain', 'none']);
  }

  protected override renderLoading() {
    return html`<div class="box" role="status"><span class="visually-hidden">${this.sharedStrings.loading}</span></div>`;
  }

  protected override renderError(_error: FeedError | undefined) {
    // In the badge's box, as while loading: the page's fallback content or the link does not move what follows.
    return html`<div class="note"><slot @slotchange=${this.onFallbackSlotChange}></slot>${this.hasFallback
      ? nothing
      : html`<a href=${NETWORK_URL}>${this.sharedStrings.networkName}</a>`}</div>`;
  }

  protected override renderFeed(feed: NetworkFeed) {
    const membership = this.#membership(feed);
    if (membership.status !== 'ready') {
      // The note tells a visitor nothing; the page's author learns why in the console, once.
      warnOnce(this, `${membership.status} ${membership.problem}`, `no badge: ${membership.problem}`);
      // The seal's small square holds two short words; the whole sentence is there for screen readers.
      return this.variant === 'seal'
        ? html`<p class="note"><span aria-hidden="true">${this.#strings.notConfirmedShort}</span><span class="visually-hidden">${this.#strings.notConfirmed}</span></p>`
        : html`<p class="note">${this.#strings.notConfirmed}</p>`;
    }
    const { member } = membership;
    const strings = this.#strings;
    const year = joinedYear(member.since);
    const roles = member.roles.map((role) => strings.roles[role]).join(', ');
    const seal = this.variant === 'seal';
    const unchecked = this.verify === 'none';
    // The button's name, read as one sentence: its lines ran together ("… Stadt Trier Engagierte …"), and `compact`
    // shows no member name. It holds the visible text (WCAG 2.5.3, label in name).
    const name = `${strings.network}: ${member.name}, ${this.#withYear(roles, year)}${unchecked ? `. ${strings.unchecked}` : ''}`;
    return html`<div @keydown=${this.#onKeydown}>
      <button class="box badge ${unchecked ? 'unchecked' : ''}" type="button" aria-label=${name} aria-expanded=${this.open} aria-controls="proof" @click=${this.#toggle}>
        ${unchecked
          // A preview never shows the network's mark (nor the member's artwork): it must not pass for a confirmed badge.
          // Its own part: a page's `::part(mark)` rules (a logo as background, say) must not dress it up as the mark.
          ? html`<span part="preview" class="mark preview" aria-hidden="true">${seal ? strings.uncheckedShort : nothing}</span>`
          : html`<span part="mark" class="mark"><slot name="mark">${networkMark}</slot></span>`}
        <span part="label" class="label ${seal ? 'visually-hidden' : ''}">
          ${this.variant === 'compact' ? nothing : html`<span class="network">${strings.network}</span> <span class="name">${member.name}</span>`}
          <span class="role"><span>${roles}</span>${year ? html` <span class="since">${format(strings.since, { year })}</span>` : nothing}</span>
          ${unchecked ? html`<span class="unchecked-line">${strings.unchecked}</span>` : nothing}
        </span>
      </button>
      <div id="proof" class="proof" role="group" aria-label=${strings.proof} ?hidden=${!this.open}>
        ${this.#renderProof(feed, member, roles, year, unchecked, membership.domain)}
      </div>
    </div>`;
  }

  #renderProof(feed: NetworkFeed, member: Member, roles: string, year: number | undefined, unchecked: boolean, domain: string | undefined) {
    const strings = this.#strings;
    const updated = feed._engaged_city?.updated;
    // The roles in full: the badge cuts a long list (two roles, say) with an ellipsis.
    return html`<p><strong>${member.name}</strong> – ${roles}</p>
      <p>${this.#withYear(strings.member, year)} – ${strings.confirmedBy}</p>
      ${unchecked ? html`<p><strong>${strings.unchecked}:</strong> ${strings.uncheckedDetail}</p>` : nothing}
      ${domain ? html`<p>${format(strings.checkedFor, { domain: this.#shownDomain(domain) })}</p>` : nothing}
      ${updated ? html`<p class="as-of"><time datetime=${updated}>${format(strings.asOf, { date: this.#date(updated) })}</time></p>` : nothing}
      ${member.profile_url ? html`<p><a href=${member.profile_url}>${strings.profileLink}</a></p>` : nothing}`;
  }

  /** Decodes internationalised domains (unicode-host.ts, loaded for the first such domain shown). */
  #unicodeHost?: (host: string) => string;

  /** The domain as the address bar shows it: an internationalised one in Unicode once the decoder is there. */
  #shownDomain(domain: string): string {
    if (!this.#unicodeHost && domain.includes('xn--')) {
      import('./unicode-host.js').then((loaded) => {
        this.#unicodeHost = loaded.unicodeHost;
        this.requestUpdate();
      }, () => undefined); // the ASCII form stays
    }
    return this.#unicodeHost?.(domain) ?? domain;
  }

  #membership(feed: NetworkFeed): Membership {
    return checkMembership(feed, {
      memberId: this.member,
      verify: this.verify,
      pageHost: this.pageHost,
      fromNetwork: this.isTrustedSource(),
    });
  }

  /** "Engagierte Stadt" → "Engagierte Stadt seit 2015", when the year is known. */
  #withYear(text: string, year: number | undefined): string {
    return year ? `${text} ${format(this.#strings.since, { year })}` : text;
  }

  get #strings() {
    return stringsFor(badgeStrings, this.language);
  }

  #date(value: string): string {
    const date = new Date(value);
    return Number.isNaN(date.getTime())
      ? value
      : date.toLocaleDateString(this.language, { dateStyle: 'long', timeZone: 'Europe/Berlin' });
  }

  #toggle = () => {
    this.open = !this.open;
  };

  #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLElement>('.badge')?.focus();
  };
}
