/** Thrown by `readBody` when a body is longer than its limit. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
  readonly limit: number;

  constructor(limit: number) {
    super(`The response is larger than ${limit} bytes`);
    this.limit = limit;
  }
}

function cancelQuietly(stream: ReadableStream<Uint8Array> | null, reason?: unknown): void {
  if (stream && !stream.locked) stream.cancel(reason).catch(() => {});
}

function concatenate(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a response body into one `Uint8Array`, never holding more than `limit` bytes: it rejects with a
 * `BodyTooLargeError` before reading when `Content-Length` announces more, and stops reading (and cancels the stream)
 * as soon as the bytes received pass the limit. When `signal` aborts, it cancels the stream and rejects with the
 * signal's reason. A stream that fails mid-body rejects with the stream's error.
 */
export async function readBody(
  response: Response,
  { limit, signal }: { limit: number; signal?: AbortSignal },
): Promise<Uint8Array> {
  signal?.throwIfAborted();
  const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declaredLength > limit) {
    cancelQuietly(response.body);
    throw new BodyTooLargeError(limit);
  }
  if (!response.body) return new Uint8Array(0);

  const reader = response.body.getReader();
  const cancelOnAbort = (): void => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener('abort', cancelOnAbort, { once: true });
  try {
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) return concatenate(chunks, length);
      if (!(value instanceof Uint8Array)) throw new TypeError('The response body is not a byte stream');
      length += value.byteLength;
      if (length > limit) {
        reader.cancel().catch(() => {});
        throw new BodyTooLargeError(limit);
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener('abort', cancelOnAbort);
  }
}
