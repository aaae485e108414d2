/** The JSON Feed reader inside the CDN file (see json-feed-reader.ts). Swapped in by vite.config.ts. */
import * as jsonFeedSource from './json-feed-source.js';

export const loadJsonFeedReader = (): Promise<typeof jsonFeedSource> => Promise.resolve(jsonFeedSource);
