/**
 * The snippet builder's core, with no DOM: the options a webmaster chooses → the element's attributes → the exact HTML
 * to paste into a TYPO3 "HTML" content element or a WordPress "Custom HTML" block. The live preview is built from the
 * same attribute list, so what the webmaster sees is what the snippet does.
 */

/** The elements the builder offers. */
export type WidgetTag = 'engaged-city-map' | 'partnership-badge' | 'network-news';

export const WIDGET_TAGS: readonly WidgetTag[] = ['engaged-city-map', 'partnership-badge', 'network-news'];

/**
 * Where the site hosts the CDN bundle by default: a path on the webmaster's own server. No third-party CDN: every
 * visitor's IP address would go to it (GDPR), and the page would depend on somebody else's server.
 */
export const DEFAULT_SCRIPT_URL = '/engaged-city-widgets/engaged-city-widgets.js';

/** The network's website: the fallback link inside the element (shown before it is defined and on errors). */
export const NETWORK_URL = 'https://www.engagiertestadt.de/';

/** Options every element shares. Empty or absent values leave the attribute out (the element's default applies). */
export interface CommonOptions {
  /** Feed URL; empty: the bundled snapshot of the network feed. */
  src?: string;
  /** `de`, `en`, or empty: the page's language. */
  lang?: '' | 'de' | 'en';
  theme?: 'light' | 'dark' | 'auto';
}

export interface MapOptions extends CommonOptions {
  element: 'engaged-city-map';
  /** State codes (`DE-ST`). */
  regions?: readonly string[];
  view?: 'map' | 'list';
  shading?: 'partners' | 'members' | 'none';
  controls?: 'full' | 'none';
}

export interface BadgeOptions extends CommonOptions {
  element: 'partnership-badge';
  member?: string;
  variant?: 'full' | 'compact' | 'seal';
  size?: 's' | 'm' | 'l';
  verify?: 'domain' | 'none';
}

export interface NewsOptions extends CommonOptions {
  element: 'network-news';
  regions?: readonly string[];
  /** Member ids. */
  members?: readonly string[];
  /** Tags, matched case-insensitively by the element. */
  tags?: readonly string[];
  /** 1–50; the element's default is 5. */
  limit?: number;
  layout?: 'list' | 'cards' | 'compact';
}

export type WidgetOptions = MapOptions | BadgeOptions | NewsOptions;

/** One attribute: its name and value (`''` for a boolean attribute written without value). */
export type Attribute = readonly [name: string, value: string];

/** The defaults of each element: an attribute with its default value is left out of the snippet. */
const DEFAULTS: Record<string, string> = {
  theme: 'light',
  view: 'map',
  shading: 'partners',
  controls: 'full',
  variant: 'full',
  size: 'm',
  verify: 'domain',
  layout: 'list',
  limit: '5',
};

/** A space-separated list from several values: trimmed, without empties and repeats, no inner whitespace. */
function tokenList(values: readonly string[] | undefined): string {
  const tokens = (values ?? []).flatMap((value) => value.split(/\s+/)).filter((token) => token !== '');
  return [...new Set(tokens)].join(' ');
}

/** True for a URL the snippet may carry: http(s), or relative to the page. No `javascript:`, `data:` or other schemes. */
export function isAllowedUrl(value: string): boolean {
  const url = value.trim();
  if (url === '') return false;
  // A scheme is letters, digits, + - . before the first colon, which must come before any / ? #.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme) return !/[\u0000-\u001f]/.test(url);
  return /^https?$/i.test(scheme[1] ?? '') && /^https?:\/\/[^/]/i.test(url);
}

/**
 * The element's attributes in a stable order (the order a reader expects: what, then how it looks, then the feed and
 * language). Values that equal the element's default, empty values and URLs with a scheme other than http(s) are left
 * out.
 */
export function attributesFor(options: WidgetOptions): Attribute[] {
  const candidates: Array<[string, string | undefined]> = [];
  switch (options.element) {
    case 'engaged-city-map':
      candidates.push(
        ['region', tokenList(options.regions)],
        ['view', options.view],
        ['shading', options.shading],
        ['controls', options.controls],
      );
      break;
    case 'partnership-badge':
      candidates.push(
        ['member', options.member?.trim()],
        ['variant', options.variant],
        ['size', options.size],
        ['verify', options.verify],
      );
      break;
    case 'network-news': {
      const limit = options.limit === undefined || !Number.isFinite(options.limit)
        ? undefined
        : String(Math.min(50, Math.max(1, Math.round(options.limit))));
      candidates.push(
        ['layout', options.layout],
        ['limit', limit],
        ['region', tokenList(options.regions)],
        ['member', tokenList(options.members)],
        ['tag', tokenList(options.tags)],
      );
      break;
    }
  }
  const src = options.src?.trim();
  candidates.push(['theme', options.theme], ['src', src && isAllowedUrl(src) ? src : undefined], ['lang', options.lang]);
  return candidates.filter((entry): entry is [string, string] =>
    entry[1] !== undefined && entry[1] !== '' && DEFAULTS[entry[0]] !== entry[1],
  );
}

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an HTML text node. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fallback link's text, in the snippet's language (German unless the element speaks English). */
export function fallbackText(options: WidgetOptions): string {
  return options.lang === 'en' ? 'The "Engagierte Stadt" network' : 'Netzwerk Engagierte Stadt';
}

/** The `<script>` tag that loads the CDN bundle. An unusable address falls back to {@link DEFAULT_SCRIPT_URL}. */
export function scriptTag(scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  const url = isAllowedUrl(scriptUrl) ? scriptUrl.trim() : DEFAULT_SCRIPT_URL;
  return `<script type="module" src="${escapeAttribute(url)}"></script>`;
}

/**
 * The `<link>` to the package's stylesheet (dist/cdn/engaged-city-widgets.css, beside the script), which gives each
 * element its room before the script has run: nothing on the page jumps when it arrives.
 */
export function stylesheetTag(scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  const url = (isAllowedUrl(scriptUrl) ? scriptUrl.trim() : DEFAULT_SCRIPT_URL).replace(/[^/]*$/, 'engaged-city-widgets.css');
  return `<link rel="stylesheet" href="${escapeAttribute(url)}">`;
}

/** The element's HTML, with a plain link to the network as fallback content. */
export function elementHtml(options: WidgetOptions): string {
  const attributes = attributesFor(options)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const fallback = `<a href="${NETWORK_URL}">${escapeText(fallbackText(options))}</a>`;
  return `<${options.element}${attributes}>\n  ${fallback}\n</${options.element}>`;
}

/** The whole snippet: the stylesheet, the script tag, then the element. */
export function snippetFor(options: WidgetOptions, scriptUrl: string = DEFAULT_SCRIPT_URL): string {
  return `${stylesheetTag(scriptUrl)}\n${scriptTag(scriptUrl)}\n${elementHtml(options)}\n`;
}
