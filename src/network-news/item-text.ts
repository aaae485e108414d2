import { htmlToText } from '../feed/sources/html-text.js';
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

/**
 * The text an item shows: its `summary` (the text of it when it holds HTML tags), else `content_text`, else the text
 * of `content_html`; `''` when none.
 */
export function itemText(item: FeedItem): string {
  let text = textCache.get(item);
  if (text === undefined) {
    const summary = item.summary && HTML_TAG.test(item.summary) ? htmlToText(item.summary) : item.summary;
    text = summary || item.content_text || (item.content_html ? htmlToText(item.content_html) : '');
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
