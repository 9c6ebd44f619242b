import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** A file found under a scan root. */
export interface WalkedFile {
  absolutePath: string;
  /** Relative to the root the user named, `/`-separated: how findings name it. */
  path: string;
}

export interface WalkOptions {
  /** Honour `.gitignore` files (and skip `.git/`); on by default, as users expect. */
  gitignore: boolean;
  /** Extra exclusion on the relative path (config `ignore_paths`). */
  isIgnored?: (path: string) => boolean;
  onIgnored?: (path: string) => void;
}

interface IgnoreScope {
  base: string;
  rules: Ignore;
}

/**
 * Every regular file under `root` (or `root` itself when it is a file), depth first in a stable
 * order, skipping what `.gitignore` files at any level exclude. Synchronous on purpose: the scan
 * that consumes it is synchronous work per file, and an asynchronous walk spent more time
 * waiting on the thread pool and resuming generators than reading folders.
 */
export function* walkFiles(root: string, displayRoot: string, options: WalkOptions): Generator<WalkedFile> {
  const display = displayRoot === '' ? '' : posix.normalize(toPosix(displayRoot)).replace(/\/+$/, '');
  yield* walkDirectory(resolve(root), display === '.' ? '' : display, [], options);
}

function* walkDirectory(
  directory: string,
  displayRoot: string,
  parentScopes: IgnoreScope[],
  options: WalkOptions,
): Generator<WalkedFile> {
  const entries = readdirSync(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let scopes = parentScopes;
  if (options.gitignore && entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
    const rules = ignore().add(readFileSync(join(directory, '.gitignore'), 'utf8'));
    scopes = [...parentScopes, { base: directory, rules }];
  }
  // Paths are built by concatenation, not `join`/`relative`: the parts are already normal (an
  // absolute folder, a display root normalised once, entry names without separators), and on
  // a tree of thousands of folders the path module's normalising showed in the profile.
  const folderPrefix = directory.endsWith(sep) ? directory : directory + sep;
  for (const entry of entries) {
    const absolutePath = folderPrefix + entry.name;
    const isDirectory = entry.isDirectory();
    if (!isDirectory && !entry.isFile()) continue; // sockets, fifos, links: not source
    if (options.gitignore && isDirectory && entry.name === '.git') continue;
    if (
      scopes.some((scope) =>
        scope.rules.ignores(toPosix(relative(scope.base, absolutePath)) + (isDirectory ? '/' : '')),
      )
    ) {
      continue;
    }
    const path = displayRoot === '' ? entry.name : `${displayRoot}/${entry.name}`;
    if (options.isIgnored?.(isDirectory ? `${path}/` : path)) {
      options.onIgnored?.(path);
      continue;
    }
    if (isDirectory) yield* walkDirectory(absolutePath, path, scopes, options);
    else yield { absolutePath, path };
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
