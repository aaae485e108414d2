import { isSharedSuffix, normalizeHost } from '../feed/hosts.js';

/** An IPv4 address as the URL parser writes it (dotted decimal); a host ending in a number can be nothing else. */
const IPV4 = /^[\d.]+$/;

/**
 * A host in the form it is compared in: lower case, no trailing dot, an internationalised name in punycode, an IPv4
 * address in dotted decimal, an IPv6 address in brackets and canonical form (`[::1]`). `undefined` when it is no host.
 */
function comparableHost(value: string): string | undefined {
  const text = value.trim();
  if (text.includes(':')) {
    // IPv6, with or without brackets (`location.hostname` gives `[::1]`, a list may say `::1`).
    try {
      return new URL(`http://[${text.replace(/^\[|\]$/g, '')}]`).hostname;
    } catch {
      return undefined;
    }
  }
  return normalizeHost(text);
}

/**
 * True when a page served from `pageHost` may show the badge of a member that lists `domains`: the host equals one of
 * the domains or is a subdomain of one (`www.example.org` and `rathaus.example.org` for `example.org`). Both sides are
 * compared in lower case, without a trailing dot, internationalised names in their ASCII (punycode) form, so
 * `münchen.de` and `xn--mnchen-3ya.de` are the same host.
 *
 * Never a match: a mere suffix (`evil-example.org` is not `example.org`, nor is `example.org.evil.com`), an empty or
 * malformed host, an empty list. An IP address only matches itself (`10.0.0.1` is no "subdomain" of `0.1`), and a
 * name without a dot (`localhost`, an intranet name, or a top-level domain listed by mistake) only matches itself too,
 * so `de` in a list never vouches for every German site. Nor does a domain under which anybody can have a site
 * (`github.io`, `jimdosite.com`: see `isSharedSuffix`): it matches only itself.
 *
 * Pure: no DOM, no network.
 *
 * @example hostMatchesDomains('www.wittenberg.de', ['wittenberg.de']) // true
 * @example hostMatchesDomains('evil-wittenberg.de', ['wittenberg.de']) // false
 */
export function hostMatchesDomains(pageHost: string, domains: readonly string[] | undefined): boolean {
  return matchingDomain(pageHost, domains) !== undefined;
}

/**
 * The entry of `domains` that lets a page on `pageHost` show the badge (see `hostMatchesDomains`), as the list writes
 * it: the proof names it, for the visitor to compare with the address of the page.
 *
 * @example matchingDomain('rathaus.wittenberg.de', ['lutherstadt-wittenberg.de', 'wittenberg.de']) // 'wittenberg.de'
 */
export function matchingDomain(pageHost: string, domains: readonly string[] | undefined): string | undefined {
  const host = comparableHost(pageHost);
  if (host === undefined || !domains) return undefined;
  return domains.find((entry) => {
    const domain = typeof entry === 'string' ? comparableHost(entry) : undefined;
    if (domain === undefined) return false;
    if (host === domain) return true;
    const mayHaveSubdomains = domain.includes('.') && !domain.startsWith('[') && !IPV4.test(domain) && !isSharedSuffix(domain);
    return mayHaveSubdomains && host.endsWith(`.${domain}`);
  });
}
