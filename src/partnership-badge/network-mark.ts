import { svg } from 'lit';

/**
 * The network mark the package draws itself: a small town of three houses with a heart in the middle one, on a disc.
 * An original drawing (not the programme's trademarked logo); a member that holds the official artwork puts it in the
 * badge's `mark` slot. Decorative: the badge's text carries the meaning. Colours come from the theme (`.mark-*` in the
 * styles), so it follows dark mode and forced colours.
 */
export const networkMark = svg`<svg viewBox="0 0 48 48" aria-hidden="true" focusable="false"><circle class="mark-disc" cx="24" cy="24" r="23"/><path class="mark-town" d="M9 35V23l5-5 5 4v-5l5-6 5 6v5l5-4 5 5v12z"/><path class="mark-heart" d="M24 32l-4.4-4.3a2.7 2.7 0 0 1 4.4-3.3 2.7 2.7 0 0 1 4.4 3.3z"/></svg>`;
