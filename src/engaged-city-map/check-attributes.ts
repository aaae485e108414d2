import { warnOnce } from '../base/choices.js';
import { STATE_CODES, type Member } from '../feed/types.js';

/**
 * Tells the webmaster, once for each value, what in the attributes the map cannot use: words of `region` that are no
 * state code (`sachsen`: left out), a `selected` that names no member of the feed (a typo, or a member that left the
 * network: no details are opened), and one outside the `region` (its details are shown, its marker is not). Called
 * when the feed is shown; in the views chunk, not the entry.
 */
export function checkAttributes(host: Element, region: string, selected: string | undefined, membersById: ReadonlyMap<string, Member>): void {
  const words = region.split(/[\s,]+/).filter(Boolean);
  const codes = words.map((word) => word.toUpperCase());
  const wrong = words.filter((_, i) => !(STATE_CODES as readonly string[]).includes(codes[i]!)).join(' ');
  if (wrong) warnOnce(host, `region ${wrong}`, `region: "${wrong}" is no state; use ISO 3166-2 codes such as DE-SN (Sachsen).`);
  const member = selected && membersById.get(selected);
  if (selected && !member) {
    warnOnce(host, `selected ${selected}`, `selected="${selected}" names no member of the feed: no details are shown.`);
  }
  const states = codes.filter((code) => (STATE_CODES as readonly string[]).includes(code));
  if (member && states.length && !states.includes(member.region ?? '')) {
    warnOnce(host, `selected ${selected} ${region}`, `selected="${selected}" is not in region="${region}": its details are shown, not its marker.`);
  }
}
