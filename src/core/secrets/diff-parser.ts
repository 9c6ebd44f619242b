import { decodeUtf8Bytes } from './decode-utf8-bytes.js';

/** One file of a unified diff, reduced to what a secret scan needs: the added lines. */
export interface FilePatch {
  /** Path in the new tree (the old one for a deletion). */
  path: string;
  oldPath?: string;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  binary: boolean;
  /** The commit this patch belongs to, when parsing `git log -p` output. */
  commit?: string;
}

/** A run of added lines of one file, with their line numbers in the new file. */
export interface AddedChunk {
  patch: FilePatch;
  lines: string[];
  lineNumbers: number[];
  /**
   * Whether the file's patch ends with this chunk. A long patch is emitted in chunks whose
   * last `overlapLines` lines start the next chunk again, so a multi-line secret across the
   * boundary is seen whole: report only what starts before that tail unless `last`.
   */
  last: boolean;
}

export interface DiffParserOptions {
  /** Called for each chunk of added lines, in order. */
  onChunk: (chunk: AddedChunk) => void;
  /** Called once per file patch when its header is complete (including binary and deleted files). */
  onFile?: (patch: FilePatch) => void;
  /** Characters of added text to buffer per file before emitting a chunk. */
  chunkChars?: number;
  /** Lines carried into the next chunk so multi-line secrets are not cut. */
  overlapLines?: number;
  /**
   * Lines hold UTF-8 bytes, one character per byte (see `ScanTarget.utf8Bytes`): header lines
   * are decoded for their paths; added lines are passed on as they are.
   */
  utf8Bytes?: boolean;
}

const HUNK_HEADER = /^@@@? -\d+(?:,(\d+))? (?:-\d+(?:,\d+)? )?\+(\d+)(?:,(\d+))? @@@?/;

/**
 * A streaming parser for unified diffs: plain `diff -u`, `git diff` and `git log -p` (whose
 * `commit <sha>` lines set the commit of the patches that follow). Feed it lines with `push`,
 * then call `end`. Memory stays bounded by `chunkChars`, however large the diff.
 */
export class DiffParser {
  private readonly options: Required<Omit<DiffParserOptions, 'onFile' | 'utf8Bytes'>> &
    Pick<DiffParserOptions, 'onFile' | 'utf8Bytes'>;
  private commit: string | undefined;
  private patch: FilePatch | undefined;
  private headerOpen = false;
  private oldRemaining = 0;
  private newRemaining = 0;
  private newLine = 0;
  private lines: string[] = [];
  private lineNumbers: number[] = [];
  private bufferedChars = 0;
  /** Line number after the last added line: a gap starts a new run. */
  private runEnd = -1;

  constructor(options: DiffParserOptions) {
    // An explicit `undefined` must not replace a default: memory stays bounded either way.
    this.options = {
      ...options,
      chunkChars: options.chunkChars ?? 1 << 20,
      overlapLines: options.overlapLines ?? 200,
    };
  }

  push(rawLine: string): void {
    const content = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (this.oldRemaining > 0 || this.newRemaining > 0) {
      this.hunkLine(content);
      return;
    }
    const line = this.options.utf8Bytes ? decodeUtf8Bytes(content) : content;
    if (line.startsWith('commit ') && /^commit [0-9a-f]{7,64}\b/.test(line)) {
      this.closeFile();
      this.commit = line.slice(7, line.indexOf(' ', 7) === -1 ? undefined : line.indexOf(' ', 7));
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.openFile(parseGitDiffHeader(line));
      return;
    }
    if (line.startsWith('@@')) {
      this.hunkHeader(line);
      return;
    }
    this.headerLine(line);
  }

  end(): void {
    this.closeFile();
  }

  /**
   * Starts a file whose header is known from elsewhere (the API's per-file `patch` has only
   * hunks). Any unfinished hunk of the previous file is closed, so a truncated patch cannot
   * swallow the next file.
   */
  beginFile(patch: FilePatch): void {
    this.closeFile();
    this.commit = patch.commit;
    this.openFile(patch);
  }

  private headerLine(line: string): void {
    if (line.startsWith('--- ')) {
      // A plain unified diff has no `diff --git` line: `---` after a hunk starts the next file.
      if (!this.headerOpen) this.openFile({ path: '', status: 'modified', binary: false });
      const old = stripPrefix(line.slice(4));
      if (old === undefined) {
        this.patch!.status = 'added';
        delete this.patch!.oldPath;
      } else {
        this.patch!.oldPath = old;
      }
    } else if (line.startsWith('+++ ') && this.patch) {
      const next = stripPrefix(line.slice(4));
      if (next === undefined) {
        this.patch.status = 'deleted';
        this.patch.path ||= this.patch.oldPath ?? '';
      } else {
        this.patch.path = next;
      }
    } else if (this.patch && line.startsWith('rename to ')) {
      this.patch.path = unquote(line.slice(10));
      this.patch.status = 'renamed';
    } else if (this.patch && line.startsWith('rename from ')) {
      this.patch.oldPath = unquote(line.slice(12));
    } else if (this.patch && line.startsWith('new file mode')) {
      this.patch.status = 'added';
    } else if (this.patch && line.startsWith('deleted file mode')) {
      this.patch.status = 'deleted';
    } else if (this.patch && (line.startsWith('Binary files ') || line === 'GIT binary patch')) {
      this.patch.binary = true;
    }
  }

  private hunkHeader(line: string): void {
    const match = HUNK_HEADER.exec(line);
    if (!match || !this.patch) return;
    if (this.headerOpen) this.announceFile();
    this.oldRemaining = match[1] === undefined ? 1 : Number(match[1]);
    this.newLine = Number(match[2]);
    this.newRemaining = match[3] === undefined ? 1 : Number(match[3]);
  }

  private hunkLine(line: string): void {
    const marker = line[0];
    if (marker === '+') {
      this.addLine(line.slice(1));
      this.newLine++;
      this.newRemaining--;
    } else if (marker === '-') {
      this.oldRemaining--;
    } else if (marker === '\\') {
      // "\ No newline at end of file" belongs to the line before it; it counts for neither side.
    } else {
      this.newLine++;
      this.newRemaining--;
      this.oldRemaining--;
    }
    if (this.oldRemaining < 0) this.oldRemaining = 0;
    if (this.newRemaining < 0) this.newRemaining = 0;
  }

  private addLine(text: string): void {
    // A gap between runs of added lines breaks multi-line matches across unchanged code.
    if (this.runEnd !== -1 && this.newLine !== this.runEnd) {
      this.lines.push('');
      this.lineNumbers.push(this.runEnd);
    }
    this.lines.push(text);
    this.lineNumbers.push(this.newLine);
    this.runEnd = this.newLine + 1;
    this.bufferedChars += text.length + 1;
    if (this.bufferedChars >= this.options.chunkChars && this.lines.length > this.options.overlapLines) {
      this.flush(false);
    }
  }

  private flush(last: boolean): void {
    if (!this.patch || (this.lines.length === 0 && !last)) return;
    if (this.lines.length > 0) {
      this.options.onChunk({
        patch: this.patch,
        lines: this.lines,
        lineNumbers: this.lineNumbers,
        last,
      });
    }
    if (last) {
      this.lines = [];
      this.lineNumbers = [];
    } else {
      const keep = this.options.overlapLines;
      this.lines = this.lines.slice(-keep);
      this.lineNumbers = this.lineNumbers.slice(-keep);
    }
    this.bufferedChars = this.lines.reduce((sum, text) => sum + text.length + 1, 0);
  }

  private openFile(patch: FilePatch): void {
    this.closeFile();
    this.patch = this.commit ? { ...patch, commit: this.commit } : patch;
    this.headerOpen = true;
  }

  private announceFile(): void {
    this.headerOpen = false;
    if (this.patch) this.options.onFile?.(this.patch);
  }

  private closeFile(): void {
    if (!this.patch) return;
    if (this.headerOpen) this.announceFile();
    this.flush(true);
    this.patch = undefined;
    this.oldRemaining = 0;
    this.newRemaining = 0;
    this.runEnd = -1;
    this.bufferedChars = 0;
  }
}

function parseGitDiffHeader(line: string): FilePatch {
  const rest = line.slice('diff --git '.length);
  // `a/x b/x` is ambiguous when names hold spaces; the `---`/`+++`/rename lines that follow
  // settle it, so this is only the first guess (and the answer for binary or mode-only patches).
  const quoted = /^"a\/((?:[^"\\]|\\.)*)" "b\/((?:[^"\\]|\\.)*)"$/.exec(rest);
  if (quoted)
    return {
      path: unquote(`"${quoted[2]}"`),
      oldPath: unquote(`"${quoted[1]}"`),
      status: 'modified',
      binary: false,
    };
  const half = (rest.length - 1) / 2;
  const path =
    Number.isInteger(half) && rest.startsWith('a/') ? rest.slice(half + 3) : rest.replace(/^a\/.* b\//, '');
  return { path, oldPath: path, status: 'modified', binary: false };
}

/** The path of a `---`/`+++` line, without its `a/`/`b/` prefix; undefined for /dev/null. */
function stripPrefix(raw: string): string | undefined {
  const withoutTimestamp = raw.includes('\t') && !raw.startsWith('"') ? raw.slice(0, raw.indexOf('\t')) : raw;
  const path = unquote(withoutTimestamp);
  if (path === '/dev/null') return undefined;
  return path.replace(/^[ab]\//, '');
}

const utf8 = new TextEncoder();

/** Git C-quotes paths with special characters: `"a/t\303\251st\tx"`. */
function unquote(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...utf8.encode(ch));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}
