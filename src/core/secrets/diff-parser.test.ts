import { describe, expect, it } from 'vitest';
import { type AddedChunk, DiffParser, type FilePatch } from './diff-parser.js';

function parse(
  diff: string,
  options: { chunkChars?: number; overlapLines?: number; utf8Bytes?: boolean } = {},
) {
  const chunks: AddedChunk[] = [];
  const files: FilePatch[] = [];
  const parser = new DiffParser({
    ...options,
    onChunk: (chunk) => chunks.push(chunk),
    onFile: (file) => files.push(file),
  });
  for (const line of diff.split('\n')) parser.push(line);
  parser.end();
  const added = chunks.map((chunk) => ({
    path: chunk.patch.path,
    lines: chunk.lines.map((text, i) => [chunk.lineNumbers[i], text]),
  }));
  return { chunks, files, added };
}

describe('DiffParser', () => {
  it('keeps only added lines, numbered as in the new file', () => {
    const { added } = parse(
      [
        'diff --git a/src/app.ts b/src/app.ts',
        'index 1111111..2222222 100644',
        '--- a/src/app.ts',
        '+++ b/src/app.ts',
        '@@ -1,4 +1,5 @@',
        ' line one',
        '-removed line',
        '+added two',
        '+added three',
        ' line four',
        ' line five',
        '@@ -20,2 +21,3 @@ function later() {',
        ' context 21',
        '+added 22',
        ' context 23',
      ].join('\n'),
    );

    expect(added).toEqual([
      {
        path: 'src/app.ts',
        lines: [
          [2, 'added two'],
          [3, 'added three'],
          [4, ''],
          [22, 'added 22'],
        ],
      },
    ]);
  });

  it('follows renames, new files and deletions, and marks binary patches', () => {
    const { files, added } = parse(
      [
        'diff --git a/old name.txt b/new name.txt',
        'similarity index 90%',
        'rename from old name.txt',
        'rename to new name.txt',
        '--- a/old name.txt',
        '+++ b/new name.txt',
        '@@ -1 +1 @@',
        '-x',
        '+y',
        'diff --git a/gone.txt b/gone.txt',
        'deleted file mode 100644',
        '--- a/gone.txt',
        '+++ /dev/null',
        '@@ -1,2 +0,0 @@',
        '-a',
        '-b',
        'diff --git a/new.txt b/new.txt',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/new.txt',
        '@@ -0,0 +1,2 @@',
        '+first',
        '+second',
        'diff --git a/logo.png b/logo.png',
        'Binary files a/logo.png and b/logo.png differ',
      ].join('\n'),
    );

    expect(files.map((f) => [f.path, f.status, f.binary, f.oldPath])).toEqual([
      ['new name.txt', 'renamed', false, 'old name.txt'],
      ['gone.txt', 'deleted', false, 'gone.txt'],
      ['new.txt', 'added', false, undefined],
      ['logo.png', 'modified', true, 'logo.png'],
    ]);
    expect(added).toEqual([
      { path: 'new name.txt', lines: [[1, 'y']] },
      {
        path: 'new.txt',
        lines: [
          [1, 'first'],
          [2, 'second'],
        ],
      },
    ]);
  });

  it('treats "+++"/"---" inside a hunk as content, strips CR and ignores the no-newline marker', () => {
    const { added } = parse(
      [
        '--- a/notes.md\r',
        '+++ b/notes.md\r',
        '@@ -1,2 +1,3 @@\r',
        '--- removed rule line\r',
        '+++ added line that starts with plus signs\r',
        '+token = 1\r',
        '\\ No newline at end of file',
      ].join('\n'),
    );

    expect(added).toEqual([
      {
        path: 'notes.md',
        lines: [
          [1, '++ added line that starts with plus signs'],
          [2, 'token = 1'],
        ],
      },
    ]);
  });

  it('reads the commit of each patch from git log -p output, and C-quoted paths', () => {
    const { files } = parse(
      [
        'commit 0123456789abcdef0123456789abcdef01234567',
        '',
        'diff --git "a/caf\\303\\251.txt" "b/caf\\303\\251.txt"',
        '--- "a/caf\\303\\251.txt"',
        '+++ "b/caf\\303\\251.txt"',
        '@@ -0,0 +1 @@',
        '+x',
        'commit 89abcdef0123456789abcdef0123456789abcdef',
        'diff --git a/b.txt b/b.txt',
        '--- a/b.txt',
        '+++ b/b.txt',
        '@@ -1 +1 @@',
        '-y',
        '+z',
      ].join('\n'),
    );

    expect(files.map((f) => [f.path, f.commit])).toEqual([
      ['café.txt', '0123456789abcdef0123456789abcdef01234567'],
      ['b.txt', '89abcdef0123456789abcdef0123456789abcdef'],
    ]);
  });

  it('reads a diff of UTF-8 bytes: paths decoded, added lines passed on as bytes', () => {
    const diff = [
      'diff --git a/docs/clé.md b/docs/clé.md',
      '--- a/docs/clé.md',
      '+++ b/docs/clé.md',
      '@@ -1 +1,2 @@',
      ' Schlüssel',
      '+mot de passe: naïve',
    ].join('\n');
    const asBytes = Buffer.from(diff, 'utf8').toString('latin1');

    const { files, added } = parse(asBytes, { utf8Bytes: true });

    expect(files.map((file) => file.path)).toEqual(['docs/clé.md']);
    expect(added).toEqual([
      { path: 'docs/clé.md', lines: [[2, Buffer.from('mot de passe: naïve').toString('latin1')]] },
    ]);
  });

  it('emits a long file in overlapping chunks that together hold every added line', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `+line ${i + 1} ${'x'.repeat(40)}`);
    const diff = ['--- a/big.txt', '+++ b/big.txt', '@@ -0,0 +1,1000 @@', ...lines].join('\n');

    const { chunks } = parse(diff, { chunkChars: 10_000, overlapLines: 20 });

    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.at(-1)!.last).toBe(true);
    expect(chunks.slice(0, -1).every((chunk) => !chunk.last)).toBe(true);
    const seen = new Set(chunks.flatMap((chunk) => chunk.lineNumbers));
    expect(seen.size).toBe(1000);
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i]!.lineNumbers[0]).toBe(chunks[i - 1]!.lineNumbers.at(-20));
    }
  });
});
