/**
 * Items of the conformance corpus where `parseNewsSource` knowingly differs from the established parsers' output,
 * keyed `<file>#<item index>`, each with a one-line reason. docs/news-conformance.md shows the same list.
 */
export const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {};
