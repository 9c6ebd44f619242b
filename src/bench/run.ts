// Entry file for `npm run bench`: holds no logic beyond reading flags. See docs/benchmarks.md.
import { parseArgs } from 'node:util';
import { formatReport } from './format-report.js';
import { DEFAULT_SEED, defaultCorpusDir } from './generate-corpus.js';
import { runBench } from './run-bench.js';

const USAGE = `usage: npm run bench -- [--size MB] [--dir PATH] [--seed TEXT] [--skip-secretlint] [--json]

  --size MB           corpus size in MB (10^6 bytes), default 110; the diff is half of it
  --dir PATH          corpus folder, default <tmpdir>/warden-bench-corpus-v<version>-<size>mb (reused when complete)
  --seed TEXT         generator seed, default ${DEFAULT_SEED}
  --skip-secretlint   do not run secretlint
  --json              print the results as JSON only
`;

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '110' },
    dir: { type: 'string' },
    seed: { type: 'string', default: DEFAULT_SEED },
    'skip-secretlint': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const sizeMB = Number(values.size);
if (values.help || !Number.isInteger(sizeMB) || sizeMB < 1) {
  process.stderr.write(USAGE);
  process.exit(values.help ? 0 : 2);
}

const report = await runBench(
  {
    sizeMB,
    dir: values.dir ?? defaultCorpusDir(sizeMB, values.seed),
    seed: values.seed,
    skipSecretlint: values['skip-secretlint'],
    subsetMB: 10,
  },
  (message) => process.stderr.write(`bench: ${message}\n`),
);
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
