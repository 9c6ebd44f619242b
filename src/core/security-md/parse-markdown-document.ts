import type {
  Heading,
  MarkdownDocument,
  MarkdownTable,
  TextUnit,
  TextUnitKind,
} from './markdown-document.js';
import { ALERT_MARKER, LINE_BREAK, LIST_MARKER, TASK_BOX } from './patterns.js';
import { toPlainText } from './to-plain-text.js';

/**
 * At most this many characters are read: GitHub's contents API inlines files up to 1 MB, and a
 * bound here bounds every later pass.
 */
export const MAX_INPUT_CHARS = 1_048_576;

/** Longer lines are read up to this length; no real SECURITY.md line comes close. */
export const MAX_LINE_CHARS = 8192;

interface OpenUnit {
  kind: TextUnitKind;
  lines: { raw: string; line: number }[];
  headings: readonly Heading[];
}

/**
 * Splits SECURITY.md into headings, paragraphs, list items and tables, the way GitHub renders
 * it: fenced code and HTML comments are dropped, blockquote markers removed, setext headings
 * recognised. One pass over the lines; no regular expression runs on more than one line.
 */
export function parseMarkdownDocument(markdown: string): MarkdownDocument {
  const lines = markdown.slice(0, MAX_INPUT_CHARS).split(LINE_BREAK);
  const units: TextUnit[] = [];
  const tables: MarkdownTable[] = [];
  let headings: Heading[] = [];
  let open: OpenUnit | null = null;
  let table: MarkdownTable | null = null;
  let fence: string | null = null;
  let inComment = false;

  const flush = (): void => {
    if (open) units.push(toUnit(open));
    open = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    let line = (lines[index] ?? '').slice(0, MAX_LINE_CHARS);

    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      line = line.slice(end + 3);
      inComment = false;
    }
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const uncommented = removeComments(line);
    line = uncommented.text;
    inComment = uncommented.opensComment;
    line = stripBlockquote(line);

    const openingFence = fenceOf(line);
    if (openingFence) {
      flush();
      table = null;
      fence = openingFence;
      continue;
    }
    if (!line.trim()) {
      flush();
      table = null;
      continue;
    }

    if (table) {
      if (line.includes('|')) {
        const rawCells = splitRow(line);
        const cells = rawCells.map(toPlainText);
        table.rows.push({ line: lineNumber, cells, rawCells });
        units.push(
          toUnit({ kind: 'table-row', lines: [{ raw: rawCells.join(' | '), line: lineNumber }], headings }),
        );
        continue;
      }
      table = null;
    }
    if (line.includes('|') && isDelimiterRow(stripBlockquote(lines[index + 1] ?? ''))) {
      flush();
      table = { header: splitRow(line).map(toPlainText), headerLine: lineNumber, rows: [], headings };
      tables.push(table);
      index++;
      continue;
    }

    const heading = atxHeading(line);
    if (heading) {
      flush();
      headings = [...headings.filter((h) => h.level < heading.level), { ...heading, line: lineNumber }];
      units.push(toUnit({ kind: 'heading', lines: [{ raw: heading.text, line: lineNumber }], headings }));
      continue;
    }
    const rule = horizontalRule(line);
    if (rule) {
      const current: OpenUnit | null = open;
      if (rule !== '*' && current && current.kind === 'paragraph' && current.lines.length === 1) {
        // Setext heading: the paragraph line above an `===` or `---` underline.
        const text = current.lines[0]?.raw ?? '';
        const level = rule === '=' ? 1 : 2;
        const headingLine = current.lines[0]?.line ?? lineNumber;
        open = null;
        headings = [...headings.filter((h) => h.level < level), { level, text, line: headingLine }];
        units.push(toUnit({ kind: 'heading', lines: [{ raw: text, line: headingLine }], headings }));
      } else {
        flush();
      }
      continue;
    }
    const marker = LIST_MARKER.exec(line);
    if (marker) {
      flush();
      const item = line.slice(marker[0].length).replace(TASK_BOX, '');
      open = { kind: 'list-item', lines: [{ raw: item, line: lineNumber }], headings };
      continue;
    }
    if (!open) open = { kind: 'paragraph', lines: [], headings };
    open.lines.push({ raw: line.trim(), line: lineNumber });
  }
  flush();
  return { units, tables };
}

function toUnit(open: OpenUnit): TextUnit {
  const lineStarts: { offset: number; line: number }[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const { raw, line } of open.lines) {
    const plain = toPlainText(raw);
    if (!plain) continue;
    lineStarts.push({ offset, line });
    parts.push(plain);
    offset += plain.length + 1;
  }
  return {
    kind: open.kind,
    text: parts.join(' '),
    rawLines: open.lines.map((l) => ({ text: l.raw, line: l.line })),
    lineStarts: lineStarts.length ? lineStarts : [{ offset: 0, line: open.lines[0]?.line ?? 1 }],
    headings: open.headings,
  };
}

/** Removes `<!-- … -->` spans; reports a comment left open at the end of the line. */
function removeComments(line: string): { text: string; opensComment: boolean } {
  let text = line;
  for (;;) {
    const start = text.indexOf('<!--');
    if (start < 0) return { text, opensComment: false };
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return { text: text.slice(0, start), opensComment: true };
    text = `${text.slice(0, start)} ${text.slice(end + 3)}`;
  }
}

function stripBlockquote(line: string): string {
  let text = line;
  for (let depth = 0; depth < 16; depth++) {
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('>')) break;
    text = trimmed.slice(trimmed[1] === ' ' ? 2 : 1);
  }
  return text === line ? line : text.replace(ALERT_MARKER, '');
}

/** The fence string (``` or ~~~, any length ≥ 3) that a line opens, if it opens one. */
function fenceOf(line: string): string | null {
  const trimmed = line.trimStart();
  if (line.length - trimmed.length > 3) return null;
  const ch = trimmed[0];
  if (ch !== '`' && ch !== '~') return null;
  let length = 0;
  while (trimmed[length] === ch) length++;
  if (length < 3) return null;
  // A backtick fence's info string may not contain a backtick (CommonMark).
  if (ch === '`' && trimmed.slice(length).includes('`')) return null;
  return ch.repeat(length);
}

function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  if (!trimmed.startsWith(fence)) return false;
  for (const ch of trimmed) if (ch !== fence[0]) return false;
  return true;
}

function atxHeading(line: string): { level: number; text: string } | null {
  const trimmed = line.trimStart();
  if (line.length - trimmed.length > 3) return null;
  let level = 0;
  while (trimmed[level] === '#') level++;
  if (level < 1 || level > 6) return null;
  const rest = trimmed.slice(level);
  if (rest && rest[0] !== ' ' && rest[0] !== '\t') return null;
  let end = rest.length;
  while (end > 0 && (rest[end - 1] === ' ' || rest[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && rest[hashes - 1] === '#') hashes--;
  if (hashes === 0 || rest[hashes - 1] === ' ' || rest[hashes - 1] === '\t') end = hashes;
  return { level, text: rest.slice(0, end).trim() };
}

/** `-`, `=` or `*` when the line is a thematic break or setext underline made of it. */
function horizontalRule(line: string): '-' | '=' | '*' | null {
  const trimmed = line.trim();
  const ch = trimmed[0];
  if (ch !== '-' && ch !== '=' && ch !== '*' && ch !== '_') return null;
  let count = 0;
  for (const c of trimmed) {
    if (c === ch) count++;
    else if (c !== ' ' && c !== '\t') return null;
  }
  if (ch === '=') return count >= 1 ? '=' : null;
  if (count < 3 && ch !== '-') return null;
  if (count < 3) return trimmed === trimmed.replace(/ /g, '') && count >= 1 ? '-' : null;
  return ch === '-' ? '-' : '*';
}

function isDelimiterRow(line: string): boolean {
  if (!line.includes('-') || !line.includes('|')) return false;
  const cells = splitRow(line);
  if (cells.length === 0) return false;
  for (const cell of cells) {
    const core = cell.trim().replace(/^:/, '').replace(/:$/, '');
    if (core.length === 0) return false;
    for (const c of core) if (c !== '-') return false;
  }
  return true;
}

/** Cells of a table row, split on unescaped `|`, without the outer pipes. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && line[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  const trimmedLine = line.trim();
  if (trimmedLine.startsWith('|')) cells.shift();
  if (trimmedLine.endsWith('|') && !trimmedLine.endsWith('\\|')) cells.pop();
  return cells.map((cell) => cell.trim());
}
