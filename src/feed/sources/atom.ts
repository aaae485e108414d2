/**
 * Atom 1.0 (RFC 4287) to a raw JSON Feed document: text constructs of type text, html and xhtml read as plain text,
 * alternate links (preferring HTML pages), `xml:base` on the feed, entries and links, `published`/`updated`,
 * authors (an entry without one inherits the feed's), categories and Media RSS pictures.
 */
import { w3cToRfc3339 } from './dates.js';
import { joinLines } from '../join-lines.js';
import { htmlToText, nodeToText } from './html-text.js';
import { contentHashId } from './item-id.js';
import { JSON_FEED_VERSION, nonEmpty, withoutEmptyFields, type FeedParts, type JsonFeedItem } from './json-feed.js';
import { imageOf } from './media.js';
import { NS } from './namespaces.js';
import { attribute, baseUrlOf, childElement, childElements, languageOf, nonBlank, resolveUrl } from './xml.js';
import type { Author } from '../types.js';

const ATOM = [NS.atom] as const;

/** True for the root element of an Atom 1.0 document. */
export function isAtomRoot(root: Element): boolean {
  return root.localName === 'feed' && root.namespaceURI === NS.atom;
}

/**
 * An Atom document as a raw JSON Feed document whose entries are still to be read (see `FeedParts`). `feedUrl` resolves
 * relative links.
 */
export function atomParts(document: XMLDocument, feedUrl: string | undefined): FeedParts {
  const feed = document.documentElement;
  const feedAuthors = authors(feed, feedUrl);
  const head = withoutEmptyFields({
    version: JSON_FEED_VERSION,
    title: titleOf(feed) ?? '',
    home_page_url: alternateLink(feed, feedUrl),
    feed_url: linkWithRel(feed, 'self', feedUrl),
    next_url: linkWithRel(feed, 'next', feedUrl),
    description: textConstruct(childElement(feed, 'subtitle', ATOM)),
    language: languageOf(feed),
    icon: uriOf(childElement(feed, 'logo', ATOM), feedUrl),
    favicon: uriOf(childElement(feed, 'icon', ATOM), feedUrl),
    items: [],
  });
  return { head, entries: childElements(feed, 'entry', ATOM), readEntry: (entry) => atomEntry(entry, feedUrl, feedAuthors) };
}

function atomEntry(entry: Element, feedUrl: string | undefined, feedAuthors: Author[]): JsonFeedItem {
  const url = alternateLink(entry, feedUrl);
  const title = titleOf(entry);
  const published = w3cToRfc3339(text(entry, 'published'));
  const updated = w3cToRfc3339(text(entry, 'updated'));
  const content = childElement(entry, 'content', ATOM);
  const entryAuthors = authors(entry, feedUrl);
  return withoutEmptyFields({
    // Without an id, from what the entry says and links to: entries that share a link stay apart.
    id: text(entry, 'id')?.trim() ?? contentHashId([url, title, updated, text(entry, 'summary')]),
    url,
    external_url: content && uriOf(content, feedUrl, 'src'),
    title,
    summary: textConstruct(childElement(entry, 'summary', ATOM)),
    ...contentOf(content),
    image: imageOf(entry, feedUrl),
    // An entry without `published` is dated by its last update, so that it can still be shown and sorted.
    date_published: published ?? updated,
    date_modified: updated,
    authors: nonEmpty(entryAuthors.length > 0 ? entryAuthors : feedAuthors),
    tags: nonEmpty([...new Set(childElements(entry, 'category', ATOM).map((category) => attribute(category, 'term')?.trim()))]
      .filter((term): term is string => term !== undefined)),
    language: languageOf(entry),
  });
}

/**
 * The plain text of an Atom text construct (`title`, `summary`, `subtitle`, `rights`): `type="text"` as written,
 * `html` and `xhtml` as the text a reader would see.
 */
export function textConstruct(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  switch (constructType(element)) {
    case 'html':
      return nonBlank(htmlToText(element.textContent ?? ''));
    case 'xhtml':
      return nonBlank(nodeToText(xhtmlDiv(element)));
    default:
      return nonBlank(element.textContent);
  }
}

/** The feed's or entry's title, on one line. */
function titleOf(parent: Element): string | undefined {
  const title = textConstruct(childElement(parent, 'title', ATOM));
  return title === undefined ? undefined : joinLines(title);
}

/** An entry's `<content>` as JSON Feed content: text as `content_text`, HTML and XHTML as `content_html`. */
function contentOf(content: Element | undefined): Pick<JsonFeedItem, 'content_text' | 'content_html'> {
  if (!content || content.hasAttribute('src')) return {};
  const type = constructType(content);
  if (type === 'html') return { content_html: nonBlank(content.textContent) };
  if (type === 'xhtml') return { content_html: nonBlank(serializeChildren(xhtmlDiv(content))) };
  // Other media types: text/* is text; anything else (base64 data, XML) is not shown.
  if (type === 'text' || type.startsWith('text/')) return { content_text: nonBlank(content.textContent) };
  return {};
}

/** `text`, `html`, `xhtml`, or a media type, in lower case. */
function constructType(element: Element): string {
  const type = (element.getAttribute('type') ?? 'text').trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'application/xhtml+xml') return 'xhtml';
  return type === 'text/plain' ? 'text' : type;
}

/** The `<div>` an xhtml construct must wrap its content in; the element itself when a feed leaves it out. */
function xhtmlDiv(element: Element): Element {
  return childElement(element, 'div', [NS.xhtml]) ?? element;
}

/** The markup inside an XHTML element, as text (it is never inserted into a page). */
function serializeChildren(element: Element): string {
  const serializer = new XMLSerializer();
  return [...element.childNodes].map((node) => serializer.serializeToString(node)).join('');
}

/** The best link to the entry's (or feed's) page: `rel="alternate"` or no `rel`, an HTML page first. */
function alternateLink(parent: Element, feedUrl: string | undefined): string | undefined {
  const alternates = childElements(parent, 'link', ATOM).filter(
    (link) => (attribute(link, 'rel')?.trim() ?? 'alternate') === 'alternate' && link.hasAttribute('href'),
  );
  const html = alternates.find((link) => /^(?:text\/html|application\/xhtml\+xml)\b/i.test(attribute(link, 'type') ?? ''));
  return uriOf(html ?? alternates[0], feedUrl, 'href');
}

function linkWithRel(parent: Element, rel: string, feedUrl: string | undefined): string | undefined {
  const link = childElements(parent, 'link', ATOM).find((candidate) => attribute(candidate, 'rel')?.trim() === rel);
  return uriOf(link, feedUrl, 'href');
}

/** The `<author>`s' names and `uri`s. */
function authors(parent: Element, feedUrl: string | undefined): Author[] {
  return childElements(parent, 'author', ATOM).flatMap((author) => {
    const name = nonBlank(text(author, 'name'))?.trim();
    const url = uriOf(childElement(author, 'uri', ATOM), feedUrl);
    return name === undefined && url === undefined ? [] : [withoutEmptyFields({ name, url })];
  });
}

/** A URL in an element's text (`uri`, `logo`, `icon`) or in one of its attributes, resolved against `xml:base`. */
function uriOf(element: Element | undefined, feedUrl: string | undefined, attributeName?: string): string | undefined {
  if (!element) return undefined;
  const value = attributeName === undefined ? element.textContent : element.getAttribute(attributeName);
  return resolveUrl(value, baseUrlOf(element, feedUrl));
}

function text(parent: Element, localName: string): string | undefined {
  return nonBlank(childElement(parent, localName, ATOM)?.textContent);
}
