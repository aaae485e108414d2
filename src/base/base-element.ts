import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { choice } from './choices.js';
import { property, state } from 'lit/decorators.js';
import type { FeedError } from '../feed/errors.js';
import type { NetworkFeed } from '../feed/types.js';
import { FeedController, type ElementStatus, type FeedControllerOptions } from './feed-controller.js';
import { LanguageController, type Language } from './language.js';
import { format, sharedStrings, stringsFor, type SharedStrings } from './strings/index.js';
import { stateStyles, tokenStyles } from './tokens.styles.js';
import { VERSION } from './version.js';

/** The colour theme of an element. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What the three elements share: the feed (`src`, `.data`, `timeout`), the reflected `status`, `theme`, the language,
 * and the loading and error states with the fallback slot and a retry button. An element renders its data in
 * `renderFeed()` and its reserved loading space in `renderLoading()`.
 *
 * @slot - Fallback content, shown before the element is defined and when the feed cannot be loaded
 *   (e.g. a plain link to the network). Without it, the element shows a short message and a retry button.
 * @fires {CustomEvent<{ feed: NetworkFeed }>} feed-load - Once data is shown.
 * @fires {CustomEvent<{ error: FeedError }>} feed-error - When the feed cannot be loaded; read `error.code`.
 * @csspart base - The element's outer box.
 * @csspart retry - The retry button of the error state (shown when the page gave no fallback content).
 * @cssprop --engaged-color-accent - Links, buttons, focus rings, markers.
 * @cssprop --engaged-color-text - Body text.
 * @cssprop --engaged-color-muted - Secondary text.
 * @cssprop --engaged-color-surface - Background.
 * @cssprop --engaged-color-border - Borders and dividers.
 * @cssprop --engaged-font-family - Font stack.
 * @cssprop --engaged-radius - Corner radius.
 */
export abstract class EngagedElement extends LitElement {
  /** The package version that defined this element (to warn when two versions share a page). */
  static readonly packageVersion = VERSION;

  static override styles = [tokenStyles, stateStyles];

  /** URL of the feed, relative to the page. Absent: the bundled snapshot of the network feed. */
  @property({ reflect: true }) src?: string;

  /** An already parsed feed (a `parseFeed` result or a raw feed object). Wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Colour theme: `light` (default), `dark`, or `auto` (follows the visitor's system setting). */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Milliseconds before a feed request is abandoned (default 10 000). */
  @property({ type: Number }) timeout = 10000;

  /**
   * Set by the element, reflected: `loading`, `ready`, `empty` or `error` (the badge also `unverified` and `not-found`).
   * Read it to style the host page around the element; setting it has no effect.
   */
  @property({ reflect: true }) status: ElementStatus = 'loading';

  /** True when the page gave fallback content in the default slot. */
  @state() protected hasFallback = false;

  protected readonly feedController: FeedController;
  protected readonly languageController = new LanguageController(this);

  constructor(feedOptions: FeedControllerOptions = {}) {
    super();
    this.feedController = new FeedController(this, feedOptions);
  }

  /** The language the element speaks now: its `lang`, the closest ancestor's, the document's, else `de`. */
  get language(): Language {
    return this.languageController.language;
  }

  /** The shared strings (loading, errors) in the element's language. */
  protected get sharedStrings(): SharedStrings {
    return stringsFor(sharedStrings, this.language);
  }

  /** The element's status once data is there; elements override it to say `empty`, `unverified` or `not-found`. */
  statusForFeed(_feed: NetworkFeed): ElementStatus {
    return 'ready';
  }

  /** Loads the feed again after an error. */
  retry(): void {
    this.feedController.retry();
  }

  override connectedCallback(): void {
    this.feedController.hostConnecting();
    super.connectedCallback();
    this.hasFallback = this.#lightDomHasContent();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme')) this.theme = choice(this, 'theme', this.theme, ['light', 'dark', 'auto']);
    // Another feed is no retry: "loaded" is said only for the load the visitor asked for again.
    if (changed.has('src') || changed.has('data')) this.#retried = false;
  }

  protected override render(): TemplateResult {
    const status = this.feedController.status;
    const feed = this.feedController.feed;
    return html`<div part="base" class="base" lang=${this.language}>
      ${status === 'loading'
        ? this.renderLoading()
        : status === 'error' || !feed
          ? this.renderError(this.feedController.error)
          : this.renderFeed(feed)}
      <p class="visually-hidden settled-status" role="status">${this.#settledAnnouncement(status)}</p>
    </div>`;
  }

  /**
   * What a status region that stays in place says once loading ends: the element's "nothing to show" message, or that
   * a retry brought the data (a message that appears together with its region is not reliably announced).
   */
  #settledAnnouncement(status: string): string {
    if (status !== 'ready') return '';
    if (this.status === 'empty') return this.emptyAnnouncement();
    return this.#retried ? this.sharedStrings.loaded : '';
  }

  /**
   * What screen readers hear when the element settles on `empty`: the message its empty state shows (which the element
   * then hides from them, so that it is read once).
   */
  protected emptyAnnouncement(): string {
    return '';
  }

  #retried = false;

  /** The element with data. */
  protected abstract renderFeed(feed: NetworkFeed): unknown;

  /** The reserved space while loading. Elements override it to keep their final size (no layout shift). */
  protected renderLoading(): unknown {
    return html`<div class="state" role="status"><p class="state-message">${this.sharedStrings.loading}</p></div>`;
  }

  /** The error state: the page's fallback content, or a short message with a retry button. */
  protected renderError(error: FeedError | undefined): unknown {
    const strings = this.sharedStrings;
    return html`<slot @slotchange=${this.onFallbackSlotChange}></slot>
      ${this.hasFallback
        ? nothing
        : html`<div class="state" role="alert">
            <p class="state-message">${strings.errorTitle}</p>
            <p class="state-detail">
              ${error ? strings.errors[error.code] : nothing}
              ${error?.code === 'http' && error.status ? format(strings.httpStatus, { status: error.status }) : nothing}
            </p>
            <button class="button" type="button" part="retry" @click=${this.#onRetry}>${strings.retry}</button>
          </div>`}`;
  }

  #onRetry = async () => {
    this.#retried = true;
    this.retry();
    await this.updateComplete;
    // The button is gone while loading: keep the keyboard user's place in the element.
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (base) {
      base.tabIndex = -1;
      base.focus();
    }
  };

  /** Keeps `hasFallback` true while the default slot has content; for elements that render the fallback slot themselves. */
  protected onFallbackSlotChange = (event: Event) => {
    const slot = event.target as HTMLSlotElement;
    this.hasFallback = slot.assignedNodes({ flatten: true }).some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '',
    );
  };

  #lightDomHasContent(): boolean {
    return Array.from(this.childNodes).some(
      (node) => (node.nodeType === Node.ELEMENT_NODE && !(node as Element).hasAttribute('slot')) ||
        (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    );
  }
}
