import { cleanLine, isLongerThan } from './clean-text.js';
import { fieldPath, isJsonObject, isStateCode, ownValue, SLUG, type FieldReader, type JsonObject } from './field-reader.js';
import { LIST_LIMITS, MAX_ITEM_ID_LENGTH, TEXT_LIMITS } from './limits.js';
import { readLanguage } from './language-tag.js';
import type { Author, FeedItem, ItemAbout, StateCode } from './types.js';

/**
 * Reads one entry of `items`: a JSON Feed item, optionally with `_engaged_city: { regions, members }`. Returns
 * `undefined`, with a warning, when the entry has to be dropped (not an object, no usable `id`). Duplicate ids are the
 * caller's business.
 */
export function readItem(reader: FieldReader, entry: unknown, path: string): FeedItem | undefined {
  const drop = (reason: string): undefined => {
    reader.warn('invalid-entry', path, `Item dropped: ${reason}.`);
    return undefined;
  };
  if (!isJsonObject(entry)) return drop('not an object');
  const rawId = ownValue(entry, 'id');
  let id: string;
  if (typeof rawId === 'string') {
    id = cleanLine(rawId);
  } else if (typeof rawId === 'number' && Number.isFinite(rawId)) {
    id = String(rawId);
    reader.warn('repaired', fieldPath(path, 'id'), 'Numeric id (JSON Feed 1.0) converted to a string.');
  } else {
    return drop('"id" is missing or neither a string nor a number');
  }
  if (id === '') return drop('"id" is empty');
  if (isLongerThan(id, MAX_ITEM_ID_LENGTH)) return drop(`"id" is longer than ${MAX_ITEM_ID_LENGTH} characters`);

  const item: FeedItem = { id };
  const url = reader.readUrl(entry, 'url', path);
  if (url !== undefined) item.url = url;
  const externalUrl = reader.readUrl(entry, 'external_url', path);
  if (externalUrl !== undefined) item.external_url = externalUrl;
  const title = reader.readText(entry, 'title', path, TEXT_LIMITS.title);
  if (title !== undefined) item.title = title;
  const summary = reader.readText(entry, 'summary', path, TEXT_LIMITS.description, true);
  if (summary !== undefined) item.summary = summary;
  const contentText = reader.readText(entry, 'content_text', path, TEXT_LIMITS.content, true);
  if (contentText !== undefined) item.content_text = contentText;
  // Kept as text: no reader ever inserts it as HTML, so it is cleaned like any multi-line text, not sanitised.
  const contentHtml = reader.readText(entry, 'content_html', path, TEXT_LIMITS.content, true);
  if (contentHtml !== undefined) item.content_html = contentHtml;
  const image = reader.readUrl(entry, 'image', path);
  if (image !== undefined) item.image = image;
  const bannerImage = reader.readUrl(entry, 'banner_image', path);
  if (bannerImage !== undefined) item.banner_image = bannerImage;
  const published = reader.readDate(entry, 'date_published', path, 'date-time');
  if (published !== undefined) item.date_published = published;
  const modified = reader.readDate(entry, 'date_modified', path, 'date-time');
  if (modified !== undefined) item.date_modified = modified;
  const authors = readAuthors(reader, entry, path);
  if (authors !== undefined) item.authors = authors;
  const tags = reader.readTextList(entry, 'tags', path, { maxEntries: LIST_LIMITS.tags, maxLength: TEXT_LIMITS.tag });
  if (tags !== undefined) item.tags = tags;
  const language = readLanguage(reader, entry, path);
  if (language !== undefined) item.language = language;
  const about = readAbout(reader, entry, path);
  if (about !== undefined) item._engaged_city = about;
  return item;
}

/** `authors` (JSON Feed 1.1), or else the JSON Feed 1.0 `author` object, converted to a list of one. */
function readAuthors(reader: FieldReader, entry: JsonObject, path: string): Author[] | undefined {
  if (ownValue(entry, 'authors') === undefined && ownValue(entry, 'author') !== undefined) {
    const authorPath = fieldPath(path, 'author');
    const author = readAuthor(reader, ownValue(entry, 'author'), authorPath);
    if (author === undefined) return undefined;
    reader.warn('repaired', authorPath, 'JSON Feed 1.0 "author" converted to "authors".');
    return [author];
  }
  const list = reader.readList(entry, 'authors', path);
  if (list === undefined) return undefined;
  const at = fieldPath(path, 'authors');
  reader.warnListTooLong(at, list.length, LIST_LIMITS.authors);
  const authors: Author[] = [];
  const length = Math.min(list.length, LIST_LIMITS.authors);
  for (let index = 0; index < length; index++) {
    const author = readAuthor(reader, list[index], `${at}[${index}]`);
    if (author !== undefined) authors.push(author);
  }
  return authors;
}

/** An author with at least one of `name`, `url`, `avatar`. */
function readAuthor(reader: FieldReader, entry: unknown, path: string): Author | undefined {
  if (!isJsonObject(entry)) {
    reader.warn('invalid-entry', path, 'Author dropped: not an object.');
    return undefined;
  }
  const author: Author = {};
  const name = reader.readText(entry, 'name', path, TEXT_LIMITS.name);
  if (name !== undefined) author.name = name;
  const url = reader.readUrl(entry, 'url', path);
  if (url !== undefined) author.url = url;
  const avatar = reader.readUrl(entry, 'avatar', path);
  if (avatar !== undefined) author.avatar = avatar;
  if (name === undefined && url === undefined && avatar === undefined) {
    reader.warn('invalid-entry', path, 'Author dropped: no "name", "url" or "avatar".');
    return undefined;
  }
  return author;
}

/** The item's `_engaged_city`: the state codes and member ids it is about, without repeats. */
function readAbout(reader: FieldReader, entry: JsonObject, path: string): ItemAbout | undefined {
  const value = ownValue(entry, '_engaged_city');
  if (value === undefined) return undefined;
  const at = fieldPath(path, '_engaged_city');
  if (!isJsonObject(value)) return reader.leftOut('wrong-type', at, 'is not an object');
  const about: ItemAbout = {};
  const regions = readCodes(reader, value, at, 'regions', isStateCode, 'the ISO 3166-2 code of a German state');
  if (regions !== undefined) about.regions = regions as StateCode[];
  const members = readCodes(reader, value, at, 'members', (id) => SLUG.test(id), 'a member id (slug)');
  if (members !== undefined) about.members = members;
  return about;
}

function readCodes(
  reader: FieldReader, source: JsonObject, path: string, key: string, isValid: (code: string) => boolean, expected: string,
): string[] | undefined {
  const list = reader.readList(source, key, path);
  if (list === undefined) return undefined;
  const at = fieldPath(path, key);
  const codes: string[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index++) {
    const value = list[index];
    const code = typeof value === 'string' ? cleanLine(value) : undefined;
    if (code === undefined || !isValid(code)) {
      reader.warn('invalid-value', `${at}[${index}]`, `Entry is not ${expected}; dropped.`);
    } else if (seen.has(code)) {
      reader.warn('invalid-entry', `${at}[${index}]`, 'Repeated entry dropped.');
    } else {
      seen.add(code);
      codes.push(code);
    }
  }
  return codes;
}
