import type { ArgTypes } from '@storybook/web-components-vite';

/** The args every element shares: the feed, the language and the theme. */
export interface CommonArgs {
  src?: string;
  lang?: '' | 'de' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
}

/** Controls for the shared attributes (the docs table itself comes from custom-elements.json). */
export const commonArgTypes: ArgTypes<CommonArgs> = {
  src: {
    control: 'text',
    description: 'URL of the feed, relative to the page. Empty: the bundled snapshot of the network feed.',
    table: { category: 'attributes' },
  },
  lang: {
    control: 'inline-radio',
    options: ['', 'de', 'en'],
    description: '`de` or `en`. Empty: the closest ancestor\'s `lang`, then the document\'s, else `de`.',
    table: { category: 'attributes' },
  },
  theme: {
    control: 'inline-radio',
    options: ['light', 'dark', 'auto'],
    table: { category: 'attributes' },
  },
  timeout: { control: { type: 'number', min: 0, step: 1000 }, table: { category: 'attributes' } },
};

/** Reads an empty control as "attribute absent". */
export const orAbsent = <T>(value: T | '' | undefined): T | undefined => (value === '' ? undefined : value);
