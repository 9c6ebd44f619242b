import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseSecurityMd } from '../../core/security-md/index.js';
import {
  type ConfigIssue,
  checkSlaConfig,
  formatIssuePath,
  parseOfflineAdvisories,
  renderSlaText,
  resolveSlaPolicy,
  type SlaConfig,
  slaConfigSchema,
  toBusinessCalendar,
  toSlaReport,
} from '../../core/sla/index.js';
import { type CliIo, type Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command.js';
import { readSecurityMd } from './security-md.js';

/** Advisory exports of very large repositories stay far below this. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const USAGE = `Usage: warden sla --advisories FILE [--policy SECURITY.md] [--config warden.yml]
                  [--now TIME] [--format text|json]

Evaluates the response-SLA clocks (acknowledge, triage, fix, disclose) of repository advisories
offline, against the promises in SECURITY.md, then the config's sla section, then the defaults.

  --advisories FILE     JSON array of advisories as GET /repos/{owner}/{repo}/security-advisories
                        returns them, each optionally with warden_transitions
                        ({acknowledged_at, triaged_at, fixed_at, paused: [{from, to}]})
  --policy PATH         the repository's SECURITY.md (a file, or a folder searched as GitHub does)
  --config FILE         a warden.yml whose sla section sets targets, timezone, holidays, preset
  --now TIME            ISO 8601 time with a zone to evaluate at (default: the current time)
  --format text|json    text for people (default) or JSON
  --repo OWNER/NAME     live mode with a token: not available yet

Exit status: 0 nothing breached, 1 a stage breached, 2 bad input.`;

/** A bad flag or argument: the usage is printed after the message. */
class ArgumentError extends UsageError {}

const isoTime = z.iso.datetime({ offset: true });

/** `warden sla`: evaluate advisory response clocks offline. */
export const slaCommand: Command = {
  name: 'sla',
  summary: 'Evaluate response-SLA clocks (acknowledge, triage, fix, disclose) of advisories',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    try {
      const options = parseOptions(argv);
      if (options === 'help') {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
      }
      const advisories = await readAdvisories(options.advisories, io.cwd);
      const config = options.config === undefined ? undefined : await readSlaConfig(options.config, io.cwd);
      const policyFile =
        options.policy === undefined ? undefined : await readSecurityMd(options.policy, io.cwd);
      if (options.policy !== undefined && !policyFile)
        throw new UsageError(`no SECURITY.md found in ${options.policy}`);
      const promises = policyFile ? parseSecurityMd(policyFile.text).promises : undefined;
      const policy = resolveSlaPolicy({ promises, config });
      const report = toSlaReport(advisories, policy, toBusinessCalendar(config), options.now);
      io.stdout(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderSlaText(report));
      return report.summary.breached > 0 ? EXIT_FINDINGS : EXIT_OK;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr(`warden sla: ${error.message}\n${error instanceof ArgumentError ? `\n${USAGE}\n` : ''}`);
      return EXIT_USAGE;
    }
  },
};

interface SlaOptions {
  advisories: string;
  policy: string | undefined;
  config: string | undefined;
  now: Date;
  format: 'text' | 'json';
}

function parseOptions(argv: string[]): SlaOptions | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.repo !== undefined) {
    throw new UsageError(
      `--repo (live mode) is not available yet. Export the advisories with "gh api repos/${values.repo}/security-advisories > advisories.json" and run "warden sla --advisories advisories.json".`,
    );
  }
  if (values.advisories === undefined) throw new ArgumentError('--advisories FILE is required');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new ArgumentError(`--format must be text or json, not "${format}"`);
  let now = new Date();
  if (values.now !== undefined) {
    if (!isoTime.safeParse(values.now).success) {
      throw new ArgumentError(
        `--now must be an ISO 8601 time with a zone, e.g. 2025-01-06T10:00:00Z, not "${values.now}"`,
      );
    }
    now = new Date(values.now);
  }
  return { advisories: values.advisories, policy: values.policy, config: values.config, now, format };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: false,
    strict: true,
    options: {
      advisories: { type: 'string' },
      policy: { type: 'string' },
      config: { type: 'string' },
      now: { type: 'string' },
      format: { type: 'string' },
      repo: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function readAdvisories(file: string, cwd: string) {
  const text = await readText(file, cwd);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const { advisories, issues } = parseOfflineAdvisories(json);
  if (issues.length > 0)
    throw new UsageError(`${file} is not a valid advisories file:\n${formatIssues(issues)}`);
  return advisories;
}

/** The `sla` section of a warden.yml, validated; a file without one gives the defaults. */
async function readSlaConfig(file: string, cwd: string): Promise<SlaConfig> {
  const text = await readText(file, cwd);
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid YAML: ${(error as Error).message}`);
  }
  if (
    document !== null &&
    document !== undefined &&
    (typeof document !== 'object' || Array.isArray(document))
  ) {
    throw new UsageError(`${file} must be a YAML mapping with an optional sla key`);
  }
  const section = (document as Record<string, unknown> | null)?.sla ?? {};
  const result = slaConfigSchema.safeParse(section);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: formatIssuePath('sla', issue.path),
      message: issue.message,
    }));
    throw new UsageError(`${file} has an invalid sla section:\n${formatIssues(issues)}`);
  }
  const issues = checkSlaConfig(result.data);
  if (issues.length > 0) throw new UsageError(`${file} has an invalid sla section:\n${formatIssues(issues)}`);
  return result.data;
}

async function readText(file: string, cwd: string): Promise<string> {
  const absolute = path.resolve(cwd, file);
  const info = await stat(absolute).catch(() => null);
  if (!info?.isFile()) throw new UsageError(`no such file: ${file}`);
  if (info.size > MAX_FILE_BYTES) throw new UsageError(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function formatIssues(issues: readonly ConfigIssue[]): string {
  return issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
}
