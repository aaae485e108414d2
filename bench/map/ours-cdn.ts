// Bench page: <engaged-city-map> from the CDN file (dist/cdn/engaged-city-widgets.js, built into cdn/ by the bench), as
// a webmaster's page loads it. Vite puts this script before the CDN file's: the map is added once that defined it.
import { benchMap } from './map-probe.js';

customElements.whenDefined('engaged-city-map').then(benchMap);
