import { cleanLine } from './clean-text.js';

/** Characters that make a value more than a host name: a scheme, user info, port, path, query, fragment, white space. */
const NOT_A_HOST = /[\s/\\:@?#[\]]/u;
/** A host name in ASCII form: dot-separated labels of letters, digits, hyphens (and underscores), at most 253 long. */
const ASCII_HOST = /^(?=.{1,253}$)[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*$/;

/**
 * Normalises a host name the way the feed stores `domains` and the badge compares the page's host: cleaned and
 * trimmed, lower case, without a trailing dot, internationalised names in their ASCII (punycode) form.
 * Returns `undefined` for anything that is not a bare host name: a scheme, a path, a port, user info, white space,
 * an empty label.
 *
 * @example normalizeHost('Bürger.Example.') // 'xn--brger-kva.example'
 * @example normalizeHost('https://example.org/') // undefined
 */
export function normalizeHost(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cleanLine(value);
  if (text === '' || NOT_A_HOST.test(text)) return undefined;
  let hostname: string;
  try {
    hostname = new URL(`http://${text}`).hostname;
  } catch {
    return undefined;
  }
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  return ASCII_HOST.test(hostname) ? hostname : undefined;
}
