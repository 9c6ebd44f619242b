import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import ignore from 'ignore';
import type { SecretsConfig } from '../../core/config/secrets-config.schema.js';
import { meetsThreshold, type ScanReport, sortFindings } from '../../core/report/scan-report.js';
import { toJson } from '../../core/report/to-json.js';
import { toSarif } from '../../core/report/to-sarif.js';
import { toText } from '../../core/report/to-text.js';
import type { Finding } from '../../core/secrets/finding.js';
import { createScanner } from '../../core/secrets/scanner.js';
import { meetsConfidence, selectRules } from '../../core/secrets/select-rules.js';
import { readBaseline, writeBaseline } from '../../local/baseline.js';
import { loadConfigFile } from '../../local/load-config-file.js';
import { scanDiffStream } from '../../local/scan-diff-stream.js';
import { scanFiles } from '../../local/scan-files.js';
import { scanGitRange } from '../../local/scan-git-range.js';
import { type CliIo, type Command, EXIT_FINDINGS, EXIT_OK, UsageError } from '../command.js';
import { createProgress } from '../progress.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
const THRESHOLDS = ['critical', 'high', 'medium', 'low', 'never'] as const;

const USAGE = `Usage: warden scan [PATH...] [options]
       warden scan --diff FILE|-      scan the added lines of a unified diff
       warden scan --git RANGE        scan what each commit of a git range added

Options:
  --format text|json|sarif   output format (default: text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at or above it: critical, high, medium,
                             low, never (default: secrets.fail_on of the config, medium)
  --config FILE              Warden config (default: .github/warden.yml when present)
  --baseline FILE            ignore findings whose fingerprints FILE lists
  --write-baseline FILE      write every finding's fingerprint to FILE and exit 0
  --no-gitignore             scan files that .gitignore excludes too
  --jobs N                   worker threads for folder scans (default: every core)
  -h, --help                 show this help`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'Scan files, folders, a diff or git history for committed secrets',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        diff: { type: 'string' },
        git: { type: 'string' },
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'no-gitignore': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    const format = oneOf('--format', values.format, FORMATS);
    const modes = [values.diff !== undefined, values.git !== undefined, positionals.length > 0].filter(
      Boolean,
    ).length;
    if (modes > 1) throw new UsageError('choose one of PATH..., --diff or --git');
    const jobs = values.jobs === undefined ? undefined : positiveInteger('--jobs', values.jobs);

    const { config } = loadConfigFile(io.cwd, values.config);
    const secrets = config.secrets;
    const failOn =
      values['fail-on'] === undefined ? secrets.fail_on : oneOf('--fail-on', values['fail-on'], THRESHOLDS);
    const inCwd = (path: string) => resolve(io.cwd, path);
    const baseline = values.baseline ? readBaseline(values.baseline, io.cwd) : new Set<string>();

    const started = performance.now();
    const progress = createProgress(io);
    const scanned = await runScan({ values, positionals, secrets, jobs, io, onProgress: progress.update });
    progress.done();

    const fresh = sortFindings(scanned.findings.filter((finding) => meetsConfidence(finding, secrets)));
    if (values['write-baseline']) {
      writeBaseline(inCwd(values['write-baseline']), fresh);
      io.stderr(
        `Wrote ${fresh.length} fingerprint${fresh.length === 1 ? '' : 's'} to ${values['write-baseline']}.\n`,
      );
      return EXIT_OK;
    }
    const findings = fresh.filter((finding) => !baseline.has(finding.fingerprint));
    const report: ScanReport = {
      findings,
      skipped: scanned.skipped,
      baselined: fresh.length - findings.length,
      stats: {
        files: scanned.files,
        bytes: scanned.bytes,
        durationMs: Math.round(performance.now() - started),
      },
    };
    const rendered = render(report, format, io, values.output === undefined);
    if (values.output) writeFileSync(inCwd(values.output), rendered);
    else io.stdout(rendered);
    return findings.some((finding) => meetsThreshold(finding.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK;
  },
};

interface ScanInput {
  values: { diff?: string; git?: string; 'no-gitignore'?: boolean };
  positionals: string[];
  secrets: SecretsConfig;
  jobs: number | undefined;
  io: CliIo;
  onProgress: (progress: { files: number; bytes: number }) => void;
}

interface Scanned {
  findings: Finding[];
  skipped: ScanReport['skipped'];
  files: number;
  bytes: number;
}

async function runScan({ values, positionals, secrets, jobs, io, onProgress }: ScanInput): Promise<Scanned> {
  const ignored = ignore().add(secrets.ignore_paths);
  const isIgnored = (path: string) => path !== '' && ignored.ignores(path);
  if (values.diff !== undefined || values.git !== undefined) {
    const scanner = createScanner(selectRules(secrets.disable_rules));
    if (values.git !== undefined) {
      const result = await scanGitRange(scanner, values.git, io.cwd, isIgnored);
      return {
        ...result,
        skipped: result.skipped.map(({ patch, reason }) => ({
          path: patch.path,
          reason: reason as 'binary',
        })),
      };
    }
    return scanDiffStream(scanner, values.diff!, io, isIgnored);
  }
  const targets = positionals.length > 0 ? positionals : ['.'];
  try {
    return await scanFiles(targets, {
      config: secrets,
      cwd: io.cwd,
      gitignore: !values['no-gitignore'],
      jobs,
      isIgnored,
      onProgress,
    });
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') throw new UsageError(`no such file or folder: ${path ?? targets.join(' ')}`);
    throw error;
  }
}

function render(
  report: ScanReport,
  format: (typeof FORMATS)[number],
  io: CliIo,
  toTerminal: boolean,
): string {
  if (format === 'json') return toJson(report);
  if (format === 'sarif')
    return `${JSON.stringify(toSarif(report, { rules: selectRules(), toolVersion: VERSION }), null, 2)}\n`;
  return toText(report, { color: toTerminal && io.isTTY && io.env.NO_COLOR === undefined });
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

function positiveInteger(flag: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new UsageError(`${flag} takes a whole number of at least 1 (got '${value}')`);
  return parsed;
}
