import type { StringTable } from '../base/strings/index.js';
import type { StateCode } from '../feed/types.js';

/**
 * The strings of the map's frame (controls, the map's box, messages), drawn while loading. `{name}` placeholders are
 * filled with `format()`. The strings of what is drawn with data are in view-strings.ts (a lazy chunk with the views).
 */
export interface FrameStrings {
  mapLabel: string;
  mapRoleDescription: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  controlsLabel: string;
  searchLabel: string;
  stateLabel: string;
  allStates: string;
  viewLabel: string;
  viewMap: string;
  viewList: string;
  attributionLabel: string;
  empty: string;
  /** `region` is set, and the feed lists no member there (or it names no state). */
  emptyRegion: string;
  /** The map's own code (views.ts) could not be loaded: neither the map nor the list can be shown. */
  viewsError: string;
}

/** The strings of the markers, details, legend and list (view-strings.ts). */
export interface ViewStrings {
  /** Shown when one finger drags on the map, which scrolls the page instead. */
  touchHint: string;
  /** The search or the state filter leaves no member (the controls work once the views are there). */
  noMatch: string;
  /** The search or the state filter leaves members, none of them with a place on the map (the list shows them). */
  noneOnMap: string;
  /** The base map or the engine could not be loaded (the views were: the list works). */
  baseMapError: string;
  wheelHint: string;
  /** The map's description for screen readers: every key it answers to. */
  mapInstructions: string;
  /** The keys in short, shown for a while to a sighted keyboard user who enters the map. */
  keysHint: string;
  /** Accessible name of a marker. */
  marker: string;
  /** Accessible name of a cluster that splits when zoomed in. */
  cluster: string;
  /** Accessible name of a cluster whose towns share one spot: activating it lists them. */
  clusterAtOneSpot: string;
  /** Where a cluster is, in its name (`{where}`): the states its members are in, and its largest member. */
  clusterIn: string;
  clusterIncluding: string;
  /** More than two states, in `clusterIn`. */
  statesMany: string;
  /** The Saarland takes an article in German: alone (" im Saarland"), and after another state ("dem Saarland"). */
  inSaarland: string;
  saarland: string;
  /** Joins two states' names. */
  and: string;
  detailsClose: string;
  state: string;
  population: string;
  since: string;
  topics: string;
  website: string;
  profile: string;
  noLocation: string;
  atOneSpot: string;
  partnersTitle: string;
  partnerSince: string;
  /** Month names, January first: a table, because the first `Intl.DateTimeFormat` of a page costs tens of ms. */
  months: readonly string[];
  noPartners: string;
  membersTitle: string;
  membersClass: string;
  membersClassOne: string;
  membersClassExact: string;
  membersNone: string;
  /** Heading of the list view's group of members that name no state. */
  noState: string;
  /** Accessible name of the list view's scrolling box. */
  listLabel: string;
  /** Said when a search or the state filter changes what is shown (the controls work once the views are there). */
  foundNone: string;
  foundOne: string;
  foundMany: string;
  stateNames: Record<StateCode, string>;
}

/** Every string of the map: what the views are drawn with. */
export type MapStrings = FrameStrings & ViewStrings;

export const mapStrings: StringTable<FrameStrings> = {
  de: {
    mapLabel: 'Engagierte Städte',
    mapRoleDescription: 'Karte',
    zoomIn: 'Karte vergrößern',
    zoomOut: 'Karte verkleinern',
    zoomReset: 'Ganze Karte zeigen',
    controlsLabel: 'Städte filtern',
    searchLabel: 'Stadt suchen',
    stateLabel: 'Bundesland',
    allStates: 'Alle Bundesländer',
    viewLabel: 'Ansicht',
    viewMap: 'Karte',
    viewList: 'Liste',
    attributionLabel: 'Kartengrundlage',
    empty: 'Es sind keine Städte eingetragen.',
    emptyRegion: 'In diesem Gebiet sind keine Städte eingetragen.',
    viewsError: 'Karte und Liste konnten nicht geladen werden.',
  },
  en: {
    mapLabel: 'Engaged Cities',
    mapRoleDescription: 'map',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Show the whole map',
    controlsLabel: 'Filter cities',
    searchLabel: 'Search for a city',
    stateLabel: 'State',
    allStates: 'All states',
    viewLabel: 'View',
    viewMap: 'Map',
    viewList: 'List',
    attributionLabel: 'Base map',
    empty: 'No cities have been entered yet.',
    emptyRegion: 'No cities have been entered for this area.',
    viewsError: 'The map and the list could not be loaded.',
  },
};
