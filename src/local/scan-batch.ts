import type { SkippedFile } from '../core/report/scan-report.js';
import type { Finding } from '../core/secrets/finding.js';
import type { SecretScanner } from '../core/secrets/scanner.js';
import { readSourceFile } from './read-source-file.js';
import type { WalkedFile } from './walk-files.js';

export interface FileBatch {
  files: WalkedFile[];
  maxBytes: number;
}

export interface BatchResult {
  findings: Finding[];
  skipped: SkippedFile[];
  files: number;
  bytes: number;
}

/** Reads and scans each file of the batch in turn; the same code runs inline and in workers. */
export function scanBatch(scanner: SecretScanner, batch: FileBatch): BatchResult {
  const result: BatchResult = { findings: [], skipped: [], files: 0, bytes: 0 };
  for (const file of batch.files) {
    const source = readSourceFile(file.absolutePath, file.path, batch.maxBytes);
    if ('skipped' in source) {
      result.skipped.push(source.skipped);
      continue;
    }
    result.files++;
    result.bytes += source.bytes;
    const target = { path: file.path, text: source.text, utf8Bytes: source.utf8Bytes };
    for (const finding of scanner.scan(target)) result.findings.push(finding);
  }
  return result;
}
