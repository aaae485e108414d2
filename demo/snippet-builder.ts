import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { LanguageController } from '../src/base/language.js';
import { STATE_NAMES } from '../src/cli/states.js';
import { STATE_CODES } from '../src/feed/types.js';
import { loadSnapshot } from '../src/feed/snapshot.js';
import { initialBuilderState, optionsFromState, type BuilderState } from './builder-state.js';
import { copyText } from './copy-text.js';
import { attributesFor, DEFAULT_SCRIPT_URL, fallbackText, isAllowedUrl, NETWORK_URL, snippetFor, WIDGET_TAGS, type WidgetOptions } from './snippet.js';
import { demoStrings, type BuilderStrings } from './strings.js';

/** A member as the builder's select lists it. */
interface MemberChoice {
  id: string;
  name: string;
}

/** The member the badge shows first, when the snapshot lists it. */
const FIRST_MEMBER = 'trier';

/**
 * The snippet builder for webmasters: choose an element and its options, see the live preview, copy the HTML.
 * Renders into the light DOM, so the page's styles and form semantics apply.
 */
@customElement('demo-snippet-builder')
export class SnippetBuilder extends LitElement {
  /** Default address of the script file (the `script-url` attribute), a path on the webmaster's own site. */
  @property({ attribute: 'script-url' }) scriptUrl = DEFAULT_SCRIPT_URL;

  @state() private form: BuilderState = initialBuilderState(DEFAULT_SCRIPT_URL);
  @state() private members: MemberChoice[] = [];
  @state() private announcement = '';

  readonly #language = new LanguageController(this);
  #preview?: { key: string; element: HTMLElement };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form = { ...this.form, scriptUrl: this.scriptUrl };
    void this.#loadMembers();
  }

  async #loadMembers(): Promise<void> {
    const { feed } = await loadSnapshot();
    const members = (feed._engaged_city?.members ?? [])
      .map((member) => ({ id: member.id, name: member.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
    this.members = members;
    if (this.form.member === '') {
      this.form = { ...this.form, member: members.find((m) => m.id === FIRST_MEMBER)?.id ?? members[0]?.id ?? '' };
    }
  }

  get #strings(): BuilderStrings {
    return demoStrings[this.#language.language].builder;
  }

  #set<K extends keyof BuilderState>(key: K, value: BuilderState[K]): void {
    this.form = { ...this.form, [key]: value };
  }

  /** An `@change`/`@input` handler that writes a form control's value into `key`. */
  #bind<K extends keyof BuilderState>(key: K) {
    return (event: Event) => this.#set(key, (event.target as HTMLInputElement | HTMLSelectElement).value as BuilderState[K]);
  }

  protected override render(): TemplateResult {
    const s = this.#strings;
    const options = optionsFromState(this.form);
    const snippet = snippetFor(options, this.form.scriptUrl);
    return html`<div class="builder">
      <form class="builder-form" @submit=${(event: Event) => event.preventDefault()}>
        ${this.#renderElementChoice(s)} ${this.#renderOptions(s)} ${this.#renderData(s)} ${this.#renderLook(s)}
        ${this.#renderScript(s)}
      </form>
      <div class="builder-result">
        <section aria-labelledby="sb-preview-heading">
          <h3 id="sb-preview-heading">${s.previewHeading}</h3>
          <div class="preview" data-theme=${this.form.theme}>${this.#renderPreview(options)}</div>
          ${this.form.element === 'partnership-badge'
            ? html`<p class="hint">${this.form.verify ? s.verifyHintPreview : s.uncheckedHintPreview}</p>`
            : nothing}
        </section>
        <section aria-labelledby="sb-code-heading">
          <h3 id="sb-code-heading">${s.codeHeading}</h3>
          <label for="sb-code">${s.codeLabel}</label>
          <textarea id="sb-code" class="code" readonly rows="7" spellcheck="false" aria-describedby="sb-code-hint"
            .value=${snippet}></textarea>
          <p id="sb-code-hint" class="hint">${s.codeHint}</p>
          <button type="button" class="copy-button" @click=${this.#onCopy}>${s.copy}</button>
          <p class="announcement" role="status" aria-live="polite">${this.announcement}</p>
        </section>
      </div>
    </div>`;
  }

  #renderElementChoice(s: BuilderStrings): TemplateResult {
    return html`<fieldset>
      <legend>${s.elementLegend}</legend>
      ${WIDGET_TAGS.map((tag) => html`<label class="choice">
        <input type="radio" name="sb-element" .value=${tag} .checked=${this.form.element === tag}
          @change=${this.#bind('element')} />
        ${s.elements[tag]} <code>&lt;${tag}&gt;</code>
      </label>`)}
    </fieldset>`;
  }

  #renderOptions(s: BuilderStrings): TemplateResult {
    const form = this.form;
    switch (form.element) {
      case 'partnership-badge':
        return html`<fieldset>
          <legend>${s.optionsLegend}</legend>
          ${this.#select('sb-member', s.member, 'member', this.members.map((m) => [m.id, m.name]))}
          ${this.#radios('sb-variant', s.variant, 'variant', Object.entries(s.variants))}
          ${this.#radios('sb-size', s.size, 'size', Object.entries(s.sizes))}
          <div class="field">
            <label class="choice">
              <input type="checkbox" .checked=${form.verify} aria-describedby="sb-verify-hint"
                @change=${(event: Event) => this.#set('verify', (event.target as HTMLInputElement).checked)} />
              ${s.verify}
            </label>
            <p id="sb-verify-hint" class="hint">${s.verifyHint}</p>
          </div>
        </fieldset>`;
      case 'engaged-city-map':
        return html`<fieldset>
          <legend>${s.optionsLegend}</legend>
          ${this.#regions(s)}
          ${this.#select('sb-view', s.view, 'view', Object.entries(s.views))}
          ${this.#select('sb-shading', s.shading, 'shading', Object.entries(s.shadings))}
          ${this.#select('sb-controls', s.controls, 'controls', Object.entries(s.controlsOptions))}
        </fieldset>`;
      case 'network-news':
        return html`<fieldset>
          <legend>${s.optionsLegend}</legend>
          ${this.#select('sb-layout', s.layout, 'layout', Object.entries(s.layouts))}
          <div class="field">
            <label for="sb-limit">${s.limit}</label>
            <input id="sb-limit" type="number" min="1" max="50" step="1" inputmode="numeric" .value=${String(form.limit)}
              @input=${(event: Event) => this.#set('limit', (event.target as HTMLInputElement).valueAsNumber)} />
          </div>
          ${this.#select('sb-news-member', s.member, 'newsMember', [['', s.memberAny], ...this.members.map((m): [string, string] => [m.id, m.name])])}
          ${this.#regions(s)}
          <div class="field">
            <label for="sb-tags">${s.tags}</label>
            <input id="sb-tags" type="text" aria-describedby="sb-tags-hint" .value=${form.tags} @input=${this.#bind('tags')} />
            <p id="sb-tags-hint" class="hint">${s.tagsHint}</p>
          </div>
        </fieldset>`;
    }
  }

  #renderData(s: BuilderStrings): TemplateResult {
    const invalid = this.form.src.trim() !== '' && !isAllowedUrl(this.form.src);
    return html`<fieldset>
      <legend>${s.dataLegend}</legend>
      <div class="field">
        <label for="sb-src">${s.feedUrl}</label>
        <input id="sb-src" type="text" inputmode="url" autocomplete="off" spellcheck="false" .value=${this.form.src}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'sb-src-error sb-src-hint' : 'sb-src-hint'}
          @change=${this.#bind('src')} />
        <p id="sb-src-hint" class="hint">${s.feedUrlHint}</p>
        ${invalid ? html`<p id="sb-src-error" class="error">${s.feedUrlInvalid}</p>` : nothing}
      </div>
    </fieldset>`;
  }

  #renderLook(s: BuilderStrings): TemplateResult {
    return html`<fieldset>
      <legend>${s.lookLegend}</legend>
      ${this.#select('sb-lang', s.language, 'lang', [['', s.languages.page], ['de', s.languages.de], ['en', s.languages.en]])}
      ${this.#select('sb-theme', s.theme, 'theme', Object.entries(s.themes))}
    </fieldset>`;
  }

  #renderScript(s: BuilderStrings): TemplateResult {
    return html`<fieldset>
      <legend>${s.scriptLegend}</legend>
      <div class="field">
        <label for="sb-script-url">${s.scriptUrl}</label>
        <input id="sb-script-url" type="text" inputmode="url" autocomplete="off" spellcheck="false"
          aria-describedby="sb-script-url-hint" .value=${this.form.scriptUrl} @input=${this.#bind('scriptUrl')} />
        <p id="sb-script-url-hint" class="hint">${s.scriptUrlHint}</p>
      </div>
    </fieldset>`;
  }

  #regions(s: BuilderStrings): TemplateResult {
    const selected = new Set(this.form.regions);
    const toggle = (code: string) => (event: Event) => {
      const checked = (event.target as HTMLInputElement).checked;
      this.#set('regions', STATE_CODES.filter((c) => (c === code ? checked : selected.has(c))));
    };
    return html`<fieldset class="regions" aria-describedby="sb-regions-hint">
      <legend>${s.regions}</legend>
      <p id="sb-regions-hint" class="hint">${s.regionsHint}</p>
      <div class="region-grid">
        ${STATE_CODES.map((code) => html`<label class="choice">
          <input type="checkbox" .checked=${selected.has(code)} @change=${toggle(code)} /> ${STATE_NAMES[code]}
        </label>`)}
      </div>
    </fieldset>`;
  }

  #select<K extends keyof BuilderState>(id: string, label: string, key: K, choices: ReadonlyArray<readonly [string, string]>): TemplateResult {
    const value = String(this.form[key]);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${this.#bind(key)}>
        ${choices.map(([choice, text]) => html`<option value=${choice} ?selected=${choice === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  #radios<K extends keyof BuilderState>(name: string, legend: string, key: K, choices: ReadonlyArray<readonly [string, string]>): TemplateResult {
    return html`<fieldset class="radios">
      <legend>${legend}</legend>
      ${choices.map(([choice, text]) => html`<label class="choice">
        <input type="radio" name=${name} .value=${choice} .checked=${this.form[key] === choice} @change=${this.#bind(key)} />
        ${text}
      </label>`)}
    </fieldset>`;
  }

  /** The live preview: the element the snippet makes, built with DOM calls from the same attributes, never as HTML. */
  #renderPreview(options: WidgetOptions): unknown {
    // The badge waits for the member list (a badge without `member` would say, and warn, that it has none).
    if (options.element === 'partnership-badge' && !options.member) return nothing;
    const attributes = attributesFor(options);
    const key = JSON.stringify([options.element, attributes]);
    if (this.#preview?.key !== key) {
      const element = document.createElement(options.element);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      const fallback = document.createElement('a');
      fallback.href = NETWORK_URL;
      fallback.textContent = fallbackText(options);
      element.append(fallback);
      this.#preview = { key, element };
    }
    return keyed(key, this.#preview.element);
  }

  #onCopy = async () => {
    const textarea = this.querySelector<HTMLTextAreaElement>('#sb-code');
    if (!textarea) return;
    const copied = await copyText(textarea);
    // Clear first, so the same message is announced again on a second copy.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = copied ? this.#strings.copied : this.#strings.copyFailed;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-snippet-builder': SnippetBuilder;
  }
}
