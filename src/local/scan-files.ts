import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SecretsConfig } from '../core/config/secrets-config.schema.js';
import type { SkippedFile } from '../core/report/scan-report.js';
import type { Finding } from '../core/secrets/finding.js';
import { createScanner, type SecretScanner } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import { type BatchResult, type FileBatch, scanBatch } from './scan-batch.js';
import { type WalkedFile, walkFiles } from './walk-files.js';

export interface FileScanOptions {
  config: SecretsConfig;
  /** Base directory that relative paths in findings start from. */
  cwd: string;
  gitignore: boolean;
  /**
   * Threads for large scans: this one and `jobs - 1` workers; 1 scans in this thread only.
   * Default: every core.
   */
  jobs?: number;
  isIgnored?: (path: string) => boolean;
  onProgress?: (progress: { files: number; bytes: number }) => void;
}

export interface FileScanResult {
  findings: Finding[];
  skipped: SkippedFile[];
  files: number;
  bytes: number;
}

/** Fewer files than this are scanned in this thread: starting workers would cost more. */
const INLINE_LIMIT = 256;
const BATCH_FILES = 32;
const WORKER_URL = new URL('./scan-worker.js', import.meta.url);

/**
 * Scans files and folders (recursively, honouring `.gitignore`), spreading large scans over
 * this thread and worker threads, one per other core. Each thread holds one file at a time, so
 * memory does not grow with the tree.
 */
export async function scanFiles(
  targets: readonly string[],
  options: FileScanOptions,
): Promise<FileScanResult> {
  const maxBytes = options.config.max_file_size_kb * 1024;
  const total: FileScanResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  const add = (result: BatchResult) => {
    total.findings.push(...result.findings);
    total.skipped.push(...result.skipped);
    total.files += result.files;
    total.bytes += result.bytes;
    options.onProgress?.({ files: total.files, bytes: total.bytes });
  };
  const onIgnored = (path: string) =>
    total.skipped.push({ path, reason: 'ignored', detail: 'secrets.ignore_paths' });

  const files = listFiles(targets, options, onIgnored);
  // Read ahead by hand: breaking out of `for ... of` would close the walk for good.
  const head: WalkedFile[] = [];
  while (head.length <= INLINE_LIMIT) {
    const next = files.next();
    if (next.done) break;
    head.push(next.value);
  }
  const jobs = options.jobs ?? availableParallelism();
  const scanner = createScanner(selectRules(options.config.disable_rules));
  const batches = batchesOf(head, files, maxBytes);
  if (head.length <= INLINE_LIMIT || jobs <= 1 || !existsSync(WORKER_URL)) {
    for (let batch = batches(); batch; batch = batches()) add(scanBatch(scanner, batch));
    return total;
  }
  // After a failure the other threads stop at their next batch instead of scanning on unseen.
  let failed = false;
  const nextBatch = () => (failed ? undefined : batches());
  const workers = Array.from(
    { length: jobs - 1 },
    () => new Worker(WORKER_URL, { workerData: { disabledRules: options.config.disable_rules } }),
  );
  try {
    await Promise.all([
      ...workers.map((worker) => keepBusy(worker, nextBatch, add)),
      scanHere(scanner, nextBatch, add),
    ]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return total;
}

/** Hands out the walked files in batches, reading the walk only as far as it needs. */
function batchesOf(
  head: WalkedFile[],
  rest: Generator<WalkedFile>,
  maxBytes: number,
): () => FileBatch | undefined {
  const pending = [...head];
  let walking = true;
  return () => {
    while (walking && pending.length < BATCH_FILES) {
      const next = rest.next();
      if (next.done) walking = false;
      else pending.push(next.value);
    }
    const files = pending.splice(0, BATCH_FILES);
    return files.length > 0 ? { files, maxBytes } : undefined;
  };
}

/**
 * This thread scans batches too, rather than wait on the workers: on two cores, one thread
 * walking and two scanning only took turns. Between batches it yields, so the workers'
 * results come in and their next batches go out.
 */
async function scanHere(
  scanner: SecretScanner,
  nextBatch: () => FileBatch | undefined,
  add: (result: BatchResult) => void,
): Promise<void> {
  for (let batch = nextBatch(); batch; batch = nextBatch()) {
    add(scanBatch(scanner, batch));
    await new Promise((resolveYield) => setImmediate(resolveYield));
  }
}

/**
 * Keeps two batches queued on `worker`, so it starts the next one while this thread is busy
 * scanning and cannot answer at once. Results come back in the order the batches went out.
 */
function keepBusy(
  worker: Worker,
  nextBatch: () => FileBatch | undefined,
  add: (result: BatchResult) => void,
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let inFlight = 0;
    const stop = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const post = () => {
      const batch = nextBatch();
      if (batch) {
        inFlight++;
        worker.postMessage(batch);
      } else if (inFlight === 0) {
        stop();
        resolvePromise();
      }
    };
    const onMessage = (result: BatchResult) => {
      inFlight--;
      add(result);
      post();
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    post();
    post();
  });
}

function* listFiles(
  targets: readonly string[],
  options: FileScanOptions,
  onIgnored: (path: string) => void,
): Generator<WalkedFile> {
  for (const target of targets) {
    const absolute = resolve(options.cwd, target);
    const stats = statSync(absolute); // throws ENOENT: the CLI turns it into a clear message
    const display = target === '.' ? '' : target.replace(/^\.\//, '').replace(/\/+$/, '');
    if (stats.isDirectory()) {
      // `ignore_paths` are relative to the folder scanned, whatever prefix findings carry.
      const withinRoot = (path: string) => (display === '' ? path : path.slice(display.length + 1));
      const isIgnored = options.isIgnored;
      yield* walkFiles(absolute, display, {
        gitignore: options.gitignore,
        ...(isIgnored ? { isIgnored: (path: string) => isIgnored(withinRoot(path)) } : {}),
        onIgnored,
      });
    } else if (options.isIgnored?.(basename(absolute))) {
      onIgnored(display);
    } else {
      yield { absolutePath: absolute, path: display || basename(absolute) };
    }
  }
}
