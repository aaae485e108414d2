import { defineElement } from '../base/define.js';
import { PartnershipBadge } from './partnership-badge.component.js';

export { PartnershipBadge };
export { NETWORK_FEED_ORIGINS } from './trusted-sources.js';
export type { BadgeSize, BadgeVariant } from './partnership-badge.component.js';
export type { Verification } from './membership.js';

defineElement('partnership-badge', PartnershipBadge);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-badge': PartnershipBadge;
  }
}
