/**
 * Long work in slices: the page runs between them (input, frames, other scripts), so that a large document does not
 * hold the main thread in one long task.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page run: `scheduler.yield()` where the browser has it (the work then goes on before other tasks), else a
 * message to itself, a task that no browser delays (timers wait at least 4 ms when nested, and about a second in a
 * tab in the background: a document would take many seconds there).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * How long one slice runs before the page gets its turn: well below the 50 ms of a long task. A setting, so that a test
 * can make every step a slice of its own (0) instead of depending on how fast the machine is.
 */
export const slicing = { ms: 20 };

/**
 * Work in steps: a generator that pauses (`yield`) where the page may take its turn, and returns the result. `finish`
 * runs every step at once; `finishInSlices` lets the page run whenever the steps since its last turn took `sliceMs`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, letting the page run between two whenever a slice has run `sliceMs` milliseconds (0: every time). */
export async function finishInSlices<T>(steps: Steps<T>, sliceMs = slicing.ms): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/** `list.map(map)` in slices (see `finishInSlices`): a step per value, never a turn after the last one. */
export function mapInSlices<T, U>(list: readonly T[], map: (value: T) => U, sliceMs = slicing.ms): Promise<U[]> {
  return finishInSlices((function* () {
    const results: U[] = [];
    for (const value of list) {
      if (results.length > 0) yield;
      results.push(map(value));
    }
    return results;
  })(), sliceMs);
}
