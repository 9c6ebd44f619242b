import { runCli } from '../../src/cli/run-cli.js';
import { fakeIo } from './fake-io.js';

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
  const { io, out } = fakeIo(options.cwd, options.stdin, options.env);
  const code = await runCli(argv, io);
  return { code, ...out };
}
