import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

export interface WardenRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process with captured output, as a user would type `warden ...`. */
export async function runWarden(
  argv: string[],
  options: { cwd: string; stdin?: string; env?: Record<string, string> },
): Promise<WardenRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin,
    isTTY: false,
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
