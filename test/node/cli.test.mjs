// The producer's command line: `engaged-city-widgets validate|build|snapshot`.
// Builds dist/cli.js first, then calls its `run()` in-process (fast) and spawns bin/ for the process-level behaviour.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => join(root, 'test/fixtures/csv', name);
const bin = join(root, 'bin/engaged-city-widgets.js');

/** @type {(argv: string[], output: {out(text: string): void, err(text: string): void}) => Promise<number>} */
let run;
let work;

before(async () => {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  ({ run } = await import(join(root, 'dist/cli.js')));
  work = mkdtempSync(join(tmpdir(), 'engaged-city-cli-'));
});

after(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command line in-process and collects what it prints. */
async function cli(...args) {
  let out = '';
  let err = '';
  const code = await run(['node', 'engaged-city-widgets', ...args], { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

function writeJson(name, value) {
  const path = join(work, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const validFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Netzwerk Engagierte Stadt',
  items: [],
  _engaged_city: { schema: 1, members: [{ id: 'trier', kind: 'city', name: 'Trier', roles: ['engaged-city'], region: 'DE-RP' }] },
};

const feedWithWarning = {
  ...validFeed,
  _engaged_city: { schema: 1, members: [{ ...validFeed._engaged_city.members[0], url: 'javascript:alert(1)' }] },
};

describe('validate', () => {
  it('exits 0 for a valid feed and says what it holds', async () => {
    const { code, out } = await cli('validate', writeJson('valid.json', validFeed));
    assert.equal(code, 0);
    assert.match(out, /valid \(1 member, 0 regions, 0 news items\)/);
  });

  it('prints every warning with its JSON path and still exits 0', async () => {
    const { code, out } = await cli('validate', writeJson('warning.json', feedWithWarning));
    assert.equal(code, 0);
    assert.match(out, /1 warning/);
    assert.match(out, /_engaged_city\.members\[0\]\.url: /);
  });

  it('fails on warnings with --strict', async () => {
    const { code, out } = await cli('validate', '--strict', writeJson('strict.json', feedWithWarning));
    assert.equal(code, 1);
    assert.match(out, /invalid with --strict/);
  });

  it('exits 1 with the fatal error for text that is no JSON and for JSON that is no feed', async () => {
    const notJson = await cli('validate', writeJson('broken.json', '{"items": ['));
    assert.equal(notJson.code, 1);
    assert.match(notJson.out, /invalid \(not-json\)/);
    const notAFeed = await cli('validate', writeJson('array.json', []));
    assert.equal(notAFeed.code, 1);
    assert.match(notAFeed.out, /invalid \(not-a-feed\)/);
  });

  it('prints one JSON object with --json', async () => {
    const { code, out } = await cli('validate', '--json', writeJson('json.json', feedWithWarning));
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.ok, true);
    assert.equal(report.error, null);
    assert.deepEqual(report.counts, { members: 1, regions: 0, items: 0 });
    assert.equal(report.warnings[0].path, '_engaged_city.members[0].url');
    const broken = JSON.parse((await cli('validate', '--json', writeJson('broken2.json', 'nope'))).out);
    assert.equal(broken.ok, false);
    assert.equal(broken.error.code, 'not-json');
  });

  it('exits 2 for a missing argument, an unknown option or a file that does not exist', async () => {
    assert.equal((await cli('validate')).code, 2);
    assert.equal((await cli('validate', '--frobnicate', writeJson('x.json', validFeed))).code, 2);
    const missing = await cli('validate', join(work, 'no-such-file.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such file/);
  });

  it('prints a JSON object with --json for a file that does not exist too, for scripts that read standard output', async () => {
    const missing = await cli('validate', '--json', join(work, 'no-such-file.json'));
    assert.equal(missing.code, 2);
    const report = JSON.parse(missing.out);
    assert.equal(report.ok, false);
    assert.equal(report.error.code, 'usage');
    assert.match(report.error.message, /no such file/);
  });

  describe('with an http(s) URL', () => {
    let server;
    let base;
    before(async () => {
      server = createServer((request, response) => {
        if (request.url === '/feed.json') {
          response.writeHead(200, { 'content-type': 'application/feed+json' });
          response.end(JSON.stringify({ ...validFeed, items: [{ id: '1', url: '/news/1', title: 'Relativ' }] }));
        } else if (request.url === '/slow.json') {
          setTimeout(() => response.end('{}'), 2000);
        } else {
          response.writeHead(404).end('not found');
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });

    it('fetches the feed and resolves relative URLs against it', async () => {
      const { code, out } = await cli('validate', '--json', `${base}/feed.json`);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out).warnings, []);
    });

    it('exits 1 with the http error for a 404', async () => {
      const { code, out } = await cli('validate', `${base}/missing.json`);
      assert.equal(code, 1);
      assert.match(out, /invalid \(http\)/);
    });

    it('gives up after --timeout seconds', async () => {
      const { code, out } = await cli('validate', '--timeout', '0.2', `${base}/slow.json`);
      assert.equal(code, 1);
      assert.match(out, /invalid \(timeout\)/);
    });
  });
});

describe('build', () => {
  const excelArgs = (out) => [
    'build', '--members', fixture('members-excel-de.csv'), '--regions', fixture('regions.csv'), '--news', fixture('news.csv'), '--out', out,
  ];

  it('turns spreadsheets into a feed that validate accepts without warnings (round trip)', async () => {
    const out = join(work, 'round-trip.json');
    const built = await cli(...excelArgs(out), '--home-page-url', 'https://example.org/');
    assert.equal(built.code, 0, built.out + built.err);
    assert.match(built.out, /Wrote .*round-trip\.json: 4 members, 2 regions, 2 news items/);
    const validated = await cli('validate', '--strict', '--json', out);
    assert.equal(validated.code, 0, validated.out);
    assert.deepEqual(JSON.parse(validated.out).counts, { members: 4, regions: 2, items: 2 });
  });

  it("reads Excel's German CSV: BOM, semicolons, CRLF, quoted line breaks, umlauts, decimal commas", async () => {
    const out = join(work, 'excel.json');
    assert.equal((await cli(...excelArgs(out))).code, 0);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    const [giessen, fuerth, goerlitz, foundation] = feed._engaged_city.members;
    assert.equal(giessen.id, 'giessen', 'the id is made from the name, ß as ss');
    assert.equal(giessen.name, 'Gießen');
    assert.equal(giessen.population, 91255, 'a thousands separator is read');
    assert.equal(giessen.summary, 'Erste Zeile;\nzweite Zeile mit "Anführungszeichen".');
    assert.deepEqual(giessen.domains, ['giessen.de', 'www.giessen.de']);
    assert.deepEqual(giessen.topics, ['Ehrenamt', 'Jugend']);
    assert.deepEqual(giessen.location, { lat: 50.586195, lon: 8.674877 }, 'located by exact name and region');
    assert.equal(fuerth.id, 'fuerth');
    assert.equal(fuerth.region, 'DE-BY', 'a German state name is read as its code');
    assert.deepEqual(fuerth.location, { lat: 49.477384, lon: 10.989974 }, 'located by its ags, whose leading zero Excel dropped');
    assert.equal(fuerth.since, '2015-06-01');
    assert.deepEqual(goerlitz.location, { lat: 51.15, lon: 14.99 }, 'decimal commas');
    assert.equal(goerlitz.region, 'DE-SN');
    assert.deepEqual(foundation.roles, ['network-partner', 'funder']);
    assert.equal(foundation.name, 'Bürgerstiftung Musterstadt', 'a line break in a name is a space');
    assert.equal(foundation.location, undefined);
  });

  it('reads the date and number cells Excel writes: with a time, two-digit years, serial numbers, zero decimals', async () => {
    const members = join(work, 'members-excel-cells.csv');
    writeFileSync(members, 'kind;name;region;since;population\r\ncity;Gießen;Hessen;45658;217.123,0\r\ncity;Fürth;Bayern;16.9.24;130000.00\r\n');
    const news = join(work, 'news-excel-cells.csv');
    writeFileSync(news, 'id;title;date_published\r\nn1;Mit Uhrzeit;16.05.2025 14:30\r\n');
    const out = join(work, 'excel-cells.json');
    const { code, out: report } = await cli('build', '--members', members, '--news', news, '--out', out);
    assert.equal(code, 0, report);
    const feed = JSON.parse(readFileSync(out, 'utf8'));
    const [giessen, fuerth] = feed._engaged_city.members;
    assert.deepEqual([giessen.since, giessen.population], ['2025-01-01', 217123]);
    assert.deepEqual([fuerth.since, fuerth.population], ['2024-09-16', 130000]);
    assert.equal(feed.items[0].date_published, '2025-05-16T14:30:00+02:00', 'German summer time');
  });

  it('reads Windows-1252 text, as Excel writes "CSV (Trennzeichen-getrennt)"', async () => {
    const out = join(work, 'cp1252.json');
    const { code, out: report } = await cli('build', '--members', fixture('members-cp1252.csv'), '--out', out);
    assert.equal(code, 0, report);
    const [goettingen, ueberlingen] = JSON.parse(readFileSync(out, 'utf8'))._engaged_city.members;
    assert.equal(goettingen.name, 'Göttingen');
    assert.equal(goettingen.id, 'goettingen');
    assert.equal(goettingen.region, 'DE-NI');
    assert.equal(goettingen.summary, 'Stadt – an der Leine');
    assert.equal(ueberlingen.id, 'ueberlingen');
    assert.equal(ueberlingen.summary, 'Preis: 5 €');
  });

  it('reports each row it cannot use with the line on which the row starts, and drops nothing else', async () => {
    const out = join(work, 'bad.json');
    const { code, out: report } = await cli('build', '--json', '--members', fixture('members-bad-rows.csv'), '--out', out);
    assert.equal(code, 0);
    const { problems, written } = JSON.parse(report);
    assert.equal(written, true);
    const dropped = problems.filter((problem) => problem.rowDropped).map(({ line, message }) => [line, message]);
    assert.deepEqual(dropped, [
      [3, 'no name'],
      [4, 'region "DE-XX" is no German state (e.g. DE-RP or Rheinland-Pfalz)'],
      [6, 'kind "town" is neither city nor organization'],
      [7, 'id "Not A Slug" is no slug (a–z, 0–9 and -, at most 64)'],
      [9, 'id "kassel" is already used on line 8'],
    ]);
    const notes = problems.filter((problem) => !problem.rowDropped).map(({ line }) => line);
    assert.deepEqual(notes, [2, 8, 8, 10]);
    assert.match(problems[0].message, /"Quickborn" is the name of 2 municipalities in DE-SH \(ags 01051089, 01056041\); add the ags/);
    const members = JSON.parse(readFileSync(out, 'utf8'))._engaged_city.members;
    assert.deepEqual(members.map((member) => member.id), ['quickborn', 'kassel', 'nirgendwo']);
    assert.equal(members[0].location, undefined, 'an ambiguous name is not guessed');
    assert.deepEqual(members[1].location, { lat: 51.314684, lon: 9.495199 });
  });

  it('prints findings as file:line: message, then a summary', async () => {
    const { out } = await cli('build', '--members', fixture('members-bad-rows.csv'), '--out', join(work, 'bad-text.json'));
    assert.match(out, /members-bad-rows\.csv:4: row not used: region "DE-XX"/);
    assert.match(out, /Wrote .*: 3 members, 0 regions, 0 news items; 5 rows not used, 4 notes\.\n$/);
  });

  it('maps feed warnings and news problems to their rows', async () => {
    const { out } = await cli(...excelArgs(join(work, 'mapped.json')));
    assert.match(out, /regions\.csv:4: row not used: code "DE-XX"/);
    assert.match(out, /news\.csv:3: member "unbekannt" is not an id in the members sheet; left out/);
  });

  it('writes nothing and exits 1 with --strict when anything is reported', async () => {
    const out = join(work, 'strict-build.json');
    const { code, out: report } = await cli('build', '--strict', '--members', fixture('members-bad-rows.csv'), '--out', out);
    assert.equal(code, 1);
    assert.equal(existsSync(out), false);
    assert.match(report, /Did not write/);
    assert.equal((await cli('build', '--strict', '--members', fixture('members-cp1252.csv'), '--out', out)).code, 0);
  });

  it('is deterministic: two builds give the same bytes, dated by the newest input date', async () => {
    const first = join(work, 'first.json');
    const second = join(work, 'second.json');
    await cli(...excelArgs(first));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await cli(...excelArgs(second));
    assert.deepEqual(readFileSync(first), readFileSync(second));
    const feed = JSON.parse(readFileSync(first, 'utf8'));
    assert.equal(feed._engaged_city.updated, '2025-01-31T10:00:00+01:00');
    assert.equal(readFileSync(first, 'utf8'), `${JSON.stringify(feed, null, 2)}\n`, 'JSON indented by 2, with a final line break');
    assert.deepEqual(Object.keys(feed), ['version', 'title', 'language', 'items', '_engaged_city'], 'keys in a fixed order');
    assert.deepEqual(Object.keys(feed._engaged_city), ['schema', 'updated', 'regions', 'members']);
  });

  it('dates the data by the newest input date that is not in the future (a partnership announced for next year)', async () => {
    const regions = join(work, 'regions-announced.csv');
    writeFileSync(regions, `code,name,partner_since\nDE-HE,Hessen,2021-05-01\nDE-SN,Sachsen,${new Date().getUTCFullYear() + 2}-01-01\n`);
    const out = join(work, 'announced.json');
    await cli('build', '--members', fixture('members-excel-de.csv'), '--regions', regions, '--news', fixture('news.csv'), '--out', out);
    assert.equal(JSON.parse(readFileSync(out, 'utf8'))._engaged_city.updated, '2025-01-31T10:00:00+01:00');
  });

  it('takes the date of the data from --updated, "now" only when asked', async () => {
    const out = join(work, 'updated.json');
    await cli(...excelArgs(out), '--updated', '2025-06-01');
    assert.equal(JSON.parse(readFileSync(out, 'utf8'))._engaged_city.updated, '2025-06-01T00:00:00+02:00');
    await cli(...excelArgs(out), '--updated', 'now');
    const updated = Date.parse(JSON.parse(readFileSync(out, 'utf8'))._engaged_city.updated);
    assert.ok(Math.abs(Date.now() - updated) < 60_000);
    assert.equal((await cli(...excelArgs(out), '--updated', 'gestern')).code, 2);
  });

  it('exits 2 without --members or --out, or for a file that does not exist', async () => {
    assert.equal((await cli('build', '--out', join(work, 'x.json'))).code, 2);
    assert.equal((await cli('build', '--members', fixture('members-cp1252.csv'))).code, 2);
    const missing = await cli('build', '--members', join(work, 'nope.csv'), '--out', join(work, 'x.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read .*nope\.csv: no such file/);
  });

  it('exits 1 for a sheet without a required column, and reports unknown columns', async () => {
    const noName = join(work, 'no-name.csv');
    writeFileSync(noName, 'kind;ort\ncity;Trier\n');
    const { code, err } = await cli('build', '--members', noName, '--out', join(work, 'x.json'));
    assert.equal(code, 1);
    assert.match(err, /no column "name" \(columns found: kind, ort\)/);
    const extra = join(work, 'extra.csv');
    writeFileSync(extra, 'kind;name;region;breitengrad\ncity;Trier;DE-RP;49,75\n');
    const report = await cli('build', '--members', extra, '--out', join(work, 'x.json'));
    assert.equal(report.code, 0);
    assert.match(report.out, /extra\.csv:1: column "breitengrad" is not one the command knows; ignored/);
  });

  it('exits 1 for a file that is no CSV, naming the line where the broken row starts', async () => {
    const broken = join(work, 'broken.csv');
    writeFileSync(broken, 'kind;name;region\r\ncity;"Kas\r\nsel";DE-HE\r\n\r\ncity;"Trier;DE-RP\r\ncity;Mainz;DE-RP\r\n');
    const { code, err } = await cli('build', '--members', broken, '--out', join(work, 'x.json'));
    assert.equal(code, 1);
    assert.match(err, /broken\.csv:5: not readable as CSV: a quote opened in this row is never closed/);
  });

  it('takes the region from the ags, and does not use an ags from another state', async () => {
    const sheet = join(work, 'ags.csv');
    writeFileSync(sheet, 'kind;name;region;ags\ncity;Trier;;07211000\ncity;Kassel;DE-RP;06611000\n');
    const out = join(work, 'ags.json');
    const { code, out: report } = await cli('build', '--members', sheet, '--out', out);
    assert.equal(code, 0);
    assert.match(report, /ags\.csv:3: ags 06611000 \(Kassel\) is in DE-HE, not in DE-RP; ignored/);
    const [trier, kassel] = JSON.parse(readFileSync(out, 'utf8'))._engaged_city.members;
    assert.equal(trier.region, 'DE-RP');
    assert.deepEqual(trier.location, { lat: 49.757603, lon: 6.638021 });
    assert.equal(kassel.location, undefined);
  });
});

describe('snapshot', () => {
  it('regenerates the committed src/data/network-snapshot.ts byte for byte', async () => {
    const out = join(work, 'network-snapshot.ts');
    const { code, err } = await cli('snapshot', '--out', out);
    assert.equal(code, 0, err);
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(root, 'src/data/network-snapshot.ts'), 'utf8'),
      'the snapshot is stale: run `npm run snapshot`');
    assert.equal((await cli('snapshot', '--check')).code, 0);
  });

  describe('its content', () => {
    let feed;
    before(() => {
      const text = readFileSync(join(root, 'src/data/network-snapshot.ts'), 'utf8');
      assert.match(text, /^\/\/ Generated by `npm run snapshot`/);
      assert.match(text, /\nexport default snapshot;\n$/);
      feed = JSON.parse(text.slice(text.indexOf('= {') + 2, text.lastIndexOf('};') + 1));
    });
    const member = (id) => feed._engaged_city.members.find((candidate) => candidate.id === id);

    it('is the network feed of "Netzwerk Engagierte Stadt", in German, dated by its newest fact', () => {
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      assert.equal(feed.title, 'Netzwerk Engagierte Stadt');
      assert.equal(feed.language, 'de');
      assert.equal(feed.home_page_url, 'https://www.engagiertestadt.de/');
      assert.equal(feed._engaged_city.schema, 1);
      assert.equal(feed._engaged_city.updated, '2025-05-16T00:00:00+02:00');
    });

    it('lists every member of the public sources as an engaged city, with population and coordinates of its municipality', () => {
      const sources = readFileSync(join(root, 'data/members-public-sources.csv'), 'utf8').trim().split('\n').length - 1;
      assert.equal(feed._engaged_city.members.length, sources);
      for (const city of feed._engaged_city.members) {
        assert.equal(city.kind, 'city');
        assert.deepEqual(city.roles, ['engaged-city']);
        assert.ok(city.location, `${city.id} has coordinates`);
        assert.equal(city.domains, undefined, 'no invented domains');
        assert.equal(city.url, undefined, 'no invented web sites');
      }
      assert.deepEqual(member('lutherstadt-wittenberg').region, 'DE-ST');
      assert.equal(member('trier').population, 110570);
    });

    it("gives an association or a district its seat's coordinates, not its seat's population, and says so", () => {
      for (const id of ['vg-daun', 'vg-nahe-glan', 'vv-vorderes-kandertal', 'mainz-mombach', 'hamburg-bergedorf']) {
        assert.equal(member(id).population, undefined, `${id} has no population of its own`);
        assert.ok(member(id).location_note, `${id} says whose coordinates it has`);
      }
      assert.equal(member('mainz-mombach').location_note, 'Stadtteil von Mainz; Koordinaten der Stadt Mainz');
      assert.equal(member('vg-daun').location_note, 'Verbandsgemeinde; Koordinaten der Sitzgemeinde Daun');
      assert.equal(member('holzkirchen').population, 16722, 'a member that is its municipality has its population');
      assert.equal(member('holzkirchen').location_note, undefined);
    });

    it('has the 16 states with German names and the five state partners since their dates', () => {
      const regions = feed._engaged_city.regions;
      assert.equal(regions.length, 16);
      assert.equal(regions.find((region) => region.code === 'DE-TH').name, 'Thüringen');
      const partners = Object.fromEntries(regions.filter((region) => region.partner_since).map((region) => [region.name, region.partner_since]));
      assert.deepEqual(partners, {
        Bayern: '2024-09-16',
        Hessen: '2021-05-01',
        'Rheinland-Pfalz': '2020-09-14',
        'Sachsen-Anhalt': '2025-05-16',
        'Schleswig-Holstein': '2021-10-01',
      });
    });

    it("has a few German news items that link only to the network's site", () => {
      assert.ok(feed.items.length >= 4 && feed.items.length <= 6);
      for (const item of feed.items) {
        assert.ok(item.title && item.summary);
        assert.ok(item.tags?.length > 0);
        if (item.url) assert.equal(item.url, 'https://www.engagiertestadt.de/');
      }
    });
  });
});

describe('the installed command', () => {
  const spawn = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('prints help for itself and for each command, with exit code 0', () => {
    const main = spawn('--help');
    assert.equal(main.status, 0);
    assert.match(main.stdout, /validate .*\n[\s\S]*build [\s\S]*snapshot/);
    for (const command of ['validate', 'build', 'snapshot']) {
      const help = spawn(command, '--help');
      assert.equal(help.status, 0, command);
      assert.match(help.stdout, new RegExp(`Usage: engaged-city-widgets ${command}`));
      assert.match(help.stdout, /Exit codes:/);
    }
  });

  it('exits 2 on a usage error and 1 on an invalid feed', () => {
    const usage = spawn('validate');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /missing required argument/);
    assert.equal(spawn('unknown-command').status, 2);
    assert.equal(spawn('validate', writeJson('spawn-invalid.json', '[]')).status, 1);
    assert.equal(spawn('validate', writeJson('spawn-valid.json', validFeed)).status, 0);
  });
});
