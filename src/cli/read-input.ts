/** Reading the files and URLs the commands are given. */
import { readFile } from 'node:fs/promises';
import { decodeText } from '../feed/decode-text.js';
import { DEFAULT_TIMEOUT, fetchDocument } from '../feed/fetch-document.js';
import { usageError } from './exit-codes.js';

/** The bytes of a file; a file that cannot be read is a usage error (exit 2). */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw usageError(`cannot read ${path}: ${reason}`);
  }
}

/** True when `source` is an http(s) URL rather than a path. */
export function isHttpUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * The text of a feed from a file or an http(s) URL, and the URL it came from (to resolve relative URLs). URLs are fetched
 * like the widgets fetch them: timeout, size cap, one retry; failures are FeedErrors (`http`, `network`, `timeout`, `too-large`).
 */
export async function readFeedText(source: string, timeout = DEFAULT_TIMEOUT): Promise<{ text: string; url?: string }> {
  if (isHttpUrl(source)) {
    const fetched = await fetchDocument(source, { signal: new AbortController().signal, timeout: () => timeout });
    return { text: decodeText(fetched), url: fetched.url };
  }
  return { text: decodeText({ bytes: await readInputFile(source), contentType: '' }) };
}
