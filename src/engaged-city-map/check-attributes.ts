import { attributeWords } from '../base/attribute-words.js';
import { warnOnce } from '../base/choices.js';
import { STATE_CODES, type Member } from '../feed/types.js';

/** (The feed reader's `isStateCode` lives in the parser's chunk, which this views chunk does not import from.) */
const isStateCode = (word: string) => (STATE_CODES as readonly string[]).includes(word);

/**
 * Tells the webmaster, once for each value, what in the attributes the map cannot use: words of `region` that are no
 * state code (`sachsen`: left out), a `selected` that names no member of the feed (a typo, or a member that left the
 * network: no details are opened), and one outside the `region` (its details are shown, its marker is not). Called
 * when the feed is shown; in the views chunk, not the entry.
 */
export function checkAttributes(host: Element, region: string, selected: string | undefined, membersById: ReadonlyMap<string, Member>): void {
  const words = attributeWords(region);
  const wrong = words.filter((word) => !isStateCode(word.toUpperCase())).join(' ');
  if (wrong) warnOnce(host, `region ${wrong}`, `region: "${wrong}" is no state; use ISO 3166-2 codes such as DE-SN (Sachsen).`);
  const member = selected && membersById.get(selected);
  if (selected && !member) {
    warnOnce(host, `selected ${selected}`, `selected="${selected}" names no member of the feed: no details are shown.`);
  }
  const states = attributeWords(region.toUpperCase()).filter(isStateCode);
  if (member && states.length && !(member.region && states.includes(member.region))) {
    warnOnce(host, `selected ${selected} ${region}`, `selected="${selected}" is not in region="${region}": its details are shown, not its marker.`);
  }
}
