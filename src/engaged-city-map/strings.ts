import type { StringTable } from '../base/strings/index.js';
import type { StateCode } from '../feed/types.js';

/** The map's user-facing strings. `{name}` placeholders are filled with `format()`. */
export interface MapStrings {
  mapLabel: string;
  mapRoleDescription: string;
  mapInstructions: string;
  /** Accessible name of a marker. */
  marker: string;
  /** Accessible name of a cluster that splits when zoomed in. */
  cluster: string;
  /** Accessible name of a cluster whose towns share one spot: activating it lists them. */
  clusterAtOneSpot: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  wheelHint: string;
  /** Shown when one finger drags on the map, which scrolls the page instead. */
  touchHint: string;
  controlsLabel: string;
  searchLabel: string;
  stateLabel: string;
  allStates: string;
  viewLabel: string;
  viewMap: string;
  viewList: string;
  foundNone: string;
  foundOne: string;
  foundMany: string;
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
  attributionLabel: string;
  empty: string;
  /** `region` is set, and the feed lists no member there (or it names no state). */
  emptyRegion: string;
  noMatch: string;
  /** Heading of the list view's group of members that name no state. */
  noState: string;
  /** Accessible name of the list view's scrolling box. */
  listLabel: string;
  baseMapError: string;
  stateNames: Record<StateCode, string>;
}

export const mapStrings: StringTable<MapStrings> = {
  de: {
    mapLabel: 'Karte der Engagierten Städte',
    mapRoleDescription: 'Karte',
    mapInstructions: 'Mit den Pfeiltasten wechseln Sie zwischen den Städten, mit der Eingabe- oder Leertaste öffnen Sie die Details, mit Escape schließen Sie sie wieder. Plus und Minus vergrößern und verkleinern die Karte, Umschalt und Pfeiltasten verschieben sie.',
    marker: '{name}, {state}',
    cluster: 'Gruppe mit {count} Städten, vergrößern',
    clusterAtOneSpot: 'Gruppe mit {count} Städten am selben Ort, anzeigen',
    zoomIn: 'Karte vergrößern',
    zoomOut: 'Karte verkleinern',
    zoomReset: 'Ganze Karte zeigen',
    wheelHint: 'Zum Zoomen Strg + Mausrad verwenden',
    touchHint: 'Zum Verschieben der Karte zwei Finger verwenden',
    controlsLabel: 'Städte filtern',
    searchLabel: 'Stadt suchen',
    stateLabel: 'Bundesland',
    allStates: 'Alle Bundesländer',
    viewLabel: 'Ansicht',
    viewMap: 'Karte',
    viewList: 'Liste',
    foundNone: 'Keine Stadt gefunden',
    foundOne: '1 Stadt gefunden',
    foundMany: '{count} Städte gefunden',
    detailsClose: 'Details schließen',
    state: 'Bundesland',
    population: 'Einwohnerzahl',
    since: 'Dabei seit',
    topics: 'Themen',
    website: 'Website',
    profile: 'Profil im Netzwerk',
    noLocation: 'Ohne Position auf der Karte',
    atOneSpot: 'Städte an diesem Ort',
    partnersTitle: 'Länderpartner',
    partnerSince: '{name}, seit {date}',
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    noPartners: 'Keine Länderpartner angegeben',
    membersTitle: 'Städte je Bundesland',
    membersClass: '{from} bis {to} Städte',
    membersClassOne: '{from} Stadt',
    membersClassExact: '{from} Städte',
    membersNone: 'Keine Stadt',
    attributionLabel: 'Kartengrundlage',
    empty: 'Es sind keine Städte eingetragen.',
    emptyRegion: 'In diesem Gebiet sind keine Städte eingetragen.',
    noMatch: 'Keine Stadt entspricht Ihrer Auswahl.',
    noState: 'Ohne Bundesland',
    listLabel: 'Liste der Engagierten Städte',
    baseMapError: 'Die Karte konnte nicht geladen werden. Die Liste zeigt alle Städte.',
    stateNames: {
      'DE-BW': 'Baden-Württemberg', 'DE-BY': 'Bayern', 'DE-BE': 'Berlin', 'DE-BB': 'Brandenburg', 'DE-HB': 'Bremen',
      'DE-HH': 'Hamburg', 'DE-HE': 'Hessen', 'DE-MV': 'Mecklenburg-Vorpommern', 'DE-NI': 'Niedersachsen',
      'DE-NW': 'Nordrhein-Westfalen', 'DE-RP': 'Rheinland-Pfalz', 'DE-SL': 'Saarland', 'DE-SN': 'Sachsen',
      'DE-ST': 'Sachsen-Anhalt', 'DE-SH': 'Schleswig-Holstein', 'DE-TH': 'Thüringen',
    },
  },
  en: {
    mapLabel: 'Map of the Engaged Cities',
    mapRoleDescription: 'map',
    mapInstructions: 'Use the arrow keys to move between cities, Enter or Space to open their details and Escape to close them. Plus and minus zoom the map; Shift with the arrow keys moves it.',
    marker: '{name}, {state}',
    cluster: 'Group of {count} cities, zoom in',
    clusterAtOneSpot: 'Group of {count} cities at one place, show them',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomReset: 'Show the whole map',
    wheelHint: 'Use Ctrl + mouse wheel to zoom',
    touchHint: 'Use two fingers to move the map',
    controlsLabel: 'Filter cities',
    searchLabel: 'Search for a city',
    stateLabel: 'State',
    allStates: 'All states',
    viewLabel: 'View',
    viewMap: 'Map',
    viewList: 'List',
    foundNone: 'No city found',
    foundOne: '1 city found',
    foundMany: '{count} cities found',
    detailsClose: 'Close details',
    state: 'State',
    population: 'Population',
    since: 'Member since',
    topics: 'Topics',
    website: 'Website',
    profile: 'Profile in the network',
    noLocation: 'No position on the map',
    atOneSpot: 'Cities at this place',
    partnersTitle: 'State partners',
    partnerSince: '{name}, since {date}',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    noPartners: 'No state partners given',
    membersTitle: 'Cities per state',
    membersClass: '{from} to {to} cities',
    membersClassOne: '{from} city',
    membersClassExact: '{from} cities',
    membersNone: 'No city',
    attributionLabel: 'Base map',
    empty: 'No cities have been entered yet.',
    emptyRegion: 'No cities have been entered for this area.',
    noMatch: 'No city matches your selection.',
    noState: 'No federal state',
    listLabel: 'List of the Engaged Cities',
    baseMapError: 'The map could not be loaded. The list shows every city.',
    stateNames: {
      'DE-BW': 'Baden-Württemberg', 'DE-BY': 'Bavaria', 'DE-BE': 'Berlin', 'DE-BB': 'Brandenburg', 'DE-HB': 'Bremen',
      'DE-HH': 'Hamburg', 'DE-HE': 'Hesse', 'DE-MV': 'Mecklenburg-Western Pomerania', 'DE-NI': 'Lower Saxony',
      'DE-NW': 'North Rhine-Westphalia', 'DE-RP': 'Rhineland-Palatinate', 'DE-SL': 'Saarland', 'DE-SN': 'Saxony',
      'DE-ST': 'Saxony-Anhalt', 'DE-SH': 'Schleswig-Holstein', 'DE-TH': 'Thuringia',
    },
  },
};
