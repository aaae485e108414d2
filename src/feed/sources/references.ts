/**
 * Character references in plain text, read without a parser: CMS plugins write the references of their HTML into a
 * JSON Feed's plain text fields (WordPress: `&#8222;Tag des Ehrenamts&#8220; &#8211; Danke &amp; feiern &hellip;`).
 */

/** The named references such text holds: the basic five, the no-break space, dashes, quotes and the ellipsis. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', bdquo: '„',
  ldquo: '“', rdquo: '”', sbquo: '‚', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»',
};

/**
 * A code point the HTML parser takes as written, and text may hold: not NUL, a surrogate, a C1 control (remapped) or
 * beyond Unicode (those references stay as written).
 */
export const isTextCodePoint = (codePoint: number): boolean =>
  codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff) && !(codePoint >= 0x80 && codePoint <= 0x9f);

/**
 * Plain text with its character references read as the characters they stand for (numeric ones, and the named ones
 * above; any other stays as written), nothing else changed: line breaks stay, and an `&` without a reference's `;`
 * stays (`?a=1&para=2`).
 */
export function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]+));/g, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : reference;
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    return isTextCodePoint(codePoint) ? String.fromCodePoint(codePoint) : reference;
  });
}
