import { warnOnce } from '../base/choices.js';
import { STATE_CODES, type Member } from '../feed/types.js';

/**
 * Tells the webmaster, once for each value, what in the attributes the map cannot use: words of `region` that are no state code
 * (`sachsen`: left out), and a `selected` that names no member of the feed (a typo, or a member that left the network:
 * no details are opened). Called when the feed is shown; in the views chunk, not the entry.
 */
export function checkAttributes(host: Element, region: string, selected: string | undefined, membersById: ReadonlyMap<string, Member>): void {
  const wrong = region.split(/[\s,]+/).filter((word) => word && !(STATE_CODES as readonly string[]).includes(word.toUpperCase())).join(' ');
  if (wrong) warnOnce(host, `region ${wrong}`, `region: "${wrong}" is no state; use ISO 3166-2 codes such as DE-SN (Sachsen).`);
  if (selected && !membersById.has(selected)) {
    warnOnce(host, `selected ${selected}`, `selected="${selected}" names no member of the feed: no details are shown.`);
  }
}
