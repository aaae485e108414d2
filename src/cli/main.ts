/**
 * The command line of the package: `npx engaged-city-widgets validate|build|snapshot`. Runs in Node only; it ships the
 * municipality table, which never goes into a browser bundle.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { buildFeedFile, type BuildOptions } from './build.js';
import { CommandError, ExitCode } from './exit-codes.js';
import { processOutput, type Output } from './output.js';
import { writeSnapshot, type SnapshotOptions } from './snapshot.js';
import { validateFeed, type ValidateOptions } from './validate.js';

export { buildFeed } from './build-feed.js';
export type { BuiltFeed, FeedSettings, FeedSources, NamedSheet, SourcedWarning } from './build-feed.js';
export { parseSheet, decodeSpreadsheetText, detectDelimiter } from './csv.js';
export type { Sheet, SheetRow } from './csv.js';
export { loadMunicipalityTable, municipalityTableFromCsv, MunicipalityTable } from './municipalities.js';
export { slugFromName } from './slug.js';
export { ExitCode } from './exit-codes.js';
export type { Output } from './output.js';

const PROGRAM = 'engaged-city-widgets';

function createProgram(output: Output, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command(PROGRAM)
    .description('Check and build the network feed of the "Engagierte Stadt" widgets.')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .exitOverride();

  program
    .command('validate')
    .description('Check a network feed (a file or an http(s) URL) as the widgets read it.')
    .argument('<file-or-url>', 'the feed: a JSON file or an http(s) URL')
    .option('--strict', 'fail (exit 1) on warnings too')
    .option('--json', 'print one JSON object instead of text')
    .addOption(new Option('--timeout <seconds>', 'how long to wait for a URL').default(10).argParser(positiveNumber))
    .option('--base-url <url>', 'resolve relative URLs in a local file against this URL')
    .addHelpText('after', '\nExit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error.')
    .action(async (source: string, options: { strict?: boolean; json?: boolean; timeout: number; baseUrl?: string }) => {
      const validateOptions: ValidateOptions = { timeout: options.timeout * 1000 };
      if (options.strict) validateOptions.strict = true;
      if (options.json) validateOptions.json = true;
      if (options.baseUrl) validateOptions.baseUrl = options.baseUrl;
      setExitCode(await validateFeed(source, validateOptions, output));
    });

  program
    .command('build')
    .description('Build the network feed from spreadsheet exports (CSV from Excel or LibreOffice).')
    .requiredOption('--members <csv>', 'the members sheet')
    .option('--regions <csv>', 'the regions sheet')
    .option('--news <csv>', 'the news sheet')
    .requiredOption('--out <file>', 'where to write the feed (JSON)')
    .option('--title <text>', "the feed's title", 'Netzwerk Engagierte Stadt')
    .option('--home-page-url <url>', "the network's web site")
    .option('--feed-url <url>', 'the URL the feed will be published at')
    .option('--language <bcp47>', "the feed's language", 'de')
    .option('--updated <date>', 'date of the data (RFC 3339, or "now"); default: the newest date in the sheets, none in the future')
    .option('--municipalities <csv>', 'another municipality table (ags, name, state, population, lat, lon)')
    .option('--strict', 'fail (exit 1, nothing written) when a row is not used or anything else is reported')
    .option('--json', 'print one JSON object instead of text')
    .addHelpText(
      'after',
      `
Sheets: CSV with a header row; ";" or "," separated; UTF-8 (with or without BOM) or Windows-1252.
  members: id, kind, name, roles, region, since, population, lat, lon, ags, url, profile_url, domains,
           summary, topics, image, location_note (kind and name required, region for a city)
  regions: code, name, partner_since, network_url
  news:    id, title, url, date_published, date_modified, summary, content_text, image, tags, regions, members
A member without lat/lon is located by its ags, else by its exact name in its region.

Example:
  npx ${PROGRAM} build --members mitglieder.csv --regions regionen.csv --news news.csv --out feed.json

Exit codes: 0 written (findings allowed), 1 invalid input or --strict findings, 2 usage error.`,
    )
    .action(async (options: BuildOptions) => {
      setExitCode(await buildFeedFile(options, output));
    });

  program
    .command('snapshot')
    .description("Regenerate the package's bundled snapshot (src/data/network-snapshot.ts) from data/*.csv, in its repository.")
    .option('--data <folder>', 'the folder with the sheets (default: data/ of the package)')
    .option('--out <file>', 'the file to write (default: src/data/network-snapshot.ts of the package)')
    .option('--check', 'write nothing; exit 1 when the file is out of date')
    .addHelpText('after', '\nRun in the package\'s repository: `npm run snapshot`. Exit codes: 0 done, 1 findings in the data or out of date, 2 usage error.')
    .action(async (options: SnapshotOptions) => {
      setExitCode(await writeSnapshot(options, output));
    });

  return program;
}

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!(number > 0)) throw new InvalidArgumentError('not a positive number.');
  return number;
}

/**
 * Runs the command line with `argv` (as `process.argv`: node, script, arguments…) and resolves to the exit code.
 * Never calls `process.exit`, so that output is flushed and tests can call it.
 */
export async function run(argv: readonly string[], output: Output = processOutput): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.ok;
  const program = createProgram(output, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help ends with code 0; every other commander error (already printed by commander) is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof CommandError) {
      output.err(`${PROGRAM}: ${error.message}\n`);
      // A script that asked for --json reads standard output: it gets a JSON object there too.
      if (argv.includes('--json')) {
        output.out(`${JSON.stringify({ ok: false, error: { code: 'usage', message: error.message }, warnings: [], counts: null }, null, 2)}\n`);
      }
      return error.exitCode;
    }
    throw error;
  }
}
