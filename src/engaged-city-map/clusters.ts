import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
// Types only: in the CDN file this module is a lazy chunk, which must import nothing back from the main file.
import type { Member, StateCode } from '../feed/types.js';
import { overlapShare } from './overlap.js';

/**
 * A member's marker position in the base map's frame: its id, or the member itself, whose population (the largest
 * names a cluster) and state a cluster tells.
 */
export type FramePoint = { x: number; y: number } & (
  | { id: string; member?: Pick<Member, 'population' | 'region'> }
  | { id?: undefined; member: Pick<Member, 'id' | 'population' | 'region'> }
);

/**
 * What the map shows at one zoom: a single member's marker or a cluster of several. A cluster knows its largest member
 * (by population, else the first by id) and the states its members are in, so that its name says where it is.
 */
export type MapItem =
  | { kind: 'marker'; key: string; id: string; x: number; y: number }
  | { kind: 'cluster'; key: string; clusterId: number; count: number; x: number; y: number; largest: string; states: StateCode[] };

/** A point's properties in supercluster: its id, population (`w`) and state bit (`s`, see `#regions`). */
interface PointProperties {
  id: string;
  w: number;
  s: number;
}

/** What supercluster sums up for a cluster, merged as clusters form (see `largest` and `states` of `MapItem`). */
interface ClusterSummary {
  largest: string;
  w: number;
  states: number;
}

/** The side of the square button drawn for an item, in CSS pixels. */
export type ItemSize = (item: MapItem) => number;

/**
 * Cluster radius in pixels of supercluster's world, which `itemsIn` draws between half and the whole of its size (its
 * zooms are whole numbers): markers closer than 15 to 30 screen pixels merge, about the size of their buttons. `itemsIn`
 * merges whatever still overlaps, so a smaller radius keeps the map detailed where towns stand apart.
 */
const RADIUS = 30;
/**
 * supercluster's tile extent: its zoom z means a world of EXTENT·2^z pixels. Small, so that even the whole of Germany
 * in a 320 px wide element (a world a few hundred pixels wide) is a zoom above 0: supercluster cannot go below 0, and
 * a world drawn smaller than its zoom's would shrink the cluster radius on the screen with it.
 */
const EXTENT = 16;
/** The deepest zoom supercluster clusters at: a world of 16·2^18 ≈ 4 million pixels, far beyond the map's zoom limit. */
const MAX_ZOOM = 18;
/** How much two drawn markers or clusters may overlap: a share of the smaller one's area. */
const OVERLAP_TOLERANCE = 0.1;

/**
 * How far from an item its parent one zoom coarser may lie, in cluster radii of that zoom: supercluster forms a cluster
 * from the items within one radius of a seed item, and puts it at their centroid (within a radius of the seed too).
 */
const PARENT_REACH = 2.5;

/**
 * The items kept at one zoom while separating (see `#lift`): their keys, their clusters' ids, and the keys of those
 * clusters' children (of the first `expanded`, added as needed).
 */
interface Kept {
  keys: Set<string>;
  clusters: number[];
  expanded: number;
  childKeys: Set<string>;
}

/** An item drawn at one zoom of supercluster's hierarchy. */
interface LevelItem {
  item: MapItem;
  level: number;
}

/**
 * Clusters member markers with supercluster, in the base map's own frame rather than in Web Mercator.
 * supercluster works on longitude and latitude, which it maps into a unit square; the frame's points are mapped into
 * that square with the inverse of its mapping, so its clusters are round on our conic map and its pixel radius is our
 * screen radius. Zoom is expressed as the map's scale (screen pixels per frame unit).
 *
 * supercluster alone does not keep the drawn items apart: its zooms are whole numbers (the screen may show its world
 * at half its size), a cluster sits at the centroid of its towns (which may drift close to a neighbour), and it
 * knows nothing of the markers' sizes. `itemsIn` therefore checks the drawn boxes at the actual scale and replaces an
 * item that overlaps another by its parent in supercluster's hierarchy until none do, at any size of the element.
 */
export class ClusterIndex {
  readonly #index: Supercluster<PointProperties, ClusterSummary>;
  /** The states met among the points, in that order: the bits of a cluster's `states`. */
  readonly #regions: StateCode[] = [];
  /** Frame units per side of supercluster's unit square. */
  readonly #side: number;
  /**
   * Where the frame's origin lies in that square (frame units from its corner): the frame sits in the middle of a square
   * twice its size, because a location the feed format allows may lie a little outside the base map's frame (lon 5.8 at
   * lat 49.5 is 15 units left of it, the box's corners 40), and supercluster loses a point outside its world. Twice:
   * its whole zooms then fall on the same scales as with the frame alone (one zoom deeper).
   */
  readonly #origin: number;
  /** supercluster's expansion zoom per cluster id (ids are stable for one index; the lookup walks the tree). */
  readonly #expansionZooms = new Map<number, number>();
  /**
   * Per zoom: the item that holds each member at that zoom, by member id (built when first needed). Only a fallback:
   * at 20,000 members each takes tens of milliseconds, and zooming in needed several (see `#parentOf`).
   */
  readonly #levels = new Map<number, Map<string, MapItem>>();
  /** Per zoom: the item holding each item of that zoom one zoom coarser, by the finer item's key. */
  readonly #parents = new Map<number, Map<string, MapItem>>();
  /** The keys of each cluster's children (the items one zoom finer that it was formed of). */
  readonly #children = new Map<number, Set<string>>();
  readonly #parentsByLeaves: boolean;
  /** Each member's point in the frame, by id (see `holderOf`). */
  readonly #points = new Map<string, { x: number; y: number }>();
  /** The last answer of `itemsAt`, with what it was asked. */
  #last?: { args: number[]; items: MapItem[] };

  /**
   * `parentsByLeaves`: find parents through the members each item holds, as the fallback does (slow; for tests that
   * compare the two ways).
   */
  constructor(points: readonly FramePoint[], frameSide: number, { parentsByLeaves = false } = {}) {
    this.#origin = frameSide / 2;
    this.#side = frameSide + 2 * this.#origin;
    this.#parentsByLeaves = parentsByLeaves;
    this.#index = new Supercluster<PointProperties, ClusterSummary>({
      radius: RADIUS,
      extent: EXTENT,
      maxZoom: MAX_ZOOM,
      minZoom: 0,
      map: ({ id, w, s }) => ({ largest: id, w, states: s }),
      reduce: (summary, other) => {
        if (other.w > summary.w || (other.w === summary.w && other.largest < summary.largest)) {
          summary.largest = other.largest;
          summary.w = other.w;
        }
        summary.states |= other.states;
      },
    });
    for (const point of points) this.#points.set(point.id ?? point.member.id, point);
    this.#index.load(
      points.map((point) => ({
        type: 'Feature',
        properties: {
          id: point.id ?? point.member.id,
          w: point.member?.population ?? 0,
          s: point.member?.region ? this.#bitOf(point.member.region) : 0,
        },
        geometry: { type: 'Point', coordinates: this.#toLonLat(point.x, point.y) },
      })),
    );
  }

  /**
   * `itemsIn`, answered from memory when asked the same as last time: the map works out the items for the view a
   * transition ends at while it runs, and draws them when it ends. `sizeOf` must answer the same for the same scale.
   */
  itemsAt(x0: number, y0: number, x1: number, y1: number, scale: number, sizeOf: ItemSize): MapItem[] {
    const args = [x0, y0, x1, y1, scale];
    if (this.#last?.args.every((value, at) => value === args[at])) return this.#last.items;
    const items = this.itemsIn(x0, y0, x1, y1, scale, sizeOf);
    this.#last = { args, items };
    return items;
  }

  /**
   * Whether a cluster's members cannot be drawn apart up to `maxScale`: at one spot, or too close together (it splits
   * only at a zoom deeper than the one `itemsIn` draws at `maxScale`).
   */
  isAtOneSpot(clusterId: number, maxScale: number): boolean {
    return this.isInseparable(clusterId) || this.#expansionZoom(clusterId) > Math.min(MAX_ZOOM + 1, Math.ceil(this.#zoomOf(maxScale)));
  }

  /**
   * The markers and clusters inside a frame rectangle at a scale (screen pixels per frame unit), of which no two
   * overlap on the screen by more than a small tolerance; `sizeOf` tells the side of the button drawn for an item.
   */
  itemsIn(x0: number, y0: number, x1: number, y1: number, scale: number, sizeOf: ItemSize): MapItem[] {
    const [west, north] = this.#toLonLat(x0, y0);
    const [east, south] = this.#toLonLat(x1, y1);
    // The zoom whose world is at least as large as the drawn one; a coarser one would merge up to twice as far.
    const level = Math.min(MAX_ZOOM + 1, Math.ceil(this.#zoomOf(scale)));
    let items: LevelItem[] = this.#index
      .getClusters([west, south, east, north], level)
      .map((feature) => this.#toItem(feature))
      .map((item) => ({ item, level }));
    for (let lifted = this.#lift(items, scale, sizeOf); lifted; lifted = this.#lift(items, scale, sizeOf)) items = lifted;
    return items.map(({ item }) => item);
  }

  /**
   * One step of separation: of two items that overlap, the finer is replaced by the item that holds it one zoom
   * coarser, which also takes the place of everything else it holds. Undefined when no two items overlap (or those
   * that do cannot be merged further).
   */
  #lift(items: readonly LevelItem[], scale: number, sizeOf: ItemSize): LevelItem[] | undefined {
    const boxes = items.map(({ item }) => [item.x * scale, item.y * scale, sizeOf(item)] as const);
    // Two items can overlap only if they lie in the same or neighbouring cells of a grid as wide as the largest item:
    // hundreds of items at 20,000 members are compared with their neighbours, not with each other.
    const cell = Math.max(1, ...boxes.map((box) => box[2]));
    const cellKey = (cx: number, cy: number) => `${cx} ${cy}`;
    const grid = new Map<string, number[]>();
    boxes.forEach(([x, y], index) => {
      const key = cellKey(Math.floor(x / cell), Math.floor(y / cell));
      const members = grid.get(key);
      if (members) members.push(index);
      else grid.set(key, [index]);
    });
    const pairs: [share: number, first: number, second: number][] = [];
    for (let i = 0; i < items.length; i++) {
      const [ax, ay, a] = boxes[i]!;
      const cx = Math.floor(ax / cell);
      const cy = Math.floor(ay / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
            if (j <= i) continue;
            const [bx, by, b] = boxes[j]!;
            if (Math.abs(ax - bx) >= (a + b) / 2 || Math.abs(ay - by) >= (a + b) / 2) continue;
            const share = overlapShare(ax, ay, a, bx, by, b);
            if (share > OVERLAP_TOLERANCE) pairs.push([share, i, j]);
          }
        }
      }
    }
    // The worst overlaps first (ties in the items' order), and each item in one pair per step: a parent may take in
    // neighbours that overlapped too, and lifting all of them at once would merge more than needed.
    pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
    const involved = new Set<LevelItem>();
    const toLift = new Set<LevelItem>();
    for (const [, i, j] of pairs) {
      const first = items[i]!;
      const second = items[j]!;
      if (involved.has(first) || involved.has(second)) continue;
      const finer = first.level >= second.level ? first : second;
      if (finer.level === 0) continue;
      involved.add(first).add(second);
      toLift.add(finer);
    }
    if (toLift.size === 0) return undefined;
    // The parents, coarsest first: a parent held by a coarser one is dropped with the rest of what that one holds.
    const parents = [...toLift]
      .map(({ item, level }) => ({ item: this.#parentOf(item, level), level: level - 1 }))
      .sort((a, b) => a.level - b.level);
    // What is kept, by the zoom it is drawn at: an item is dropped when what holds it at one of those zooms is kept (a
    // few zooms, so each item is looked up a few times, not compared with every kept item). What a kept item holds one
    // zoom finer is itself or, for a cluster formed at that zoom, its children (known from finding the parents): an
    // item drawn there needs no look-up of its own parent, which would be a query of the index for each item.
    const keptAt = new Map<number, Kept>();
    const next: LevelItem[] = [];
    const isHeld = (candidate: LevelItem) => {
      for (const [level, kept] of keptAt) {
        if (candidate.level < level) continue;
        if (candidate.level === level || this.#parentsByLeaves) {
          if (kept.keys.has(this.#holderAt(candidate, level).key)) return true;
          continue;
        }
        const { key } = this.#holderAt(candidate, level + 1);
        if (kept.keys.has(key)) return true;
        for (; kept.expanded < kept.clusters.length; kept.expanded++) {
          for (const child of this.#childKeys(kept.clusters[kept.expanded]!)) kept.childKeys.add(child);
        }
        if (kept.childKeys.has(key)) return true;
      }
      return false;
    };
    const keep = (kept: LevelItem) => {
      next.push(kept);
      let at = keptAt.get(kept.level);
      if (!at) keptAt.set(kept.level, (at = { keys: new Set(), clusters: [], expanded: 0, childKeys: new Set() }));
      at.keys.add(kept.item.key);
      if (kept.item.kind === 'cluster') at.clusters.push(kept.item.clusterId);
    };
    for (const parent of parents) {
      if (!isHeld(parent)) keep(parent);
    }
    for (const item of items) {
      if (!toLift.has(item) && !isHeld(item)) keep(item);
    }
    return next;
  }

  /**
   * Of the items drawn, the one that holds a member: its marker, or the cluster it is in (from its own point up, one
   * zoom at a time); undefined if none is drawn.
   */
  holderOf(id: string, drawn: readonly MapItem[]): MapItem | undefined {
    const point = this.#points.get(id);
    if (!point) return undefined;
    const byKey = new Map(drawn.map((item) => [item.key, item]));
    let item: MapItem | undefined = { kind: 'marker', key: `m${id}`, id, x: point.x, y: point.y };
    for (let level = MAX_ZOOM + 1; level > 0 && item && !byKey.has(item.key); level--) item = this.#parentOf(item, level);
    return item && byKey.get(item.key);
  }

  /** The item that holds `child` (an item drawn at its zoom) at a zoom as coarse or coarser. */
  #holderAt(child: LevelItem, level: number): MapItem {
    let { item } = child;
    for (let at = child.level; at > level; at--) item = this.#parentOf(item, at);
    return item;
  }

  /**
   * The item that holds `item` (drawn at zoom `level`) one zoom coarser: the item itself if
   * it is still there, else the cluster near it that was formed of it. Found among the few items near it, so that
   * zooming stays fast with 20,000 members; through the members of the whole zoom if that ever fails.
   */
  #parentOf(item: MapItem, level: number): MapItem {
    let known = this.#parents.get(level);
    if (!known) this.#parents.set(level, (known = new Map()));
    let parent = known.get(item.key);
    if (parent) return parent;
    if (!this.#parentsByLeaves) {
      const reach = (PARENT_REACH * RADIUS * this.#side) / (EXTENT * 2 ** (level - 1));
      const near = this.#index
        .getClusters(this.#toBounds(item.x - reach, item.y - reach, item.x + reach, item.y + reach), level - 1)
        .map((feature) => this.#toItem(feature));
      parent = near.find((candidate) => candidate.key === item.key) ??
        near.find((candidate) => candidate.kind === 'cluster' && this.#childKeys(candidate.clusterId).has(item.key));
    }
    parent ??= this.#levelMap(level - 1).get(this.#leafOf(item))!;
    known.set(item.key, parent);
    return parent;
  }

  #childKeys(clusterId: number): Set<string> {
    let keys = this.#children.get(clusterId);
    if (!keys) {
      keys = new Set(this.#index.getChildren(clusterId).map((feature) => this.#toItem(feature).key));
      this.#children.set(clusterId, keys);
    }
    return keys;
  }

  /** supercluster's bounding box (west, south, east, north) of a frame rectangle, within its world. */
  #toBounds(x0: number, y0: number, x1: number, y1: number): [number, number, number, number] {
    const clampX = (x: number) => Math.min(this.#side - this.#origin, Math.max(-this.#origin, x));
    const [west, north] = this.#toLonLat(clampX(x0), y0);
    const [east, south] = this.#toLonLat(clampX(x1), y1);
    return [west, south, east, north];
  }

  /** A member an item holds: the same one at each coarser zoom, so it finds the item's parents (the fallback). */
  #leafOf(item: MapItem): string {
    return item.kind === 'marker' ? item.id : this.#index.getLeaves(item.clusterId, 1)[0]!.properties.id;
  }

  /** The item that holds each member at a zoom, by member id. */
  #levelMap(level: number): Map<string, MapItem> {
    let map = this.#levels.get(level);
    if (!map) {
      map = new Map();
      for (const feature of this.#index.getClusters([-180, -90, 180, 90], level)) {
        const item = this.#toItem(feature);
        if (item.kind === 'marker') map.set(item.id, item);
        else for (const id of this.memberIds(item.clusterId)) map.set(id, item);
      }
      this.#levels.set(level, map);
    }
    return map;
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

  /** A state's bit in a cluster's `states`. */
  #bitOf(region: StateCode): number {
    let bit = this.#regions.indexOf(region);
    if (bit < 0) bit = this.#regions.push(region) - 1;
    return 1 << bit;
  }

  /** supercluster's zoom for a scale: the unit square is EXTENT·2^zoom pixels wide. */
  #zoomOf(scale: number): number {
    return Math.max(0, Math.log2((scale * this.#side) / EXTENT));
  }

  #toItem(feature: PointFeature<PointProperties | (ClusterProperties & ClusterSummary)>): MapItem {
    const [x, y] = this.#toFrame(...feature.geometry.coordinates);
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const { cluster_id: clusterId, point_count: count, largest, states: bits } = properties;
      const states = this.#regions.filter((_, bit) => bits & (1 << bit));
      return { kind: 'cluster', key: `c${clusterId}`, clusterId, count, x, y, largest, states };
    }
    const { id } = properties as PointProperties;
    return { kind: 'marker', key: `m${id}`, id, x, y };
  }

  /** Frame point → the longitude and latitude that supercluster maps to the same spot of its unit square. */
  #toLonLat(x: number, y: number): [number, number] {
    const u = (x + this.#origin) / this.#side;
    const v = Math.min(1, Math.max(0, (y + this.#origin) / this.#side));
    const lat = (Math.asin(Math.tanh((0.5 - v) * 2 * Math.PI)) * 180) / Math.PI;
    return [(u - 0.5) * 360, lat];
  }

  /** The inverse of #toLonLat. */
  #toFrame(lon: number, lat: number): [number, number] {
    const sin = Math.sin((lat * Math.PI) / 180);
    const v = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
    return [(lon / 360 + 0.5) * this.#side - this.#origin, v * this.#side - this.#origin];
  }
}
