/**
 * RSS to a raw JSON Feed document. Reads RSS 2.0 (also 0.91/0.92, and feeds that put RSS 2.0 in a default
 * namespace) and RSS 1.0/0.90 (RDF), with the Dublin Core, `content:encoded`, Media RSS and Atom link extensions.
 */
import { rfc822ToRfc3339, w3cToRfc3339 } from './dates.js';
import { htmlToText, lineToText } from './html-text.js';
import { contentHashId } from './item-id.js';
import { JSON_FEED_VERSION, nonEmpty, withoutEmptyFields, type FeedParts, type JsonFeedItem } from './json-feed.js';
import { imageOf } from './media.js';
import { NS } from './namespaces.js';
import {
  baseUrlOf, childElement, childElements, childText, nonBlank, resolveUrl, type Namespace,
} from './xml.js';
import type { Author } from '../types.js';

/** True for the root element of an RSS document: `<rss>` or RDF's `<rdf:RDF>`. */
export function isRssRoot(root: Element): boolean {
  return root.localName === 'rss' || (root.localName === 'RDF' && root.namespaceURI === NS.rdf);
}

/**
 * An RSS document as a raw JSON Feed document whose items are still to be read (see `FeedParts`). `feedUrl` resolves
 * relative links.
 */
export function rssParts(document: XMLDocument, feedUrl: string | undefined): FeedParts {
  const root = document.documentElement;
  // RSS 2.0 elements have no namespace (or the root's default one); RSS 1.0 and 0.90 have their own.
  const rss: readonly Namespace[] = root.localName === 'rss' ? [root.namespaceURI] : [NS.rss10, NS.rss090];
  const channel = childElement(root, 'channel', rss) ?? root;
  // RSS 2.0 puts items inside the channel, RDF beside it.
  const items = [...childElements(channel, 'item', rss), ...(channel === root ? [] : childElements(root, 'item', rss))];
  const title = childText(channel, 'title', rss);
  const head = withoutEmptyFields({
    version: JSON_FEED_VERSION,
    title: title === undefined ? '' : lineToText(title),
    home_page_url: link(channel, rss, feedUrl),
    feed_url: atomLink(channel, 'self', feedUrl),
    next_url: atomLink(channel, 'next', feedUrl),
    description: textOf(childText(channel, 'description', rss)),
    language: childText(channel, 'language', rss) ?? childText(channel, 'language', [NS.dc]),
    icon: imageUrl(channel, root, rss, feedUrl),
    items: [],
  });
  return { head, entries: items, readEntry: (item) => rssItem(item, rss, feedUrl) };
}

function rssItem(item: Element, rss: readonly Namespace[], feedUrl: string | undefined): JsonFeedItem {
  const title = childText(item, 'title', rss);
  const description = childText(item, 'description', rss);
  const encoded = childText(item, 'encoded', [NS.content]);
  const guid = childElement(item, 'guid', rss);
  const guidText = nonBlank(guid?.textContent)?.trim();
  const url = link(item, rss, feedUrl) ?? permalink(guid, guidText) ?? atomLink(item, 'alternate', feedUrl);
  const published =
    rfc822ToRfc3339(childText(item, 'pubDate', rss)) ?? w3cToRfc3339(childText(item, 'date', [NS.dc]));
  return withoutEmptyFields({
    // RSS 1.0 names each item (`rdf:about`). Without either, from what the item says and links to: items that share a
    // link (a town's overview page) stay apart.
    id: guidText ?? nonBlank(item.getAttributeNS(NS.rdf, 'about'))?.trim() ?? contentHashId([url, title, published, description ?? encoded]),
    url,
    title: title === undefined ? undefined : lineToText(title),
    // content:encoded is the full text; the description is then a summary. Alone, a description is HTML in practice.
    content_html: encoded ?? description,
    summary: encoded !== undefined ? textOf(description) : undefined,
    image: imageOf(item, feedUrl),
    date_published: published,
    authors: nonEmpty(authors(item, rss)),
    tags: nonEmpty(unique([...childElements(item, 'category', rss), ...childElements(item, 'subject', [NS.dc])]
      .map((category) => nonBlank(category.textContent)?.trim()))),
  });
}

/** The element's `<link>`, resolved against its `xml:base` and the feed's URL. */
function link(parent: Element, rss: readonly Namespace[], feedUrl: string | undefined): string | undefined {
  const element = childElement(parent, 'link', rss);
  return element && resolveUrl(element.textContent, baseUrlOf(element, feedUrl));
}

/** A guid that is a permalink: not marked `isPermaLink="false"`, and an absolute http(s) URL. */
function permalink(guid: Element | undefined, text: string | undefined): string | undefined {
  if (!guid || text === undefined || guid.getAttribute('isPermaLink')?.trim() === 'false') return undefined;
  return /^https?:\/\//i.test(text) ? text : undefined;
}

/** An `<atom:link rel="…">` inside an RSS channel or item (self, next, alternate). */
function atomLink(parent: Element, rel: string, feedUrl: string | undefined): string | undefined {
  const element = childElements(parent, 'link', [NS.atom]).find(
    (candidate) => (candidate.getAttribute('rel') ?? 'alternate').trim() === rel,
  );
  return element && resolveUrl(element.getAttribute('href'), baseUrlOf(element, feedUrl));
}

/** The channel's `<image><url>`; RSS 1.0 keeps the image beside the channel. */
function imageUrl(channel: Element, root: Element, rss: readonly Namespace[], feedUrl: string | undefined): string | undefined {
  const image = childElement(channel, 'image', rss) ?? childElement(root, 'image', rss);
  const url = image && childElement(image, 'url', rss);
  return url && resolveUrl(url.textContent, baseUrlOf(url, feedUrl));
}

/** RSS `<author>` (an e-mail address, often with the name in parentheses) and `dc:creator`. */
function authors(item: Element, rss: readonly Namespace[]): Author[] {
  const names = [...childElements(item, 'author', rss), ...childElements(item, 'creator', [NS.dc])].map((element) => {
    const text = nonBlank(element.textContent)?.trim();
    return text?.match(/^\S+@\S+\s*\((.+)\)$/)?.[1] ?? text;
  });
  return unique(names).map((name) => ({ name }));
}

function textOf(html: string | undefined): string | undefined {
  return html === undefined ? undefined : nonBlank(htmlToText(html));
}

function unique(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))];
}
