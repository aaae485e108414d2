import type { StringTable } from '../src/base/strings/index.js';

/** The demo page's own texts (the elements bring theirs). Keys of `page` match `data-text` attributes in index.html. */
export interface DemoStrings {
  page: Record<string, string>;
  builder: BuilderStrings;
}

export interface BuilderStrings {
  elementLegend: string;
  elements: { 'engaged-city-map': string; 'partnership-badge': string; 'network-news': string };
  dataLegend: string;
  feedUrl: string;
  feedUrlHint: string;
  feedUrlInvalid: string;
  optionsLegend: string;
  member: string;
  memberChoose: string;
  memberAny: string;
  memberRequired: string;
  variant: string;
  variants: { full: string; compact: string; seal: string };
  size: string;
  sizes: { s: string; m: string; l: string };
  verify: string;
  verifyHint: string;
  verifyHintPreview: string;
  uncheckedHintPreview: string;
  regions: string;
  regionsHint: string;
  view: string;
  views: { map: string; list: string };
  shading: string;
  shadings: { partners: string; members: string; none: string };
  controls: string;
  controlsOptions: { full: string; none: string };
  layout: string;
  layouts: { list: string; cards: string; compact: string };
  limit: string;
  tags: string;
  tagsHint: string;
  lookLegend: string;
  language: string;
  languages: { page: string; de: string; en: string };
  theme: string;
  themes: { light: string; dark: string; auto: string };
  scriptLegend: string;
  scriptUrl: string;
  scriptUrlHint: string;
  previewHeading: string;
  codeHeading: string;
  codeLabel: string;
  codeHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

export const demoStrings: StringTable<DemoStrings> = {
  de: {
    page: {
      title: 'engaged-city-widgets – Demo und Code-Generator',
      intro: 'Die drei Elemente des Netzwerks Engagierte Stadt, gespeist aus dem mitgelieferten Datenstand. Darunter erstellen Sie den HTML-Code für Ihre eigene Website.',
      languageSwitch: 'Sprache',
      mapHeading: 'Karte der Mitgliedsstädte',
      badgeHeading: 'Mitgliedsabzeichen',
      badgeNote: 'Auf dieser Demo-Seite ohne Domainprüfung (verify="none"):',
      newsHeading: 'Neuigkeiten aus dem Netzwerk',
      builderHeading: 'Code für Ihre Website erstellen',
      builderIntro: 'Wählen Sie ein Element und seine Einstellungen. Die Vorschau zeigt das Ergebnis; den HTML-Code fügen Sie in TYPO3 in ein Inhaltselement vom Typ „HTML“ oder in WordPress in einen Block „Individuelles HTML“ ein.',
      footer: 'Datenstand aus öffentlichen Quellen, unvollständig, kein amtliches Verzeichnis. Karte: © GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0. Einwohnerzahlen und Koordinaten: Quelle: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2021; dl-de/by-2-0; eigene Auswahl.',
    },
    builder: {
      elementLegend: 'Element',
      elements: { 'engaged-city-map': 'Karte', 'partnership-badge': 'Mitgliedsabzeichen', 'network-news': 'Neuigkeiten' },
      dataLegend: 'Daten',
      feedUrl: 'Adresse des Feeds (optional)',
      feedUrlHint: 'Leer lassen: Das Element nutzt den mitgelieferten Datenstand des Netzwerks.',
      feedUrlInvalid: 'Bitte geben Sie eine Adresse mit http:// oder https:// oder einen Pfad auf Ihrer Website an.',
      optionsLegend: 'Einstellungen',
      member: 'Mitglied',
      memberChoose: 'Bitte wählen',
      memberAny: 'Alle Mitglieder',
      memberRequired: 'Bitte wählen Sie ein Mitglied aus.',
      variant: 'Ausführung',
      variants: { full: 'Vollständig (Zeichen, Name, Rolle, Jahr)', compact: 'Kompakt (Zeichen und eine Zeile)', seal: 'Siegel (nur das Zeichen)' },
      size: 'Größe',
      sizes: { s: 'Klein', m: 'Mittel', l: 'Groß' },
      verify: 'Abzeichen nur auf den Domains des Mitglieds zeigen (empfohlen)',
      verifyHint: 'Das Abzeichen erscheint nur auf Websites, deren Adresse das Mitglied im Netzwerk hinterlegt hat.',
      verifyHintPreview: 'Diese Demo-Seite gehört keinem Mitglied: Die Vorschau zeigt daher statt des Abzeichens einen Hinweis.',
      uncheckedHintPreview: 'Ohne Prüfung zeigt das Abzeichen kein Netzwerkzeichen, sondern „Nicht geprüft“: nur für Tests, nicht für Ihre öffentliche Website.',
      regions: 'Bundesländer',
      regionsHint: 'Keine Auswahl: ganz Deutschland.',
      view: 'Ansicht',
      views: { map: 'Karte', list: 'Liste' },
      shading: 'Einfärbung der Länder',
      shadings: { partners: 'Länderpartner des Programms', members: 'Anzahl der Mitglieder', none: 'Keine' },
      controls: 'Bedienelemente',
      controlsOptions: { full: 'Suche, Filter und Zoom anzeigen', none: 'Keine' },
      layout: 'Darstellung',
      layouts: { list: 'Liste', cards: 'Karten', compact: 'Kompakt (Titel und Datum)' },
      limit: 'Anzahl der Meldungen (1–50)',
      tags: 'Schlagwörter (optional)',
      tagsHint: 'Mehrere durch Leerzeichen trennen.',
      lookLegend: 'Sprache und Farben',
      language: 'Sprache des Elements',
      languages: { page: 'Wie die Seite', de: 'Deutsch', en: 'Englisch' },
      theme: 'Farbschema',
      themes: { light: 'Hell', dark: 'Dunkel', auto: 'Wie das Gerät der Besucher' },
      scriptLegend: 'Skriptdatei',
      scriptUrl: 'Adresse der Skriptdatei',
      scriptUrlHint: 'Legen Sie den Ordner dist/cdn aus dem Paket engaged-city-widgets auf Ihren eigenen Server (z. B. unter /engaged-city-widgets/) und tragen Sie hier die Adresse der Datei engaged-city-widgets.js ein. Laden Sie die Datei nicht von einem fremden Server: So gelangen keine Daten Ihrer Besucher an Dritte (DSGVO).',
      previewHeading: 'Vorschau',
      codeHeading: 'HTML-Code',
      codeLabel: 'HTML-Code zum Einfügen',
      codeHint: 'TYPO3: Inhaltselement „HTML“. WordPress: Block „Individuelles HTML“. Die Skriptdatei genügt einmal pro Seite.',
      copy: 'Code kopieren',
      copied: 'Code kopiert',
      copyFailed: 'Kopieren nicht möglich. Der Code ist markiert: Kopieren Sie ihn mit Strg+C (Mac: ⌘+C).',
    },
  },
  en: {
    page: {
      title: 'engaged-city-widgets – demo and snippet builder',
      intro: 'The three elements of the "Engagierte Stadt" network, fed by the bundled snapshot. Below, build the HTML for your own website.',
      languageSwitch: 'Language',
      mapHeading: 'Map of the member towns',
      badgeHeading: 'Membership badge',
      badgeNote: 'On this demo page without domain verification (verify="none"):',
      newsHeading: 'News from the network',
      builderHeading: 'Build the code for your website',
      builderIntro: 'Choose an element and its settings. The preview shows the result; paste the HTML into a TYPO3 "HTML" content element or a WordPress "Custom HTML" block.',
      footer: 'Data compiled from public sources, partial, not an official register. Map: © GeoBasis-DE / BKG 2021 (data modified), dl-de/by-2-0. Population and coordinates: source: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, as of 31.12.2021; dl-de/by-2-0; own selection.',
    },
    builder: {
      elementLegend: 'Element',
      elements: { 'engaged-city-map': 'Map', 'partnership-badge': 'Membership badge', 'network-news': 'News' },
      dataLegend: 'Data',
      feedUrl: 'Feed address (optional)',
      feedUrlHint: 'Leave empty: the element uses the network data bundled with it.',
      feedUrlInvalid: 'Please give an address starting with http:// or https://, or a path on your website.',
      optionsLegend: 'Settings',
      member: 'Member',
      memberChoose: 'Please choose',
      memberAny: 'All members',
      memberRequired: 'Please choose a member.',
      variant: 'Variant',
      variants: { full: 'Full (mark, name, role, year)', compact: 'Compact (mark and one line)', seal: 'Seal (mark only)' },
      size: 'Size',
      sizes: { s: 'Small', m: 'Medium', l: 'Large' },
      verify: 'Show the badge only on the member’s domains (recommended)',
      verifyHint: 'The badge appears only on websites whose address the member has registered with the network.',
      verifyHintPreview: 'This demo page belongs to no member: the preview shows a note instead of the badge.',
      uncheckedHintPreview: 'Without the check the badge shows no network mark but “Not checked”: for tests only, not for your public website.',
      regions: 'Federal states',
      regionsHint: 'None selected: all of Germany.',
      view: 'View',
      views: { map: 'Map', list: 'List' },
      shading: 'State shading',
      shadings: { partners: 'State partners of the programme', members: 'Number of members', none: 'None' },
      controls: 'Controls',
      controlsOptions: { full: 'Show search, filter and zoom', none: 'None' },
      layout: 'Layout',
      layouts: { list: 'List', cards: 'Cards', compact: 'Compact (title and date)' },
      limit: 'Number of items (1–50)',
      tags: 'Tags (optional)',
      tagsHint: 'Separate several with spaces.',
      lookLegend: 'Language and colours',
      language: 'Language of the element',
      languages: { page: 'Same as the page', de: 'German', en: 'English' },
      theme: 'Colour scheme',
      themes: { light: 'Light', dark: 'Dark', auto: 'Same as the visitor’s device' },
      scriptLegend: 'Script file',
      scriptUrl: 'Address of the script file',
      scriptUrlHint: 'Put the folder dist/cdn from the engaged-city-widgets package on your own server (e.g. under /engaged-city-widgets/) and enter the address of engaged-city-widgets.js here. Do not load the file from somebody else’s server: that way no visitor data reaches third parties (GDPR).',
      previewHeading: 'Preview',
      codeHeading: 'HTML code',
      codeLabel: 'HTML code to paste',
      codeHint: 'TYPO3: content element "HTML". WordPress: block "Custom HTML". The script file is needed once per page.',
      copy: 'Copy code',
      copied: 'Code copied',
      copyFailed: 'Copying is not possible. The code is selected: copy it with Ctrl+C (Mac: ⌘+C).',
    },
  },
};
