import { decodeReferences, htmlToText } from '../feed/sources/html-text.js';
import type { FeedItem } from '../feed/types.js';

/** How many characters of an item's text the list shows at most. */
export const SUMMARY_LENGTH = 240;

/** Items' full text, computed once: `content_html` is parsed (inertly) only for items that are shown. */
const textCache = new WeakMap<FeedItem, string>();

/**
 * An HTML element's tag. JSON Feed's `summary` is plain text, but feeds written by CMS plugins often put HTML there
 * (`<p>…</p>`); a reader should see its words, not its tags. A mention such as "Kunst <3 Kultur" is no tag.
 */
const HTML_TAG = /<\/?(?:p|br|div|span|b|strong|i|em|u|a|small|ul|ol|li|h[1-6]|img|blockquote|figure|script|style|iframe)\b[^<>]*>/i;

/** A character reference: `&amp;`, `&#8222;`, `&#x201C;`, `&hellip;`. */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * Plain text (a title, `content_text`) as a reader should see it: a WordPress plugin writes JSON Feed's plain text
 * with the character references of its HTML (`&#8222;Tag des Ehrenamts&#8220; &#8211; Danke &amp; feiern`), which are
 * read as the characters they stand for.
 */
export function plainText(text: string): string {
  return REFERENCE.test(text) ? decodeReferences(text) : text;
}

/**
 * The text an item shows: its `summary` (the text of it when it holds HTML tags), else `content_text`, else the text
 * of `content_html`; `''` when none. Character references in plain text are read (see `plainText`).
 */
export function itemText(item: FeedItem): string {
  let text = textCache.get(item);
  if (text === undefined) {
    const summary = item.summary && (HTML_TAG.test(item.summary) ? htmlToText(item.summary) : plainText(item.summary));
    text = summary || (item.content_text && plainText(item.content_text)) || (item.content_html ? htmlToText(item.content_html) : '');
    textCache.set(item, text);
  }
  return text;
}

/**
 * `text` on one line, at most `length` characters: cut at the last word boundary before the limit, with an ellipsis.
 * Counts code points, so an emoji or a character outside the BMP is never cut in half.
 */
export function shorten(text: string, length = SUMMARY_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const characters = Array.from(line);
  if (characters.length <= length) return line;
  const cut = characters.slice(0, length - 1).join('');
  const wordEnd = cut.search(/\s\S*$/);
  return `${(wordEnd > length / 2 ? cut.slice(0, wordEnd) : cut).replace(/[\s.,;:–-]+$/u, '')}…`;
}
