// Configuration of `npm run analyze` (@custom-elements-manifest/analyzer). The analyzer reads the TypeScript sources;
// the package ships built files, so the manifest names those: a tool that follows a module path finds the file in
// the package, and each tag links to the entry that defines it (`engaged-city-widgets/engaged-city-map`, ...).
import { buildSync } from 'esbuild';

const ELEMENT_COMPONENT = /^src\/([a-z-]+)\/\1\.component\.ts$/;

/** Where the built package has what a source module holds (`from`: the module a relative path is written in). */
function builtPath(path, from) {
  if (path.startsWith('./') && from) return from;
  const source = path.replace(/^\//, '').replace(/\.js$/, '.ts');
  if (source === 'src/base/base-element.ts') return 'dist/elements.js';
  const element = ELEMENT_COMPONENT.exec(source);
  return element ? `dist/${element[1]}.js` : path;
}

/** The source of a built entry (`dist/engaged-city-map.js`: `src/engaged-city-map/engaged-city-map.ts`). */
const entrySource = (path) => {
  const name = /^dist\/([a-z-]+)\.js$/.exec(path)?.[1];
  if (!name) throw new Error(`custom-elements.json: no entry of the package for the module ${path}`);
  return name === 'elements' ? 'src/elements.ts' : `src/${name}/${name}.ts`;
};

/**
 * What a built entry exports when it runs: the analyzer lists what the component module it read exports (types
 * included, `MapView`; constants the entry does not pass on, `NETWORK_URL`), esbuild what the entry module does.
 */
function runtimeExports(paths) {
  const result = buildSync({
    entryPoints: paths.map(entrySource), bundle: true, write: false, metafile: true, format: 'esm', outdir: 'out',
    packages: 'external', logLevel: 'silent', tsconfig: 'tsconfig.json',
  });
  const outputs = Object.values(result.metafile.outputs).filter((output) => output.entryPoint);
  return new Map(outputs.map((output) => [paths[paths.map(entrySource).indexOf(output.entryPoint)], output.exports]));
}

/** Class members whose JSDoc gives `@default`, by class name: the value a reader sees, not a constant's name. */
const jsdocDefaults = new Map();

export default {
  plugins: [
    {
      // `limit = DEFAULT_LIMIT` would be documented as the default "DEFAULT_LIMIT": a field's `@default` tag says 5.
      name: 'engaged-city-widgets: @default in JSDoc',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const tag = ts.getJSDocTags(member).find((candidate) => candidate.tagName.getText() === 'default');
          const value = tag && ts.getTextOfJSDocComment(tag.comment)?.trim();
          if (!value || !member.name) continue;
          const defaults = jsdocDefaults.get(node.name.getText()) ?? new Map();
          defaults.set(member.name.getText(), value);
          jsdocDefaults.set(node.name.getText(), defaults);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const defaults = jsdocDefaults.get(declaration.name);
          if (!defaults) continue;
          for (const member of declaration.members ?? []) if (defaults.has(member.name)) member.default = defaults.get(member.name);
          for (const attribute of declaration.attributes ?? []) {
            if (defaults.has(attribute.fieldName)) attribute.default = defaults.get(attribute.fieldName);
          }
        }
      },
    },
    {
      name: 'engaged-city-widgets: built paths and definitions',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = builtPath(module.path);
          for (const declaration of module.declarations ?? []) {
            if (declaration.superclass?.module) declaration.superclass.module = builtPath(declaration.superclass.module);
            if (!declaration.customElement || !declaration.tagName) continue;
            module.exports ??= [];
            module.exports.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: { name: declaration.name, module: module.path },
            });
          }
          for (const entry of module.exports ?? []) {
            if (entry.declaration?.module) entry.declaration.module = builtPath(entry.declaration.module, module.path);
          }
        }
        // Each module's JavaScript exports are what its built file exports (a class linked to the module declaring it).
        const modules = customElementsManifest.modules;
        const declaredIn = new Map(modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [declaration.name, module.path])));
        const exported = runtimeExports(modules.map((module) => module.path));
        for (const module of modules) {
          const names = exported.get(module.path) ?? [];
          module.declarations = (module.declarations ?? []).filter((declaration) => names.includes(declaration.name));
          module.exports = [
            // Linked to the module that declares it, where the manifest has it (a class), else by name only.
            ...names.map((name) => ({ kind: 'js', name, declaration: declaredIn.has(name) ? { name, module: declaredIn.get(name) } : { name } })),
            ...(module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
          ];
        }
      },
    },
  ],
};
