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

const feedEvents = {
  onFeedLoad: 'feed-load' as EventName<CustomEvent<{ feed: NetworkFeed }>>,
  onFeedError: 'feed-error' as EventName<CustomEvent<{ error: FeedError }>>,
};

/**
 * The event props of each wrapper, by tag. A test checks them against the `@fires` tags in custom-elements.json, so a
 * new event on an element cannot be forgotten here.
 */
export const reactEvents = {
  'engaged-city-map': { ...feedEvents, onMemberSelect: 'member-select' as EventName<CustomEvent<MemberSelectDetail>> },
  'partnership-badge': feedEvents,
  'network-news': feedEvents,
};

export const EngagedCityMap = createComponent({
  react: React,
  tagName: 'engaged-city-map',
  elementClass: EngagedCityMapElement,
  events: reactEvents['engaged-city-map'],
  displayName: 'EngagedCityMap',
});

export const PartnershipBadge = createComponent({
  react: React,
  tagName: 'partnership-badge',
  elementClass: PartnershipBadgeElement,
  events: reactEvents['partnership-badge'],
  displayName: 'PartnershipBadge',
});

export const NetworkNews = createComponent({
  react: React,
  tagName: 'network-news',
  elementClass: NetworkNewsElement,
  events: reactEvents['network-news'],
  displayName: 'NetworkNews',
});
