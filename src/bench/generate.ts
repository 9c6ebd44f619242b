// Entry file: generates a corpus in a child process, so that the benchmark's own memory figures
// do not carry the generator's garbage. Holds no logic; see generate-corpus.ts.
import { type CorpusOptions, generateCorpus } from './generate-corpus.js';

const options = JSON.parse(process.argv[2] ?? '{}') as CorpusOptions;
generateCorpus(options);
