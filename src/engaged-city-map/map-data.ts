import type { Member, StateCode } from '../feed/types.js';
import type { BaseMap, MapEngine } from './base-map.js';
import type { ClusterIndex } from './clusters.js';
import { nameMatches } from './member-facts.js';
import { membersPerState } from './shading.js';

/** What the map's data depends on. */
export interface MapDataInput {
  /** Every member of the feed (the cache key for the lookup by id). */
  all: readonly Member[] | undefined;
  /** The members of the `region` states (all of them without a region). */
  members: readonly Member[];
  region: string;
  stateFilter: StateCode | '';
  query: string;
  /** The base map and what indexes the members on it, once their chunks have loaded. */
  baseMap: BaseMap | undefined;
  indexMembers: MapEngine['indexMembers'] | undefined;
}

/**
 * The map's derived data: the members by id, those that match the filters, the members per state, and the cluster
 * index of their points on the base map. `update()` recomputes each only when what it depends on changed, so a render
 * that only moves the map costs nothing here.
 */
export class MapData {
  /** Every member of the feed by id. */
  membersById = new Map<string, Member>();
  /** The members that match the state filter and the search. */
  filtered: Member[] = [];
  /** Members per state, before the state filter and the search. */
  counts = new Map<StateCode, number>();
  /** The clusters of the filtered members that have a location; absent until the base map has loaded. */
  index?: ClusterIndex;

  #source?: readonly Member[];
  #version = 0;
  #filterKey = '';
  #pointKey = '';

  update({ all, members, region, stateFilter, query, baseMap, indexMembers }: MapDataInput): void {
    if (all !== this.#source) {
      this.#source = all;
      this.membersById = new Map((all ?? []).map((member) => [member.id, member]));
      this.#version++;
    }
    const filterKey = `${region}|${stateFilter}|${query}|${this.#version}`;
    if (filterKey !== this.#filterKey) {
      this.#filterKey = filterKey;
      this.counts = membersPerState(members);
      this.filtered = members.filter((member) => (stateFilter === '' || member.region === stateFilter) && nameMatches(member, query));
    }
    const pointKey = `${filterKey}|${baseMap ? 1 : 0}`;
    if (baseMap && indexMembers && pointKey !== this.#pointKey) {
      this.#pointKey = pointKey;
      this.index = indexMembers(this.filtered, baseMap);
    }
  }
}
