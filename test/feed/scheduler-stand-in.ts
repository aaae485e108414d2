/** The browser's `scheduler` replaced for a test: how often reading in slices let the page run, or a browser without it. */

/** Runs `act` with `globalThis.scheduler` replaced by `scheduler` (`undefined`: as in browsers without it). */
export async function withScheduler<T>(scheduler: unknown, act: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'scheduler');
  Object.defineProperty(globalThis, 'scheduler', { value: scheduler, configurable: true, writable: true });
  try {
    return await act();
  } finally {
    if (own) Object.defineProperty(globalThis, 'scheduler', own);
    else delete (globalThis as { scheduler?: unknown }).scheduler;
  }
}

/** Counts the times `act` let the page run, as `scheduler.yield()` calls. */
export async function yieldsDuring(act: () => Promise<unknown>): Promise<number> {
  let yields = 0;
  await withScheduler({ yield: () => (yields++, Promise.resolve()) }, act);
  return yields;
}
