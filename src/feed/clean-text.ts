/**
 * The first step for every string in a feed: remove the characters no reader should ever see, then trim; a string
 * with nothing visible left is empty.
 * Removed: C0 control characters (in multi-line text tab and line feed stay), DEL, C1 control characters, and the
 * bidirectional embedding, override and isolate characters U+202A–U+202E and U+2066–U+2069.
 */

/** Characters removed from single-line text: all of C0, DEL, C1, bidi embeddings, overrides and isolates. */
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Characters removed from multi-line text: as above, but tab (U+0009) and line feed (U+000A) stay. */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * A character a reader sees: neither white space nor one that shows nothing (zero-width spaces and joiners, the word
 * joiner, the byte order mark, the Hangul fillers: Unicode's default ignorable code points).
 */
const VISIBLE = /[^\s\p{Default_Ignorable_Code_Point}]/u;

/** `text`, or `''` when it has nothing a reader would see (a name of zero-width spaces is no name). */
const visibleOr = (text: string): string => (VISIBLE.test(text) ? text : '');

/** Cleans one line of text (a name, a title, an id, a URL): unsafe characters removed, then trimmed. */
export function cleanLine(value: string): string {
  return visibleOr(value.replace(UNSAFE_IN_LINE, '').trim());
}

/** Cleans multi-line text (a summary, an article): like {@link cleanLine}, but keeps tabs and line feeds. */
export function cleanMultiLine(value: string): string {
  return visibleOr(value.replace(UNSAFE_IN_TEXT, '').trim());
}

/** The length of a string in Unicode code points, as the feed's limits count it. */
export function codePointLength(value: string): number {
  let length = 0;
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    length++;
  }
  return length;
}

/**
 * Shortens cleaned text to at most `max` code points, never splitting a surrogate pair, and trims the end again so the
 * result is stable when cleaned once more. Returns the text itself when it is short enough.
 */
export function truncateText(value: string, max: number): string {
  if (value.length <= max) return value;
  let codePoints = 0;
  let index = 0;
  while (index < value.length && codePoints < max) {
    const unit = value.charCodeAt(index);
    const isPair =
      unit >= 0xd800 && unit <= 0xdbff && index + 1 < value.length &&
      value.charCodeAt(index + 1) >= 0xdc00 && value.charCodeAt(index + 1) <= 0xdfff;
    index += isPair ? 2 : 1;
    codePoints++;
  }
  return index >= value.length ? value : value.slice(0, index).trimEnd();
}

/** True when text is longer than `max` code points. */
export function isLongerThan(value: string, max: number): boolean {
  // A string never has more code points than UTF-16 code units: the count is needed only for longer strings.
  return value.length > max && codePointLength(value) > max;
}
