/**
 * Items of the conformance corpus where `parseNewsSource` knowingly differs from the established parsers' output,
 * keyed `<file>#<item index>`, each with a one-line reason. docs/news-conformance.md shows the same list.
 */
export const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  'feedrs_rss2_spec-scriptingnews-untitled-items.xml#0':
    'No <link>, but a <guid> that is a permalink (isPermaLink defaults to true): we link to it, feed-rs gives no link.',
  'feedrs_rss2_spec-scriptingnews-untitled-items.xml#1':
    'No <link>, but a <guid> that is a permalink (isPermaLink defaults to true): we link to it, feed-rs gives no link.',
};
