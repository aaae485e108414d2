/**
 * The code the map needs only once it draws (the list view needs none of it): the clustering and the gestures. One
 * chunk, loaded with the base map by `loadMapEngine()` (base-map.ts), so the element's entry stays small.
 */
export { ClusterIndex } from './clusters.js';
export { MapGestures } from './map-gestures.js';
