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
import type { RepoRef } from '../../github/client.js';
import { type CliIo, type Command, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../command.js';
import { LIVE_NOTE, readLiveRepository } from '../live-sla.js';
import { readSecurityMd } from './security-md.js';

/** Advisory exports of very large repositories stay far below this. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const USAGE = `Usage: warden sla --advisories FILE [--policy SECURITY.md] [--config warden.yml]
                  [--now TIME] [--format text|json]
       warden sla --repo OWNER/NAME [--token-env NAME] [--policy SECURITY.md]
                  [--config warden.yml] [--now TIME] [--format text|json]

Evaluates the response-SLA clocks (acknowledge, triage, fix, disclose) of repository advisories,
against the promises in SECURITY.md, then the config's sla section, then the defaults.

  --advisories FILE     offline: JSON array of advisories as GET /repos/{owner}/{repo}/security-advisories
                        returns them, each optionally with warden_transitions
                        ({acknowledged_at, triaged_at, fixed_at, paused: [{from, to}]})
  --repo OWNER/NAME     live: list the repository's advisories (all states, all pages) with a
                        token, and read its SECURITY.md (where GitHub looks) and the sla section
                        of its .github/warden.yml through the API
  --token-env NAME      environment variable holding the token for --repo (default GITHUB_TOKEN);
                        it must be able to read the repository's security advisories
  --policy PATH         the repository's SECURITY.md (a file, or a folder searched as GitHub does);
                        with --repo, replaces the one read from the repository
  --config FILE         a warden.yml whose sla section sets targets, timezone, holidays, preset;
                        with --repo, replaces the repository's .github/warden.yml
  --now TIME            ISO 8601 time with a zone to evaluate at (default: the current time)
  --format text|json    text for people (default) or JSON

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
      const config = options.config === undefined ? undefined : await readSlaConfig(options.config, io.cwd);
      const policyFile =
        options.policy === undefined ? undefined : await readSecurityMd(options.policy, io.cwd);
      if (options.policy !== undefined && !policyFile)
        throw new UsageError(`no SECURITY.md found in ${options.policy}`);
      if (options.mode === 'live') {
        const live = await readLiveRepository(options, io, { config, policyText: policyFile?.text });
        const policy = resolveSlaPolicy({ promises: live.promises, config: live.config });
        const report = toSlaReport(live.advisories, policy, toBusinessCalendar(live.config), options.now);
        if (options.format === 'json') {
          io.stdout(`${JSON.stringify(report, null, 2)}\n`);
          io.stderr(`warden sla: ${LIVE_NOTE}\n`);
        } else {
          io.stdout(`Repository ${options.repo}: ${live.sources}\n${renderSlaText(report)}\n${LIVE_NOTE}\n`);
        }
        return report.summary.breached > 0 ? EXIT_FINDINGS : EXIT_OK;
      }
      const advisories = await readAdvisories(options.advisories, io.cwd);
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

interface CommonOptions {
  policy: string | undefined;
  config: string | undefined;
  now: Date;
  format: 'text' | 'json';
}

type SlaOptions =
  | (CommonOptions & { mode: 'offline'; advisories: string })
  | (CommonOptions & { mode: 'live'; repo: string; ref: RepoRef; tokenEnv: string });

function parseOptions(argv: string[]): SlaOptions | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  if (values.help) return 'help';
  if (values.repo !== undefined && values.advisories !== undefined)
    throw new ArgumentError('use either --advisories FILE (offline) or --repo OWNER/NAME (live), not both');
  if (values.repo === undefined && values.advisories === undefined)
    throw new ArgumentError('--advisories FILE or --repo OWNER/NAME is required');
  if (values['token-env'] !== undefined && values.repo === undefined)
    throw new ArgumentError('--token-env goes with --repo OWNER/NAME');
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
  const common = { policy: values.policy, config: values.config, now, format } as const;
  if (values.repo !== undefined) {
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(values.repo);
    if (!match) throw new ArgumentError(`--repo must be OWNER/NAME, not "${values.repo}"`);
    const tokenEnv = values['token-env'] ?? 'GITHUB_TOKEN';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(tokenEnv))
      throw new ArgumentError(`--token-env must name an environment variable, not "${tokenEnv}"`);
    return {
      ...common,
      mode: 'live',
      repo: values.repo,
      ref: { owner: match[1]!, repo: match[2]! },
      tokenEnv,
    };
  }
  return { ...common, mode: 'offline', advisories: values.advisories! };
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
      'token-env': { type: 'string' },
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
