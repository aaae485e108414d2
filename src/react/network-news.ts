/**
 * The React wrapper of `<network-news>` alone (`engaged-city-widgets/react/network-news.js`): a React app that shows
 * only the news bundles neither the map nor the badge. Importing it defines the element.
 *
 * @example
 * import { NetworkNews } from 'engaged-city-widgets/react/network-news.js';
 * <NetworkNews limit={3} layout="cards" onFeedError={(event) => console.warn(event.detail.error.code)} />
 */
import { NetworkNews as NetworkNewsElement } from '../network-news/network-news.js';
import { feedEvents } from './events.js';
import { wrapElement } from './wrap.js';

export const NetworkNews = wrapElement({
  tagName: 'network-news',
  elementClass: NetworkNewsElement,
  events: feedEvents,
  displayName: 'NetworkNews',
});
