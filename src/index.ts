/**
 * `engaged-city-widgets`: defines <engaged-city-map>, <partnership-badge> and <network-news>, and re-exports the classes
 * and the feed layer.
 */
export * from './elements.js';
export * from './feed/index.js';
