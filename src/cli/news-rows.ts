import type { FeedItem, StateCode } from '../feed/types.js';
import { readList } from './cells.js';
import type { SheetRow } from './csv.js';
import { readDateTime } from './dates.js';
import type { RowContext } from './member-rows.js';
import { slugFromName } from './slug.js';
import { readStateCode } from './states.js';

/**
 * Reads one row of news.csv; returns undefined (and reports why) when the row cannot be used. An empty id is made from
 * the title; a bare date is midnight of that day in Germany; `members` must name ids of members.csv.
 */
export function newsItemFromRow(row: SheetRow, memberIds: ReadonlySet<string>, { file, log }: RowContext): FeedItem | undefined {
  const cell = (column: string): string => row.cells[column] ?? '';
  const note = (message: string): void => log.note(file, row.line, message);
  const id = cell('id') || slugFromName(cell('title'));
  if (id === '') {
    log.rowDropped(file, row.line, 'no id and no title');
    return undefined;
  }

  const item: FeedItem = { id };
  if (cell('url') !== '') item.url = cell('url');
  if (cell('title') !== '') item.title = cell('title');
  if (cell('summary') !== '') item.summary = cell('summary');
  if (cell('content_text') !== '') item.content_text = cell('content_text');
  if (cell('image') !== '') item.image = cell('image');
  for (const column of ['date_published', 'date_modified'] as const) {
    const date = readDateTime(cell(column));
    if (date?.problem) note(`${column} ${date.problem}; left out`);
    else if (date) item[column] = date.value;
  }
  const tags = readList(cell('tags'));
  if (tags) item.tags = tags;

  const regions: StateCode[] = [];
  for (const value of readList(cell('regions')) ?? []) {
    const code = readStateCode(value);
    if (code) regions.push(code);
    else note(`region "${value}" is no German state; left out`);
  }
  const members: string[] = [];
  for (const value of readList(cell('members')) ?? []) {
    if (memberIds.has(value)) members.push(value);
    else note(`member "${value}" is not an id in the members sheet; left out`);
  }
  if (regions.length > 0 || members.length > 0) {
    item._engaged_city = {};
    if (regions.length > 0) item._engaged_city.regions = regions;
    if (members.length > 0) item._engaged_city.members = members;
  }
  return item;
}
