import type { CliIo } from './command.js';

const INTERVAL_MS = 200;

/**
 * A one-line progress display on stderr for long scans on a terminal; silent otherwise, so
 * logs and pipes stay clean.
 */
export function createProgress(io: CliIo): {
  update: (p: { files: number; bytes: number }) => void;
  done: () => void;
} {
  if (!io.isTTY || io.env.CI !== undefined) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update({ files, bytes }) {
      const now = performance.now();
      if (now - last < INTERVAL_MS) return;
      last = now;
      shown = true;
      io.stderr(`\r\x1b[2KScanning… ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
