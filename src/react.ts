/**
 * React wrappers (`engaged-city-widgets/react`), made with @lit/react: typed props for every property, and event
 * callbacks `onFeedLoad`, `onFeedError` and, on the map, `onMemberSelect`. Importing this module defines the elements.
 *
 * @example
 * import { EngagedCityMap } from 'engaged-city-widgets/react';
 * <EngagedCityMap region="DE-ST" onMemberSelect={(event) => console.log(event.detail.id)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { FeedError } from './feed/errors.js';
import type { NetworkFeed } from './feed/types.js';
import { EngagedCityMap as EngagedCityMapElement, type MemberSelectDetail } from './engaged-city-map/engaged-city-map.js';
import { PartnershipBadge as PartnershipBadgeElement } from './partnership-badge/partnership-badge.js';
import { NetworkNews as NetworkNewsElement } from './network-news/network-news.js';

/** The events every element fires; keep in sync with custom-elements.json (a test checks). */
const feedEvents = {
  onFeedLoad: 'feed-load' as EventName<CustomEvent<{ feed: NetworkFeed }>>,
  onFeedError: 'feed-error' as EventName<CustomEvent<{ error: FeedError }>>,
};

export const EngagedCityMap = createComponent({
  react: React,
  tagName: 'engaged-city-map',
  elementClass: EngagedCityMapElement,
  events: { ...feedEvents, onMemberSelect: 'member-select' as EventName<CustomEvent<MemberSelectDetail>> },
  displayName: 'EngagedCityMap',
});

export const PartnershipBadge = createComponent({
  react: React,
  tagName: 'partnership-badge',
  elementClass: PartnershipBadgeElement,
  events: feedEvents,
  displayName: 'PartnershipBadge',
});

export const NetworkNews = createComponent({
  react: React,
  tagName: 'network-news',
  elementClass: NetworkNewsElement,
  events: feedEvents,
  displayName: 'NetworkNews',
});

/** The React event-prop names per element, for the sync test against the manifest. */
export const reactEvents = {
  'engaged-city-map': ['feed-load', 'feed-error', 'member-select'],
  'partnership-badge': ['feed-load', 'feed-error'],
  'network-news': ['feed-load', 'feed-error'],
} as const;
