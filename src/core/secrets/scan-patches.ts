import type { Finding } from './finding.js';
import { createDiffScan } from './scan-diff.js';
import type { SecretScanner } from './scanner.js';

/** A file's change as the GitHub API gives it: a hunk-only `patch`, no file headers. */
export interface FilePatchText {
  path: string;
  patch: string;
  commit?: string;
}

/** Scans the added lines of API patches (pull request files, commit files). */
export function scanPatches(
  scanner: SecretScanner,
  patches: Iterable<FilePatchText>,
  isPathIgnored?: (path: string) => boolean,
): Finding[] {
  const findings: Finding[] = [];
  const parser = createDiffScan(scanner, { isPathIgnored, onFinding: (finding) => findings.push(finding) });
  for (const { path, patch, commit } of patches) {
    parser.beginFile({ path, status: 'modified', binary: false, ...(commit ? { commit } : {}) });
    for (const line of patch.split('\n')) parser.push(line);
  }
  parser.end();
  return findings;
}
