/**
 * Loads the map's views (views.ts), a chunk of its own in the npm entry: requested together with the feed and the base
 * map, never before the element is near the viewport. The CDN file has them inside (load-views.inline.ts, swapped in
 * by vite.config.ts), where a chunk would have to import Lit back from the main file.
 */
export type MapViews = typeof import('./views.js');

let views: Promise<MapViews> | undefined;

/** The views module, imported once per page; a failed import is forgotten, so that a retry imports it again. */
export function loadMapViews(): Promise<MapViews> {
  return (views ??= import('./views.js').catch((error: unknown) => {
    views = undefined;
    throw error;
  }));
}
