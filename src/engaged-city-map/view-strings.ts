import type { Language } from '../base/language.js';
import { format, type StringTable } from '../base/strings/index.js';
import type { NetworkFeed } from '../feed/types.js';
import type { ViewStrings } from './strings.js';

/** The strings of what the map draws with data (see strings.ts for the frame's): loaded with the views. */
export const viewStrings: StringTable<ViewStrings> = {
  de: {
    touchHint: 'Zum Verschieben der Karte zwei Finger verwenden',
    noMatch: 'Keine Stadt entspricht Ihrer Auswahl.',
    noneOnMap: 'Keine dieser Städte hat eine Position auf der Karte. Die Liste zeigt sie.',
    baseMapError: 'Die Karte konnte nicht geladen werden. Die Liste zeigt alle Städte.',
    wheelHint: 'Zum Zoomen Strg + Mausrad verwenden',
    mapInstructions: 'Mit den Pfeiltasten wechseln Sie zwischen den Städten, mit der Eingabe- oder Leertaste öffnen Sie die Details, mit Escape schließen Sie sie wieder. Plus und Minus vergrößern und verkleinern die Karte, Umschalt und Pfeiltasten verschieben sie.',
    keysHint: 'Pfeiltasten: andere Stadt · Eingabe: Details · Escape: schließen · Plus/Minus: Zoom',
    marker: '{name}, {state}',
    cluster: 'Gruppe mit {count} Städten{where}, vergrößern',
    clusterAtOneSpot: 'Gruppe mit {count} Städten am selben Ort{where}, anzeigen',
    clusterIn: ' in {states}',
    clusterIncluding: ', darunter {name}',
    statesMany: '{count} Bundesländern',
    inSaarland: ' im Saarland',
    saarland: 'dem Saarland',
    and: 'und',
    detailsClose: 'Details schließen',
    state: 'Bundesland',
    population: 'Einwohnerzahl',
    since: 'Mitglied seit',
    topics: 'Themen',
    website: 'Website',
    profile: 'Profil im Netzwerk',
    noLocation: 'Ohne Position auf der Karte',
    atOneSpot: 'Städte an diesem Ort',
    foundNone: 'Keine Stadt gefunden',
    foundOne: '1 Stadt gefunden',
    foundMany: '{count} Städte gefunden',
    partnersTitle: 'Länderpartner',
    partnerSince: '{name}, seit {date}',
    stateNames: {
      'DE-BW': 'Baden-Württemberg', 'DE-BY': 'Bayern', 'DE-BE': 'Berlin', 'DE-BB': 'Brandenburg', 'DE-HB': 'Bremen',
      'DE-HH': 'Hamburg', 'DE-HE': 'Hessen', 'DE-MV': 'Mecklenburg-Vorpommern', 'DE-NI': 'Niedersachsen',
      'DE-NW': 'Nordrhein-Westfalen', 'DE-RP': 'Rheinland-Pfalz', 'DE-SL': 'Saarland', 'DE-SN': 'Sachsen',
      'DE-ST': 'Sachsen-Anhalt', 'DE-SH': 'Schleswig-Holstein', 'DE-TH': 'Thüringen',
    },
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    noPartners: 'Keine Länderpartner angegeben',
    membersTitle: 'Städte je Bundesland',
    membersClass: '{from} bis {to} Städte',
    membersClassOne: '{from} Stadt',
    membersClassExact: '{from} Städte',
    membersNone: 'Keine Stadt',
    noState: 'Ohne Bundesland',
    listLabel: 'Liste der Engagierten Städte',
  },
  en: {
    touchHint: 'Use two fingers to move the map',
    noMatch: 'No city matches your selection.',
    noneOnMap: 'None of these cities has a position on the map. The list shows them.',
    baseMapError: 'The map could not be loaded. The list shows every city.',
    wheelHint: 'Use Ctrl + mouse wheel to zoom',
    mapInstructions: 'Use the arrow keys to move between cities, Enter or Space to open their details and Escape to close them. Plus and minus zoom the map; Shift with the arrow keys moves it.',
    keysHint: 'Arrow keys: next city · Enter: details · Escape: close · Plus/minus: zoom',
    marker: '{name}, {state}',
    cluster: 'Group of {count} cities{where}, zoom in',
    clusterAtOneSpot: 'Group of {count} cities at one place{where}, show them',
    clusterIn: ' in {states}',
    clusterIncluding: ', including {name}',
    statesMany: '{count} states',
    inSaarland: ' in Saarland',
    saarland: 'Saarland',
    and: 'and',
    detailsClose: 'Close details',
    state: 'State',
    population: 'Population',
    since: 'Member since',
    topics: 'Topics',
    website: 'Website',
    profile: 'Profile in the network',
    noLocation: 'No position on the map',
    atOneSpot: 'Cities at this place',
    foundNone: 'No city found',
    foundOne: '1 city found',
    foundMany: '{count} cities found',
    partnersTitle: 'State partners',
    partnerSince: '{name}, since {date}',
    stateNames: {
      'DE-BW': 'Baden-Württemberg', 'DE-BY': 'Bavaria', 'DE-BE': 'Berlin', 'DE-BB': 'Brandenburg', 'DE-HB': 'Bremen',
      'DE-HH': 'Hamburg', 'DE-HE': 'Hesse', 'DE-MV': 'Mecklenburg-Western Pomerania', 'DE-NI': 'Lower Saxony',
      'DE-NW': 'North Rhine-Westphalia', 'DE-RP': 'Rhineland-Palatinate', 'DE-SL': 'Saarland', 'DE-SN': 'Saxony',
      'DE-ST': 'Saxony-Anhalt', 'DE-SH': 'Schleswig-Holstein', 'DE-TH': 'Thuringia',
    },
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    noPartners: 'No state partners given',
    membersTitle: 'Cities per state',
    membersClass: '{from} to {to} cities',
    membersClassOne: '{from} city',
    membersClassExact: '{from} cities',
    membersNone: 'No city',
    noState: 'No federal state',
    listLabel: 'List of the Engaged Cities',
  },
};

/**
 * The words for a feed that lists organisations as well as cities (partner associations, foundations, state agencies):
 * "members", not "cities", wherever the map counts or names what it shows.
 */
const memberWords: StringTable<Partial<ViewStrings>> = {
  de: {
    noMatch: 'Kein Mitglied entspricht Ihrer Auswahl.',
    noneOnMap: 'Keines dieser Mitglieder hat eine Position auf der Karte. Die Liste zeigt sie.',
    baseMapError: 'Die Karte konnte nicht geladen werden. Die Liste zeigt alle Mitglieder.',
    mapInstructions: 'Mit den Pfeiltasten wechseln Sie zwischen den Mitgliedern, mit der Eingabe- oder Leertaste öffnen Sie die Details, mit Escape schließen Sie sie wieder. Plus und Minus vergrößern und verkleinern die Karte, Umschalt und Pfeiltasten verschieben sie.',
    keysHint: 'Pfeiltasten: anderes Mitglied · Eingabe: Details · Escape: schließen · Plus/Minus: Zoom',
    cluster: 'Gruppe mit {count} Mitgliedern{where}, vergrößern',
    clusterAtOneSpot: 'Gruppe mit {count} Mitgliedern am selben Ort{where}, anzeigen',
    atOneSpot: 'Mitglieder an diesem Ort',
    foundNone: 'Kein Mitglied gefunden',
    foundOne: '1 Mitglied gefunden',
    foundMany: '{count} Mitglieder gefunden',
    membersTitle: 'Mitglieder je Bundesland',
    membersClass: '{from} bis {to} Mitglieder',
    membersClassOne: '{from} Mitglied',
    membersClassExact: '{from} Mitglieder',
    membersNone: 'Kein Mitglied',
    listLabel: 'Liste der Mitglieder im Netzwerk Engagierte Stadt',
  },
  en: {
    noMatch: 'No member matches your selection.',
    noneOnMap: 'None of these members has a position on the map. The list shows them.',
    baseMapError: 'The map could not be loaded. The list shows every member.',
    mapInstructions: 'Use the arrow keys to move between members, Enter or Space to open their details and Escape to close them. Plus and minus zoom the map; Shift with the arrow keys moves it.',
    keysHint: 'Arrow keys: next member · Enter: details · Escape: close · Plus/minus: zoom',
    cluster: 'Group of {count} members{where}, zoom in',
    clusterAtOneSpot: 'Group of {count} members at one place{where}, show them',
    atOneSpot: 'Members at this place',
    foundNone: 'No member found',
    foundOne: '1 member found',
    foundMany: '{count} members found',
    membersTitle: 'Members per state',
    membersClass: '{from} to {to} members',
    membersClassOne: '{from} member',
    membersClassExact: '{from} members',
    membersNone: 'No member',
    listLabel: 'List of the members of the Engagierte Stadt network',
  },
};

const withOrganisations: StringTable<ViewStrings> = {
  de: { ...viewStrings.de, ...memberWords.de },
  en: { ...viewStrings.en, ...memberWords.en },
};

/** Whether each feed's list of members holds an organisation (a scan of 20,000 members, so once per feed). */
const listsOrganisations = new WeakMap<object, boolean>();

/**
 * The views' strings in a language, for what a feed lists: "cities" while it lists only cities, "members" once it
 * lists an organisation too. The same object for the same answer, so the element can keep what it builds from it.
 */
export function viewStringsFor(language: Language, feed: NetworkFeed | undefined): ViewStrings {
  const members = feed?._engaged_city?.members ?? [];
  let mixed = listsOrganisations.get(members);
  if (mixed === undefined) listsOrganisations.set(members, (mixed = members.some((member) => member.kind === 'organization')));
  return (mixed ? withOrganisations : viewStrings)[language];
}

/** What a screen reader hears when a search or the state filter has changed what is shown: how many were found. */
export function foundText(strings: ViewStrings, count: number): string {
  return count === 0 ? strings.foundNone : count === 1 ? strings.foundOne : format(strings.foundMany, { count });
}
