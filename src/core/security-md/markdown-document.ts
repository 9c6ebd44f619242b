/** What a block of SECURITY.md is; tables also give one `table-row` unit per row. */
export type TextUnitKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** A heading and where it is. */
export interface Heading {
  level: number;
  text: string;
  line: number;
}

/**
 * A paragraph, list item, heading or table row, with code blocks and HTML comments already gone
 * (readers do not see comments; code is an example, not a promise).
 */
export interface TextUnit {
  kind: TextUnitKind;
  /** As a reader sees it: markdown and HTML removed, whitespace collapsed, lines joined by a space. */
  text: string;
  /** The markdown of each source line: for slots that plain text would drop (`<your-email>`). */
  rawLines: readonly { text: string; line: number }[];
  /** Where each source line starts in `text`, ascending. */
  lineStarts: readonly { offset: number; line: number }[];
  /** The headings above the unit, outermost first. */
  headings: readonly Heading[];
}

/** A markdown table, cells already in plain text. */
export interface MarkdownTable {
  header: string[];
  headerLine: number;
  rows: { line: number; cells: string[]; rawCells: string[] }[];
  headings: readonly Heading[];
}

/** SECURITY.md split into what the finders read. */
export interface MarkdownDocument {
  units: TextUnit[];
  tables: MarkdownTable[];
}

/** The 1-based source line of an offset in a unit's plain text (binary search: units can be long). */
export function lineAt(unit: TextUnit, offset: number): number {
  const starts = unit.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle]?.offset ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return starts[low]?.line ?? 1;
}
