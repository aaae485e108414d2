/**
 * Internationalised domain names as a reader writes them. A chunk of its own: the badge loads it only for a member
 * whose website has such a name (rare; the network's data stores every domain in its ASCII form).
 */

/**
 * A host name as a reader writes it: each punycode label (`xn--mnchen-3ya`) decoded to Unicode (`münchen`, RFC 3492),
 * as the browser's address bar shows it, in lower case. A label that mixes scripts or imitates Latin letters, one in
 * another script than Latin, Cyrillic or Greek (see `readable`; a safe side for a German network: such a name stays in
 * the ASCII form the address bar may show in Unicode), and a name that does not decode to one the browser writes back
 * as the same ASCII name, are kept as they are.
 *
 * @example unicodeHost('www.xn--mnchen-3ya.de') // 'www.münchen.de'
 */
export function unicodeHost(host: string): string {
  const ascii = host.toLowerCase();
  const unicode = ascii.split('.').map((label) => {
    const decoded = decodeLabel(label);
    return readable(decoded) ? decoded : label;
  }).join('.');
  // Only a name the browser writes back as the same ASCII one (no stray or control characters from a broken label).
  try {
    return new URL(`http://${unicode}`).hostname === ascii ? unicode : ascii;
  } catch {
    return ascii;
  }
}

/** Labels of one script each (digits, hyphens and accents aside): Latin (`münchen`), Cyrillic or Greek. */
const ONE_SCRIPT = ['Latin', 'Cyrillic', 'Greek'].map((script) => new RegExp(`^[\\p{Script=${script}}\\p{M}\\d-]+$`, 'u'));

/** Cyrillic and Greek letters that look like Latin ones: a label of nothing else (`аррӏе`) reads as a Latin name. */
const LOOK_ALIKES = /^[аеорсухіјѕһԁԛԝӏкοανικρυτχ\d-]+$/u;

/**
 * Whether a decoded label is shown as it is, as browsers decide for their address bar: letters of one script, not
 * only look-alikes of Latin ones. A label that mixes scripts (`аpple`, with a Cyrillic а), one of look-alikes alone,
 * or one with symbols (emoji) is shown in its ASCII form, as the address bar shows it: the proof must not make a
 * look-alike name read as the one it imitates.
 */
function readable(label: string): boolean {
  return ONE_SCRIPT.some((script) => script.test(label)) && (/^[\x00-\x7f]*$/.test(label) || !LOOK_ALIKES.test(label));
}

/** One label, decoded with punycode's parameters (base 36, t 1–26, skew 38, damp 700, initial bias 72, n 128). */
function decodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  const input = label.slice(4);
  const end = input.lastIndexOf('-');
  const output = [...input.slice(0, Math.max(end, 0))].map((char) => char.codePointAt(0)!);
  let [code, index, bias, position] = [128, 0, 72, end + 1];
  while (position < input.length) {
    const before = index;
    for (let weight = 1, k = 36; ; k += 36) {
      const char = input.charCodeAt(position++);
      // a-z are the digits 0-25, 0-9 are 26-35.
      const digit = char >= 48 && char <= 57 ? char - 22 : char >= 97 && char <= 122 ? char - 97 : 36;
      if (digit === 36) return label;
      index += digit * weight;
      const threshold = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (digit < threshold) break;
      weight *= 36 - threshold;
    }
    const length = output.length + 1;
    let delta = before === 0 ? Math.floor((index - before) / 700) : (index - before) >> 1;
    delta += Math.floor(delta / length);
    let k = 0;
    for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
    bias = k + Math.floor((36 * delta) / (delta + 38));
    code += Math.floor(index / length);
    index %= length;
    if (code > 0x10ffff) return label;
    output.splice(index++, 0, code);
  }
  return String.fromCodePoint(...output);
}
