import { warnOnce } from '../base/choices.js';
import type { Member } from '../feed/types.js';

/**
 * Tells the webmaster, once per id, that `selected` names no member of the feed (a typo, or a member that left the
 * network): the map opens no details for it. Called when the feed is shown; in the views chunk, not the entry.
 */
export function checkSelected(host: Element, selected: string | undefined, membersById: ReadonlyMap<string, Member>): void {
  if (selected && !membersById.has(selected)) {
    warnOnce(host, `selected ${selected}`, `selected="${selected}" names no member of the feed: no details are shown.`);
  }
}
