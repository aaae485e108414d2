/**
 * Text to an XML document with the browser's `DOMParser`. The parser never fetches external entities or DTDs
 * (an external entity is left empty), and Chromium ends the "billion laughs" document quickly with "Entity too big".
 * It does not stop a flat blow-up (one entity of 50,000 characters used 50,000 times froze a page for half a minute),
 * so the DOCTYPE's entities are checked first: a feed may declare short ones such as `&nbsp;` (as some do), nothing
 * that expands far.
 */
import { FeedError } from '../errors.js';
import { parseInert } from './inert-parser.js';

/** The longest replacement text of a declared entity (`&#160;` and short words fit), and how many may be declared. */
const ENTITY_LIMITS = { length: 32, count: 512 };
const ENTITY_DECLARATION = /<!ENTITY\s+(%\s*)?[^\s>]+\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC))/g;

/**
 * Throws `not-a-feed` for a DOCTYPE whose entities could expand far: parameter entities, long ones, and ones that refer
 * to others (also through a character reference to `&`, which XML expands when it reads the declaration). Only the
 * prolog is read: text in the feed's items that merely shows a declaration is no declaration.
 */
function checkEntities(text: string): void {
  const root = /<[A-Za-z_]/.exec(text);
  const prolog = root ? text.slice(0, root.index) : text;
  if (!prolog.includes('<!ENTITY')) return;
  let count = 0;
  for (const [, parameter, double, single] of prolog.matchAll(ENTITY_DECLARATION)) {
    const value = double ?? single ?? '';
    count++;
    if (parameter || value.length > ENTITY_LIMITS.length || count > ENTITY_LIMITS.count || !isPlainEntityValue(value)) {
      throw new FeedError('not-a-feed', 'The document declares entities that could expand without bound; it is not read.');
    }
  }
}

/** Plain text and character references that stand for plain characters (not `&`, `%` or `<`). */
function isPlainEntityValue(value: string): boolean {
  for (const [reference, decimal, hex] of value.matchAll(/&(?:#(\d+);|#x([0-9A-Fa-f]+);)?/g)) {
    if (decimal === undefined && hex === undefined) return reference === undefined;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    if (code === 0x26 || code === 0x25 || code === 0x3c) return false;
  }
  return !value.includes('%');
}

/** Named HTML entities (`&nbsp;`, `&auml;`) that feeds use although XML does not define them. */
const NAMED_ENTITY = /&([A-Za-z][A-Za-z0-9]{1,31});/g;
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * The parsed document, or `undefined` when `text` is not well-formed XML. Two common faults are forgiven, as feed
 * readers do: white space before the XML declaration, and HTML's named entities (read as the characters they name).
 *
 * @throws FeedError `not-a-feed` for a DOCTYPE with entities that could expand far.
 */
export function parseXmlDocument(source: string): XMLDocument | undefined {
  const text = source.trimStart();
  checkEntities(text);
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
