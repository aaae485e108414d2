/**
 * Attributes with a fixed set of values (`variant`, `view`, `theme`, ...), read the same way by every element: in any
 * case (`Seal` is `seal`); absent or empty gives the default; anything else gives the default too, and one console
 * warning per element and attribute names the values allowed, for the webmaster who mistyped it.
 */

const warned = new WeakMap<Element, Set<string>>();

/** `value` as one of `allowed` (the first is the default). */
export function choice<T extends string>(host: Element, attribute: string, value: unknown, allowed: readonly [T, ...T[]]): T {
  const fallback = allowed[0];
  if (value === undefined || value === null || value === '') return fallback;
  const wanted = String(value).trim().toLowerCase();
  const found = allowed.find((candidate) => candidate === wanted);
  if (found !== undefined) return found;
  warnOnce(host, attribute, `${attribute}="${String(value)}" is not one of ${allowed.join(', ')}; "${fallback}" is used.`);
  return fallback;
}

/** One console warning per element and subject, prefixed with the element's tag. */
export function warnOnce(host: Element, subject: string, message: string): void {
  let subjects = warned.get(host);
  if (!subjects) warned.set(host, (subjects = new Set()));
  if (subjects.has(subject)) return;
  subjects.add(subject);
  console.warn(`<${host.localName}>: ${message}`);
}
