/**
 * What the page logs (console.debug) when it is ready: the bench waits for this message rather than polling the page,
 * which would run Playwright's own script (20-60 ms) in the page while it loads, at a moment that differs from page to
 * page, and count it in the time measured.
 */
export const READY_MESSAGE = 'bench:ready';

/** What a bench page reports to scripts/bench-map.mjs on `window.bench`. */
export interface BenchProbe {
  /** Milliseconds from navigation start to ready, once ready. */
  readyAt?: number;
  /** Longest long task (ms) since `startZoom`. */
  longestTask: number;
  ready(): void;
  /** Zooms in and out again `steps` times. */
  zoom?: (steps: number) => Promise<void>;
  /** Starts recording long tasks, then zooms. */
  measureZoom(steps: number): Promise<number>;
}

declare global {
  interface Window {
    bench: BenchProbe;
  }
}

export function installBench(): BenchProbe {
  let recording = false;
  const probe: BenchProbe = {
    longestTask: 0,
    ready() {
      if (probe.readyAt !== undefined) return;
      probe.readyAt = performance.now();
      console.debug(READY_MESSAGE);
    },
    async measureZoom(steps: number) {
      probe.longestTask = 0;
      recording = true;
      await probe.zoom?.(steps);
      await new Promise((resolve) => setTimeout(resolve, 200));
      recording = false;
      return probe.longestTask;
    },
  };
  new PerformanceObserver((list) => {
    if (!recording) return;
    for (const entry of list.getEntries()) probe.longestTask = Math.max(probe.longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  window.bench = probe;
  return probe;
}
