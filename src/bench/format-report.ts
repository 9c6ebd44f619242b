import type { Recall } from './recall.js';
import type { BenchReport, PhaseResult, SecretlintFigures } from './run-bench.js';
import type { SecretKind } from './secret-kinds.js';

const MB = 1_000_000;

function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

function percent(found: number, total: number): string {
  return total === 0 ? '-' : `${((100 * found) / total).toFixed(1)}%`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const render = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(render)].join(
    '\n',
  );
}

function phaseRow(phase: PhaseResult): string[] {
  return [
    phase.label,
    mb(phase.bytes),
    String(phase.files),
    phase.seconds.toFixed(2),
    phase.mbPerSecond.toFixed(1),
    phase.cpuSeconds.toFixed(2),
    (phase.bytes / MB / phase.cpuSeconds).toFixed(1),
    String(phase.findings),
    `${phase.recall.found}/${phase.recall.planted} ${percent(phase.recall.found, phase.recall.planted)}`,
    String(phase.recall.unplanted),
    phase.memory.peakRssMB.toFixed(0),
    phase.memory.peakHeapUsedMB.toFixed(0),
  ];
}

function recallByKind(columns: { label: string; recall: Recall }[]): string {
  const kinds = [
    ...new Set(columns.flatMap((column) => Object.keys(column.recall.byKind))),
  ].sort() as SecretKind[];
  const rows = kinds.map((kind) => [
    kind,
    ...columns.map((column) => {
      const entry = column.recall.byKind[kind];
      return entry ? `${entry.found}/${entry.planted}` : '-';
    }),
  ]);
  return table(['planted kind', ...columns.map((column) => column.label)], rows);
}

function topRules(recall: Recall, count = 8): string {
  const entries = Object.entries(recall.unplantedByRule).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return 'none';
  const shown = entries.slice(0, count).map(([rule, n]) => `${rule} ${n}`);
  return entries.length > count ? `${shown.join(', ')}, … (${entries.length} rules)` : shown.join(', ');
}

/** The report as the tables `npm run bench` prints. */
export function formatReport(report: BenchReport): string {
  const { corpus, machine } = report;
  const find = (id: string) => report.phases.find((phase) => phase.id === id);
  const lines: string[] = [];
  lines.push(
    `Warden benchmark: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}; ${report.rules} rules; load average ${machine.loadBefore.toFixed(1)} before, ${machine.loadAfter.toFixed(1)} after`,
    `corpus ${mb(corpus.bytes)} in ${corpus.files} files (${corpus.repos} repositories), ${corpus.planted} planted secrets; ${corpus.generated ? 'generated' : 'reused'} in ${corpus.setupSeconds.toFixed(1)} s at ${corpus.dir}`,
    `diff ${mb(corpus.diffBytes)}, ${corpus.diffFiles} file patches, largest ${corpus.largestDiffFile.path} ${mb(corpus.largestDiffFile.bytes)}; planted on added/removed/context lines: ${corpus.diffPlanted.added}/${corpus.diffPlanted.removed}/${corpus.diffPlanted.context}`,
    '',
    table(
      [
        'phase',
        'scanned',
        'files',
        'wall s',
        'MB/s',
        'cpu s',
        'MB/cpu-s',
        'findings',
        'recall',
        'unplanted',
        'peak RSS MB',
        'peak heap MB',
      ],
      report.phases.map(phaseRow),
    ),
    '',
  );
  const half = find('folder-1-core-half');
  const whole = find('folder-1-core');
  if (half && whole) {
    lines.push(
      `memory vs input (1 core): ${mb(half.bytes)} → peak RSS ${half.memory.peakRssMB.toFixed(0)} MB, heap ${half.memory.peakHeapUsedMB.toFixed(0)} MB; ${mb(whole.bytes)} → peak RSS ${whole.memory.peakRssMB.toFixed(0)} MB, heap ${whole.memory.peakHeapUsedMB.toFixed(0)} MB`,
    );
  }
  lines.push(
    'RSS is the whole process: in the worker phase it includes every worker thread; heap is the main thread only.',
  );
  const diff = find('diff-stream');
  if (diff) {
    lines.push(
      `diff: ${diff.negativesReported ?? 0} findings on removed/context lines holding a planted secret (should be 0)`,
    );
  }
  lines.push('');
  const { secretlint } = report;
  const subset = secretlint ? find(secretlint.wardenPhase) : undefined;
  const columns = [
    ...(whole ? [{ label: 'folder', recall: whole.recall }] : []),
    ...(diff ? [{ label: 'diff (added lines)', recall: diff.recall }] : []),
    ...(subset ? [{ label: 'Warden (subset)', recall: subset.recall }] : []),
    ...(secretlint ? [{ label: 'secretlint (subset)', recall: secretlint.recall }] : []),
  ];
  lines.push(recallByKind(columns), '');
  if (whole) lines.push(`folder findings on no planted secret, by rule: ${topRules(whole.recall)}`);
  if (secretlint && subset) {
    const row = (label: string, figures: SecretlintFigures | undefined): string[] =>
      figures
        ? [
            label,
            figures.seconds.toFixed(2),
            figures.mbPerSecond.toFixed(2),
            figures.cpuSeconds?.toFixed(2) ?? '-',
            figures.cpuSeconds ? (secretlint.bytes / MB / figures.cpuSeconds).toFixed(2) : '-',
            `${figures.ratio.toFixed(1)}x`,
            figures.cpuRatio ? `${figures.cpuRatio.toFixed(1)}x` : '-',
          ]
        : [label, '-', '-', '-', '-', '-', '-'];
    lines.push(
      '',
      `secretlint 11 (recommended preset, ${secretlint.via === 'api' ? '@secretlint/node in this process' : 'npx secretlint'}) and Warden on the same files: ${secretlint.repos.join(', ')}, ${mb(secretlint.bytes)} in ${secretlint.files} files (the first repositories of the corpus)`,
      table(
        ['run', 'wall s', 'MB/s', 'cpu s', 'MB/cpu-s', 'Warden/this (wall)', 'Warden/this (cpu)'],
        [
          row('secretlint, as installed', secretlint.shipped),
          row('secretlint, profiler off', secretlint.withoutProfiler),
          [
            'Warden, 1 core',
            subset.seconds.toFixed(2),
            subset.mbPerSecond.toFixed(2),
            subset.cpuSeconds.toFixed(2),
            (subset.bytes / MB / subset.cpuSeconds).toFixed(2),
            '1.0x',
            '1.0x',
          ],
        ],
      ),
      `reports: secretlint ${secretlint.reported}, Warden ${subset.findings}`,
    );
  }
  if (report.warnings.length > 0)
    lines.push('', 'WARNINGS', ...report.warnings.map((warning) => `  ! ${warning}`));
  return `${lines.join('\n')}\n`;
}
