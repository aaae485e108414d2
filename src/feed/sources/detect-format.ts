/**
 * Which reader a news source needs, told from its first bytes: JSON Feed (read by `parseFeed`, no DOM) or XML (RSS
 * and Atom, read with `DOMParser` by a reader that `<network-news>` loads only when such a document arrives).
 */

const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/** The encoding a byte order mark at the start of `bytes` names, if any. */
export function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  for (const mark of BYTE_ORDER_MARKS) {
    if (mark.bytes.every((byte, index) => bytes[index] === byte)) return { encoding: mark.encoding, length: mark.bytes.length };
  }
  return undefined;
}

/** `json` when the first character after a byte order mark and white space is `{`, else `xml`. */
export function detectFormat(bytes: Uint8Array): 'json' | 'xml' {
  const mark = byteOrderMark(bytes);
  if (mark && mark.encoding !== 'utf-8') {
    const text = new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length, mark.length + 64));
    return text.trimStart().startsWith('{') ? 'json' : 'xml';
  }
  for (let index = mark?.length ?? 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return byte === 0x7b ? 'json' : 'xml';
  }
  return 'xml';
}
