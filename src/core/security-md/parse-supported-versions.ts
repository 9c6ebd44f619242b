import type { MarkdownTable } from './markdown-document.js';
import { SUPPORT_HEADER, VERSION_HEADER, VERSION_MARK, VERSION_WORD } from './patterns.js';
import type { SupportedVersions } from './security-policy.js';

/**
 * The supported-versions table: the first table with a version column and a support column
 * (or a column of ✅/❌ marks). A row is supported on ✅, ✔, `:white_check_mark:`, "yes",
 * "supported", "LTS", ⚠️ or "security fixes only"; unsupported on ❌, `:x:`, "no", "EOL",
 * "end of life", "deprecated". Rows whose status says neither are left out. `null` without
 * such a table.
 */
export function parseSupportedVersions(tables: readonly MarkdownTable[]): SupportedVersions | null {
  for (const table of tables) {
    const columns = findColumns(table);
    if (!columns) continue;
    const result: SupportedVersions = { supported: [], unsupported: [] };
    for (const row of table.rows) {
      const version = (row.cells[columns.version] ?? '').trim();
      if (!version || /^[-.…\s]+$/.test(version)) continue;
      const status = classify(row.rawCells[columns.status] ?? '', row.cells[columns.status] ?? '');
      if (status === 'supported') result.supported.push(version);
      else if (status === 'unsupported') result.unsupported.push(version);
    }
    return result;
  }
  return null;
}

function findColumns(table: MarkdownTable): { version: number; status: number } | null {
  const version = table.header.findIndex((cell) => VERSION_HEADER.test(cell));
  if (version < 0) return null;
  let status = table.header.findIndex((cell, index) => index !== version && SUPPORT_HEADER.test(cell));
  if (status < 0) {
    // A header such as "| Version | |": take the column whose cells carry the marks.
    status = table.header.findIndex(
      (_cell, index) =>
        index !== version && table.rows.some((row) => VERSION_MARK.test(row.rawCells[index] ?? '')),
    );
  }
  return status < 0 ? null : { version, status };
}

function classify(raw: string, plain: string): 'supported' | 'unsupported' | null {
  const mark = VERSION_MARK.exec(raw) ?? VERSION_MARK.exec(plain);
  if (mark?.[1] || mark?.[3]) return 'supported';
  if (mark?.[2]) return 'unsupported';
  const word = VERSION_WORD.exec(plain);
  if (word?.[1]) return 'unsupported';
  if (word?.[2]) return 'supported';
  const trimmed = plain.trim().toLowerCase();
  if (trimmed === 'y') return 'supported';
  if (trimmed === 'n') return 'unsupported';
  return null;
}
