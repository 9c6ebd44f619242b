import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SecretsConfig } from '../core/config/secrets-config.schema.js';
import type { SkippedFile } from '../core/report/scan-report.js';
import type { Finding } from '../core/secrets/finding.js';
import { createScanner } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import { type BatchResult, type FileBatch, scanBatch } from './scan-batch.js';
import { type WalkedFile, walkFiles } from './walk-files.js';

export interface FileScanOptions {
  config: SecretsConfig;
  /** Base directory that relative paths in findings start from. */
  cwd: string;
  gitignore: boolean;
  /** Worker threads for large scans; 1 scans in this thread. Default: every core. */
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
 * worker threads. Each worker holds one file at a time, so memory does not grow with the tree.
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
  if (head.length <= INLINE_LIMIT || jobs <= 1 || !existsSync(WORKER_URL)) {
    const scanner = createScanner(selectRules(options.config.disable_rules));
    for (let i = 0; i < head.length; i += BATCH_FILES)
      add(scanBatch(scanner, { files: head.slice(i, i + BATCH_FILES), maxBytes }));
    for (const file of files) add(scanBatch(scanner, { files: [file], maxBytes }));
    return total;
  }
  await runPool(jobs, options.config.disable_rules, maxBytes, head, files, add);
  return total;
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

async function runPool(
  jobs: number,
  disabledRules: string[],
  maxBytes: number,
  head: WalkedFile[],
  rest: Generator<WalkedFile>,
  add: (result: BatchResult) => void,
): Promise<void> {
  const workers = Array.from(
    { length: jobs },
    () => new Worker(WORKER_URL, { workerData: { disabledRules } }),
  );
  const pending = [...head];
  let walking = true;
  const nextBatch = (): FileBatch | undefined => {
    while (walking && pending.length < BATCH_FILES) {
      const next = rest.next();
      if (next.done) walking = false;
      else pending.push(next.value);
    }
    const files = pending.splice(0, BATCH_FILES);
    return files.length > 0 ? { files, maxBytes } : undefined;
  };
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let batch = nextBatch(); batch; batch = nextBatch()) {
          add(await send(worker, batch));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function send(worker: Worker, batch: FileBatch): Promise<BatchResult> {
  return new Promise((resolvePromise, reject) => {
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    const onMessage = (result: BatchResult) => {
      worker.off('error', onError);
      resolvePromise(result);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(batch);
  });
}
