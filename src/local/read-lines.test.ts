import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';

async function linesOf(
  chunks: (string | Buffer)[],
  encoding: 'utf8' | 'latin1' = 'utf8',
): Promise<{ lines: string[]; bytes: number }> {
  const lines: string[] = [];
  const input = Readable.from(chunks, { objectMode: true });
  const bytes = await readLines(input, (line) => lines.push(line), encoding);
  return { lines, bytes };
}

describe('readLines', () => {
  it('splits on newlines, drops the CR of CRLF, and keeps a lone CR as content', async () => {
    const { lines, bytes } = await linesOf([Buffer.from('a\r\nb\n\nc\rd\nlast')]);

    expect(lines).toEqual(['a', 'b', '', 'c\rd', 'last']);
    expect(bytes).toBe(14);
  });

  it('joins a line cut across chunks, and a character cut inside its UTF-8 bytes', async () => {
    const euro = Buffer.from('€'); // three bytes
    const { lines } = await linesOf([
      Buffer.from('one\ntw'),
      Buffer.from('o and '),
      euro.subarray(0, 1),
      euro.subarray(1),
      Buffer.from('\r'),
      Buffer.from('\nthree\n'),
    ]);

    expect(lines).toEqual(['one', 'two and €', 'three']);
  });

  it('with latin1, gives each line as its bytes, from byte chunks and text chunks alike', async () => {
    const euro = Buffer.from('€');
    const { lines } = await linesOf(
      [Buffer.from('a '), euro.subarray(0, 2), euro.subarray(2), Buffer.from('\n'), 'b €\n'],
      'latin1',
    );

    expect(lines).toEqual([`a ${euro.toString('latin1')}`, `b ${euro.toString('latin1')}`]);
  });

  it('reads a line of many chunks in linear time', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const { lines } = await linesOf([...Array.from({ length: 200 }, () => chunk), Buffer.from('\n')]);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(200 * 64 * 1024);
  });
});
