import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * Feeds `onLine` every line of a stream, without holding the whole stream in memory, and
 * returns the bytes read. Lines end at `\n`; a `\r` before it (CRLF files) is dropped, a `\r`
 * elsewhere is content, as git reads a diff. Written out rather than through `readline`, which
 * cost more than the scan itself on a 55 MB diff (an async iterator step and a regex split per
 * line); a line longer than a chunk is gathered in pieces, so a huge line costs linear work.
 * With `latin1`, lines hold the stream's bytes one character per byte, undecoded (see
 * `ScanTarget.utf8Bytes`).
 */
export async function readLines(
  input: Readable,
  onLine: (line: string) => void,
  encoding: 'utf8' | 'latin1' = 'utf8',
): Promise<number> {
  const decoder = new StringDecoder(encoding);
  const pending: string[] = [];
  let bytes = 0;
  const emit = (line: string) => {
    if (pending.length > 0) {
      pending.push(line);
      line = pending.join('');
      pending.length = 0;
    }
    onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    bytes += chunk.length;
    // A stream with an encoding set yields decoded text; as bytes, it is encoded back.
    const text =
      typeof chunk !== 'string'
        ? decoder.write(chunk)
        : encoding === 'latin1'
          ? Buffer.from(chunk, 'utf8').toString('latin1')
          : chunk;
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      emit(text.slice(start, newline));
      start = newline + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  const tail = decoder.end();
  if (tail.length > 0) pending.push(tail);
  if (pending.length > 0) emit('');
  return bytes;
}

/** A file (read in 1 MiB chunks: fewer trips through the event loop), or standard input for `-`. */
export function openInput(path: string, stdin: Readable): Readable {
  return path === '-' ? stdin : createReadStream(path, { highWaterMark: 1 << 20 });
}
