import { expect } from '@open-wc/testing';
import { geoConicConformal } from 'd3-geo';
import Supercluster from 'supercluster';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import topologyJson from '../../data/geo/de-states.topo.json';
import baseMap from '../../src/data/de-states.js';
import { ClusterIndex, type FramePoint, type MapItem } from '../../src/engaged-city-map/clusters.js';
import { clusterRadius, hitSize } from '../../src/engaged-city-map/marker-size.js';
import { markerRadius } from '../../src/engaged-city-map/member-facts.js';
import { overlapShare } from '../../src/engaged-city-map/overlap.js';
import { project } from '../../src/engaged-city-map/projection.js';
import { areaBeyond, clampView, fitView, zoomAround } from '../../src/engaged-city-map/viewport.js';
import { STATE_CODES } from '../../src/feed/types.js';

describe('The base map chunk', () => {
  it('holds the 16 states with path data, bounds and label points inside the frame', () => {
    expect(baseMap.states.map((state) => state.code).sort()).to.deep.equal([...STATE_CODES].sort());
    for (const state of baseMap.states) {
      expect(state.d).to.match(/^M[\d.]+ [\d.]+l/);
      const [x0, y0, x1, y1] = state.bounds;
      expect(x0 >= 0 && y0 >= 0 && x1 <= baseMap.width && y1 <= baseMap.height, state.code).to.equal(true);
      expect(state.label[0] > x0 && state.label[0] < x1, state.code).to.equal(true);
    }
  });

  it('is drawn with the same projection as d3-geo fitted to the source data', () => {
    const topology = topologyJson as unknown as Topology;
    const states = feature(topology, topology.objects['states']!);
    const margin = 10;
    const d3 = geoConicConformal().parallels([48.7, 53.3]).rotate([-10.5, 0])
      .fitExtent([[margin, margin], [baseMap.width - margin, baseMap.height - margin]], states);
    for (const [lon, lat] of [[12.646, 51.866], [6.08, 50.77], [13.43, 48.57], [10.13, 54.32], [8.0, 47.5]] as const) {
      const [x, y] = project(baseMap.projection, lon, lat);
      const [ex, ey] = d3([lon, lat])!;
      expect(Math.abs(x - ex) < 1e-6 && Math.abs(y - ey) < 1e-6, `${lon}, ${lat}`).to.equal(true);
    }
  });
});

describe('Marker size', () => {
  it('grows in area with the population, within limits, with a default for an unknown population', () => {
    const r1 = markerRadius(40_000);
    const r4 = markerRadius(160_000);
    expect(r4 / r1).to.be.closeTo(2, 1e-9);
    expect(markerRadius(10)).to.equal(4);
    expect(markerRadius(50_000_000)).to.equal(26);
    expect(markerRadius(undefined)).to.equal(6);
  });
});

describe('ClusterIndex (supercluster in the map frame)', () => {
  const points = [
    { id: 'a', x: 100, y: 100 },
    { id: 'b', x: 101, y: 100 },
    { id: 'c', x: 100, y: 102 },
    { id: 'far', x: 600, y: 900 },
  ];
  const index = new ClusterIndex(points, 1400);
  const size = () => 24;

  it('clusters close points at a small scale and splits them at the expansion scale', () => {
    const small = index.itemsIn(0, 0, 1000, 1400, 0.5, size);
    const cluster = small.find((item) => item.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.count).to.equal(3);
    expect(small.filter((item) => item.kind === 'marker').map((item) => item.kind === 'marker' && item.id)).to.deep.equal(['far']);
    if (cluster?.kind !== 'cluster') throw new Error('no cluster');
    expect(cluster.x).to.be.closeTo(100.33, 0.01);
    expect(index.memberIds(cluster.clusterId).sort()).to.deep.equal(['a', 'b', 'c']);
    const scale = index.expansionScale(cluster.clusterId);
    expect(scale).to.be.greaterThan(0.5);
    const deeper = index.itemsIn(0, 0, 1000, 1400, scale, size);
    expect(deeper.length).to.be.greaterThan(small.length);
  });

  it('returns only what lies inside the rectangle asked for', () => {
    expect(index.itemsIn(500, 800, 700, 1000, 0.5, size).map((item) => item.key)).to.deep.equal(['mfar']);
  });

  it('returns items whose drawn boxes never overlap by more than a tenth, at any scale', () => {
    let seed = 3;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const crowd = Array.from({ length: 400 }, (_, i) => ({
      id: `p${i}`, x: 300 + (i % 4) * 150 + next() * 120, y: 300 + (i % 3) * 200 + next() * 120, radius: 4 + next() * 22,
    }));
    const radii = new Map(crowd.map((point) => [point.id, point.radius]));
    const sizeOf = (item: MapItem) => hitSize(item.kind === 'cluster' ? clusterRadius(item.count) : radii.get(item.id)!);
    const crowded = new ClusterIndex(crowd, 1400);
    for (const scale of [0.21, 0.3, 0.47, 0.8, 1.3, 2.9, 7, 15.5, 40]) {
      const items = crowded.itemsIn(0, 0, 1400, 1400, scale, sizeOf);
      const boxes = items.map((item) => [item.x * scale, item.y * scale, sizeOf(item)] as const);
      const worst = Math.max(0, ...boxes.flatMap((a, i) => boxes.slice(i + 1).map((b) => overlapShare(...a, ...b))));
      expect(worst, `overlap at scale ${scale}`).to.be.at.most(0.1);
      expect(items.reduce((sum, item) => sum + (item.kind === 'cluster' ? item.count : 1), 0), `members at scale ${scale}`).to.equal(400);
    }
  });
});

describe('ClusterIndex: zooming into a crowded map', () => {
  // 3,000 members around 40 towns: what the map shows must not depend on how the index finds an item's parent (among
  // the items near it, which keeps zooming fast at 20,000 members, or through the members of a whole zoom).
  let seed = 11;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const towns = Array.from({ length: 40 }, () => [50 + next() * 900, 50 + next() * 1250] as const);
  const crowd = Array.from({ length: 3000 }, (_, i) => {
    const [x, y] = towns[i % towns.length]!;
    return { id: `p${i}`, x: x + (next() - 0.5) * 60, y: y + (next() - 0.5) * 60, radius: 4 + next() * 22 };
  });
  const radii = new Map(crowd.map((point) => [point.id, point.radius]));
  const sizeOf = (item: MapItem) => hitSize(item.kind === 'cluster' ? clusterRadius(item.count) : radii.get(item.id)!);
  const keys = (items: MapItem[]) => items.map((item) => item.key).sort();

  it('draws the same markers and clusters whichever way it finds parents, in any area and at any scale', () => {
    let near = new ClusterIndex(crowd, 1352);
    const byLeaves = new ClusterIndex(crowd, 1352, { parentsByLeaves: true });
    for (let step = 0; step < 60; step++) {
      // A fresh index every other step: nothing of the steps before is cached.
      if (step % 2) near = new ClusterIndex(crowd, 1352);
      const scale = 0.3 * 2 ** (next() * 7);
      const width = 900 / scale;
      const height = 650 / scale;
      const x0 = next() * 1000 - width / 2;
      const y0 = next() * 1352 - height / 2;
      const drawn = near.itemsIn(x0, y0, x0 + width, y0 + height, scale, sizeOf);
      expect(keys(drawn), `scale ${scale.toFixed(2)} at ${x0.toFixed(0)}, ${y0.toFixed(0)}`)
        .to.deep.equal(keys(byLeaves.itemsIn(x0, y0, x0 + width, y0 + height, scale, sizeOf)));
    }
  });

  it('finds which drawn item holds a member, as the members of each drawn cluster say', () => {
    const index = new ClusterIndex(crowd, 1352);
    for (const scale of [0.3, 0.6, 1.5, 4]) {
      const drawn = index.itemsIn(0, 0, 1000, 1352, scale, sizeOf);
      const holding = new Map<string, string>();
      for (const item of drawn) {
        for (const id of item.kind === 'marker' ? [item.id] : index.memberIds(item.clusterId)) holding.set(id, item.key);
      }
      for (const point of crowd.filter((_, i) => i % 37 === 0)) {
        expect(index.holderOf(point.id, drawn)?.key, `${point.id} at scale ${scale}`).to.equal(holding.get(point.id));
      }
    }
  });

  it('asks supercluster nothing about the items that need no merging (the first map is drawn sooner)', () => {
    // In the north-west, towns 22 px apart on the screen whose 40 px markers must merge; elsewhere, towns standing
    // apart that must not: these add to what is drawn, not to the questions asked (a query for each was a third of the
    // first map's time on the real network's data).
    const cluttered = Array.from({ length: 25 }, (_, i) => ({ id: `near-${i}`, x: 100 + (i % 5) * 46, y: 100 + Math.floor(i / 5) * 46 }));
    const apart = Array.from({ length: 28 }, (_, i) => ({ id: `apart-${i}`, x: 500 + (i % 4) * 150, y: 400 + Math.floor(i / 4) * 150 }));
    const queries = { count: 0 };
    const prototype = Supercluster.prototype as unknown as Record<'getClusters' | 'getChildren', (...args: unknown[]) => unknown>;
    const originals = { getClusters: prototype.getClusters, getChildren: prototype.getChildren };
    for (const name of ['getClusters', 'getChildren'] as const) {
      prototype[name] = function (this: unknown, ...args: unknown[]) {
        queries.count++;
        return originals[name].apply(this, args);
      };
    }
    const asked = (points: FramePoint[]) => {
      const index = new ClusterIndex(points, 1352);
      queries.count = 0;
      // The whole of Germany in about 650 × 900 px.
      const drawn = index.itemsIn(0, 0, 1000, 1352, 0.48, (item) => hitSize(item.kind === 'cluster' ? clusterRadius(item.count) : 20));
      return { count: queries.count, drawn: drawn.length };
    };
    try {
      const alone = asked(cluttered);
      const both = asked([...cluttered, ...apart]);
      expect(both.drawn).to.equal(alone.drawn + apart.length);
      expect(alone.count).to.be.above(0);
      expect(both.count).to.equal(alone.count);
    } finally {
      Object.assign(prototype, originals);
    }
  });
});

describe('The view', () => {
  it('looks for a town beyond the screen in the arrow key\'s direction: four screens further, one to either side', () => {
    const view = { scale: 2, tx: -200, ty: -100 };
    const size = { width: 400, height: 300 };
    // On the screen: frame x 100-300, y 50-200.
    expect(areaBeyond(view, size, 'left')).to.deep.equal([100 - 800, 50 - 150, 300, 200 + 150]);
    expect(areaBeyond(view, size, 'right')).to.deep.equal([100, 50 - 150, 300 + 800, 200 + 150]);
    expect(areaBeyond(view, size, 'up')).to.deep.equal([100 - 200, 50 - 600, 300 + 200, 200]);
    expect(areaBeyond(view, size, 'down')).to.deep.equal([100 - 200, 50, 300 + 200, 200 + 600]);
  });

  const size = { width: 400, height: 500 };

  it('fits a rectangle into the box, centred', () => {
    const view = fitView([0, 0, 1000, 1352], size, 0);
    expect(view.scale).to.be.closeTo(0.3698, 0.001);
    expect(view.tx).to.be.closeTo(400 / 2 - 500 * view.scale, 1e-9);
  });

  it('zooms around a point that stays in place', () => {
    const view = zoomAround({ scale: 1, tx: 0, ty: 0 }, 2, 50, 80);
    expect([10 * view.scale + view.tx, 20 * view.scale + view.ty]).to.deep.equal([-30, -40]);
    expect([50 * view.scale + view.tx, 80 * view.scale + view.ty]).to.deep.equal([50, 80]);
  });

  it('keeps the scale within limits and the content in sight', () => {
    const clamped = clampView({ scale: 10, tx: 5000, ty: 5000 }, size, [0, 0, 1000, 1000], 0.5, 4);
    expect(clamped.scale).to.equal(4);
    const centre = [(200 - clamped.tx) / clamped.scale, (250 - clamped.ty) / clamped.scale];
    expect(centre[0] >= 0 && centre[0] <= 1000 && centre[1] >= 0 && centre[1] <= 1000).to.equal(true);
  });
});
