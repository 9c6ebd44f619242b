import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SkippedFile } from '../core/report/scan-report.js';

/** `utf8Bytes`: `text` holds the file's bytes, one character per byte (see `ScanTarget`). */
export type SourceFile = { text: string; bytes: number; utf8Bytes: boolean } | { skipped: SkippedFile };

/** Bytes looked at to decide whether a file is binary, as git does. */
const BINARY_SNIFF = 8000;

/**
 * One read buffer per thread, grown to the largest file read so far (at most `maxBytes`):
 * allocating a buffer per file cost more than reading most files.
 */
let readBuffer = Buffer.allocUnsafe(1 << 20);

/**
 * The file's text, or why it is skipped: larger than `maxBytes`, binary (a NUL byte near the
 * start), or unreadable. Synchronous on purpose: it runs inside scan workers, one file at a time.
 */
export function readSourceFile(absolutePath: string, path: string, maxBytes: number): SourceFile {
  let fd: number | undefined;
  try {
    fd = openSync(absolutePath, 'r');
    const { size } = fstatSync(fd);
    if (size > maxBytes) {
      return {
        skipped: {
          path,
          reason: 'too-large',
          detail: `${Math.ceil(size / 1024)} KiB > ${Math.ceil(maxBytes / 1024)} KiB limit`,
        },
      };
    }
    if (size > readBuffer.length) readBuffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, readBuffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const content = readBuffer.subarray(0, read);
    if (content.subarray(0, BINARY_SNIFF).includes(0)) return { skipped: { path, reason: 'binary' } };
    // Copied byte for byte, not decoded: the scanner decodes only what it reports. ASCII, most
    // source, is its own decoding.
    return { text: content.toString('latin1'), bytes: read, utf8Bytes: !isAscii(content) };
  } catch (error) {
    return {
      skipped: { path, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
