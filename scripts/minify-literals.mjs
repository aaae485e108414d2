// Minifies the CSS inside Lit's css`` template literals of our sources at build time (minify-literals with
// Lightning CSS), for the Vite builds and the size measurement alike. In html`` and svg`` templates only the indentation
// goes: the spaces and tabs next to a line break. Whitespace there can be meaningful text, so nothing else changes: a
// line break stays (rendered as one space, or as a line break where `white-space: pre-line` keeps it, as before).
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';

const SOURCE = /\/src\/.*\.ts$/;

/** The template's text without the spaces and tabs around its line breaks (see above). */
const withoutIndentation = (text) => text.replace(/[ \t]*\n[ \t]*/g, '\n');

async function minify(code, fileName) {
  if (!/(css|html|svg)`/.test(code)) return undefined;
  const result = await minifyHTMLLiterals(code, { fileName, html: withoutIndentation });
  return result ?? undefined;
}

/** Vite (Rolldown) plugin. */
export function minifyLiteralsVite() {
  return {
    name: 'engaged-minify-literals',
    enforce: 'pre',
    async transform(code, id) {
      if (!SOURCE.test(id)) return null;
      const result = await minify(code, id);
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/** esbuild plugin. */
export function minifyLiteralsEsbuild() {
  return {
    name: 'engaged-minify-literals',
    setup(build) {
      build.onLoad({ filter: SOURCE }, async ({ path }) => {
        const code = await readFile(path, 'utf8');
        const result = await minify(code, path);
        return { contents: result ? result.code : code, loader: 'ts' };
      });
    },
  };
}
