import { VERSION } from './version.js';

const warned = new Set<string>();

/** A custom element class that says which package version defined it. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly packageVersion?: string;
}

/**
 * Defines `tagName` unless it is defined already, so that importing a definition twice, or two copies of the package
 * on one page, never throws. The first definition wins; when the one already there comes from a different version of
 * the package, one console warning says so for all the elements (and one per tag that other code defined).
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tagName) as VersionedConstructor | undefined;
  if (existing === undefined) {
    registry.define(tagName, constructor);
    return;
  }
  if (existing === constructor) return;
  const existingVersion = existing.packageVersion;
  if (existingVersion === VERSION) return;
  // Another version of the package: one warning for all its elements. Other code that took the tag: one per tag.
  const key = existingVersion ? `version ${existingVersion}` : `<${tagName}>`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    existingVersion
      ? `engaged-city-widgets ${VERSION}: version ${existingVersion} of the package defined its elements first ` +
          `(<${tagName}> and any others); its definitions stay in use.`
      : `engaged-city-widgets ${VERSION}: <${tagName}> is already defined by other code; the first definition stays in use.`,
  );
}
