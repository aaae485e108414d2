import { defineElement } from '../base/define.js';
import { NetworkNews } from './network-news.component.js';

export { NetworkNews };
export type { NewsLayout } from './network-news.component.js';

defineElement('network-news', NetworkNews);

declare global {
  interface HTMLElementTagNameMap {
    'network-news': NetworkNews;
  }
}
