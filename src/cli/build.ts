/**
 * `engaged-city-widgets build --members members.csv [--regions regions.csv] [--news news.csv] --out feed.json`:
 * the network's spreadsheets → the network feed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FeedError } from '../feed/errors.js';
import { buildFeed, type BuiltFeed, type FeedSettings, type NamedSheet, type SourcedWarning } from './build-feed.js';
import { CsvSyntaxError, parseSheet } from './csv.js';
import { readDateTime } from './dates.js';
import { CommandError, ExitCode, usageError } from './exit-codes.js';
import { loadMunicipalityTable, municipalityTableFromCsv } from './municipalities.js';
import { plural, type Output } from './output.js';
import { formatProblem, type SheetProblem } from './problems.js';
import { readInputFile } from './read-input.js';

export interface BuildOptions {
  members: string;
  regions?: string;
  news?: string;
  out: string;
  title: string;
  homePageUrl?: string;
  feedUrl?: string;
  language?: string;
  /** An RFC 3339 date or date-time, or `now`. */
  updated?: string;
  /** Another municipality table than the one shipped (CSV: ags, name, state, population, lat, lon). */
  municipalities?: string;
  strict?: boolean;
  json?: boolean;
}

/** What `build --json` prints. */
export interface BuildReport {
  out: string;
  /** True when the feed was written (and the command exits with 0). */
  written: boolean;
  error: { code: string; message: string } | null;
  problems: SheetProblem[];
  warnings: SourcedWarning[];
  counts: { members: number; regions: number; items: number } | null;
}

/** Reads a spreadsheet; an unreadable file is a usage error, a file that is no CSV makes the input invalid. */
export async function readSheet(file: string): Promise<NamedSheet> {
  const bytes = await readInputFile(file);
  try {
    return { file, sheet: parseSheet(bytes) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CommandError(`${file}:${error.line}: ${error.message}`, ExitCode.invalid);
    throw error;
  }
}

/** The `updated` option as an RFC 3339 date-time; `now` is the current second. */
export function readUpdatedOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'now') return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const reading = readDateTime(value);
  if (!reading?.value) throw usageError(`--updated: "${value}" is not a date (write 2025-05-16, 2025-05-16T10:00:00+02:00 or now)`);
  return reading.value;
}

/** Builds the feed, reports, and writes it unless it failed; resolves to the exit code. */
export async function buildFeedFile(options: BuildOptions, output: Output): Promise<ExitCode> {
  const settings: FeedSettings = { title: options.title };
  if (options.homePageUrl) settings.homePageUrl = options.homePageUrl;
  if (options.feedUrl) settings.feedUrl = options.feedUrl;
  if (options.language) settings.language = options.language;
  const updated = readUpdatedOption(options.updated);
  if (updated) settings.updated = updated;

  const members = await readSheet(options.members);
  const regions = options.regions === undefined ? undefined : await readSheet(options.regions);
  const news = options.news === undefined ? undefined : await readSheet(options.news);
  const municipalities = options.municipalities === undefined
    ? await loadMunicipalityTable()
    : municipalityTableFromCsv(await readInputFile(options.municipalities));

  let built: BuiltFeed;
  try {
    built = buildFeed({ members, municipalities, ...(regions ? { regions } : {}), ...(news ? { news } : {}) }, settings);
  } catch (error) {
    if (!FeedError.is(error)) throw error;
    const report: BuildReport = {
      out: options.out, written: false, error: { code: error.code, message: error.message }, problems: [], warnings: [], counts: null,
    };
    output.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : `the built feed is invalid (${error.code}): ${error.message}\n`);
    return ExitCode.invalid;
  }

  const failed = options.strict === true && (built.problems.length > 0 || built.warnings.length > 0);
  if (!failed) {
    await mkdir(dirname(options.out), { recursive: true });
    await writeFile(options.out, built.text);
  }
  const report: BuildReport = {
    out: options.out,
    written: !failed,
    error: null,
    problems: built.problems,
    warnings: built.warnings,
    counts: {
      members: built.feed._engaged_city?.members.length ?? 0,
      regions: built.feed._engaged_city?.regions?.length ?? 0,
      items: built.feed.items.length,
    },
  };
  output.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : describeBuild(report));
  return failed ? ExitCode.invalid : ExitCode.ok;
}

/** The text report: each finding on a line of its own, then one summary line. */
export function describeBuild(report: BuildReport): string {
  const lines = report.problems.map(formatProblem);
  for (const warning of report.warnings) {
    const where = warning.file === undefined ? '' : `${warning.file}:${warning.line}: `;
    lines.push(`${where}${warning.path}: ${warning.message} [${warning.code}]`);
  }
  const counts = report.counts!;
  const contents = `${plural(counts.members, 'member')}, ${plural(counts.regions, 'region')}, ${plural(counts.items, 'news item')}`;
  const dropped = report.problems.filter((problem) => problem.rowDropped).length;
  const notes = report.problems.length - dropped;
  const findings = [
    dropped > 0 ? plural(dropped, 'row') + ' not used' : '',
    notes > 0 ? plural(notes, 'note') : '',
    report.warnings.length > 0 ? plural(report.warnings.length, 'feed warning') : '',
  ].filter(Boolean);
  const summary = report.written
    ? `Wrote ${report.out}: ${contents}${findings.length ? `; ${findings.join(', ')}` : ''}.`
    : `Did not write ${report.out} (--strict): ${findings.join(', ')}.`;
  return `${[...lines, summary].join('\n')}\n`;
}
