/**
 * What the map draws once its data is there: the base map and markers layers, the legend, the details panel and the
 * list view, and the keyboard's spatial focus. The element draws its frame (controls, the map's box, zoom buttons,
 * attribution) while loading; this code is loaded with the feed when the element nears the viewport (load-views.ts),
 * so that a page pays for it only when there is something to show.
 */
export { renderBaseMapLayer } from './base-map-layer.js';
export { checkAttributes } from './check-attributes.js';
export { renderDetailsPanel } from './details-panel.js';
export { renderKeys } from './keys-hint.js';
export { renderLegend } from './legend.js';
export { renderListView } from './list-view.js';
export { dotGrowth, hitSize, itemRadius } from './marker-size.js';
export { keyAfterPlacing, renderMarkersLayer } from './markers-layer.js';
export { mapKeyAction, nearestTo } from './spatial-focus.js';
export { viewStyles } from './views.styles.js';
export { foundText, viewStringsFor } from './view-strings.js';
