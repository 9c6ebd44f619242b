// Worker entry: scans batches of files posted by scan-files.ts, one file at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import { type FileBatch, scanBatch } from './scan-batch.js';

const { disabledRules } = workerData as { disabledRules: string[] };
const scanner = createScanner(selectRules(disabledRules));

parentPort!.on('message', (batch: FileBatch) => {
  parentPort!.postMessage(scanBatch(scanner, batch));
});
