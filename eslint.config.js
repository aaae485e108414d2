// ESLint flat config: TypeScript (typescript-eslint), Lit templates (eslint-plugin-lit), custom elements (eslint-plugin-wc).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', '.tmp/**', 'src/data/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'EngagedElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Removing control characters from feed text is a feature: the regular expressions name them on purpose.
      'no-control-regex': 'off',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Feed data is never inserted as HTML.' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed data is never inserted as HTML.' }] }],
    },
  },
  {
    files: ['scripts/**', 'bin/**', 'src/cli/**', 'test/node/**', 'test/e2e/**', '*.config.*', 'vite.config.ts', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha, ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
