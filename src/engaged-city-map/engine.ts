/**
 * The code the map needs only once it draws (the list view needs none of it): the projection and clustering of the
 * members, the gestures and the view arithmetic. One chunk, loaded with the base map by `loadMapEngine()`
 * (base-map.ts), so the element's entry stays small. It imports nothing of the element (no Lit), so the CDN file can
 * keep it a chunk of its own.
 */
export { MapGestures } from './map-gestures.js';
export { indexMembers } from './projection.js';
// The view arithmetic one by one, not as `export * as`: a namespace object would need a bundler helper that the CDN
// file and this chunk then share as a chunk of its own (one more request before the CDN file runs).
export { areaBeyond, centreOn, clampView, fitView, revealShiftIn, unionRect, visibleRect, zoomAround } from './viewport.js';
