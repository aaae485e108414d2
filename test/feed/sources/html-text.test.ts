import { expect } from '@open-wc/testing';
import { joinLines } from '../../../src/feed/join-lines.js';
import { htmlToText, lineToText } from '../../../src/feed/sources/html-text.js';

describe('htmlToText shows HTML from a feed as plain text', () => {
  it('reads text and decodes character references', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &#8211; <b>live</b>&nbsp;on stage</p>')).to.equal('Tom & Jerry – live\u00a0on stage');
  });

  it('collapses white space as a browser renders it', () => {
    expect(htmlToText('  one\n   two\t three  ')).to.equal('one two three');
    expect(htmlToText('<span>one</span>\n\n   <span>two</span>')).to.equal('one two');
  });

  it('separates paragraphs by a blank line and blocks and <br> by a line break', () => {
    expect(htmlToText('<p>First</p><p>Second</p>')).to.equal('First\n\nSecond');
    expect(htmlToText('<div>one</div><div>two</div>')).to.equal('one\ntwo');
    expect(htmlToText('one<br>two<br/><br>three')).to.equal('one\ntwo\n\nthree');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul><p>after</p>')).to.equal('a\nb\n\nafter');
  });

  it('keeps the line breaks of preformatted text', () => {
    expect(htmlToText('<pre>a\n  b</pre>')).to.equal('a\n  b');
  });

  it('leaves out scripts, styles and templates, and runs nothing', () => {
    const before = (window as unknown as { hacked?: boolean }).hacked;
    expect(htmlToText('<script>window.hacked = true</script><style>p{}</style>Hello<img src=x onerror="window.hacked=true">'))
      .to.equal('Hello');
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(before);
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<img src="a.png"><br>')).to.equal('');
  });
});

describe('lineToText reads one-line fields that may hold HTML (RSS titles)', () => {
  it('keeps text without markup as written, inner spaces included', () => {
    expect(lineToText('We demand more  | Jessica Valenti')).to.equal('We demand more  | Jessica Valenti');
    expect(lineToText('A < B and C > D')).to.equal('A < B and C > D');
  });

  it('turns line breaks into spaces', () => {
    expect(lineToText('one\n   two')).to.equal('one two');
  });

  it('reads markup and escaped entities as HTML', () => {
    expect(lineToText('<b>Bold</b> news')).to.equal('Bold news');
    expect(lineToText('AT&amp;T')).to.equal('AT&T');
    expect(lineToText('<script>alert(1)</script>Hi')).to.equal('Hi');
  });
});

describe('htmlToText reads character references like the HTML parser', () => {
  const cases = [
    'Tom &amp; Jerry', '&lt;b&gt; is bold', '&#8211; dash &#x2013; &#X2013;', '&quot;quoted&quot; &apos;single&apos;',
    'AT&T and & alone', '&hellip; &nbsp; &auml;', '&amp;amp;', '&#0; &#xD800; &#x110000; &#128; &#150;', '&AMP; &Amp;',
    '&notit; &ampx', 'emoji &#x1f605;',
  ];
  for (const text of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const parsed = new DOMParser().parseFromString(`<p>${text}</p>`, 'text/html').body.textContent!.replace(/[ \t\n\r\f]+/g, ' ').trim();
      expect(htmlToText(text)).to.equal(parsed);
    });
  }
});

describe('long runs of white space from a hostile feed take time in proportion to their length', () => {
  // A reading whose time grew with the square of the length took minutes for these inputs (the test's timeout fails
  // it); in proportion to the length it takes milliseconds.
  const spaces = ' '.repeat(1_000_000);

  it('text in <pre> with a million spaces between lines', () => {
    const text = htmlToText(`<pre>a${spaces}x\n${spaces}</pre><p>b</p>`);
    expect(text.startsWith('a')).to.equal(true);
    expect(text.endsWith('x\n\nb')).to.equal(true);
  });

  it('a one-line field with a million spaces and no line break, and one with many', () => {
    expect(joinLines(`a${spaces}b`)).to.equal(`a${spaces}b`);
    expect(joinLines(`a${spaces}\n${spaces}b`)).to.equal('a b');
    expect(joinLines(`a ${'\n '.repeat(100_000)}b`)).to.equal('a b');
  });
});

describe('joinLines', () => {
  for (const [input, expected] of [
    ['a  \n \n  b', 'a b'], ['a\n', 'a '], ['\nb', ' b'], ['a\r\nb', 'a b'], ['a\tb', 'a\tb'], ['a \u00a0\nb', 'a \u00a0 b'],
  ]) {
    it(`joins ${JSON.stringify(input)} as the browser would show it on one line`, () => {
      expect(joinLines(input!)).to.equal(expected);
    });
  }
});
