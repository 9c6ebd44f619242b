import { Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/command.js';

/** A command's outside world, captured: what it prints, with `stdin` as given. */
export function fakeIo(
  cwd: string,
  stdin = '',
  env: Record<string, string> = {},
): { io: CliIo; out: { stdout: string; stderr: string } } {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    stdin: Readable.from(stdin ? [stdin] : []),
    isTTY: false,
    cwd,
    env,
  };
  return { io, out };
}
