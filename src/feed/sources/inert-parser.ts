/**
 * The one place where feed text meets the browser's parser: `DOMParser` builds an inert document (no script runs,
 * nothing loads, nothing is attached to the page), from which only text and attribute values are read.
 *
 * Under Trusted Types (`require-trusted-types-for 'script'`) `parseFromString` accepts only TrustedHTML, so the text
 * passes through the package's own policy, {@link TRUSTED_TYPES_POLICY}. The policy is private to this module and used
 * for nothing else: its output never reaches the page's DOM. A strict page allows it by name
 * (`trusted-types lit-html engaged-city-widgets`).
 */

import { quietMarkup } from './quiet-markup.js';

/** Thrown where there is no `DOMParser` (Node): RSS, Atom and HTML are read by the browser's parser only. */
export const NEEDS_A_BROWSER =
  'engaged-city-widgets: reading RSS, Atom or HTML needs a browser (DOMParser); parseFeed reads JSON feeds without one.';

/** The Trusted Types policy name a strict page must allow for `<network-news>` to read RSS, Atom and HTML content. */
export const TRUSTED_TYPES_POLICY = 'engaged-city-widgets';

interface InertPolicy {
  createHTML(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): InertPolicy;
}

let policy: InertPolicy | null | undefined;

function inertPolicy(): InertPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory ? factory.createPolicy(TRUSTED_TYPES_POLICY, { createHTML: (input) => input }) : null;
    } catch {
      // The page's CSP does not allow the policy: parsing will be refused, and the element shows its error state.
      policy = null;
    }
  }
  return policy;
}

/**
 * Parses `text` into an inert document of `type` (`application/xml` or `text/html`), without the `style` and `on…`
 * attributes that a strict page's CSP would report while parsing (see `quiet-markup.ts`).
 */
export function parseInert(text: string, type: DOMParserSupportedType): Document {
  if (typeof DOMParser === 'undefined') throw new Error(NEEDS_A_BROWSER);
  const quiet = quietMarkup(text, type === 'text/html');
  const input = inertPolicy()?.createHTML(quiet) ?? quiet;
  return new DOMParser().parseFromString(input as string, type);
}
