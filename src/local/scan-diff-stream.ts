import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { SkippedFile } from '../core/report/scan-report.js';
import type { Finding } from '../core/secrets/finding.js';
import { createDiffScan } from '../core/secrets/scan-diff.js';
import type { SecretScanner } from '../core/secrets/scanner.js';
import { openInput, readLines } from './read-lines.js';

/** Scans the added lines of a unified diff read from a file or (`-`) standard input. */
export async function scanDiffStream(
  scanner: SecretScanner,
  source: string,
  io: { stdin: Readable; cwd: string },
  isPathIgnored?: (path: string) => boolean,
): Promise<{ findings: Finding[]; skipped: SkippedFile[]; files: number; bytes: number }> {
  const findings: Finding[] = [];
  const skipped: SkippedFile[] = [];
  let files = 0;
  const parser = createDiffScan(scanner, {
    isPathIgnored,
    utf8Bytes: true,
    onFinding: (finding) => findings.push(finding),
    onFile: (patch, skip) => {
      if (skip === 'binary' || skip === 'ignored') skipped.push({ path: patch.path, reason: skip });
      else if (skip === undefined) files++;
    },
  });
  const input = openInput(source === '-' ? '-' : resolve(io.cwd, source), io.stdin);
  const bytes = await new Promise<number>((resolve, reject) => {
    input.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`cannot read diff ${source}: ${error.code ?? error.message}`)),
    );
    readLines(input, (line) => parser.push(line), 'latin1').then(resolve, reject);
  });
  parser.end();
  return { findings, skipped, files, bytes };
}
