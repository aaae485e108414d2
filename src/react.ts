/**
 * React wrappers (`engaged-city-widgets/react`), made with @lit/react: typed props for every property, and event
 * callbacks `onFeedLoad`, `onFeedError` and, on the map, `onMemberSelect`. On a server, the props that are attributes
 * are rendered as attributes (see `wrapElement`). Importing this module defines all three elements; an app that shows
 * one of them imports its own module instead (`engaged-city-widgets/react/partnership-badge.js`, …) and bundles only
 * that element.
 *
 * @example
 * import { EngagedCityMap } from 'engaged-city-widgets/react';
 * <EngagedCityMap region="DE-ST" onMemberSelect={(event) => console.log(event.detail.id)} />
 */
import { EngagedCityMap, mapEvents } from './react/engaged-city-map.js';
import { feedEvents } from './react/events.js';
import { NetworkNews } from './react/network-news.js';
import { PartnershipBadge } from './react/partnership-badge.js';

export { EngagedCityMap, NetworkNews, PartnershipBadge };

/**
 * The event props of each wrapper, by tag. A test checks them against the `@fires` tags in custom-elements.json, so a
 * new event on an element cannot be forgotten here.
 */
export const reactEvents = {
  'engaged-city-map': mapEvents,
  'partnership-badge': feedEvents,
  'network-news': feedEvents,
};
