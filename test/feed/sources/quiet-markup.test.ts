import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { quietMarkup } from '../../../src/feed/sources/quiet-markup.js';

/** Parses test markup the way the package does (test input only, never feed data on the page). */
const parse = (markup: string, type: DOMParserSupportedType = 'text/html') => new DOMParser().parseFromString(markup, type);
const reportedAttributes = (document: Document) =>
  [...document.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => /^(style|on)/i.test(name)));

describe('quietMarkup: feed markup without the attributes a strict page would report', () => {
  it('drops style and event-handler attributes, in any case, quoted, unquoted or bare', () => {
    expect(quietMarkup('<p style="color:red" ONCLICK=go() class=x onmouseover>Hallo</p>', true)).to.equal('<p class=x>Hallo</p>');
    expect(quietMarkup(`<img src='a.png' onerror='alert(1)' alt=''/>`, true)).to.equal(`<img src='a.png' alt='' />`);
    // Only those: names that merely begin like them stay.
    expect(quietMarkup('<p stylesheet=a data-style=b style=c>x</p>', true)).to.equal('<p stylesheet=a data-style=b>x</p>');
    expect(quietMarkup('<img src=x onload=y />', true), 'the space keeps the unquoted value whole').to.equal('<img src=x />');
  });

  it('reads a quoted value to its closing quote, even when it holds ">"', () => {
    expect(quietMarkup('<a title="a > b" style="x">Text</a>', true)).to.equal('<a title="a > b">Text</a>');
  });

  it('keeps the attributes RSS and Atom need, and everything that is not a start tag', () => {
    const atom = '<link rel="alternate" href="https://example.org/1"/><content type="xhtml">';
    expect(quietMarkup(atom, false)).to.equal(atom);
    const other = '<!-- <p style="x"> --><![CDATA[<p style="x">]]></p><?xml-stylesheet href="a"?> a < b';
    expect(quietMarkup(`${other}<b style=x>`, false)).to.equal(`${other}<b>`);
  });

  it('drops <style> elements whole (a CSP reports their text too), and only them', () => {
    expect(quietMarkup('<p>A</p><STYLE media="x">p { color: red } </p></style ><p>B</p>', true)).to.equal('<p>A</p><p>B</p>');
    expect(quietMarkup('a<style>never closed', true)).to.equal('a');
    // In HTML the slash of <style/> means nothing: the style text follows, and goes with it.
    expect(quietMarkup('<style/>p{color:red}</style><p>t</p>', true)).to.equal('<p>t</p>');
    // In XML <style/> is empty, names are case-sensitive, and <stylesheet> is another element.
    expect(quietMarkup('a<style/>b<stylesheet>c<Style>d</Style>', false)).to.equal('ab<stylesheet>c<Style>d</Style>');
  });

  it('leaves the content of HTML raw-text elements alone: a <style> in a <textarea> is text, not an element', () => {
    const markup = '<textarea><style></textarea><p style="x">Real text</p>';
    expect(quietMarkup(markup, true)).to.equal('<textarea><style></textarea><p>Real text</p>');
    expect(parse(quietMarkup(markup, true)).body.textContent).to.equal('<style>Real text');
  });

  it('drops a tag the markup ends inside of, as the browser does', () => {
    expect(quietMarkup('Text <p style="x', true)).to.equal('Text ');
  });

  it('leaves text that merely mentions style= alone', () => {
    expect(quietMarkup('So schreibt man style="color:red" in HTML.', true)).to.equal('So schreibt man style="color:red" in HTML.');
  });

  it('(property) the browser reads the same text from the quiet markup, and finds no reported attribute in it', () => {
    const name = fc.constantFrom('p', 'b', 'a', 'img', 'div', 'span', 'svg', 'br');
    const attribute = fc.tuple(
      fc.constantFrom('style', 'onclick', 'OnLoad', 'class', 'href', 'title', 'alt', 'one', 'data-style'),
      fc.constantFrom('', '=x', '="a > b"', "='c'", '=" style=y "', '=on'),
    ).map(([key, value]) => ` ${key}${value}`);
    const tag = fc.tuple(name, fc.array(attribute, { maxLength: 4 }), fc.boolean()).map(
      ([tagName, attributes, selfClosing]) => `<${tagName}${attributes.join('')}${selfClosing ? '/' : ''}>`,
    );
    const piece = fc.oneof(tag, fc.constantFrom('Text ', 'a < b ', '&amp; ', '</p>', '</b>', '<!-- c -->', 'style=x '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const markup = pieces.join('');
        const quiet = parse(quietMarkup(markup, true));
        expect(quiet.body.textContent).to.equal(parse(markup).body.textContent);
        expect(reportedAttributes(quiet)).to.deep.equal([]);
      }),
      { numRuns: 300 },
    );
  });

  it('quiets XHTML inside an Atom feed and keeps the document well-formed', () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' +
      '<p style="margin:0" onclick="go()" class="x">Am <em style="color:#060">Vorlesetag</em></p></div></content></feed>';
    const document = parse(quietMarkup(xml, false), 'application/xml');
    expect(document.querySelector('parsererror')).to.equal(null);
    expect(document.documentElement.textContent).to.equal('Am Vorlesetag');
    expect(reportedAttributes(document)).to.deep.equal([]);
  });
});
