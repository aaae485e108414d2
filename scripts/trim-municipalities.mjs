#!/usr/bin/env node
// Writes data/municipalities.csv, the municipality table the `build` and `snapshot` commands ship with, from the full
// Destatis table in ../shared/data: only the columns the commands need (ags, name, state, population, lat, lon).
// Usage: node scripts/trim-municipalities.mjs [source.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = new URL('../', import.meta.url);
const source = process.argv[2] ?? fileURLToPath(new URL('../shared/data/municipalities/de-municipalities-2021.csv', root));
const target = new URL('data/municipalities.csv', root);
const COLUMNS = ['ags', 'name', 'state', 'population', 'lat', 'lon'];

const rows = parse(readFileSync(source), { columns: true, bom: true, skip_empty_lines: true });
const quote = (value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const lines = [COLUMNS.join(',')];
for (const row of rows) lines.push(COLUMNS.map((column) => quote(String(row[column] ?? '').trim())).join(','));
writeFileSync(target, `${lines.join('\n')}\n`);
console.log(`${fileURLToPath(target)}: ${rows.length} municipalities`);
