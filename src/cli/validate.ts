/** `engaged-city-widgets validate <file-or-url>`: checks a network feed with the same `parseFeed` the widgets use. */
import { FeedError } from '../feed/errors.js';
import { parseFeed } from '../feed/parse.js';
import type { FeedWarning, NetworkFeed } from '../feed/types.js';
import { ExitCode } from './exit-codes.js';
import { plural, type Output } from './output.js';
import { readFeedText } from './read-input.js';

export interface ValidateOptions {
  /** Fail (exit 1) on warnings too. */
  strict?: boolean;
  /** Print one JSON object instead of text. */
  json?: boolean;
  /** Milliseconds to wait for a URL. */
  timeout?: number;
  /** The URL relative URLs in a local file are resolved against. */
  baseUrl?: string;
}

/** What `validate --json` prints. */
export interface ValidationReport {
  source: string;
  /** True when the command exits with 0. */
  ok: boolean;
  error: { code: string; message: string } | null;
  warnings: FeedWarning[];
  counts: { members: number; regions: number; items: number } | null;
}

/** Validates a feed and reports; resolves to the exit code. Usage errors (unreadable file) are thrown as CommandError. */
export async function validateFeed(source: string, options: ValidateOptions, output: Output): Promise<ExitCode> {
  let report: ValidationReport;
  try {
    const { text, url } = await readFeedText(source, options.timeout);
    const baseUrl = options.baseUrl ?? url;
    const { feed, warnings } = parseFeed(text, baseUrl === undefined ? {} : { baseUrl });
    const ok = !(options.strict && warnings.length > 0);
    report = { source, ok, error: null, warnings, counts: countsOf(feed) };
  } catch (error) {
    if (!FeedError.is(error)) throw error;
    report = { source, ok: false, error: { code: error.code, message: error.message }, warnings: [], counts: null };
  }
  output.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
  return report.ok ? ExitCode.ok : ExitCode.invalid;
}

function countsOf(feed: NetworkFeed): NonNullable<ValidationReport['counts']> {
  return {
    members: feed._engaged_city?.members.length ?? 0,
    regions: feed._engaged_city?.regions?.length ?? 0,
    items: feed.items.length,
  };
}

function describe(report: ValidationReport): string {
  if (report.error) return `${report.source}: invalid (${report.error.code}): ${report.error.message}\n`;
  const lines = report.warnings.map((warning) => `  ${warning.path}: ${warning.message} [${warning.code}]`);
  const counts = report.counts!;
  const contents = `${plural(counts.members, 'member')}, ${plural(counts.regions, 'region')}, ${plural(counts.items, 'news item')}`;
  const verdict = report.ok ? 'valid' : 'invalid with --strict';
  const warnings = report.warnings.length > 0 ? `, ${plural(report.warnings.length, 'warning')}` : '';
  const heading = `${report.source}: ${verdict}${warnings} (${contents})`;
  return `${[heading, ...lines].join('\n')}\n`;
}
