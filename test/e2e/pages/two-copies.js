// Copy B's element classes under tags of their own, so that elements of both copies of the package share the page.
import * as copyB from '/b/engaged-city-widgets.js';

customElements.define('copy-b-news', class extends copyB.NetworkNews {});
customElements.define('copy-b-badge', class extends copyB.PartnershipBadge {});
