// Bench page (a)/(b): <engaged-city-map> built from the sources with the page, as a site that installs the package
// from npm ships it. Reports readiness and long tasks on `window.bench`.
import '../../src/engaged-city-map/engaged-city-map.js';
import { benchMap } from './map-probe.js';

benchMap();
