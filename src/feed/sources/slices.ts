/**
 * Long work in slices: the page runs between them (input, frames, other scripts), so that a large document does not
 * hold the main thread in one long task.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Lets the page run: `scheduler.yield()` where the browser has it (the work then goes on before other tasks), else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice runs before the page gets its turn: well below the 50 ms of a long task. */
export const SLICE_MS = 20;

/** `list.map(map)`, yielding to the page whenever a slice has run `sliceMs` milliseconds (0: after every value). */
export async function mapInSlices<T, U>(list: readonly T[], map: (value: T) => U, sliceMs = SLICE_MS): Promise<U[]> {
  const results: U[] = [];
  let sliceStart = performance.now();
  for (const value of list) {
    results.push(map(value));
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return results;
}
