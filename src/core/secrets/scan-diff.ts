import { type AddedChunk, DiffParser, type FilePatch } from './diff-parser.js';
import type { Finding } from './finding.js';
import type { SecretScanner } from './scanner.js';

export interface DiffScanOptions {
  /** Paths (as named in the diff) that are not to be scanned, e.g. config `ignore_paths`. */
  isPathIgnored?: (path: string) => boolean;
  onFinding: (finding: Finding) => void;
  /** Called for every file patch the diff holds, scanned or not (for counts and skips). */
  onFile?: (patch: FilePatch, skipped: 'binary' | 'deleted' | 'ignored' | undefined) => void;
  chunkChars?: number;
  overlapLines?: number;
  /** The diff's lines hold UTF-8 bytes, one character per byte (see `ScanTarget.utf8Bytes`). */
  utf8Bytes?: boolean;
}

/**
 * A diff parser wired to a scanner: only added lines are scanned, findings carry the new
 * file's line numbers and the commit, when the diff is `git log -p` output.
 */
export function createDiffScan(scanner: SecretScanner, options: DiffScanOptions): DiffParser {
  const overlapLines = options.overlapLines ?? 200;
  const skip = (patch: FilePatch) =>
    patch.binary
      ? 'binary'
      : patch.status === 'deleted'
        ? 'deleted'
        : options.isPathIgnored?.(patch.path)
          ? 'ignored'
          : undefined;
  return new DiffParser({
    ...(options.chunkChars !== undefined ? { chunkChars: options.chunkChars } : {}),
    overlapLines,
    utf8Bytes: options.utf8Bytes === true,
    onFile: (patch) => options.onFile?.(patch, skip(patch)),
    onChunk: (chunk) => {
      if (skip(chunk.patch) !== undefined) return;
      const findings = scanChunk(scanner, chunk, overlapLines, options.utf8Bytes === true);
      for (const finding of findings) options.onFinding(finding);
    },
  });
}

function scanChunk(
  scanner: SecretScanner,
  chunk: AddedChunk,
  overlapLines: number,
  utf8Bytes: boolean,
): Finding[] {
  const { lines, lineNumbers, last, patch } = chunk;
  const findings = scanner.scan({
    path: patch.path,
    text: lines.join('\n'),
    lineNumbers,
    commit: patch.commit,
    utf8Bytes,
  });
  if (last) return findings;
  // The tail of a chunk starts the next one again: what begins there is reported then, whole.
  const cutoff = lineNumbers[Math.max(0, lines.length - overlapLines)]!;
  return findings.filter((finding) => finding.line < cutoff);
}

/** Scans a whole diff held in memory; for streams, feed `createDiffScan` line by line. */
export function scanDiffText(
  scanner: SecretScanner,
  diff: string,
  options: Omit<DiffScanOptions, 'onFinding'> = {},
): Finding[] {
  const findings: Finding[] = [];
  const parser = createDiffScan(scanner, { ...options, onFinding: (finding) => findings.push(finding) });
  let start = 0;
  for (let nl = diff.indexOf('\n'); nl !== -1; nl = diff.indexOf('\n', start)) {
    parser.push(diff.slice(start, nl));
    start = nl + 1;
  }
  if (start < diff.length) parser.push(diff.slice(start));
  parser.end();
  return findings;
}
