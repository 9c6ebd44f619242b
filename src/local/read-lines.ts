import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Feeds `onLine` every line of a stream, without holding the whole stream in memory. */
export async function readLines(input: Readable, onLine: (line: string) => void): Promise<number> {
  let bytes = 0;
  input.on('data', (chunk: Buffer | string) => {
    bytes += chunk.length;
  });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) onLine(line);
  return bytes;
}

/** A file, or standard input for `-`. */
export function openInput(path: string, stdin: Readable): Readable {
  return path === '-' ? stdin : createReadStream(path);
}
