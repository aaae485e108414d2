/**
 * Text on one line that was written on several: line breaks become spaces. Apart from clean-text.ts, whose `cleanLine`
 * every element's entry needs (hosts, URLs): this is needed only where feeds are read (the parser and the news
 * sources, lazy chunks).
 */
import { cleanLine } from './clean-text.js';

/**
 * Cleans one line of text a reader sees (a name, a title, a tag): a line break (with the white space around it) or a
 * tab becomes a space, so that the words on either side stay apart ("Verein\nmit Herz" is "Verein mit Herz"), then as
 * {@link cleanLine}. Ids, codes and URLs use `cleanLine`, which removes them (as browsers remove them from URLs).
 */
export function cleanTextLine(value: string): string {
  return cleanLine(joinLines(value.replace(/[\v\f\u2028\u2029]/g, '\n').replace(/\t/g, ' ')));
}

/**
 * Text on one line: each line break, with the white space around it, becomes one space. Written without a regular
 * expression that backtracks: a feed's run of 100,000 spaces must cost 100,000 steps, not their square.
 */
export function joinLines(text: string): string {
  const lines = text.split(/[\r\n]/);
  if (lines.length === 1) return text;
  const out = [trimEndSpaces(lines[0]!)];
  let brokenAtEnd = false;
  for (let index = 1; index < lines.length; index++) {
    brokenAtEnd = true;
    const line = lines[index]!.trimStart();
    if (line === '') continue;
    out.push(' ', index < lines.length - 1 ? trimEndSpaces(line) : line);
    brokenAtEnd = false;
  }
  if (brokenAtEnd) out.push(' ');
  return out.join('');
}

/** `text` without the spaces and tabs at its end. */
export function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === text.length ? text : text.slice(0, end);
}
