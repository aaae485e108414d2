/**
 * The feed parser inside the CDN file (see readers.ts): that file exports `parseFeed` anyway, so a chunk of its own
 * would only be one more request before anything runs. Swapped in by vite.config.ts.
 */
import * as parse from './parse.js';

export const loadParser = (): Promise<typeof parse> => Promise.resolve(parse);
