import { cleanLine } from './clean-text.js';

/** Characters that make a value more than a host name: a scheme, user info, port, path, query, fragment, white space. */
const NOT_A_HOST = /[\s/\\:@?#[\]]/u;
/** A host name in ASCII form: dot-separated labels of letters, digits, hyphens (and underscores), at most 253 long. */
const ASCII_HOST = /^(?=.{1,253}$)[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*$/;

/** The last label of a host that the URL parser reads as an IPv4 number (`127.1`, `0x7f`). */
const NUMERIC_LABEL = /(?:^|\.)(?:\d+|0x[0-9a-f]*)$/;

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
  if (isAlreadyNormal(text)) return text;
  let hostname: string;
  try {
    hostname = new URL(`http://${text}`).hostname;
  } catch {
    return undefined;
  }
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  return ASCII_HOST.test(hostname) ? hostname : undefined;
}

/**
 * True for a host name the URL parser would return unchanged: lower-case ASCII labels, no punycode to check, no
 * trailing dot, not ending in a number. Saves a URL parse per domain in large feeds.
 */
function isAlreadyNormal(text: string): boolean {
  return ASCII_HOST.test(text) && !text.includes('xn--') && !NUMERIC_LABEL.test(text);
}

/**
 * Domains under which anybody can have a site of their own (website builders, blog and code hosts, cloud platforms,
 * registries with second-level names): a subdomain of one belongs to somebody else. The public suffix list's most
 * common entries for sites in Germany, not all of it.
 */
const SHARED_SUFFIXES = new Set([
  'blogspot.com', 'blogspot.de', 'wordpress.com', 'wixsite.com', 'jimdofree.com', 'jimdosite.com', 'jimdo.com',
  'webnode.page', 'webnode.de', 'squarespace.com', 'weebly.com', 'webflow.io', 'site123.me', 'strikingly.com',
  'github.io', 'gitlab.io', 'codeberg.page', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com',
  'herokuapp.com', 'onrender.com', 'fly.dev', 'azurewebsites.net', 'cloudfront.net', 'appspot.com', 'glitch.me',
  'neocities.org', 'de.tl', 'npage.de', 'beepworld.de', 'myshopify.com', 'co.uk', 'org.uk', 'com.au', 'co.at', 'or.at',
  'com.de', 'de.com', 'myfritz.net', 'ddnss.de', 'dyndns.org', 'duckdns.org', 'selfhost.de', 'no-ip.org',
]);

/**
 * True for a domain under which anybody can have a site (`github.io`, `jimdosite.com`): the badge accepts such a
 * domain only as the exact host, never its subdomains, so a feed that lists one by mistake vouches for nobody else.
 */
export function isSharedSuffix(host: string): boolean {
  return SHARED_SUFFIXES.has(host);
}
