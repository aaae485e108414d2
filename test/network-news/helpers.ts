import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/network-news/network-news.js';
import type { NetworkNews } from '../../src/network-news/network-news.js';
import type { FeedItem, NetworkFeed } from '../../src/feed/types.js';

export type { NetworkNews };

/** Waits until the element has left the loading state. */
export const settled = (el: NetworkNews) =>
  waitUntil(() => el.status !== 'loading', 'the element stays loading', { timeout: 5000 });

/** Renders a template whose first element is (or contains) a `<network-news>`, and waits until it has settled. */
export async function renderNews(template: TemplateResult): Promise<NetworkNews> {
  const root = await fixture<HTMLElement>(template);
  const el = root.localName === 'network-news' ? (root as NetworkNews) : root.querySelector('network-news')!;
  await settled(el);
  await el.updateComplete;
  return el;
}

/** The shadow root's elements matching `selector`. */
export const shadowAll = <T extends Element = HTMLElement>(el: Element, selector: string): T[] =>
  [...el.shadowRoot!.querySelectorAll<T>(selector)] as T[];

/** The rendered items. */
export const items = (el: NetworkNews) => shadowAll(el, '[part~="item"]');

/** The rendered item titles, as text. */
export const titles = (el: NetworkNews) => shadowAll(el, '[part~="title"]').map((title) => title.textContent!.trim());

/** The "show more" button, if shown. */
export const moreButton = (el: NetworkNews) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]');

/** The text of the polite live region. */
export const announcement = (el: NetworkNews) =>
  el.shadowRoot!.querySelector('.visually-hidden[role="status"]')?.textContent?.trim() ?? '';

/** The shadow root's text, white space collapsed. */
/** The element's text, without the base's status region (which repeats an empty message for screen readers). */
export const shadowText = (el: Element) => {
  const parts: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.settled-status')) parts.push(node.textContent ?? '');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
};

/** What the element's status region says (the base's region that stays in place). */
export const settledAnnouncement = (el: Element) =>
  el.shadowRoot!.querySelector('.settled-status')?.textContent ?? '';

/** Presses "show more" and waits until the element has finished (items shown, focus moved). */
export async function showMore(el: NetworkNews): Promise<void> {
  const before = items(el).length;
  const announced = announcement(el);
  moreButton(el)!.click();
  await waitUntil(
    () => items(el).length !== before || el.shadowRoot!.querySelector('.page-error') || announcement(el) !== announced,
    'show more did nothing',
    { timeout: 5000 },
  );
  await waitUntil(() => moreButton(el)?.getAttribute('aria-disabled') !== 'true', 'the next page stays loading', { timeout: 5000 });
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

/** Presses "show more" until every item is shown. */
export async function showAll(el: NetworkNews): Promise<void> {
  for (let guard = 0; moreButton(el) && !el.shadowRoot!.querySelector('.page-error') && guard < 1000; guard++) {
    await showMore(el);
  }
}

/** A feed with `count` items `item-1` … `item-<count>`, each with a title and a link. */
export function feedWithItems(count: number, overrides: Partial<NetworkFeed> = {}, item: (index: number) => Partial<FeedItem> = () => ({})): NetworkFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Meldungen aus dem Netzwerk',
    items: Array.from({ length: count }, (_, index) => ({
      id: `item-${index + 1}`,
      title: `Meldung ${index + 1}`,
      url: `https://www.engagiertestadt.de/news/${index + 1}`,
      date_published: '2025-05-16T10:00:00+02:00',
      ...item(index + 1),
    })),
    ...overrides,
  };
}
