/** The map's views inside the CDN file (see load-views.ts). Swapped in by vite.config.ts. */
import * as views from './views.js';

export type MapViews = typeof views;

export const loadMapViews = (): Promise<MapViews> => Promise.resolve(views);
