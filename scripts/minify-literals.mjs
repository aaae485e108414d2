// Minifies the CSS inside Lit's css`` template literals of our sources at build time (minify-literals with
// Lightning CSS), for the Vite builds and the size measurement alike. HTML templates stay as written: whitespace there
// can be meaningful text.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from 'minify-literals';

const SOURCE = /\/src\/.*\.ts$/;

async function minify(code, fileName) {
  if (!code.includes('css`')) return undefined;
  const result = await minifyHTMLLiterals(code, { fileName, html: false });
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
