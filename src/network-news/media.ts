import type { FeedItem } from '../feed/types.js';
import { originOf } from './origin.js';

/**
 * The image an item may show: its `image` (else `banner_image`) when that is on `feedOrigin`, the origin the feed was
 * finally fetched from, or anywhere when the page allowed `remoteMedia`. A visitor's browser makes no request to any
 * other host unless the page opted in. The URLs are already checked http(s) URLs (the feed was cleaned by parseFeed).
 */
export function itemImage(item: FeedItem, feedOrigin: string | undefined, remoteMedia: boolean): string | undefined {
  const image = item.image ?? item.banner_image;
  return image && (remoteMedia || (feedOrigin && originOf(image) === feedOrigin)) ? image : undefined;
}
