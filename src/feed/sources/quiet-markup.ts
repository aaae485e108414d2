/**
 * Markup made quiet for a strict page. A document built by `DOMParser` shares the page's Content-Security-Policy, and
 * Chromium checks every `style` and `on…` attribute of an HTML element against it while parsing: the attribute does
 * nothing in the inert document, but each one is reported as a violation (to the console and to the site's report
 * endpoint). So before feed markup is parsed, its start tags lose the attributes that would be reported and `<style>`
 * elements go; nothing reads them (HTML is read for its text only; RSS and Atom need their own attributes, kept).
 *
 * A linear scan that follows the tokenizer's rules for tags (a quote opens a value only after `=`), copies comments,
 * CDATA sections, declarations and end tags as they are, and in HTML skips the content of raw-text elements
 * (`<script>`, `<textarea>`, `<title>`, ...), which holds no tags. Where it reads malformed markup differently from the
 * browser, the cost is a reported violation or text read differently, shown as text: never markup on the page (the
 * document stays inert, and only its text is read).
 */

/** An attribute a CSP would report on an HTML or XHTML element: `style`, or an event handler (`onclick`, ...). */
const isReported = (name: string): boolean => /^(?:style|on[a-z]+)$/i.test(name);

/** HTML elements whose content is text up to their end tag (raw text and escapable raw text). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\t' || char === '\f' || char === '\r';
const isLetter = (char: string | undefined): boolean => char !== undefined && /[a-z]/i.test(char);

/**
 * `markup` without the `style` and `on…` attributes of its start tags and without `<style>` elements (whose text a CSP
 * reports too, and which show no text anyway); everything else as it was. `html`: read as HTML (raw-text elements,
 * case-insensitive names, no self-closing tags); else as XML.
 */
export function quietMarkup(markup: string, html: boolean): string {
  if (!/[\s/"'<](?:style|on[a-z])/i.test(markup)) return markup;
  const out: string[] = [];
  let copied = 0;
  let index = markup.indexOf('<');
  while (index !== -1 && index < markup.length) {
    const next = markup[index + 1];
    if (next === '!') {
      // A comment, a CDATA section or a declaration: copied as it is.
      const end = markup.startsWith('<!--', index) ? endOf(markup, '-->', index + 4)
        : markup.startsWith('<![CDATA[', index) ? endOf(markup, ']]>', index + 9)
        : endOf(markup, '>', index + 2);
      index = markup.indexOf('<', end);
      continue;
    }
    if (!isLetter(next)) {
      // An end tag, a processing instruction or a lone `<`: nothing to quiet.
      index = markup.indexOf('<', index + 1);
      continue;
    }
    const tag = readStartTag(markup, index);
    const name = /^<([^\s/>]+)/.exec(tag.text)?.[1] ?? '';
    const element = html ? name.toLowerCase() : name;
    // In XML `<style/>` is empty; in HTML the slash means nothing, and raw text follows up to the end tag.
    const hasContent = html ? RAW_TEXT.has(element) : element === 'style' && !tag.text.endsWith('/>');
    const contentEnd = hasContent ? endTagOf(markup, element, tag.end, html) : tag.end;
    if (element === 'style') {
      // The whole element goes, with its style text (an unclosed one in HTML holds the rest, which shows nothing).
      out.push(markup.slice(copied, index));
      copied = index = contentEnd;
    } else {
      out.push(markup.slice(copied, index), tag.text);
      copied = index = tag.end;
      // The content of a raw-text element holds no tags: copied as it is.
      if (hasContent) index = contentEnd;
    }
    index = markup.indexOf('<', index);
  }
  out.push(markup.slice(copied));
  return out.join('');
}

/** The index just after the end tag of `element` (`</name…>`) from `from`; the end of `markup` when there is none. */
function endTagOf(markup: string, element: string, from: number, html: boolean): number {
  const pattern = new RegExp(`</${element}(?=[\\s/>])`, html ? 'gi' : 'g');
  pattern.lastIndex = from;
  const found = pattern.exec(markup);
  return found ? endOf(markup, '>', found.index) : markup.length;
}

/** The index just after `terminator`, searched from `from`; the end of `text` when there is none. */
function endOf(text: string, terminator: string, from: number): number {
  const found = text.indexOf(terminator, from);
  return found === -1 ? text.length : found + terminator.length;
}

/** Reads the start tag at `start` (`<` and a letter) and writes it again without the reported attributes. */
function readStartTag(markup: string, start: number): { text: string; end: number } {
  let index = start + 1;
  while (index < markup.length && !isSpace(markup[index]) && markup[index] !== '/' && markup[index] !== '>') index++;
  let text = markup.slice(start, index);
  while (index < markup.length) {
    const char = markup[index];
    if (char === '>') return { text: `${text}>`, end: index + 1 };
    if (isSpace(char) || char === '/') {
      // ` />` keeps its space: `<img src=x />` must not become `src=x/`.
      if (char === '/' && markup[index + 1] === '>') return { text: `${text} />`, end: index + 2 };
      index++;
      continue;
    }
    // An attribute: its name (which may begin with `=`), then optionally `=` and a value, quoted or not.
    const attributeStart = index;
    index++;
    while (index < markup.length && !isSpace(markup[index]) && !'/>='.includes(markup[index]!)) index++;
    const name = markup.slice(attributeStart, index);
    let afterName = index;
    while (isSpace(markup[afterName])) afterName++;
    if (markup[afterName] === '=') {
      index = afterName + 1;
      while (isSpace(markup[index])) index++;
      const quote = markup[index];
      if (quote === '"' || quote === "'") {
        index = endOf(markup, quote, index + 1);
      } else {
        while (index < markup.length && !isSpace(markup[index]) && markup[index] !== '>') index++;
      }
    }
    if (!isReported(name)) text += ` ${markup.slice(attributeStart, index)}`;
  }
  // The markup ends inside the tag: the browser drops such a tag, and so does this.
  return { text: '', end: markup.length };
}
