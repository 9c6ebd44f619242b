import type { Readable } from 'node:stream';

/** What a command may touch of the outside world: injected so tests drive the real CLI. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Read by `--diff -`. */
  stdin: Readable;
  /** Whether stdout/stderr are a terminal (colours, progress). */
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** One `warden <name>` sub-command. `run` returns the process exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A user error (bad flag, unreadable file, invalid config): printed as is, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
