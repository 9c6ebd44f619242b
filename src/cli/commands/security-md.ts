import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  pickSecurityPolicy,
  renderSecurityMdText,
  type SecurityPolicyCandidate,
  toSecurityMdReport,
} from '../../core/security-md/index.js';
import { type CliIo, type Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command.js';

/** Files larger than this are refused rather than read: no SECURITY.md is anywhere near it. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

const USAGE = `Usage: warden security-md [PATH] [--format text|json] [--private-reporting on|off]

Reads SECURITY.md as policy (reporting channels, placeholders, supported versions, response
promises) and lints it.

  PATH                     a SECURITY.md file, or a repository folder (default: the current
                           folder), where the root, .github/ and docs/ are searched as GitHub does
  --format text|json       text for people (default) or the parsed policy as JSON
  --private-reporting on|off
                           whether GitHub private vulnerability reporting is enabled; when off,
                           a policy that sends reporters there is an error

Exit status: 0 no error finding (warnings and notices allowed), 1 an error finding
(including no SECURITY.md in a folder), 2 bad input.`;

/** A bad flag or argument: the usage is printed after the message. */
class ArgumentError extends UsageError {}

/** `warden security-md`: parse and lint a SECURITY.md file or a repository's policy. */
export const securityMdCommand: Command = {
  name: 'security-md',
  summary:
    'Parse and lint SECURITY.md: reporting channels, placeholders, supported versions, response promises',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    try {
      const options = parseOptions(argv);
      if (options.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
      }
      const found = await readSecurityMd(options.target, io.cwd);
      const facts =
        options.privateReporting === undefined
          ? {}
          : { privateVulnerabilityReporting: options.privateReporting };
      const report = toSecurityMdReport(found?.path ?? null, found?.text ?? null, facts);
      io.stdout(
        options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderSecurityMdText(report),
      );
      return report.findings.some((finding) => finding.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(
        `warden security-md: ${error.message}\n${error instanceof ArgumentError ? `\n${USAGE}\n` : ''}`,
      );
      return EXIT_USAGE;
    }
  },
};

interface SecurityMdOptions {
  help: boolean;
  target: string | undefined;
  format: 'text' | 'json';
  privateReporting: boolean | undefined;
}

function parseOptions(argv: string[]): SecurityMdOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new ArgumentError(`expected at most one PATH, got ${positionals.length}`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ArgumentError(`--format must be text or json, not "${format}"`);
  const reporting = values['private-reporting'];
  if (reporting !== undefined && !['on', 'off'].includes(reporting)) {
    throw new ArgumentError(`--private-reporting must be on or off, not "${reporting}"`);
  }
  return {
    help: values.help === true,
    target: positionals[0],
    format,
    privateReporting: reporting === undefined ? undefined : reporting === 'on',
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      'private-reporting': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * A SECURITY.md read from disk: the file itself, or for a folder the one GitHub would show,
 * with its path relative to that folder. `null` when a folder holds none.
 */
export async function readSecurityMd(
  target: string | undefined,
  cwd: string,
): Promise<{ path: string; text: string } | null> {
  const absolute = path.resolve(cwd, target ?? '.');
  const info = await stat(absolute).catch(() => null);
  if (!info) throw new UsageError(`no such file or folder: ${target ?? absolute}`);
  if (info.isFile()) return { path: target ?? absolute, text: await readText(absolute, info.size) };
  if (!info.isDirectory()) throw new UsageError(`not a file or folder: ${target}`);

  const candidates: SecurityPolicyCandidate[] = [];
  for (const folder of ['', '.github', 'docs']) {
    const entries = await readdir(path.join(absolute, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.toLowerCase() !== 'security.md') continue;
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      const file = path.join(absolute, relative);
      candidates.push({ path: relative, text: await readText(file, (await stat(file)).size) });
    }
  }
  const picked = pickSecurityPolicy(candidates);
  return picked ? { path: picked.path, text: picked.text } : null;
}

async function readText(file: string, size: number): Promise<string> {
  if (size > MAX_FILE_BYTES) throw new UsageError(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}
