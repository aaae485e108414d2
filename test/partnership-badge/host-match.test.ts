import { expect } from '@open-wc/testing';
import { hostMatchesDomains, matchingDomain } from '../../src/partnership-badge/host-match.js';
import { unicodeHost } from '../../src/partnership-badge/unicode-host.js';

describe('hostMatchesDomains: may a page on this host show the member’s badge?', () => {
  const domains = ['example.org'];

  describe('matches', () => {
    it('the exact host', () => {
      expect(hostMatchesDomains('example.org', domains)).to.equal(true);
    });

    it('a subdomain, at any depth', () => {
      expect(hostMatchesDomains('www.example.org', domains)).to.equal(true);
      expect(hostMatchesDomains('rathaus.stadt.example.org', domains)).to.equal(true);
    });

    it('any of several domains', () => {
      expect(hostMatchesDomains('www.example.de', ['example.org', 'example.de'])).to.equal(true);
    });

    it('regardless of upper case, on either side', () => {
      expect(hostMatchesDomains('WWW.Example.ORG', domains)).to.equal(true);
      expect(hostMatchesDomains('www.example.org', ['Example.Org'])).to.equal(true);
    });

    it('regardless of a trailing dot, on either side', () => {
      expect(hostMatchesDomains('www.example.org.', domains)).to.equal(true);
      expect(hostMatchesDomains('example.org', ['example.org.'])).to.equal(true);
    });

    it('an internationalised domain in punycode and in Unicode alike', () => {
      expect(hostMatchesDomains('xn--mnchen-3ya.de', ['münchen.de'])).to.equal(true);
      expect(hostMatchesDomains('münchen.de', ['xn--mnchen-3ya.de'])).to.equal(true);
      expect(hostMatchesDomains('www.MÜNCHEN.de', ['xn--mnchen-3ya.de'])).to.equal(true);
      expect(hostMatchesDomains('stadt.xn--mnchen-3ya.de', ['münchen.de'])).to.equal(true);
    });

    it('`localhost` with `localhost`', () => {
      expect(hostMatchesDomains('localhost', ['localhost'])).to.equal(true);
    });

    it('an IPv4 address with itself, also when written in another form', () => {
      expect(hostMatchesDomains('192.168.0.10', ['192.168.0.10'])).to.equal(true);
      expect(hostMatchesDomains('0xc0.168.0.10', ['192.168.0.10'])).to.equal(true);
    });

    it('an IPv6 address with itself, with or without brackets, in any notation', () => {
      expect(hostMatchesDomains('[::1]', ['::1'])).to.equal(true);
      expect(hostMatchesDomains('[2001:db8::1]', ['[2001:DB8:0:0:0:0:0:1]'])).to.equal(true);
    });
  });

  describe('does not match', () => {
    it('a host that merely ends in the same letters (the suffix trick)', () => {
      expect(hostMatchesDomains('evil-example.org', domains)).to.equal(false);
      expect(hostMatchesDomains('notexample.org', domains)).to.equal(false);
    });

    it('a host that merely starts with the domain', () => {
      expect(hostMatchesDomains('example.org.evil.com', domains)).to.equal(false);
      expect(hostMatchesDomains('example.organic', domains)).to.equal(false);
    });

    it('the parent of a listed subdomain', () => {
      expect(hostMatchesDomains('example.org', ['www.example.org'])).to.equal(false);
    });

    it('another internationalised domain that looks alike', () => {
      expect(hostMatchesDomains('munchen.de', ['münchen.de'])).to.equal(false);
      expect(hostMatchesDomains('xn--mnchen-3ya.de.evil.com', ['münchen.de'])).to.equal(false);
    });

    it('anything but `localhost` for `localhost`, and `localhost` for any other domain', () => {
      expect(hostMatchesDomains('evil.localhost', ['localhost'])).to.equal(false);
      expect(hostMatchesDomains('localhost', domains)).to.equal(false);
      expect(hostMatchesDomains('localhost.example.org.evil', ['localhost'])).to.equal(false);
    });

    it('a top-level domain listed by mistake', () => {
      expect(hostMatchesDomains('example.de', ['de'])).to.equal(false);
    });

    it('a site under a domain where anybody can have one, listed by mistake (github.io, jimdosite.com, co.uk)', () => {
      expect(hostMatchesDomains('impostor.github.io', ['github.io'])).to.equal(false);
      expect(hostMatchesDomains('fake-verein.jimdosite.com', ['JimdoSite.com.'])).to.equal(false);
      expect(hostMatchesDomains('fake.co.uk', ['co.uk'])).to.equal(false);
      expect(hostMatchesDomains('someones-box.myfritz.net', ['myfritz.net'])).to.equal(false);
      // The member's own site there, and its subdomains, still match.
      expect(hostMatchesDomains('www.verein.jimdosite.com', ['verein.jimdosite.com'])).to.equal(true);
      expect(hostMatchesDomains('github.io', ['github.io'])).to.equal(true);
    });

    it('an IP address with anything but itself', () => {
      expect(hostMatchesDomains('10.0.0.1', ['0.0.1'])).to.equal(false);
      expect(hostMatchesDomains('1.10.0.0.1', ['10.0.0.1'])).to.equal(false);
      expect(hostMatchesDomains('192.168.0.11', ['192.168.0.1'])).to.equal(false);
      expect(hostMatchesDomains('[::2]', ['::1'])).to.equal(false);
      expect(hostMatchesDomains('127.0.0.1', ['localhost'])).to.equal(false);
      expect(hostMatchesDomains('[::1]', ['localhost'])).to.equal(false);
    });

    it('an empty or malformed host, or an empty list', () => {
      expect(hostMatchesDomains('', domains)).to.equal(false);
      expect(hostMatchesDomains('www.example.org', [])).to.equal(false);
      expect(hostMatchesDomains('www.example.org', undefined)).to.equal(false);
      expect(hostMatchesDomains('www.example.org:8080', domains)).to.equal(false);
      expect(hostMatchesDomains('https://www.example.org/', domains)).to.equal(false);
      expect(hostMatchesDomains('www.example.org', ['', ' ', '.', 'https://example.org/'])).to.equal(false);
      expect(hostMatchesDomains('[not-ipv6]', ['[not-ipv6]'])).to.equal(false);
    });
  });
});

describe('matchingDomain: which of the member’s domains the page’s host matched, for the proof to name', () => {
  it('is the entry the host equals or is a subdomain of, as the list writes it', () => {
    expect(matchingDomain('rathaus.wittenberg.de', ['lutherstadt-wittenberg.de', 'wittenberg.de'])).to.equal('wittenberg.de');
    expect(matchingDomain('münchen.de', ['xn--mnchen-3ya.de'])).to.equal('xn--mnchen-3ya.de');
    expect(matchingDomain('xn--mnchen-3ya.de', ['münchen.de'])).to.equal('münchen.de');
  });

  it('is undefined where hostMatchesDomains says no', () => {
    expect(matchingDomain('evil-wittenberg.de', ['wittenberg.de'])).to.equal(undefined);
    expect(matchingDomain('www.wittenberg.de', undefined)).to.equal(undefined);
    expect(matchingDomain('', ['wittenberg.de'])).to.equal(undefined);
  });
});

describe('unicodeHost: a domain as the address bar shows it, for the proof', () => {
  it('decodes punycode labels (RFC 3492), as the network stores internationalised domains', () => {
    expect(unicodeHost('xn--mnchen-3ya.de')).to.equal('münchen.de');
    expect(unicodeHost('rathaus.xn--dsseldorf-q9a.de')).to.equal('rathaus.düsseldorf.de');
    expect(unicodeHost('xn--80akhbyknj4f.xn--p1ai')).to.equal('испытание.рф');
  });

  it('keeps a label in ASCII where the address bar does: mixed scripts, look-alikes of Latin letters, symbols', () => {
    // "аpple" with a Cyrillic а would read as apple.example.
    expect(unicodeHost('xn--pple-43d.example')).to.equal('xn--pple-43d.example');
    // "аррӏе": Cyrillic letters only, every one of them a look-alike of a Latin one.
    expect(unicodeHost('xn--80ak6aa92e.com')).to.equal('xn--80ak6aa92e.com');
    expect(unicodeHost('www.xn--80ak6aa92e.xn--mnchen-3ya.de')).to.equal('www.xn--80ak6aa92e.münchen.de');
    // Emoji: not a script.
    expect(unicodeHost('xn--ls8h.la')).to.equal('xn--ls8h.la');
  });

  it('keeps other names, and labels that do not decode to a name the browser writes back the same, as they are (in lower case)', () => {
    expect(unicodeHost('wittenberg.de')).to.equal('wittenberg.de');
    expect(unicodeHost('xn--a.de')).to.equal('xn--a.de');
    expect(unicodeHost('xn--.de')).to.equal('xn--.de');
    expect(unicodeHost('xn--zz!.de')).to.equal('xn--zz!.de');
  });
});
