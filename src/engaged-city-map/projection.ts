import type { ConicConstants } from './base-map.js';

const RADIANS = Math.PI / 180;

/**
 * Projects a WGS84 point into the base map's frame with the conic conformal projection that drew the map
 * (d3-geo's `geoConicConformal`, fitted by scripts/build-geodata.mjs). The same arithmetic as d3-geo's raw projection,
 * so the element does not need to ship d3-geo to place its markers.
 */
export function project(constants: ConicConstants, lon: number, lat: number): [x: number, y: number] {
  const { n, f, k, ox, oy, rotate } = constants;
  const lambda = (lon + rotate) * RADIANS;
  const r = f / Math.pow(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2), n);
  return [ox + k * r * Math.sin(n * lambda), oy - k * (f - r * Math.cos(n * lambda))];
}
