/**
 * The feed parser, loaded on demand: a chunk of its own that the loader requests together with the feed (in
 * parallel, not after it), so that a page pays for reading a feed only when one comes, and a lazy element (a map below
 * the fold) costs the page nothing of them before it is near the viewport. `parseFeed` stays a static export of
 * `engaged-city-widgets/feed` for code that reads feeds itself.
 *
 * The CDN file exports `parseFeed` anyway, so its build puts the parser inside it instead (readers.inline.ts, swapped in
 * by vite.config.ts): a chunk would be one more request before anything runs. `<network-news>` loads its JSON Feed
 * reader the same way (sources/json-feed-reader.ts).
 */
import { FeedError } from './errors.js';

/** `module` (a reader's `import()`), with a failed import reported as a `network` FeedError after `forget` (so that a retry imports again). */
export function reader<T>(module: Promise<T>, forget: () => void): Promise<T> {
  return module.catch((cause: unknown) => {
    forget();
    throw new FeedError('network', 'The feed reader of the package could not be loaded.', { cause });
  });
}

let parser: Promise<typeof import('./parse.js')> | undefined;

/** The network feed's parser (`parseFeed`), imported once per page. */
export function loadParser(): Promise<typeof import('./parse.js')> {
  return (parser ??= reader(import('./parse.js'), () => (parser = undefined)));
}
