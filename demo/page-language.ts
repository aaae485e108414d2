import { toSupportedLanguage, type Language } from '../src/base/language.js';
import { demoStrings } from './strings.js';

/** The page's language now: the `lang` of `<html>`, German unless it is English. */
export function pageLanguage(): Language {
  return toSupportedLanguage(document.documentElement.lang) ?? 'de';
}

/**
 * Sets the page's language: `lang` on `<html>` (the elements and the snippet builder follow it by themselves), the
 * texts marked `data-text="key"`, the title, and the pressed state of the switch's buttons.
 */
export function setPageLanguage(language: Language): void {
  const strings = demoStrings[language].page;
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const text = strings[node.dataset['text'] ?? ''];
    if (text !== undefined) node.textContent = text;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-aria-label]')) {
    const text = strings[node.dataset['ariaLabel'] ?? ''];
    if (text !== undefined) node.setAttribute('aria-label', text);
  }
  document.title = strings['title'] ?? document.title;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-language]')) {
    button.setAttribute('aria-pressed', String(button.dataset['setLanguage'] === language));
  }
}

/** Wires the buttons `[data-set-language="de|en"]` of the language switch. */
export function initLanguageSwitch(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-language]')) {
    button.addEventListener('click', () => setPageLanguage(toSupportedLanguage(button.dataset['setLanguage']) ?? 'de'));
  }
  setPageLanguage(pageLanguage());
}
