import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';

/** A member's marker position in the base map's frame. */
export interface FramePoint {
  id: string;
  x: number;
  y: number;
}

/** What the map shows at one zoom: a single member's marker or a cluster of several. */
export type MapItem =
  | { kind: 'marker'; key: string; id: string; x: number; y: number }
  | { kind: 'cluster'; key: string; clusterId: number; count: number; x: number; y: number };

/** Cluster radius in screen pixels: markers closer than this merge. */
const RADIUS = 22;
/** supercluster's tile extent: its zoom z means a world of EXTENT·2^z pixels. */
const EXTENT = 256;
const MAX_ZOOM = 14;

/**
 * Clusters member markers with supercluster, in the base map's own frame rather than in Web Mercator.
 * supercluster works on longitude and latitude, which it maps into a unit square; the frame's points are mapped into
 * that square with the inverse of its mapping, so its clusters are round on our conic map and its pixel radius is our
 * screen radius. Zoom is expressed as the map's scale (screen pixels per frame unit).
 */
export class ClusterIndex {
  readonly #index: Supercluster<{ id: string }>;
  /** Frame units per side of supercluster's unit square. */
  readonly #side: number;
  /** supercluster's expansion zoom per cluster id (ids are stable for one index; the lookup walks the tree). */
  readonly #expansionZooms = new Map<number, number>();

  constructor(points: readonly FramePoint[], frameSide: number) {
    this.#side = frameSide;
    this.#index = new Supercluster<{ id: string }>({ radius: RADIUS, extent: EXTENT, maxZoom: MAX_ZOOM, minZoom: 0 });
    this.#index.load(
      points.map((point) => ({
        type: 'Feature',
        properties: { id: point.id },
        geometry: { type: 'Point', coordinates: this.#toLonLat(point.x, point.y) },
      })),
    );
  }

  /** The markers and clusters inside a frame rectangle at a scale (screen pixels per frame unit). */
  itemsIn(x0: number, y0: number, x1: number, y1: number, scale: number): MapItem[] {
    const [west, north] = this.#toLonLat(x0, y0);
    const [east, south] = this.#toLonLat(x1, y1);
    return this.#index
      .getClusters([west, south, east, north], this.#zoomOf(scale))
      .map((feature) => this.#toItem(feature));
  }

  /** The scale at which a cluster falls apart into smaller clusters or markers. */
  expansionScale(clusterId: number): number {
    const zoom = this.#expansionZoom(clusterId);
    return (EXTENT * 2 ** zoom) / this.#side * 1.001;
  }

  /** Whether a cluster still holds points together at the index's deepest zoom (they sit at one spot). */
  isInseparable(clusterId: number): boolean {
    return this.#expansionZoom(clusterId) > MAX_ZOOM;
  }

  #expansionZoom(clusterId: number): number {
    let zoom = this.#expansionZooms.get(clusterId);
    if (zoom === undefined) {
      zoom = this.#index.getClusterExpansionZoom(clusterId);
      this.#expansionZooms.set(clusterId, zoom);
    }
    return zoom;
  }

  /** The ids of a cluster's members. */
  memberIds(clusterId: number): string[] {
    return this.#index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.id);
  }

  /** supercluster's zoom for a scale: the unit square is EXTENT·2^zoom pixels wide. */
  #zoomOf(scale: number): number {
    return Math.max(0, Math.log2((scale * this.#side) / EXTENT));
  }

  #toItem(feature: PointFeature<{ id: string } | ClusterProperties>): MapItem {
    const [x, y] = this.#toFrame(...feature.geometry.coordinates);
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      return { kind: 'cluster', key: `c${properties.cluster_id}`, clusterId: properties.cluster_id, count: properties.point_count, x, y };
    }
    const { id } = properties as { id: string };
    return { kind: 'marker', key: `m${id}`, id, x, y };
  }

  /** Frame point → the longitude and latitude that supercluster maps to the same spot of its unit square. */
  #toLonLat(x: number, y: number): [number, number] {
    const u = x / this.#side;
    const v = Math.min(1, Math.max(0, y / this.#side));
    const lat = (Math.asin(Math.tanh((0.5 - v) * 2 * Math.PI)) * 180) / Math.PI;
    return [(u - 0.5) * 360, lat];
  }

  /** The inverse of #toLonLat. */
  #toFrame(lon: number, lat: number): [number, number] {
    const sin = Math.sin((lat * Math.PI) / 180);
    const v = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
    return [(lon / 360 + 0.5) * this.#side, v * this.#side];
  }
}
