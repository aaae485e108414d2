/**
 * Small helpers for reading a namespaced XML document that `DOMParser` produced. They look only at direct
 * children, so a feed's structure (not an element's name somewhere deep inside content) decides what is read.
 */
import { NS } from './namespaces.js';

/** The namespace URI, or `null` for elements without a namespace (plain RSS 2.0). */
export type Namespace = string | null;

/** Direct child elements with the given local name in one of the given namespaces. */
export function childElements(parent: Element, localName: string, namespaces: readonly Namespace[]): Element[] {
  const found: Element[] = [];
  for (const child of parent.children) {
    if (child.localName === localName && namespaces.includes(child.namespaceURI)) found.push(child);
  }
  return found;
}

/** The first direct child element with the given local name in one of the given namespaces. */
export function childElement(parent: Element, localName: string, namespaces: readonly Namespace[]): Element | undefined {
  for (const child of parent.children) {
    if (child.localName === localName && namespaces.includes(child.namespaceURI)) return child;
  }
  return undefined;
}

/**
 * The text of the first matching child (CDATA and entities decoded by the XML parser), or `undefined` when the
 * child is missing or holds only white space. The text is returned untrimmed: `parseFeed` trims it.
 */
export function childText(parent: Element, localName: string, namespaces: readonly Namespace[]): string | undefined {
  const child = childElement(parent, localName, namespaces);
  return nonBlank(child?.textContent ?? undefined);
}

/** `value` unless it is missing or only white space. */
export function nonBlank(value: string | null | undefined): string | undefined {
  return value !== null && value !== undefined && value.trim() !== '' ? value : undefined;
}

/** An attribute's value, or `undefined` when it is missing or blank. */
export function attribute(element: Element, name: string): string | undefined {
  return nonBlank(element.getAttribute(name));
}

/**
 * The base URL in effect for `element`: the feed's own URL, refined by every `xml:base` from the root down to the
 * element (XML Base; browsers no longer apply it themselves). An `xml:base` that does not resolve to an http(s) URL
 * is ignored. `undefined` when no http(s) base can be formed.
 */
export function baseUrlOf(element: Element, feedUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const base = node.getAttributeNS(NS.xml, 'base');
    if (base !== null && base.trim() !== '') bases.push(base.trim());
  }
  let current = feedUrl !== undefined && isHttpUrl(feedUrl) ? feedUrl : undefined;
  for (const base of bases.reverse()) {
    const resolved = resolveUrl(base, current);
    if (resolved !== undefined && isHttpUrl(resolved)) current = resolved;
  }
  return current;
}

/**
 * `href` resolved against `base`. Returns the trimmed `href` unchanged when it cannot be resolved, so that
 * `parseFeed` sees the original value and drops it with a warning; `undefined` for a missing or blank `href`.
 */
export function resolveUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  const trimmed = nonBlank(href)?.trim();
  if (trimmed === undefined) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The language in effect for `element` (`xml:lang` on it or an ancestor). */
export function languageOf(element: Element): string | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const language = node.getAttributeNS(NS.xml, 'lang');
    if (language !== null) return nonBlank(language);
  }
  return undefined;
}
