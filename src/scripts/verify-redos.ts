// Proves every rule pattern free of catastrophic backtracking with recheck and records each
// proof (the pattern's digest) in src/core/secrets/rules/redos-proofs.json. Proving all 400+
// patterns takes many minutes, so `redos.test.ts` re-proves only patterns without a recorded
// proof; run `npm run verify:redos -- --all` to prove everything again (CI does, weekly).
import { readFileSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { patternDigest, RECHECK_OPTIONS } from '../core/secrets/redos-proof.js';
import { RULES } from '../core/secrets/rules/index.js';

const file = new URL('../../src/core/secrets/rules/redos-proofs.json', import.meta.url);
const all = process.argv.includes('--all');
const previous: Record<string, string> = all ? {} : JSON.parse(readFileSync(file, 'utf8'));
const proofs: Record<string, string> = {};
const failures: string[] = [];
let proved = 0;

const queue = [...RULES];
async function worker(): Promise<void> {
  for (let rule = queue.shift(); rule; rule = queue.shift()) {
    const digest = patternDigest(rule.pattern);
    if (previous[digest] === rule.id) {
      proofs[digest] = rule.id;
      continue;
    }
    const result = await check(
      rule.pattern.source,
      rule.pattern.flags.replace(/[gyd]/g, ''),
      RECHECK_OPTIONS,
    );
    if (result.status === 'safe') {
      proofs[digest] = rule.id;
      proved++;
    } else {
      failures.push(
        `${rule.id}: ${result.status}${result.status === 'vulnerable' ? ` (attack: ${result.attack.pattern})` : ''}`,
      );
    }
    process.stderr.write(`\r${Object.keys(proofs).length + failures.length}/${RULES.length} checked`);
  }
}
// recheck runs its checker in a child process, so two at a time use both cores.
await Promise.all([worker(), worker()]);
const sorted = Object.fromEntries(Object.entries(proofs).sort(([, a], [, b]) => a.localeCompare(b)));
writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
process.stderr.write(`\n${proved} newly proved, ${Object.keys(proofs).length} on record.\n`);
if (failures.length > 0) {
  process.stderr.write(`Not proven safe:\n${failures.join('\n')}\n`);
  process.exitCode = 1;
}
