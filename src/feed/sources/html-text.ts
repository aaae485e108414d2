/**
 * HTML from a feed to plain text, for display. The HTML is parsed by the browser into an inert document
 * (`DOMParser` with `text/html`: no scripts run, no images or styles load) and only its text is read, so no markup
 * from a feed ever reaches the page.
 */

import { joinLines, trimEndSpaces } from '../join-lines.js';
import { parseInert } from './inert-parser.js';
import { isTextCodePoint } from './references.js';

/** Elements whose content is never text a reader should see. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head']);

/** Elements that end a paragraph: a blank line around them. */
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'hr',
  'address', 'details', 'fieldset', 'form',
]);

/** Elements that end a line. */
const LINES = new Set([
  'div', 'li', 'dt', 'dd', 'tr', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'figcaption',
  'summary', 'caption', 'legend', 'center',
]);

/** A tag (`<b`, `</b`, `<!--`) or a character reference (`&amp;`, `&#8211;`). */
const MARKUP = /<[a-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/** Markers placed between text runs while walking the tree, resolved into line breaks at the end. */
const BR = '\uE000B';
const LINE_BREAK = '\uE000L';
const PARAGRAPH_BREAK = '\uE000P';

/**
 * The text a reader sees in `html`: white space collapsed as a browser would render it, line breaks after block
 * elements and `<br>`, a blank line between paragraphs, text inside `<pre>` kept as it is. Script and style content
 * is left out. The result is trimmed.
 *
 * Browser only: markup is read by the browser's `DOMParser`; in Node, text with tags or named entities throws an
 * `Error` that says so (plain text and the basic references are read without a parser).
 */
export function htmlToText(html: string): string {
  if (!html.includes('<')) {
    // Text without tags (most titles) needs no parser unless it names an entity beyond the basic five.
    const decoded = decodeBasicReferences(html);
    if (decoded !== undefined) return collapseWhitespace(decoded).trim();
  }
  let document: Document;
  try {
    document = parseInert(html, 'text/html');
  } catch (error) {
    // No DOMParser (Node): say so. A strict page that does not allow the package's Trusted Types policy: no text
    // rather than a broken element.
    if (typeof DOMParser === 'undefined') throw error;
    return '';
  }
  return nodeToText(document.body);
}

const BASIC_ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);


/**
 * `text` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and numeric references decoded, as the HTML parser would;
 * `undefined` when it holds any other `&` sequence, which only the HTML parser knows how to read.
 */
function decodeBasicReferences(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let readable = true;
  const reference = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-z]+));|&/g;
  const decoded = text.replace(reference, (match, decimal?: string, hex?: string, name?: string) => {
    const codePoint = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (codePoint !== undefined && isTextCodePoint(codePoint)) return String.fromCodePoint(codePoint);
    const basic = name === undefined ? undefined : BASIC_ENTITIES.get(name);
    if (basic !== undefined) return basic;
    readable = false;
    return match;
  });
  return readable ? decoded : undefined;
}

/** The text a reader sees in an already parsed HTML or XHTML node, by the same rules as `htmlToText`. */
export function nodeToText(node: Node): string {
  const parts: string[] = [];
  collectText(node, parts, false);
  return finish(parts.join(''));
}

/**
 * Plain text from a one-line feed field that may or may not hold HTML (an RSS title): text that contains markup or
 * character references is read as HTML; other text is kept as written, except that line breaks become spaces.
 */
export function lineToText(value: string): string {
  return joinLines(MARKUP.test(value) ? htmlToText(value) : value);
}

/** `text` without the spaces and tabs at its start. */
function trimStartSpaces(text: string): string {
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start++;
  return start === 0 ? text : text.slice(start);
}


function collectText(node: Node, parts: string[], preformatted: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
      const text = child.nodeValue ?? '';
      // The marker character (private use) must not be forged by the text itself.
      const safe = text.replaceAll('\uE000', '');
      parts.push(preformatted ? safe : collapseWhitespace(safe));
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const name = (child as Element).localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        parts.push(BR);
        continue;
      }
      const breakAround = PARAGRAPHS.has(name) ? PARAGRAPH_BREAK : LINES.has(name) ? LINE_BREAK : '';
      parts.push(breakAround);
      if (name === 'td' || name === 'th') parts.push(' ');
      collectText(child, parts, preformatted || name === 'pre' || name === 'textarea');
      parts.push(breakAround);
    }
  }
}

function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * Resolves break markers: spaces at line ends dropped, runs of breaks merged, at most one blank line. In one pass over
 * the pieces between markers (a regular expression for "spaces, then markers" would backtrack over long runs of spaces,
 * which text in `<pre>` may hold).
 */
function finish(text: string): string {
  const pieces = text.split(/(\uE000[BLP])/);
  const out: string[] = [];
  let run = '';
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (index % 2 === 1) {
      run += piece;
    } else if (run === '') {
      out.push(piece);
    } else if (trimStartSpaces(piece) !== '' || index === pieces.length - 1) {
      // The run of breaks ends here: the spaces around it go.
      while (out.length > 0 && trimEndSpaces(out[out.length - 1]!) === '') out.pop();
      if (out.length > 0) out.push(trimEndSpaces(out.pop()!));
      out.push(resolveBreaks(run), trimStartSpaces(piece));
      run = '';
    }
  }
  return out.join('').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * One run of break markers between two pieces of text: a paragraph end or two `<br>`s give a blank line, anything
 * else one line break (a block that ends where the next begins is still one line break).
 */
function resolveBreaks(run: string): string {
  if (run.includes(PARAGRAPH_BREAK)) return '\n\n';
  return run.split(BR).length - 1 > 1 ? '\n\n' : '\n';
}
