import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A regular file under a folder: its absolute path, its `/`-separated path from `root`, and size. */
export interface ListedFile {
  absolutePath: string;
  path: string;
  bytes: number;
}

/** Every regular file under `folders` (relative to `root`), in a stable, sorted order. */
export function listFiles(root: string, folders: readonly string[]): ListedFile[] {
  const out: ListedFile[] = [];
  for (const folder of folders) {
    const entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const absolutePath = join(entry.parentPath, entry.name);
      out.push({
        absolutePath,
        path: relative(root, absolutePath).split(sep).join('/'),
        bytes: statSync(absolutePath).size,
      });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
