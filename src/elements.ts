/**
 * The element classes, defining nothing: for scoped registries and subclassing.
 * `engaged-city-widgets` (the package root) defines all three.
 */
export { EngagedElement, type Theme } from './base/base-element.js';
export type { ElementStatus } from './base/feed-controller.js';
export { defineElement } from './base/define.js';
export { resolveLanguage, type Language } from './base/language.js';
