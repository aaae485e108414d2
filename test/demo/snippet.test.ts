import { expect } from '@open-wc/testing';
import {
  attributesFor,
  DEFAULT_SCRIPT_URL,
  elementHtml,
  escapeAttribute,
  isAllowedUrl,
  scriptTag,
  snippetFor,
  stylesheetTag,
} from '../../demo/snippet.js';

/** Parses a snippet the way a browser would, into a document of its own that runs nothing. */
function parse(snippet: string): Document {
  return new DOMParser().parseFromString(snippet, 'text/html');
}

describe('the snippet builder', () => {
  describe('the script tag', () => {
    it('loads the CDN bundle from the site itself by default', () => {
      expect(scriptTag()).to.equal(`<script type="module" src="${DEFAULT_SCRIPT_URL}"></script>`);
      expect(DEFAULT_SCRIPT_URL.startsWith('/')).to.be.true;
    });

    it('takes the address the webmaster gives, absolute or relative', () => {
      expect(scriptTag('https://www.example.de/assets/ecw/engaged-city-widgets.js')).to.contain(
        'src="https://www.example.de/assets/ecw/engaged-city-widgets.js"',
      );
      expect(scriptTag(' ecw/engaged-city-widgets.js ')).to.contain('src="ecw/engaged-city-widgets.js"');
    });

    it('falls back to the default for an address with another scheme', () => {
      expect(scriptTag('javascript:alert(1)')).to.contain(`src="${DEFAULT_SCRIPT_URL}"`);
      expect(scriptTag('data:text/javascript,alert(1)')).to.contain(`src="${DEFAULT_SCRIPT_URL}"`);
      expect(scriptTag('')).to.contain(`src="${DEFAULT_SCRIPT_URL}"`);
    });
  });

  describe('the element', () => {
    it('leaves out every attribute that has its default value', () => {
      expect(attributesFor({ element: 'partnership-badge', member: 'trier', variant: 'full', size: 'm', verify: 'domain', theme: 'light' }))
        .to.deep.equal([['member', 'trier']]);
      expect(attributesFor({ element: 'network-news', layout: 'list', limit: 5 })).to.deep.equal([]);
      expect(attributesFor({ element: 'engaged-city-map', view: 'map', shading: 'partners', controls: 'full' })).to.deep.equal([]);
    });

    it('writes the chosen options in a stable order: what, how it looks, the feed, the language', () => {
      expect(attributesFor({
        element: 'partnership-badge', member: 'trier', variant: 'seal', size: 'l', verify: 'none',
        theme: 'dark', src: 'https://netzwerk.example/feed.json', lang: 'en',
      })).to.deep.equal([
        ['member', 'trier'], ['variant', 'seal'], ['size', 'l'], ['verify', 'none'],
        ['theme', 'dark'], ['src', 'https://netzwerk.example/feed.json'], ['lang', 'en'],
      ]);
    });

    it('joins several regions, members and tags with spaces, without repeats', () => {
      expect(attributesFor({
        element: 'network-news', regions: ['DE-ST', 'DE-TH', 'DE-ST'], members: ['trier'], tags: [' Ehrenamt  Sport ', ''],
      })).to.deep.equal([['region', 'DE-ST DE-TH'], ['member', 'trier'], ['tag', 'Ehrenamt Sport']]);
      expect(attributesFor({ element: 'engaged-city-map', regions: ['DE-RP', 'DE-SL'] })).to.deep.equal([['region', 'DE-RP DE-SL']]);
    });

    it('keeps the news limit between 1 and 50', () => {
      expect(attributesFor({ element: 'network-news', limit: 0 })).to.deep.equal([['limit', '1']]);
      expect(attributesFor({ element: 'network-news', limit: 80 })).to.deep.equal([['limit', '50']]);
      expect(attributesFor({ element: 'network-news', limit: Number.NaN })).to.deep.equal([]);
    });

    it('drops a feed URL with a scheme other than http(s)', () => {
      expect(attributesFor({ element: 'network-news', src: 'javascript:alert(1)' })).to.deep.equal([]);
      expect(attributesFor({ element: 'network-news', src: 'feed.json' })).to.deep.equal([['src', 'feed.json']]);
    });

    it('escapes attribute values, so no value can leave its quotes', () => {
      const html = elementHtml({ element: 'network-news', tags: ['"><script>alert(1)</script>'] });
      expect(html).to.not.contain('<script>');
      const news = parse(html).querySelector('network-news');
      expect(news?.getAttribute('tag')).to.equal('"><script>alert(1)</script>');
      expect(parse(html).querySelectorAll('script')).to.have.length(0);
    });

    it('holds a plain link to the network as fallback content, in the element’s language', () => {
      const german = parse(elementHtml({ element: 'engaged-city-map' })).querySelector('engaged-city-map a');
      expect(german?.getAttribute('href')).to.equal('https://www.engagiertestadt.de/');
      expect(german?.textContent).to.equal('Netzwerk Engagierte Stadt');
      const english = parse(elementHtml({ element: 'engaged-city-map', lang: 'en' })).querySelector('a');
      expect(english?.textContent).to.equal('The "Engagierte Stadt" network');
    });
  });

  describe('the stylesheet', () => {
    it('is the one beside the script, also where the CMS adds a version query', () => {
      expect(stylesheetTag()).to.equal(`<link rel="stylesheet" href="${DEFAULT_SCRIPT_URL.replace(/[^/]*$/, '')}engaged-city-widgets.css">`);
      expect(stylesheetTag('https://www.example.de/assets/ecw/engaged-city-widgets.js?ver=6.4.2')).to.equal(
        '<link rel="stylesheet" href="https://www.example.de/assets/ecw/engaged-city-widgets.css">',
      );
      expect(stylesheetTag('javascript:alert(1)')).to.equal(stylesheetTag());
    });
  });

  describe('the whole snippet', () => {
    it('is the stylesheet, the script tag, then the element, ready to paste', () => {
      expect(snippetFor({ element: 'partnership-badge', member: 'trier', variant: 'compact' }, '/ecw/engaged-city-widgets.js')).to.equal(
        '<link rel="stylesheet" href="/ecw/engaged-city-widgets.css">\n' +
          '<script type="module" src="/ecw/engaged-city-widgets.js"></script>\n' +
          '<partnership-badge member="trier" variant="compact">\n' +
          '  <a href="https://www.engagiertestadt.de/">Netzwerk Engagierte Stadt</a>\n' +
          '</partnership-badge>\n',
      );
    });
  });

  describe('the URL check', () => {
    it('allows http(s) and page-relative addresses only', () => {
      expect(isAllowedUrl('https://a.example/x.js')).to.be.true;
      expect(isAllowedUrl('http://a.example/x.js')).to.be.true;
      expect(isAllowedUrl('/x.js')).to.be.true;
      expect(isAllowedUrl('x/y.js?v=1')).to.be.true;
      expect(isAllowedUrl('https:x.js')).to.be.false;
      expect(isAllowedUrl('JavaScript:alert(1)')).to.be.false;
      expect(isAllowedUrl('vbscript:x')).to.be.false;
      expect(isAllowedUrl('  ')).to.be.false;
    });
  });

  it('escapes the four characters that matter inside a quoted attribute', () => {
    expect(escapeAttribute(`a&b"c<d>e'f`)).to.equal('a&amp;b&quot;c&lt;d&gt;e\'f');
  });
});
