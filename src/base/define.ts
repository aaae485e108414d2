import { VERSION } from './version.js';

const warned = new Set<string>();

/** A custom element class that says which package version defined it. */
interface VersionedConstructor extends CustomElementConstructor {
  readonly packageVersion?: string;
}

/**
 * Defines `tagName` unless it is defined already, so that importing a definition twice, or two copies of the package
 * on one page, never throws. The first definition wins; when the one already there comes from a different version of
 * the package (or from somebody else), one console warning says so.
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
  if (warned.has(tagName)) return;
  warned.add(tagName);
  console.warn(
    `engaged-city-widgets ${VERSION}: <${tagName}> is already defined` +
      (existingVersion ? ` by version ${existingVersion}` : ' by other code') +
      '; the first definition stays in use.',
  );
}
