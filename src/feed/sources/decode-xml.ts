/**
 * Bytes of an XML feed to text. The encoding is taken, in this order, from a byte order mark, the XML declaration's
 * `encoding` (`<?xml version="1.0" encoding="ISO-8859-1"?>`), the `charset` of the response's content type, and
 * otherwise UTF-8. Labels are those of the WHATWG Encoding Standard, which `TextDecoder` implements (ISO-8859-1 is
 * read as windows-1252, as browsers do). Undecodable bytes become U+FFFD.
 */
import { byteOrderMark } from './detect-format.js';

/** The `encoding` pseudo-attribute of an XML declaration at the start of `bytes` (read as ASCII). */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const match = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(head);
  return match?.[1];
}

/** The `charset` parameter of a content type such as `application/rss+xml; charset=ISO-8859-1`. */
export function contentTypeCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/** Decodes `bytes` as described above. The byte order mark, if any, is not part of the result. */
export function decodeXmlBytes(bytes: Uint8Array, contentType?: string): string {
  const mark = byteOrderMark(bytes);
  if (mark) return new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length));
  for (const label of [declaredEncoding(bytes), contentTypeCharset(contentType)]) {
    const decoder = decoderFor(label);
    if (decoder) return decoder.decode(bytes);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A decoder for an ASCII-compatible encoding label; `undefined` for unknown labels and for UTF-16 without a BOM. */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    const decoder = new TextDecoder(label.trim());
    // A declaration that could be read as ASCII cannot truthfully say UTF-16: the bytes are ASCII-compatible.
    return decoder.encoding.startsWith('utf-16') ? undefined : decoder;
  } catch {
    return undefined;
  }
}
