/**
 * `engaged-city-widgets`: defines <engaged-city-map>, <partnership-badge> and <network-news>, and re-exports the
 * classes and the feed layer.
 */
import './engaged-city-map/engaged-city-map.js';
import './partnership-badge/partnership-badge.js';
import './network-news/network-news.js';

export * from './elements.js';
export * from './feed/index.js';
