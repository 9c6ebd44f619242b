import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { ReportedSpan } from './recall.js';

/** secretlint's recommended preset: every rule secretlint ships enabled by default. */
const CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] };

/** The part of `@secretlint/node` the benchmark uses (it is a dependency of `secretlint`). */
interface SecretlintNode {
  createEngine(options: {
    cwd: string;
    configFileJSON: typeof CONFIG;
    formatter: string;
    color: boolean;
    maskSecrets: boolean;
  }): Promise<{ executeOnFiles(input: { filePathList: string[] }): Promise<{ output: string }> }>;
}

/** One file's result in secretlint's `json` formatter output (lines 1-based, columns 0-based). */
interface SecretlintFileResult {
  filePath: string;
  messages: {
    ruleId: string;
    loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  }[];
}

export interface SecretlintRun {
  /** `api`: in this process through `@secretlint/node`; `cli`: `npx secretlint` (start-up included). */
  via: 'api' | 'cli';
  seconds: number;
  /** CPU time of this process during the lint (`api` only: a child's CPU time is not measured). */
  cpuSeconds?: number;
  /** Whether secretlint's always-on profiler was switched off for the run (`api` only). */
  profilerDisabled: boolean;
  reported: ReportedSpan[];
}

/** The profiler singleton every secretlint package marks into (`@secretlint/profiler`). */
interface SecretlintProfiler {
  secretLintProfiler: { mark(marker: unknown): void };
}

/**
 * Runs secretlint with its recommended preset over `files` (absolute paths), timing only the
 * lint itself when the Node API is available; reported paths are made relative to `root`.
 *
 * secretlint 11 marks a performance entry per rule per file and scans all earlier entries on
 * each one, so its per-file cost grows with the number of files (secretlint#1633, fixed in a
 * later major by #1673). With `profiler: false` the marks are made no-ops for the run: the lint
 * itself, as a fixed secretlint would run it.
 */
export async function runSecretlint(
  files: readonly string[],
  root: string,
  options: { profiler: boolean },
): Promise<SecretlintRun> {
  const api = await loadApi();
  if (api && !options.profiler) {
    const profiler = await loadProfiler();
    if (profiler) {
      const { secretLintProfiler } = profiler;
      const mark = secretLintProfiler.mark;
      secretLintProfiler.mark = () => {};
      try {
        return { ...(await lintWithApi(api, files, root)), profilerDisabled: true };
      } finally {
        secretLintProfiler.mark = mark;
      }
    }
  }
  if (api) return lintWithApi(api, files, root);
  return runCli(files, root);
}

async function lintWithApi(
  api: SecretlintNode,
  files: readonly string[],
  root: string,
): Promise<SecretlintRun> {
  const engine = await api.createEngine({
    cwd: process.cwd(),
    configFileJSON: CONFIG,
    formatter: 'json',
    color: false,
    maskSecrets: true,
  });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { output } = await engine.executeOnFiles({ filePathList: [...files] });
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  return {
    via: 'api',
    seconds,
    cpuSeconds: (user + system) / 1e6,
    profilerDisabled: false,
    reported: toSpans(output, root),
  };
}

async function loadProfiler(): Promise<SecretlintProfiler | undefined> {
  const specifier = '@secretlint/profiler';
  try {
    return (await import(specifier)) as SecretlintProfiler;
  } catch {
    return undefined;
  }
}

async function loadApi(): Promise<SecretlintNode | undefined> {
  // Through a variable, so that TypeScript does not need the package's types to build.
  const specifier = '@secretlint/node';
  try {
    return (await import(specifier)) as SecretlintNode;
  } catch {
    return undefined;
  }
}

function runCli(files: readonly string[], root: string): SecretlintRun {
  const folder = mkdtempSync(join(tmpdir(), 'warden-bench-secretlint-'));
  try {
    const rc = join(folder, '.secretlintrc.json');
    writeFileSync(rc, JSON.stringify(CONFIG));
    const started = performance.now();
    const result = spawnSync(
      'npx',
      ['--no-install', 'secretlint', '--secretlintrc', rc, '--format', 'json', '--no-color', ...files],
      { encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`npx secretlint failed (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
    }
    return { via: 'cli', seconds, profilerDisabled: false, reported: toSpans(result.stdout, root) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function toSpans(output: string, root: string): ReportedSpan[] {
  const results = JSON.parse(output || '[]') as SecretlintFileResult[];
  return results.flatMap((file) =>
    file.messages.map((message) => ({
      path: relative(root, file.filePath).split(sep).join('/'),
      line: message.loc.start.line,
      column: message.loc.start.column + 1,
      endLine: message.loc.end.line,
      endColumn: message.loc.end.column + 1,
      ruleId: message.ruleId,
    })),
  );
}
