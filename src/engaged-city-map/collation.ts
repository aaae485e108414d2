import type { Language } from '../base/language.js';

const collators = new Map<Language, Intl.Collator>();

/** One collator per language for the page: building one costs milliseconds, and lists are drawn on every render. */
export function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) collators.set(language, (collator = new Intl.Collator(language)));
  return collator;
}
