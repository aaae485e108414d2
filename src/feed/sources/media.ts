/**
 * The picture of a feed item, from Media RSS (`media:content`, `media:thumbnail`, also inside `media:group`) and,
 * from an image enclosure (RSS `<enclosure url>`, Atom `<link rel="enclosure" href>`), else a podcast episode's art
 * (`<itunes:image href>`). A large image is preferred to a thumbnail: the element scales it down.
 */
import { NS } from './namespaces.js';
import { attribute, baseUrlOf, childElement, childElements, resolveUrl } from './xml.js';

const IMAGE_PATH = /\.(?:avif|gif|jpe?g|png|webp)$/i;

/** The first image URL of `item`, resolved against its `xml:base` and the feed's URL. */
export function imageOf(item: Element, feedUrl: string | undefined): string | undefined {
  const candidates = [
    ...mediaImages(item),
    ...childElements(item, 'enclosure', [item.namespaceURI]).filter((enclosure) => isImage(enclosure, 'url')),
    ...childElements(item, 'link', [NS.atom]).filter(
      (link) => attribute(link, 'rel')?.trim() === 'enclosure' && isImage(link, 'href'),
    ),
    ...thumbnails(item),
  ];
  for (const group of childElements(item, 'group', [NS.media])) candidates.push(...mediaImages(group), ...thumbnails(group));
  candidates.push(...childElements(item, 'image', [NS.itunes, NS.itunesOld]));
  for (const candidate of candidates) {
    const url = resolveUrl(candidate.getAttribute('url') ?? candidate.getAttribute('href'), baseUrlOf(candidate, feedUrl));
    if (url !== undefined) return url;
  }
  return undefined;
}

function mediaImages(parent: Element): Element[] {
  return childElements(parent, 'content', [NS.media]).filter(
    (content) => content.getAttribute('medium') === 'image' || isImage(content, 'url'),
  );
}

function thumbnails(parent: Element): Element[] {
  const found = childElements(parent, 'thumbnail', [NS.media]);
  // Some media:content elements wrap their own thumbnail.
  for (const content of childElements(parent, 'content', [NS.media])) {
    const nested = childElement(content, 'thumbnail', [NS.media]);
    if (nested) found.push(nested);
  }
  return found;
}

/** True when the element's `type` is an image type or, without a type, its URL ends like an image file. */
function isImage(element: Element, urlAttribute: string): boolean {
  const type = attribute(element, 'type');
  if (type !== undefined) return type.trim().toLowerCase().startsWith('image/');
  if (element.getAttribute('medium') !== null) return false;
  const url = attribute(element, urlAttribute) ?? '';
  return IMAGE_PATH.test(url.replace(/[?#].*$/, ''));
}
