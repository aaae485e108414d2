import { expect } from '@open-wc/testing';
import { normalizeHost } from '../../src/feed/hosts.js';
import { isHttpUrl, safeUrl } from '../../src/feed/urls.js';

describe('safeUrl', () => {
  describe('keeps absolute http and https URLs', () => {
    it('returns the normalised href', () => {
      expect(safeUrl('https://example.org')).to.equal('https://example.org/');
      expect(safeUrl('HTTP://Example.ORG/Pfad?q=1#x')).to.equal('http://example.org/Pfad?q=1#x');
    });

    it('trims white space and removes control and bidi characters first', () => {
      expect(safeUrl('  https://example.org/a \n')).to.equal('https://example.org/a');
      expect(safeUrl('https://exa\u0000mple.org/')).to.equal('https://example.org/');
      expect(safeUrl('https://example.org/\u202Eabc')).to.equal('https://example.org/abc');
    });

    it('converts an internationalised host name to punycode', () => {
      expect(safeUrl('https://bürger.example/')).to.equal('https://xn--brger-kva.example/');
    });
  });

  describe('drops every other scheme, however it is disguised', () => {
    const attacks = [
      'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\tjavascript:alert(1)',
      'java\tscript:alert(1)', 'java\nscript:alert(1)', 'java\u0000script:alert(1)', '\u0001javascript:alert(1)',
      'javascript\u202E:alert(1)', 'data:text/html,<script>alert(1)</script>', 'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.org/', 'blob:https://example.org/uuid', 'about:blank',
      'mailto:info@example.org', '\u00A0javascript:alert(1)', '\uFEFFjavascript:alert(1)',
    ];
    for (const attack of attacks) {
      it(`drops ${JSON.stringify(attack)}`, () => {
        expect(safeUrl(attack)).to.equal(undefined);
        expect(safeUrl(attack, 'https://example.org/feed.json')).to.equal(undefined);
      });
    }
  });

  describe('resolves relative URLs only against a base URL', () => {
    it('resolves a path, a protocol-relative URL and a query against the base', () => {
      const base = 'https://www.engagiertestadt.de/feeds/feed.json';
      expect(safeUrl('/news/1', base)).to.equal('https://www.engagiertestadt.de/news/1');
      expect(safeUrl('bild.jpg', base)).to.equal('https://www.engagiertestadt.de/feeds/bild.jpg');
      expect(safeUrl('//cdn.example.org/a.png', base)).to.equal('https://cdn.example.org/a.png');
    });

    it('drops a relative URL when there is no base, or the base is no URL', () => {
      expect(safeUrl('/news/1')).to.equal(undefined);
      expect(safeUrl('news/1')).to.equal(undefined);
      expect(safeUrl('/news/1', 'not a url')).to.equal(undefined);
      expect(safeUrl('https://example.org/', 'not a url')).to.equal('https://example.org/');
    });

    it('keeps a relative URL from becoming another scheme through a non-http base', () => {
      expect(safeUrl('x', 'data:text/plain,abc')).to.equal(undefined);
      expect(safeUrl('/x', 'file:///home/')).to.equal(undefined);
    });
  });

  describe('drops what is no URL', () => {
    it('drops empty, malformed and non-string values', () => {
      for (const value of ['', '   ', 'http://', 'https://exa mple.org/', 'http://[::1', 42, null, undefined, {}, ['https://a.org/']]) {
        expect(safeUrl(value), String(value)).to.equal(undefined);
      }
    });
  });

  it('drops a URL whose user name or password disguises its real host', () => {
    expect(safeUrl('https://www.engagiertestadt.de@evil.example/profil')).to.equal(undefined);
    expect(safeUrl('https://user:secret@example.org/')).to.equal(undefined);
    expect(safeUrl('https://example.org/@user')).to.equal('https://example.org/@user');
  });

  it('isHttpUrl recognises exactly what safeUrl returns', () => {
    expect(isHttpUrl('https://example.org/')).to.equal(true);
    expect(isHttpUrl('https://example.org')).to.equal(false);
    expect(isHttpUrl('javascript:alert(1)')).to.equal(false);
  });
});

describe('normalizeHost', () => {
  it('keeps a lower-case host name as it is', () => {
    expect(normalizeHost('www.wittenberg.de')).to.equal('www.wittenberg.de');
    expect(normalizeHost('localhost')).to.equal('localhost');
  });

  it('writes a host name in lower case, without a trailing dot, after trimming', () => {
    expect(normalizeHost('  Wittenberg.DE.  ')).to.equal('wittenberg.de');
  });

  it('converts an internationalised host name to ASCII (punycode)', () => {
    expect(normalizeHost('Bürger.Example')).to.equal('xn--brger-kva.example');
    expect(normalizeHost('münchen.de')).to.equal('xn--mnchen-3ya.de');
  });

  it('writes an IPv4 address the way the URL parser does', () => {
    expect(normalizeHost('127.1')).to.equal('127.0.0.1');
    expect(normalizeHost('0x7F.0.0.1')).to.equal('127.0.0.1');
  });

  it('rejects anything with a scheme, a path, a port, user info or spaces', () => {
    for (const value of [
      'https://wittenberg.de', 'wittenberg.de/pfad', 'wittenberg.de:8080', 'anna@wittenberg.de', 'witten berg.de',
      'wittenberg.de?x', 'wittenberg.de#x', '', '   ', '.', 'a..b', '*.wittenberg.de', '[::1]', 'wittenberg.de\\x',
    ]) {
      expect(normalizeHost(value), value).to.equal(undefined);
    }
  });

  it('rejects a host name longer than 253 characters or with a label longer than 63', () => {
    expect(normalizeHost(`${'a'.repeat(64)}.de`)).to.equal(undefined);
    expect(normalizeHost(`${'abcdefghi.'.repeat(26)}de`)).to.equal(undefined);
  });

  it('rejects values that are not strings', () => {
    expect(normalizeHost(42 as unknown as string)).to.equal(undefined);
  });
});
