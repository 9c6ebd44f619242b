/** Peak memory of one phase, in MB (10^6 bytes). */
export interface MemoryPeak {
  /** RSS when the phase started (after a GC, when `--expose-gc` is on). */
  baselineRssMB: number;
  /** Highest RSS seen: the whole process, worker threads included. */
  peakRssMB: number;
  /** Highest V8 heap in use on the main thread (worker heaps are not in it). */
  peakHeapUsedMB: number;
  samples: number;
}

const INTERVAL_MS = 50;
const MB = 1_000_000;

/**
 * Samples `process.memoryUsage()` every 50 ms. A synchronous scan can starve the timer, so the
 * phase also calls `sample()` from its progress callback; that one is throttled to 50 ms too.
 */
export class MemorySampler {
  #timer: NodeJS.Timeout | undefined;
  #last = 0;
  #peak: MemoryPeak = { baselineRssMB: 0, peakRssMB: 0, peakHeapUsedMB: 0, samples: 0 };

  start(): void {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss } = process.memoryUsage();
    this.#peak = { baselineRssMB: rss / MB, peakRssMB: rss / MB, peakHeapUsedMB: 0, samples: 0 };
    this.#take();
    this.#timer = setInterval(() => this.#take(), INTERVAL_MS);
  }

  /** A sample if the last one is at least 50 ms old. */
  sample(): void {
    if (performance.now() - this.#last >= INTERVAL_MS) this.#take();
  }

  stop(): MemoryPeak {
    clearInterval(this.#timer);
    this.#take();
    return { ...this.#peak };
  }

  #take(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.#last = performance.now();
    this.#peak.samples++;
    this.#peak.peakRssMB = Math.max(this.#peak.peakRssMB, rss / MB);
    this.#peak.peakHeapUsedMB = Math.max(this.#peak.peakHeapUsedMB, heapUsed / MB);
  }
}
