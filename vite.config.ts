import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
// @ts-expect-error: a plain ES module of our own, without type declarations
import { minifyLiteralsVite } from './scripts/minify-literals.mjs';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const src = (path: string) => resolve(root, 'src', path);

/** The npm entries (package.json `exports`): each is a file of its own in dist/. */
export const entries = {
  index: src('index.ts'),
  elements: src('elements.ts'),
  feed: src('feed/index.ts'),
  'engaged-city-map': src('engaged-city-map/engaged-city-map.ts'),
  'partnership-badge': src('partnership-badge/partnership-badge.ts'),
  'network-news': src('network-news/network-news.ts'),
  react: src('react.ts'),
  'react/engaged-city-map': src('react/engaged-city-map.ts'),
  'react/partnership-badge': src('react/partnership-badge.ts'),
  'react/network-news': src('react/network-news.ts'),
};

/**
 * Chrome's explicit compile hint (Chrome 136+; other browsers ignore the comment): every function of a file that carries
 * it is compiled on the background thread that streams the file in, instead of one by one on the main thread when first
 * called. For the files whose code runs as soon as they load: the CDN file (Lit, the elements, the feed reader) and the
 * map's engine (clustering, view arithmetic), not the data chunks (no functions) nor the IDN chunk. With the snapshot on
 * the local server, it took the main thread's compiling from ~30 ms to under 1 ms per load (`npm run bench`'s pages,
 * Chromium's trace). The npm files leave it out: a site's bundler drops comments and rearranges modules anyway.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Runtime dependencies stay imports in the npm build (the consumer's bundler dedupes them); the CDN build inlines them. */
const isDependency = (id: string) => /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/|d3-|topojson-client|supercluster|kdbush|react)/.test(id);

/**
 * The CDN file exports the feed readers (`parseFeed`, `parseNewsSource`), so its elements use them from inside it
 * rather than as chunks of their own, which would be one more request before anything runs: a module with a sibling
 * `*.inline.ts` (src/feed/readers.ts, src/feed/sources/json-feed-reader.ts) is replaced by it. npm entries keep the
 * on-demand readers.
 */
const readersInside: Plugin = {
  name: 'engaged-city-widgets:readers-inside',
  enforce: 'pre',
  resolveId(source, importer) {
    if (!importer || !/^\.{1,2}\//.test(source) || !source.endsWith('.js')) return null;
    const inline = resolve(dirname(importer), source).replace(/\.js$/, '.inline.ts');
    return inline.startsWith(src('')) && existsSync(inline) ? inline : null;
  },
};

/**
 * dist/cdn/engaged-city-widgets.css (from src/engaged-city-widgets.css): the room each element takes before the script
 * has defined it, for webmasters to link in the page's head (README: Guide for webmasters). Minified (it blocks the
 * first paint): the source's comments say where each number comes from.
 */
const reserveStylesheet: Plugin = {
  name: 'engaged-city-widgets:reserve-stylesheet',
  generateBundle() {
    const { code } = transformSync(readFileSync(src('engaged-city-widgets.css'), 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
    const banner = `/*! engaged-city-widgets ${version} (MIT): the room of each element before its script has run. See the README. */\n`;
    this.emitFile({ type: 'asset', fileName: 'engaged-city-widgets.css', source: banner + code });
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      root: resolve(root, 'demo'),
      server: { host: '127.0.0.1', port: 5173, fs: { allow: [root] } },
      preview: { host: '127.0.0.1' },
    };
  }
  if (mode === 'cdn') {
    // dist/cdn/engaged-city-widgets.js: one file for a <script type="module">, its lazy chunks (snapshot, base map) beside it.
    return {
      plugins: [minifyLiteralsVite(), readersInside, reserveStylesheet],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        lib: { entry: src('index.ts'), formats: ['es'], fileName: () => 'engaged-city-widgets.js' },
        rolldownOptions: {
          // This file also exports `parseNewsSource`, so the RSS/Atom reader that <network-news> imports on demand (a
          // chunk of its own for npm users' bundlers) is inside it: expected, not worth a warning. A chunk importing
          // back from this file would load it twice where a CMS appends `?ver=…` to the script's URL.
          checks: { ineffectiveDynamicImport: false },
          output: {
            minify: true,
            chunkFileNames: 'chunks/[name]-[hash].js',
            // Licence notices travel with every file a webmaster copies (the texts: THIRD-PARTY-NOTICES.txt beside it).
            // The main file and the map's engine carry Chrome's compile hint (see COMPILE_HINT).
            postBanner: (chunk) =>
              `/*! engaged-city-widgets ${version} | MIT | contains Lit (BSD-3-Clause), supercluster and kdbush (ISC): see THIRD-PARTY-NOTICES.txt */` +
              (chunk.isEntry || chunk.name === 'engine' ? `\n${COMPILE_HINT}` : ''),
          },
        },
      },
    };
  }
  return {
    plugins: [minifyLiteralsVite()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        external: isDependency,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
