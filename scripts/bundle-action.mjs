// Bundles the Action (src/action/main.ts) and its scan worker into action/dist/, which is
// committed: a runner runs it without installing anything. CI rebuilds and fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../action/dist/', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { index: 'src/action/main.ts', 'scan-worker': 'src/local/scan-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  define: { __WARDEN_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __wardenCreateRequire } from 'node:module';\nconst require = __wardenCreateRequire(import.meta.url);",
  },
});
writeFileSync(`${outdir}package.json`, '{ "type": "module" }\n');
