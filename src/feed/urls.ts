import { cleanLine } from './clean-text.js';

/**
 * The package's one URL check. Returns the URL as an absolute `http:` or `https:` URL (its normalised `href`), or
 * `undefined` for anything else: another scheme (`javascript:`, `data:`, `vbscript:`, in any case and with any white
 * space or control characters hidden in or around it), a malformed URL, or a relative URL without a base.
 *
 * The value is cleaned like every feed string (control and bidi characters removed, trimmed), then parsed with
 * `new URL(value, baseUrl)`; the scheme is checked on the parsed result, never on the text. A `baseUrl` that is itself
 * not a URL is ignored. A URL with a user name or password is dropped too: in a feed they only disguise the host.
 * Needs no DOM.
 *
 * @example safeUrl('/news/1', 'https://example.org/feed.json') // 'https://example.org/news/1'
 * @example safeUrl('java\tscript:alert(1)') // undefined
 */
export function safeUrl(value: unknown, baseUrl?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = cleanLine(value);
  if (text === '') return undefined;
  let url: URL;
  try {
    url = usableBase(baseUrl) === undefined ? new URL(text) : new URL(text, baseUrl);
  } catch {
    return undefined;
  }
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  // Browsers differ on odd hosts (Chromium keeps `exa mple.org` as `exa%20mple.org`): a real host has no `%`.
  // Credentials in a link only serve to disguise its host (`https://engagiertestadt.de@evil.example/`): dropped.
  const disguised = url.username !== '' || url.password !== '';
  return isHttp && url.hostname !== '' && !url.hostname.includes('%') && !disguised ? url.href : undefined;
}

/** True for an absolute `http:` or `https:` URL as {@link safeUrl} returns it. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && safeUrl(value) === value;
}

// The base of the last call, remembered: a feed resolves all its URLs against the same base.
let lastBase: string | undefined;
let lastBaseIsUrl = false;

function usableBase(baseUrl: string | undefined): string | undefined {
  if (typeof baseUrl !== 'string') return undefined;
  if (baseUrl !== lastBase) {
    lastBase = baseUrl;
    lastBaseIsUrl = canParse(baseUrl);
  }
  return lastBaseIsUrl ? baseUrl : undefined;
}

function canParse(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
