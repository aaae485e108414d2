import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages the elements speak. */
export type Language = 'de' | 'en';

export const SUPPORTED_LANGUAGES: readonly Language[] = ['de', 'en'];
export const DEFAULT_LANGUAGE: Language = 'de';

/** Maps a BCP 47 tag (`en-GB`, `DE`) to a supported language, or undefined. */
export function toSupportedLanguage(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : undefined;
}

/** The closest element with a `lang` attribute, from `element` itself outwards, crossing shadow roots. */
function closestLangTag(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null && lang.trim() !== '') return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The element's language: its own `lang`, else the closest ancestor's (across shadow roots), else the document's,
 * else `de`. The first `lang` found decides: an unsupported one (`fr`) falls back to `de`, it does not look further.
 */
export function resolveLanguage(element: Element): Language {
  const tag = closestLangTag(element) ?? element.ownerDocument?.documentElement?.getAttribute('lang') ?? undefined;
  return toSupportedLanguage(tag) ?? DEFAULT_LANGUAGE;
}

/**
 * Keeps `language` up to date for its host: resolved on connect and whenever a `lang` attribute changes on the host,
 * an ancestor or the document element.
 */
export class LanguageController implements ReactiveController {
  language: Language = DEFAULT_LANGUAGE;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer?: MutationObserver;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#update();
    this.#observer ??= new MutationObserver(() => this.#update());
    // `lang` anywhere above the host may change (a language switcher on the page): watch the whole document's
    // lang attributes; the callback is cheap.
    const root = this.#host.ownerDocument.documentElement;
    this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    const shadowRoot = this.#host.getRootNode();
    if (shadowRoot instanceof ShadowRoot) {
      this.#observer.observe(shadowRoot, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #update(): void {
    const language = resolveLanguage(this.#host);
    if (language !== this.language) {
      this.language = language;
      this.#host.requestUpdate();
    }
  }
}
