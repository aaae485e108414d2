/**
 * Ids for items whose feed gives them none (an RSS item without `guid`, an Atom entry or a JSON Feed item without
 * `id`). The id is a hash of what the item links to and says, so it stays the same each time the feed is read, items
 * that share a link (a town's overview page) stay apart, and true duplicates collapse as duplicates should.
 */

/** A stable id such as `urn:hash:1f3a9c0b2d4e5`, from the given parts of an item (link, title, date, text). */
export function contentHashId(parts: ReadonlyArray<string | undefined>): string {
  return `urn:hash:${hash53(parts.map((part) => part ?? '').join('\u0000')).toString(16)}`;
}

/** cyrb53: a fast, well-spread 53-bit string hash (public domain, by bryc). Not for security. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
