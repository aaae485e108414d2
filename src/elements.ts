/**
 * `engaged-city-widgets/elements`: the element classes, defining nothing (for scoped registries and subclassing).
 * `engaged-city-widgets` (the package root) and the per-element entries define the tags.
 */
export { EngagedElement, type Theme } from './base/base-element.js';
export type { ElementStatus, FeedErrorDetail, FeedLoadDetail } from './base/feed-controller.js';
export { defineElement } from './base/define.js';
export { resolveLanguage, type Language } from './base/language.js';
export { EngagedCityMap, type MemberSelectDetail } from './engaged-city-map/engaged-city-map.component.js';
export { PartnershipBadge } from './partnership-badge/partnership-badge.component.js';
export { NETWORK_FEED_ORIGINS } from './partnership-badge/trusted-sources.js';
export { NetworkNews } from './network-news/network-news.component.js';
