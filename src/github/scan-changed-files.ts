import type { Finding } from '../core/secrets/finding.js';
import { scanPatches } from '../core/secrets/scan-patches.js';
import type { SecretScanner } from '../core/secrets/scanner.js';
import type { GitHubClient, RepoRef } from './client.js';
import { getFileText } from './get-file-text.js';
import type { ChangedFile } from './list-pull-request-files.js';

export interface ChangedFilesScan {
  findings: Finding[];
  /** Files scanned through their patch or their whole content. */
  scanned: number;
  /** What the user must know: files fetched whole, skipped, or not readable. */
  notes: string[];
}

export interface ChangedFilesOptions {
  scanner: SecretScanner;
  /** The commit the files are read at when GitHub sends no patch. */
  commit: string;
  /** Set on findings: the commit that added the lines (push scans). */
  attributeTo?: string;
  isPathIgnored: (path: string) => boolean;
  maxBytes: number;
}

/**
 * Scans the added lines of changed files. GitHub leaves out the patch of large files; those are
 * read whole at the commit and scanned whole, and the note says so, because an old secret in
 * such a file is reported too.
 */
export async function scanChangedFiles(
  gh: GitHubClient,
  ref: RepoRef,
  files: readonly ChangedFile[],
  options: ChangedFilesOptions,
): Promise<ChangedFilesScan> {
  const notes: string[] = [];
  const withPatch = files.filter(
    (file) => file.status !== 'removed' && file.patch !== undefined && !options.isPathIgnored(file.filename),
  );
  const attribution = options.attributeTo ? { commit: options.attributeTo } : {};
  const findings = scanPatches(
    options.scanner,
    withPatch.map((file) => ({ path: file.filename, patch: file.patch!, ...attribution })),
  );
  let scanned = withPatch.length;
  const withoutPatch = files.filter(
    (file) => file.status !== 'removed' && file.patch === undefined && !options.isPathIgnored(file.filename),
  );
  for (const file of withoutPatch) {
    const text = await getFileText(gh, ref, file.filename, options.commit);
    if (text === undefined) {
      notes.push(
        `\`${file.filename}\` could not be read at ${options.commit.slice(0, 7)}; it was not scanned.`,
      );
    } else if (text.length > options.maxBytes) {
      notes.push(`\`${file.filename}\` is larger than secrets.max_file_size_kb; it was not scanned.`);
    } else if (text.slice(0, 8000).includes('\0')) {
      // Binary content: nothing a line annotation could point at.
    } else {
      scanned++;
      findings.push(...options.scanner.scan({ path: file.filename, text, ...attribution }));
      notes.push(`GitHub sent no diff for \`${file.filename}\` (too large); the whole file was scanned.`);
    }
  }
  return { findings, scanned, notes };
}
