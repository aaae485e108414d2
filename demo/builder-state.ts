import type { WidgetOptions, WidgetTag } from './snippet.js';

/** Everything the snippet builder's form holds, for all three elements at once (switching keeps the choices). */
export interface BuilderState {
  element: WidgetTag;
  scriptUrl: string;
  src: string;
  lang: '' | 'de' | 'en';
  theme: 'light' | 'dark' | 'auto';
  /** Map and news: state codes. */
  regions: string[];
  view: 'map' | 'list';
  shading: 'partners' | 'members' | 'none';
  controls: 'full' | 'none';
  /** Badge: the member's id. */
  member: string;
  variant: 'full' | 'compact' | 'seal';
  size: 's' | 'm' | 'l';
  verify: boolean;
  /** News: one member to filter by, or empty for all. */
  newsMember: string;
  layout: 'list' | 'cards' | 'compact';
  limit: number;
  tags: string;
}

/** The form before the webmaster touches it: the badge, the elements' defaults. */
export function initialBuilderState(scriptUrl: string): BuilderState {
  return {
    element: 'partnership-badge',
    scriptUrl,
    src: '',
    lang: '',
    theme: 'light',
    regions: [],
    view: 'map',
    shading: 'partners',
    controls: 'full',
    member: '',
    variant: 'full',
    size: 'm',
    verify: true,
    newsMember: '',
    layout: 'list',
    limit: 5,
    tags: '',
  };
}

/** The snippet options of the element the form has chosen. */
export function optionsFromState(state: BuilderState): WidgetOptions {
  const common = { src: state.src, lang: state.lang, theme: state.theme };
  switch (state.element) {
    case 'engaged-city-map':
      return { element: state.element, ...common, regions: state.regions, view: state.view, shading: state.shading, controls: state.controls };
    case 'partnership-badge':
      return {
        element: state.element, ...common, member: state.member, variant: state.variant, size: state.size,
        verify: state.verify ? 'domain' : 'none',
      };
    case 'network-news':
      return {
        element: state.element, ...common, regions: state.regions, members: state.newsMember ? [state.newsMember] : [],
        tags: state.tags.split(/\s+/), limit: state.limit, layout: state.layout,
      };
  }
}
