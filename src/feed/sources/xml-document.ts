/**
 * Text to an XML document with the browser's `DOMParser`. The parser never fetches external entities or DTDs
 * (an external entity is left empty), and browsers stop entity expansion bombs: Chromium ends the "billion laughs"
 * document within a millisecond with "Entity too big", a parse error. Internal entities are otherwise allowed,
 * as some feeds declare `&nbsp;` and the like in their DOCTYPE.
 */

/** Named HTML entities (`&nbsp;`, `&auml;`) that feeds use although XML does not define them. */
import { parseInert } from './inert-parser.js';

const NAMED_ENTITY = /&([A-Za-z][A-Za-z0-9]{1,31});/g;
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * The parsed document, or `undefined` when `text` is not well-formed XML. Two common faults are forgiven, as feed
 * readers do: white space before the XML declaration, and HTML's named entities (read as the characters they name).
 */
export function parseXmlDocument(source: string): XMLDocument | undefined {
  const text = source.trimStart();
  const document = parseStrictly(text);
  if (document || !text.includes('&')) return document;
  return parseStrictly(text.replace(NAMED_ENTITY, (reference, name: string) => numericReference(name) ?? reference));
}

function parseStrictly(text: string): XMLDocument | undefined {
  const document = parseInert(text, 'application/xml') as XMLDocument;
  return document.getElementsByTagNameNS('*', 'parsererror').length > 0 ? undefined : document;
}

const referenceCache = new Map<string, string | undefined>();

/** `&#160;` for `nbsp`: the HTML parser decodes the name; `undefined` for a name HTML does not know either. */
function numericReference(name: string): string | undefined {
  if (XML_ENTITIES.has(name)) return `&${name};`;
  if (!referenceCache.has(name)) {
    const decoded = (parseInert(`<p>&${name};</p>`, 'text/html') as Document).body.textContent ?? '';
    const known = decoded !== `&${name};` && decoded !== '';
    referenceCache.set(name, known ? [...decoded].map((char) => `&#${char.codePointAt(0)};`).join('') : undefined);
  }
  return referenceCache.get(name);
}
