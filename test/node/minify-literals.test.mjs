// The build's template minifier (scripts/minify-literals.mjs): CSS is minified; in HTML templates only the indentation
// goes, so that what a template renders stays the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minifyLiteralsEsbuild } from '../../scripts/minify-literals.mjs';

/** Builds one source module (under a `src` folder, as the plugin expects) and returns its output. */
async function minified(source) {
  const folder = join(mkdtempSync(join(tmpdir(), 'minify-')), 'src');
  mkdirSync(folder);
  writeFileSync(join(folder, 'module.ts'), source);
  const result = await build({ entryPoints: [join(folder, 'module.ts')], write: false, bundle: false, format: 'esm', plugins: [minifyLiteralsEsbuild()], logLevel: 'silent' });
  return result.outputFiles[0].text;
}

test('an HTML template loses its indentation, and keeps its line breaks, spaces and text', async () => {
  const out = await minified(`const html = (s: TemplateStringsArray, ...v: unknown[]) => [s, v];
export const t = html\`<div
      class="a b">
      <p>Ein  Satz, \${'x'} und  mehr</p>

      <a>eins</a>,
      <a>zwei</a>
    </div>\`;`);
  assert.match(out, /`<div\nclass="a b">\n<p>Ein {2}Satz, \$\{"x"\} und {2}mehr<\/p>\n\n<a>eins<\/a>,\n<a>zwei<\/a>\n<\/div>`/);
});

test('CSS templates are minified', async () => {
  const out = await minified(`const css = (s: TemplateStringsArray) => s;
export const s = css\`
  .a {
    color: red;
  }
\`;`);
  assert.match(out, /`\.a\{color:red\}`/);
});
