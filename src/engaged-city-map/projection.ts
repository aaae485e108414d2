import type { Member } from '../feed/types.js';
import type { BaseMap, ConicConstants } from './base-map.js';
import { ClusterIndex, type FramePoint } from './clusters.js';

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

/**
 * The cluster index of the members that have a location, at their points on the base map. Part of the engine chunk, as
 * the projection is: the element's entry needs neither before the base map is there.
 */
export function indexMembers(members: readonly Member[], baseMap: BaseMap): ClusterIndex {
  const points: FramePoint[] = [];
  for (const member of members) {
    if (member.location) {
      const [x, y] = project(baseMap.projection, member.location.lon, member.location.lat);
      points.push({ x, y, member });
    }
  }
  return new ClusterIndex(points, Math.max(baseMap.width, baseMap.height));
}
