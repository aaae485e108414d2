/**
 * The React wrapper of `<partnership-badge>` alone (`engaged-city-widgets/react/partnership-badge.js`): a React app
 * that shows only the badge bundles neither the map nor the news. Importing it defines the element.
 *
 * @example
 * import { PartnershipBadge } from 'engaged-city-widgets/react/partnership-badge.js';
 * <PartnershipBadge member="musterstadt" variant="compact" />
 */
import { PartnershipBadge as PartnershipBadgeElement } from '../partnership-badge/partnership-badge.js';
import { feedEvents } from './events.js';
import { wrapElement } from './wrap.js';

export const PartnershipBadge = wrapElement({
  tagName: 'partnership-badge',
  elementClass: PartnershipBadgeElement,
  events: feedEvents,
  displayName: 'PartnershipBadge',
});
