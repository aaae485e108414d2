import type { FetchedDocument } from './shared-cache.js';

/** The encoding a byte order mark announces, as the Encoding Standard reads it. */
function encodingOfByteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The `charset` parameter of a media type such as `application/json; charset="ISO-8859-1"`. */
export function charsetOf(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const separator = parameter.indexOf('=');
    if (separator < 0 || parameter.slice(0, separator).trim().toLowerCase() !== 'charset') continue;
    const value = parameter.slice(separator + 1).trim().replace(/^"(.*)"$/s, '$1').trim();
    return value || undefined;
  }
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder {
  if (label) {
    try {
      return new TextDecoder(label);
    } catch {
      // An unknown or unsupported label (RangeError): fall back to UTF-8.
    }
  }
  return new TextDecoder('utf-8');
}

/**
 * The text of a fetched document: decoded as its byte order mark says, else as the `charset=` of its
 * `Content-Type`, else as UTF-8 (also for an unknown charset). Malformed bytes become U+FFFD; the BOM is removed.
 * For JSON; XML sources, whose encoding may also be declared inside the document, need their own decoder.
 */
export function decodeText(fetched: Pick<FetchedDocument, 'bytes' | 'contentType'>): string {
  const label = encodingOfByteOrderMark(fetched.bytes) ?? charsetOf(fetched.contentType);
  return decoderFor(label).decode(fetched.bytes);
}
