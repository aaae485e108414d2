// Measures what each entry costs a page that loads it alone: bundled with its dependencies (Lit included), minified,
// brotli-compressed. Dynamic imports (the bundled snapshot, the base map) are chunks of their own, measured apart.
// Used by `npm run bench` and by the size-budget test (test/node/size-budget.test.mjs).
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { basename } from 'node:path';
import { minifyLiteralsEsbuild } from './minify-literals.mjs';

export const ENTRIES = {
  'engaged-city-widgets (all three)': 'src/index.ts',
  'engaged-city-map.js': 'src/engaged-city-map/engaged-city-map.ts',
  'partnership-badge.js': 'src/partnership-badge/partnership-badge.ts',
  'network-news.js': 'src/network-news/network-news.ts',
  feed: 'src/feed/index.ts',
};

/**
 * Probes that show what the entries are made of: Lit alone, and Lit with the shared base every element needs before
 * its own code (base element, feed controller, loader, language, strings, tokens; the parser is a lazy chunk that the
 * loader requests with the feed, see src/feed/readers.ts).
 */
export const PROBES = {
  'Lit alone': 'scripts/size-probes/lit.ts',
  'Lit + shared base': 'scripts/size-probes/shared-base.ts',
};

/**
 * What each element adds to the shared base (its entry minus the "Lit + shared base" probe), in bytes, brotli: a
 * guard on the part of an entry the element's own code decides. Measured: badge 3.0 KB, news 6.6 KB, map 7.9 KB (the
 * badge's URL and host rules are its own now that the parser, which shares them, is a chunk; the map draws its data
 * with views loaded with the feed).
 */
export const OWN_CODE_BUDGETS = {
  // 3.5: the badge's host rule knows the shared domains (github.io, myfritz.net) that vouch only for themselves.
  // 3.75: its proof names the website it was checked for, an internationalised one decoded by a chunk (3.6 KB).
  // 4: the proof names every role, the page's fallback keeps the badge's box, and the box follows the visitor's text
  // size (3.79 KB).
  'partnership-badge.js': 4 * 1024,
  // 7.75: "Ganzer Text" for an item without a link: measured, named with the item's title, a chevron (7.56 KB).
  // 8: a compact title that opens the text of an item without a link, a time written in UTC shown as the day in
  // Germany, and the feed's words marked German where it names no language (7.83 KB).
  'network-news.js': 8 * 1024,
  'engaged-city-map.js': 8.25 * 1024,
};
export const SHARED_BASE_BUDGET = 12.5 * 1024;

/**
 * Budgets in bytes, brotli. `entry` is the file a page loads first; chunks are loaded only when needed.
 * `entry` is enforced by the size-budget test as a guard against growth; `target` is the goal set in the issues, not
 * met for the badge and the news element: the shared base with Lit (the "Lit + shared base" probe, 11.9 KB) leaves
 * them too little for their own code; the map's entry meets its target. `withData` (printed by the bench) adds the
 * lazy code a page loads to show the network feed (parser, the map's views and engine). `npm run bench` prints all of
 * them, and what the entries are made of.
 */
export const BUDGETS = {
  // Measured with esbuild's splitting (the parser, the map's views and the RSS/Atom reader are lazy chunks here); the
  // CDN file keeps the parser and the views inside: one file of about 40 KB. 38.5: the map's warning for an unknown
  // `selected`, its counts clear of the markers and its taller frame on phones (38.0 KB). 39: the badge's console
  // reasons for its note, the map's scrolling legend and the news' HTML summaries (38.5 KB). 39.5: the news' "Ganzer
  // Text" for an item without a link (39.4 KB). 39.75: the compact news' title of an item without a link opens its
  // text, the news' UTC dates and default language, and the elements ask for their code as they are connected
  // (39.67 KB). 40: the news read the character references a CMS writes into plain text (39.81 KB). 40.25: the feed
  // reader drops names with nothing visible and an `updated` in the future, the map partnerships not yet begun (40.0 KB).
  // 40.5: a JSON Feed's character references read once, where it is read, with a table (40.36 KB).
  'engaged-city-widgets (all three)': { entry: 40.5 * 1024 },
  // 14.5: the list of shared domains (github.io, jimdosite.com) that the parser warns of, as the badge matches them.
  // 15: XML repair (a bare &), month-first and commented RSS dates, JSON Feed dates that are no date-time (14.6 KB).
  // 15.25: reading in slices between which the page runs (parseFeedInSlices, the RSS/Atom items) (15.12 KB).
  // 15.5: a line break in a name or title is a space, through the linear joinLines of the RSS reader (15.27 KB).
  // 15.75: a JSON Feed's character references read (the WordPress plugin's), invisible names empty (15.68 KB). 16:
  // podcast art in either namespace, times without a zone written as offset unknown (15.76 KB).
  feed: { entry: 16 * 1024 },
  // 15.75: the proof names the website it was checked for; the punycode decoder for an internationalised one is a
  // chunk loaded only for such a domain (15.52 KB).
  'partnership-badge.js': { entry: 15.75 * 1024, target: 10 * 1024, chunks: { parse: 5.75 * 1024, 'unicode-host': 1024 } },
  // The RSS/Atom reader is a lazy chunk: loaded only when an RSS or Atom feed arrives, never for the network feed.
  // 19.75: an item without a link, whose text is nowhere else, shows all of it with a "Ganzer Text" button where it
  // cuts it (19.54 KB). 20: the compact title that opens such an item's text, UTC times as the day in Germany, the
  // feed's words marked German where it names no language (19.81 KB).
  'network-news.js': { entry: 20 * 1024, target: 12 * 1024, chunks: { 'xml-source': 4.5 * 1024 } },
  // The map's entry draws its frame while loading; the views (markers, details, legend, list), the engine (clusters,
  // gestures, view arithmetic), the parser and the base map are chunks requested together when it nears the viewport.
  'engaged-city-map.js': {
    entry: 20 * 1024,
    target: 20 * 1024,
    // views 8: the states' names, the search announcements, the legend's layout and two messages moved here from the
    // entry (which keeps its 20 KB), and the counts' placement clear of the markers (7.5 KB). 9: members' wording,
    // the nearest-item search, a long legend's keyboard scrolling, clusters that say where, the keys hint (8.54 KB).
    // views 9.5: the map says so when none of the members a search found has a place on it, and the keyboard focus
    // goes to the cluster a town merges into (9.0 KB). 10: the towns drawn into the base map for print, where the
    // markers (screen pixels) cannot follow the paper's width, and the print rules (9.72 KB).
    // engine 7: separating overlapping items asks for the children of what it keeps rather than for the parent of
    // every item drawn, a query each (a third of the first map's time on the network's data), and `holderOf` (6.65 KB).
    // parse 5.75: the loader reads a feed in slices between which the page runs (parseFeedInSlices) (5.57 KB). 6: a
    // string with nothing visible (zero-width characters, a Hangul filler) is empty: such a name is no name; an
    // `updated` in the future is left out (5.83 KB).
    chunks: { parse: 6 * 1024, views: 10 * 1024, engine: 7 * 1024, 'de-states': 15 * 1024 },
  },
};

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * The output files with each chunk's content hash (in its name, and where other files import it) replaced by a
 * stand-in that depends on the chunk's name only. A file importing a chunk names its hash, 8 characters that change with
 * every edit of the chunk: brotli then compressed the importing file up to 60 bytes better or worse (the map's entry
 * grew by 54 bytes when only the clusters' chunk changed), which would make the budgets judge the chunks' hashes.
 * @param {import('esbuild').OutputFile[]} outputFiles
 * @returns {{ path: string, text: string, contents: Uint8Array }[]}
 */
function withSteadyNames(outputFiles) {
  const renames = new Map();
  const taken = new Set();
  for (const file of outputFiles) {
    const match = /^(.*)-([A-Z0-9]{8})\.js$/.exec(basename(file.path));
    if (!match) continue;
    // A stand-in from the name (shared chunks are all named "chunk": the first free one in turn).
    let seed = [...match[1]].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);
    let standIn;
    do {
      standIn = Array.from({ length: 8 }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(seed >>> (i * 4)) & 31]).join('');
      seed = Math.imul(seed ^ 0x9e3779b9, 16777619) >>> 0;
    } while (taken.has(standIn));
    taken.add(standIn);
    renames.set(basename(file.path), `${match[1]}-${standIn}.js`);
  }
  const rename = (text) => text.replace(/[\w$-]+-[A-Z0-9]{8}\.js/g, (name) => renames.get(name) ?? name);
  return outputFiles.map((file) => {
    const text = rename(file.text);
    return { path: file.path.replace(/[^/]+$/, (name) => renames.get(name) ?? name), text, contents: new TextEncoder().encode(text) };
  });
}

/**
 * @returns {Promise<{ entry: number, chunks: Record<string, number>, withData: number }>} brotli bytes of the entry, of
 *   each lazy chunk, and of all the code a page loads to show the element with the network feed
 */
export async function measureEntry(path) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: '/virtual',
    entryNames: 'entry',
    chunkNames: '[name]-[hash]',
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    legalComments: 'none',
    plugins: [minifyLiteralsEsbuild()],
    logLevel: 'silent',
  });
  const files = withSteadyNames(result.outputFiles.filter((file) => file.path.endsWith('.js')));
  const entryFile = files.find((file) => basename(file.path) === 'entry.js');
  // A named chunk (`parse`, `de-states`) by its name; a chunk esbuild made of code that lazy chunks share by its file
  // name (`chunk-AB12CD34`), so that no two are counted as one.
  const chunkName = (file) => basename(file.path).replace(/\.js$/, '').replace(/^(?!chunk-)(.*)-[A-Z0-9]{8}$/, '$1');
  const chunks = {};
  for (const file of files) {
    if (file === entryFile) continue;
    chunks[chunkName(file)] = (chunks[chunkName(file)] ?? 0) + brotli(file.contents);
  }
  // esbuild may move code shared between the entry and a lazy chunk into a static chunk; count static imports of the entry.
  let entry = brotli(entryFile.contents);
  const staticImports = [...entryFile.text.matchAll(/import[^"'()]*?from\s*"\.\/([^"]+)"/g)].map((m) => m[1]);
  for (const imported of staticImports) {
    const file = files.find((candidate) => basename(candidate.path) === imported);
    if (!file) continue;
    entry += brotli(file.contents);
    delete chunks[chunkName(file)];
  }
  // What the page loads in all to show the element with the network feed: the entry and every lazy chunk but data
  // (the snapshot, the base map) and the RSS/Atom reader (loaded only for such a feed).
  const withData = entry + Object.entries(chunks)
    .filter(([name]) => !/^(network-snapshot|de-states|xml-source)$/.test(name))
    .reduce((sum, [, bytes]) => sum + bytes, 0);
  return { entry, chunks, withData };
}

export async function measureAll() {
  const sizes = {};
  for (const [name, path] of Object.entries(ENTRIES)) sizes[name] = await measureEntry(path);
  return sizes;
}

/** @returns {Promise<Record<string, number>>} brotli bytes of each probe's entry */
export async function measureProbes() {
  const sizes = {};
  for (const [name, path] of Object.entries(PROBES)) sizes[name] = (await measureEntry(path)).entry;
  return sizes;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
