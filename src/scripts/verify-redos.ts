// Proves every rule pattern and gate free of catastrophic backtracking with recheck and records
// each proof (the regex's digest) in src/core/secrets/rules/redos-proofs.json. Proving all 400+
// patterns takes many minutes, so `redos.test.ts` re-proves only patterns without a recorded
// proof; run `npm run verify:redos -- --all` to prove everything again (CI does, weekly).
import { readFileSync, writeFileSync } from 'node:fs';
import { check } from 'recheck';
import { patternDigest, RECHECK_OPTIONS, ruleRegexes } from '../core/secrets/redos-proof.js';
import { RULES } from '../core/secrets/rules/index.js';

const file = new URL('../../src/core/secrets/rules/redos-proofs.json', import.meta.url);
const all = process.argv.includes('--all');
const previous: Record<string, string> = all ? {} : JSON.parse(readFileSync(file, 'utf8'));
const proofs: Record<string, string> = {};
const failures: string[] = [];
let proved = 0;

const queue = ruleRegexes(RULES);
const total = queue.length;
async function worker(): Promise<void> {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { ruleId, name, regex } = next;
    const digest = patternDigest(regex);
    if (previous[digest] !== undefined) {
      proofs[digest] = ruleId;
      continue;
    }
    const result = await check(regex.source, regex.flags.replace(/[gyd]/g, ''), RECHECK_OPTIONS);
    if (result.status === 'safe') {
      proofs[digest] = ruleId;
      proved++;
    } else {
      failures.push(
        `${name}: ${result.status}${result.status === 'vulnerable' ? ` (attack: ${result.attack.pattern})` : ''}`,
      );
    }
    process.stderr.write(`\r${Object.keys(proofs).length + failures.length}/${total} checked`);
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
