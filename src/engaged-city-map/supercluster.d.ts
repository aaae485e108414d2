// supercluster 9 ships no type declarations: the small part of its API that clusters.ts uses.
declare module 'supercluster' {
  export interface PointFeature<P> {
    type: 'Feature';
    id?: number | string;
    properties: P;
    geometry: { type: 'Point'; coordinates: [number, number] };
  }
  export interface ClusterProperties {
    cluster: true;
    cluster_id: number;
    point_count: number;
  }
  export interface SuperclusterOptions<P, C> {
    /** A point's properties as a cluster starts them; `reduce` merges another's into them. */
    map?: (properties: P) => C;
    reduce?: (accumulated: C, properties: Readonly<C>) => void;
    minZoom?: number;
    maxZoom?: number;
    minPoints?: number;
    radius?: number;
    extent?: number;
    nodeSize?: number;
  }
  export default class Supercluster<P, C = object> {
    constructor(options?: SuperclusterOptions<P, C>);
    load(points: PointFeature<P>[]): this;
    getClusters(bbox: [number, number, number, number], zoom: number): PointFeature<P | (ClusterProperties & C)>[];
    getChildren(clusterId: number): PointFeature<P | (ClusterProperties & C)>[];
    getLeaves(clusterId: number, limit?: number, offset?: number): PointFeature<P>[];
    getClusterExpansionZoom(clusterId: number): number;
  }
}
