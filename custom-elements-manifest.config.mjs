// Configuration of `npm run analyze` (@custom-elements-manifest/analyzer). The analyzer reads the TypeScript sources;
// the package ships built files, so the manifest names those: a tool that follows a module path finds the file in
// the package, and each tag links to the entry that defines it (`engaged-city-widgets/engaged-city-map`, ...).
const ELEMENT_COMPONENT = /^src\/([a-z-]+)\/\1\.component\.ts$/;

/** Where the built package has what a source module holds (`from`: the module a relative path is written in). */
function builtPath(path, from) {
  if (path.startsWith('./') && from) return from;
  const source = path.replace(/^\//, '').replace(/\.js$/, '.ts');
  if (source === 'src/base/base-element.ts') return 'dist/elements.js';
  const element = ELEMENT_COMPONENT.exec(source);
  return element ? `dist/${element[1]}.js` : path;
}

export default {
  plugins: [
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
      },
    },
  ],
};
