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

/**
 * A character reference, a named reference, or an `&` that starts neither (a bare `&` in "Kunst & Kultur", which
 * many feeds send unescaped).
 */
const REFERENCE = /&(?:#(\d{1,7});|#x([0-9A-Fa-f]{1,6});|([A-Za-z_][\w.-]{0,31});)?/g;
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
/** Characters XML 1.0 forbids anywhere, also in CDATA (a form feed pasted from a word processor, say). */
const FORBIDDEN_CHARACTERS = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
/**
 * A comment or a CDATA section: kept as written by the repair. A comment first, where one begins: `<![CDATA[` inside a
 * comment ("so schreiben Sie <![CDATA[ …") starts no section, which would otherwise reach to the next real one and keep
 * every bare `&` between them from being repaired.
 */
const KEPT_AS_WRITTEN = /(<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>)/;

/**
 * The parsed document, or `undefined` when `text` is not well-formed XML even after repair. The faults feed readers
 * forgive are forgiven: white space before the XML declaration, HTML's named entities (read as the characters they
 * name), a bare `&` or an entity no one defines (read as text), and characters XML forbids (dropped). Repair is tried
 * only when the document as sent does not parse, so a well-formed feed is read exactly as written.
 *
 * @throws FeedError `not-a-feed` for a DOCTYPE with entities that could expand far.
 */
export function parseXmlDocument(source: string): XMLDocument | undefined {
  const text = source.trimStart();
  checkEntities(text);
  return parseStrictly(text) ?? parseStrictly(repaired(text));
}

/**
 * `text` with references XML can read and forbidden characters dropped; CDATA sections and comments keep their `&` as
 * it is. The
 * entities the DOCTYPE declares are kept; HTML's named entities become character references. One pass over the text
 * and one parse for all HTML names, however many references a (broken or hostile) document holds.
 */
function repaired(text: string): string {
  const root = /<[A-Za-z_]/.exec(text);
  const prolog = root ? text.slice(0, root.index) : '';
  const declared = new Set(Array.from(prolog.matchAll(/<!ENTITY\s+([^\s%>]+)/g), (match) => match[1]!));
  const parts = text.replace(FORBIDDEN_CHARACTERS, '').split(KEPT_AS_WRITTEN);
  const names = new Set<string>();
  for (let index = 0; index < parts.length; index += 2) {
    for (const [, , , name] of parts[index]!.matchAll(REFERENCE)) {
      if (name !== undefined && !XML_ENTITIES.has(name) && !declared.has(name)) names.add(name);
    }
  }
  const html = htmlCharacters(names);
  return parts
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
            if (decimal !== undefined || hex !== undefined) {
              return isXmlCharacter(decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)) ? reference : '';
            }
            if (name === undefined) return '&amp;';
            return XML_ENTITIES.has(name) || declared.has(name) ? reference : html.get(name) ?? `&amp;${name};`;
          }),
    )
    .join('');
}

/**
 * Character references for the names HTML knows (`nbsp` → `&#160;`), read by the browser's HTML parser in one go; a
 * name it does not know (or knows only as the start of a longer one, `&notit;`) is left out.
 */
function htmlCharacters(names: ReadonlySet<string>): Map<string, string> {
  const known = new Map<string, string>();
  const candidates = [...names].filter((name) => /^[A-Za-z][A-Za-z0-9]{1,31}$/.test(name));
  if (candidates.length === 0) return known;
  const cells = parseInert(candidates.map((name) => `<i>&${name};</i>`).join(''), 'text/html').body.children;
  candidates.forEach((name, index) => {
    const decoded = cells[index]?.textContent ?? '';
    if (decoded !== '' && decoded !== `&${name};` && (decoded === ';' || !decoded.endsWith(';'))) {
      known.set(name, [...decoded].map((char) => `&#${char.codePointAt(0)};`).join(''));
    }
  });
  return known;
}

/** Whether XML 1.0 allows the character with this code point. */
function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

function parseStrictly(text: string): XMLDocument | undefined {
  const document = parseInert(text, 'application/xml') as XMLDocument;
  return document.getElementsByTagNameNS('*', 'parsererror').length > 0 ? undefined : document;
}
