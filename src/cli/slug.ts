const TRANSLITERATIONS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The slug a member id must be: `^[a-z0-9][a-z0-9-]{0,63}$`. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Makes an id from a name: lower case, ä/ö/ü as ae/oe/ue, ß as ss, every other character that is not a–z or 0–9 as `-`,
 * runs of `-` collapsed, `-` trimmed at both ends, at most 64 characters. `Neumarkt i.d. OPf.` → `neumarkt-i-d-opf`.
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATIONS[char] ?? char)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
