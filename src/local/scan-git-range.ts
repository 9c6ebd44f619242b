import { spawn } from 'node:child_process';
import type { FilePatch } from '../core/secrets/diff-parser.js';
import type { Finding } from '../core/secrets/finding.js';
import { createDiffScan } from '../core/secrets/scan-diff.js';
import type { SecretScanner } from '../core/secrets/scanner.js';
import { readLines } from './read-lines.js';

export interface GitRangeScan {
  findings: Finding[];
  commits: number;
  files: number;
  bytes: number;
  skipped: Array<{ patch: FilePatch; reason: string }>;
}

/**
 * Scans the lines each commit of `range` added (`git log -p`), so a secret added and removed
 * later is still found, with the commit that added it.
 */
export async function scanGitRange(
  scanner: SecretScanner,
  range: string,
  cwd: string,
  isPathIgnored?: (path: string) => boolean,
): Promise<GitRangeScan> {
  if (range.startsWith('-')) throw new Error(`--git takes a revision range, not an option: ${range}`);
  const result: GitRangeScan = { findings: [], commits: 0, files: 0, bytes: 0, skipped: [] };
  const commits = new Set<string>();
  const parser = createDiffScan(scanner, {
    isPathIgnored,
    utf8Bytes: true,
    onFinding: (finding) => result.findings.push(finding),
    onFile: (patch, skipped) => {
      if (patch.commit) commits.add(patch.commit);
      if (skipped === 'binary' || skipped === 'ignored') result.skipped.push({ patch, reason: skipped });
      else if (skipped === undefined) result.files++;
    },
  });
  const git = spawn(
    'git',
    ['log', '-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--format=commit %H', range, '--'],
    { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  git.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number>((resolve, reject) => {
    git.on('error', (error) => reject(new Error(`could not run git: ${error.message}`)));
    git.on('close', (code) => resolve(code ?? 1));
  });
  result.bytes = await readLines(git.stdout, (line) => parser.push(line), 'latin1');
  parser.end();
  const code = await exited;
  if (code !== 0)
    throw new Error(`git log ${range} failed: ${stderr.trim().split('\n')[0] ?? `exit ${code}`}`);
  result.commits = commits.size;
  return result;
}
