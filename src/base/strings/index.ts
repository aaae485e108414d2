import type { Language } from '../language.js';
import type { FeedErrorCode } from '../../feed/errors.js';

/**
 * A table of user-facing strings in German and English. Each element keeps its own table beside it
 * (`<element>/strings.ts`); the shared states (loading, errors) live here.
 */
export type StringTable<T> = Record<Language, T>;

/** Picks the strings for a language. */
export function stringsFor<T>(table: StringTable<T>, language: Language): T {
  return table[language];
}

export interface SharedStrings {
  loading: string;
  retry: string;
  errorTitle: string;
  errors: Record<FeedErrorCode, string>;
  /** For an HTTP error: the status code goes where `{status}` is. */
  httpStatus: string;
  /** A fallback link to the network, shown when the feed fails and the page gave no fallback. */
  networkName: string;
  /** Said to screen readers when a retry has brought the data. */
  loaded: string;
}

export const sharedStrings: StringTable<SharedStrings> = {
  de: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    errorTitle: 'Die Daten konnten nicht geladen werden.',
    errors: {
      'not-json': 'Die Daten liegen nicht im erwarteten Format vor.',
      'not-a-feed': 'Die Daten liegen nicht im erwarteten Format vor.',
      'too-large': 'Die Datenmenge ist zu groß.',
      http: 'Der Server hat die Daten nicht geliefert.',
      network: 'Die Verbindung zum Server ist fehlgeschlagen.',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
    },
    httpStatus: 'Fehlercode {status}',
    networkName: 'Netzwerk Engagierte Stadt',
    loaded: 'Die Daten wurden geladen.',
  },
  en: {
    loading: 'Loading …',
    retry: 'Try again',
    errorTitle: 'The data could not be loaded.',
    errors: {
      'not-json': 'The data is not in the expected format.',
      'not-a-feed': 'The data is not in the expected format.',
      'too-large': 'There is too much data.',
      http: 'The server did not deliver the data.',
      network: 'The connection to the server failed.',
      timeout: 'The server did not answer in time.',
    },
    httpStatus: 'Error code {status}',
    networkName: 'Engagierte Stadt network',
    loaded: 'The data has been loaded.',
  },
};

/** Replaces `{name}` placeholders with values. Values are inserted as text by Lit, never as HTML. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
