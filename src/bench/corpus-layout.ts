import type { FileType } from './file-types.js';
import type { Random } from './prng.js';
import { hex, kebab, pascal, snake } from './vocabulary.js';

/** One file to generate: where, what kind, and about how many characters. */
export interface FileSpec {
  path: string;
  type: FileType;
  size: number;
}

interface Share {
  type: FileType;
  /** Fraction of a repository's bytes. */
  share: number;
  min: number;
  max: number;
  /** One file holding the whole share (a lockfile), rather than many. */
  single?: boolean;
  path: (rng: Random) => string;
}

const KB = 1000;

/**
 * The mix of one generated repository, by bytes. Roughly: 45 % hand-written source in five
 * languages, 10 % config and docs, 20 % minified bundles, 14 % lockfiles, 11 % base64 blobs.
 */
const SHARES: readonly Share[] = [
  { type: 'ts', share: 0.14, min: KB, max: 40 * KB, path: (r) => `web/src/${kebab(r, 1)}/${kebab(r)}.ts` },
  { type: 'js', share: 0.06, min: KB, max: 30 * KB, path: (r) => `web/lib/${kebab(r)}.js` },
  { type: 'py', share: 0.09, min: KB, max: 40 * KB, path: (r) => `worker/${snake(r, 1)}/${snake(r)}.py` },
  {
    type: 'go',
    share: 0.08,
    min: KB,
    max: 40 * KB,
    path: (r) => `api/internal/${snake(r, 1)}/${snake(r)}.go`,
  },
  {
    type: 'java',
    share: 0.08,
    min: KB,
    max: 40 * KB,
    path: (r) => `service/src/main/java/com/acme/${snake(r, 1)}/${pascal(r, 2)}.java`,
  },
  {
    type: 'yaml',
    share: 0.03,
    min: 500,
    max: 12 * KB,
    path: (r) => (r.chance(0.3) ? `.github/workflows/${kebab(r)}.yml` : `deploy/k8s/${kebab(r)}.yaml`),
  },
  { type: 'json', share: 0.03, min: 500, max: 40 * KB, path: (r) => `config/${kebab(r)}.json` },
  { type: 'md', share: 0.03, min: KB, max: 30 * KB, path: (r) => `docs/${kebab(r)}.md` },
  {
    type: 'env',
    share: 0.006,
    min: 300,
    max: 3 * KB,
    path: (r) =>
      r.pick([`deploy/${kebab(r, 1)}.env`, `worker/.env.${kebab(r, 1)}`, `web/.env.${kebab(r, 1)}`]),
  },
  {
    type: 'properties',
    share: 0.01,
    min: 500,
    max: 6 * KB,
    path: (r) => `service/src/main/resources/application-${kebab(r, 1)}.properties`,
  },
  {
    type: 'bundle',
    share: 0.2,
    min: 200 * KB,
    max: 2000 * KB,
    path: (r) => `web/dist/assets/${kebab(r, 1)}-${hex(r, 8)}.min.js`,
  },
  { type: 'package-lock', share: 0.08, min: 20 * KB, max: 0, single: true, path: () => 'package-lock.json' },
  { type: 'yarn-lock', share: 0.04, min: 10 * KB, max: 0, single: true, path: () => 'web/yarn.lock' },
  { type: 'go-sum', share: 0.02, min: 5 * KB, max: 0, single: true, path: () => 'api/go.sum' },
  { type: 'css', share: 0.05, min: 5 * KB, max: 200 * KB, path: (r) => `web/src/styles/${kebab(r)}.css` },
  {
    type: 'cert-bundle',
    share: 0.03,
    min: 20 * KB,
    max: 250 * KB,
    path: (r) => `certs/${kebab(r, 1)}-ca-bundle.pem`,
  },
  {
    type: 'base64-json',
    share: 0.03,
    min: 5 * KB,
    max: 150 * KB,
    path: (r) => `test/fixtures/contents/${kebab(r)}.json`,
  },
];

/**
 * The files of one repository of about `budget` characters: every file type at least once,
 * then as many files of each type as its share of the budget holds.
 */
export function planRepo(rng: Random, budget: number): FileSpec[] {
  // Files larger than their type's allowance are drawn up to the allowance, so a 10 MB
  // repository gets bundles of up to 2 MB while a small test corpus stays small.
  const files: FileSpec[] = [];
  const taken = new Set<string>();
  const unique = (path: string) => {
    let candidate = path;
    for (let n = 2; taken.has(candidate); n++) candidate = path.replace(/(\.[^./]+)$/, `-${n}$1`);
    taken.add(candidate);
    return candidate;
  };
  for (const share of SHARES) {
    const allowance = share.share * budget;
    if (share.single) {
      files.push({ path: unique(share.path(rng)), type: share.type, size: Math.max(share.min, allowance) });
      continue;
    }
    let used = 0;
    do {
      const size = Math.min(rng.logRange(share.min, share.max), Math.max(share.min, allowance - used));
      files.push({ path: unique(share.path(rng)), type: share.type, size });
      used += size;
    } while (allowance - used >= share.min);
  }
  return files;
}
