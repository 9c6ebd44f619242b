import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { validateConfig } from '../core/config/parse-config.js';
import type { SecretsConfig } from '../core/config/secrets-config.schema.js';
import { createScanner, type ScanTarget } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import { readSourceFile } from '../local/read-source-file.js';
import { scanDiffStream } from '../local/scan-diff-stream.js';
import { scanFiles } from '../local/scan-files.js';
import {
  type CorpusManifest,
  type CorpusOptions,
  corpusPaths,
  readCompleteCorpus,
} from './generate-corpus.js';
import { listFiles } from './list-files.js';
import { type MemoryPeak, MemorySampler } from './memory-sampler.js';
import type { PlantedSecret } from './plant-secrets.js';
import { measureRecall, type Recall, reportedOffAddedLines } from './recall.js';
import { runSecretlint } from './secretlint-runner.js';

const MB = 1_000_000;

export interface BenchOptions {
  sizeMB: number;
  dir: string;
  seed: string;
  skipSecretlint: boolean;
  /** secretlint runs on the first repositories up to this size, and Warden again on the same files. */
  subsetMB: number;
}

/** One measured run. `bytes` and `files` are what the engine reports it scanned. */
export interface PhaseResult {
  id: string;
  label: string;
  bytes: number;
  files: number;
  seconds: number;
  mbPerSecond: number;
  /** CPU time of the whole process (every thread) during the phase: wall time lies on a busy machine. */
  cpuSeconds: number;
  findings: number;
  recall: Recall;
  memory: MemoryPeak;
  /** Diff phase: findings on removed or context lines that hold a planted secret (should be 0). */
  negativesReported?: number;
}

/** One secretlint run over the subset. */
export interface SecretlintFigures {
  seconds: number;
  mbPerSecond: number;
  cpuSeconds?: number;
  /** Warden MB/s (1 core) over this run's MB/s, on the same files. */
  ratio: number;
  /** The same ratio by bytes per CPU-second, which other load on the machine does not skew. */
  cpuRatio?: number;
}

export interface SecretlintComparison {
  /** Which files: the first repositories of the corpus, in order, up to `subsetMB`. */
  repos: string[];
  bytes: number;
  files: number;
  via: 'api' | 'cli';
  /** As installed: its always-on profiler included. */
  shipped: SecretlintFigures;
  /** With the profiler's marks switched off (api only): the lint alone. */
  withoutProfiler?: SecretlintFigures;
  reported: number;
  recall: Recall;
  /** The Warden phase over exactly the same files, on one core. */
  wardenPhase: string;
}

export interface BenchReport {
  machine: {
    cores: number;
    cpu: string;
    node: string;
    platform: string;
    /** 1-minute load average before and after the run: above `cores`, other work shared the CPUs. */
    loadBefore: number;
    loadAfter: number;
  };
  corpus: {
    dir: string;
    generated: boolean;
    setupSeconds: number;
    bytes: number;
    files: number;
    repos: number;
    planted: number;
    diffBytes: number;
    diffFiles: number;
    largestDiffFile: { path: string; bytes: number };
    diffPlanted: Record<'added' | 'removed' | 'context', number>;
  };
  rules: number;
  phases: PhaseResult[];
  secretlint?: SecretlintComparison;
  warnings: string[];
}

/** Generates (or reuses) the corpus, then runs every phase in this process, in a fixed order. */
export async function runBench(options: BenchOptions, log: (message: string) => void): Promise<BenchReport> {
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  log(`corpus: ${options.dir} (${options.sizeMB} MB)`);
  const { manifest, generated } = prepareCorpus({
    dir: options.dir,
    sizeMB: options.sizeMB,
    seed: options.seed,
  });
  const setupSeconds = (performance.now() - started) / 1000;
  log(`corpus ${generated ? 'generated' : 'reused'} in ${setupSeconds.toFixed(1)} s`);
  const paths = corpusPaths(options.dir);
  const parsed = validateConfig({});
  if (!parsed.ok) throw new Error(`default config does not validate: ${JSON.stringify(parsed.issues)}`);
  const config = parsed.config.secrets;
  const report: BenchReport = {
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadBefore,
      loadAfter: 0,
    },
    corpus: {
      dir: options.dir,
      generated,
      setupSeconds,
      bytes: manifest.bytes,
      files: manifest.files,
      repos: manifest.repos.length,
      planted: manifest.planted.length,
      diffBytes: manifest.diff.bytes,
      diffFiles: manifest.diff.files,
      largestDiffFile: manifest.diff.largest,
      diffPlanted: {
        added: manifest.diff.planted.filter((secret) => secret.side === 'added').length,
        removed: manifest.diff.planted.filter((secret) => secret.side === 'removed').length,
        context: manifest.diff.planted.filter((secret) => secret.side === 'context').length,
      },
    },
    rules: selectRules(config.disable_rules).length,
    phases: [],
    warnings: [],
  };
  const folder = (id: string, label: string, repos: string[], jobs: number | undefined) =>
    runFolderPhase({
      id,
      label,
      repos,
      jobs,
      config,
      manifest,
      tree: paths.tree,
      warnings: report.warnings,
      log,
    });

  const all = manifest.repos.map((repo) => repo.path);
  const half = all.slice(0, Math.max(1, Math.floor(all.length / 2)));
  report.phases.push(await folder('folder-1-core-half', 'folder, 1 core, first half', half, 1));
  report.phases.push(await folder('folder-1-core', 'folder, 1 core', all, 1));
  const cores = availableParallelism();
  report.phases.push(await folder('folder-all-cores', `folder, ${cores} threads`, all, undefined));
  report.phases.push(await runDiffPhase(config, manifest, paths.diff, log));
  report.phases.push(await runEnginePhase(config, manifest, paths.tree, all, log));

  if (!options.skipSecretlint) {
    report.secretlint = await compareWithSecretlint(options, manifest, paths.tree, report, folder, log);
  }
  report.machine.loadAfter = loadavg()[0]!;
  const busiest = Math.max(report.machine.loadBefore, report.machine.loadAfter);
  if (busiest > report.machine.cores) {
    report.warnings.push(
      `load average ${busiest.toFixed(1)} on ${report.machine.cores} cores: other processes shared the CPUs, so wall-clock MB/s is pessimistic; compare the CPU-time column`,
    );
  }
  return report;
}

/** The corpus, generated first (in a child process, see generate.ts) unless already complete. */
function prepareCorpus(options: CorpusOptions): { manifest: CorpusManifest; generated: boolean } {
  const existing = readCompleteCorpus(options);
  if (existing) return { manifest: existing, generated: false };
  const script = fileURLToPath(new URL('./generate.js', import.meta.url));
  const child = spawnSync(process.execPath, [script, JSON.stringify(options)], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const manifest = readCompleteCorpus(options);
  if (child.status !== 0 || !manifest) {
    throw new Error(`corpus generation failed (exit ${child.status}); see the error above`);
  }
  return { manifest, generated: true };
}

interface FolderPhase {
  id: string;
  label: string;
  repos: string[];
  jobs: number | undefined;
  config: SecretsConfig;
  manifest: CorpusManifest;
  tree: string;
  warnings: string[];
  log: (message: string) => void;
}

interface Measured<T> {
  result: T;
  seconds: number;
  cpuSeconds: number;
  memory: MemoryPeak;
}

/** Runs `work` under the clocks every phase reports: wall time, CPU time and peak memory. */
async function measure<T>(work: (sampler: MemorySampler) => T | Promise<T>): Promise<Measured<T>> {
  const sampler = new MemorySampler();
  sampler.start();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work(sampler);
  const seconds = (performance.now() - started) / 1000;
  const memory = sampler.stop();
  const { user, system } = process.cpuUsage(cpu);
  return { result, seconds, cpuSeconds: (user + system) / 1e6, memory };
}

function inRepos(repos: readonly string[]): (secret: PlantedSecret) => boolean {
  const prefixes = repos.map((repo) => `${repo}/`);
  return (secret) => prefixes.some((prefix) => secret.path.startsWith(prefix));
}

async function runFolderPhase(phase: FolderPhase): Promise<PhaseResult> {
  phase.log(`${phase.label}: scanning ${phase.repos.length} repositories`);
  const { result, seconds, cpuSeconds, memory } = await measure((sampler) =>
    scanFiles(phase.repos, {
      config: phase.config,
      cwd: phase.tree,
      gitignore: true,
      jobs: phase.jobs,
      onProgress: () => sampler.sample(),
    }),
  );
  const expected = phase.manifest.repos
    .filter((repo) => phase.repos.includes(repo.path))
    .reduce((sum, repo) => sum + repo.files, 0);
  const covered = result.files + result.skipped.length;
  if (covered < expected) {
    phase.warnings.push(
      `${phase.label}: scanFiles covered ${covered} of ${expected} files (${result.skipped.length} skipped); MB/s counts only what it scanned`,
    );
  }
  const planted = phase.manifest.planted.filter(inRepos(phase.repos));
  return {
    id: phase.id,
    label: phase.label,
    bytes: result.bytes,
    files: result.files,
    seconds,
    mbPerSecond: result.bytes / MB / seconds,
    cpuSeconds,
    findings: result.findings.length,
    recall: measureRecall(planted, result.findings),
    memory,
  };
}

async function runDiffPhase(
  config: SecretsConfig,
  manifest: CorpusManifest,
  diff: string,
  log: (message: string) => void,
): Promise<PhaseResult> {
  log(`diff: streaming ${(manifest.diff.bytes / MB).toFixed(1)} MB through scanDiffStream`);
  const { result, seconds, cpuSeconds, memory } = await measure(() => {
    const scanner = createScanner(selectRules(config.disable_rules));
    return scanDiffStream(scanner, diff, { stdin: process.stdin, cwd: process.cwd() });
  });
  const added = manifest.diff.planted.filter((secret) => secret.side === 'added');
  const elsewhere = manifest.diff.planted.filter((secret) => secret.side !== 'added');
  return {
    id: 'diff-stream',
    label: 'diff stream, 1 core',
    bytes: result.bytes,
    files: result.files,
    seconds,
    mbPerSecond: result.bytes / MB / seconds,
    cpuSeconds,
    findings: result.findings.length,
    recall: measureRecall(added, result.findings),
    memory,
    negativesReported: elsewhere.filter((secret) => reportedOffAddedLines(secret, result.findings)).length,
  };
}

/**
 * The engine alone: every file of the corpus read into memory first (not timed), as a folder
 * scan reads it, then one scanner over all of them twice, and only the second, warm pass timed.
 * What a folder scan costs beyond this is reading files and the JIT's warm-up, which depend on
 * the machine.
 */
async function runEnginePhase(
  config: SecretsConfig,
  manifest: CorpusManifest,
  tree: string,
  repos: string[],
  log: (message: string) => void,
): Promise<PhaseResult> {
  log('engine: reading the corpus into memory, then scanning it twice (the second pass is timed)');
  const maxBytes = config.max_file_size_kb * 1024;
  const targets: ScanTarget[] = [];
  let bytes = 0;
  for (const file of listFiles(tree, repos)) {
    const source = readSourceFile(file.absolutePath, file.path, maxBytes);
    if ('skipped' in source) continue;
    targets.push({ path: file.path, text: source.text, utf8Bytes: source.utf8Bytes });
    bytes += source.bytes;
  }
  const scanner = createScanner(selectRules(config.disable_rules));
  for (const target of targets) scanner.scan(target);
  const {
    result: findings,
    seconds,
    cpuSeconds,
    memory,
  } = await measure(() => targets.flatMap((target) => scanner.scan(target)));
  return {
    id: 'engine-in-memory',
    label: 'engine only, 1 core, warm',
    bytes,
    files: targets.length,
    seconds,
    mbPerSecond: bytes / MB / seconds,
    cpuSeconds,
    findings: findings.length,
    recall: measureRecall(manifest.planted.filter(inRepos(repos)), findings),
    memory,
  };
}

async function compareWithSecretlint(
  options: BenchOptions,
  manifest: CorpusManifest,
  tree: string,
  report: BenchReport,
  folder: (id: string, label: string, repos: string[], jobs: number | undefined) => Promise<PhaseResult>,
  log: (message: string) => void,
): Promise<SecretlintComparison> {
  const repos: string[] = [];
  let bytes = 0;
  for (const repo of manifest.repos) {
    if (repos.length > 0 && bytes >= options.subsetMB * MB) break;
    repos.push(repo.path);
    bytes += repo.bytes;
  }
  // Warden first: secretlint's allocations would otherwise show in this phase's RSS.
  const warden = await folder('folder-1-core-subset', 'folder, 1 core, secretlint subset', repos, 1);
  report.phases.push(warden);
  const files = listFiles(tree, repos).map((file) => file.absolutePath);
  log(`secretlint: ${files.length} files, ${(bytes / MB).toFixed(1)} MB (${repos.join(', ')}), as installed`);
  const shipped = await runSecretlint(files, tree, { profiler: true });
  log('secretlint: the same files with its profiler switched off');
  const bare = await runSecretlint(files, tree, { profiler: false });
  const figures = (run: { seconds: number; cpuSeconds?: number }): SecretlintFigures => {
    const mbPerSecond = bytes / MB / run.seconds;
    return {
      seconds: run.seconds,
      mbPerSecond,
      ratio: warden.mbPerSecond / mbPerSecond,
      ...(run.cpuSeconds === undefined
        ? {}
        : {
            cpuSeconds: run.cpuSeconds,
            cpuRatio: warden.bytes / warden.cpuSeconds / (bytes / run.cpuSeconds),
          }),
    };
  };
  return {
    repos,
    bytes,
    files: files.length,
    via: shipped.via,
    shipped: figures(shipped),
    ...(bare.profilerDisabled ? { withoutProfiler: figures(bare) } : {}),
    reported: shipped.reported.length,
    recall: measureRecall(manifest.planted.filter(inRepos(repos)), shipped.reported),
    wardenPhase: warden.id,
  };
}
