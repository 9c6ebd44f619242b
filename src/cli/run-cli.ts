import { ConfigFileError } from '../local/load-config-file.js';
import { type CliIo, type Command, EXIT_OK, EXIT_USAGE, UsageError } from './command.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { securityMdCommand } from './commands/security-md.js';
import { slaCommand } from './commands/sla.js';
import { VERSION } from './version.js';

const COMMANDS: readonly Command[] = [scanCommand, rulesCommand, securityMdCommand, slaCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const rows = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Warden ${VERSION}: security governance for repositories.\n\nUsage: warden <command> [options]\n\nCommands:\n${rows.join(
    '\n',
  )}\n\nRun 'warden <command> --help' for a command's options.\n`;
}

const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  isTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
});

/**
 * Runs `warden <command> ...` and returns the exit code: 0 clean, 1 findings, 2 a usage,
 * config or read error (always with a message on stderr).
 */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(help());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`warden: unknown command '${name}'\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`warden ${name}: ${describeError(error)}\n`);
    if (error instanceof UsageError || isParseArgsError(error)) io.stderr(`\n${command.usage}\n`);
    return EXIT_USAGE;
  }
}

function describeError(error: unknown): string {
  if (error instanceof UsageError || error instanceof ConfigFileError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

function isParseArgsError(error: unknown): boolean {
  return (
    typeof (error as { code?: unknown })?.code === 'string' &&
    (error as { code: string }).code.startsWith('ERR_PARSE_ARGS')
  );
}
