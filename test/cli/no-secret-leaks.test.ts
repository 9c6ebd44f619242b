import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/secrets/rules/index.js';
import { runWarden } from '../helpers/run-warden.js';
import { tempDir } from '../helpers/temp-dir.js';

/** One planted secret per rule: the rule's own generated true positive, and the value in it. */
function plantSecrets(): { files: Record<string, string>; secrets: string[] } {
  const files: Record<string, string> = {};
  const secrets: string[] = [];
  for (const rule of RULES) {
    const line = rule.examples.truePositives()[0]!;
    const match = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '')).exec(line);
    const secret = match?.groups?.secret;
    if (!secret) throw new Error(`${rule.id}: its first true positive does not match its own pattern`);
    files[`planted/${rule.id}.txt`] = `${line}\n`;
    secrets.push(secret);
  }
  return { files, secrets };
}

/** The part of a secret past what redaction may show: finding it anywhere is a leak. */
const hiddenPart = (secret: string) => secret.slice(Math.min(4, Math.floor(secret.length / 4)));

describe('no output holds a whole secret', () => {
  it('text, JSON, SARIF, baseline, diff and git scans, and their stderr', async () => {
    const { files, secrets } = plantSecrets();
    const cwd = tempDir(files);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'plant');
    const diff = git('show', '--format=', 'HEAD');

    const runs = await Promise.all([
      runWarden(['scan'], { cwd }),
      runWarden(['scan', '--format', 'json'], { cwd }),
      runWarden(['scan', '--format', 'sarif', '--output', 'out.sarif'], { cwd }),
      runWarden(['scan', '--write-baseline', 'baseline.json'], { cwd }),
      runWarden(['scan', '--diff', '-', '--format', 'json'], { cwd, stdin: diff }),
      runWarden(['scan', '--git', 'HEAD', '--format', 'sarif'], { cwd }),
    ]);
    const outputs = [
      ...runs.flatMap((run) => [run.stdout, run.stderr]),
      readFileSync(join(cwd, 'out.sarif'), 'utf8'),
      readFileSync(join(cwd, 'baseline.json'), 'utf8'),
    ].join('\n');

    expect(JSON.parse(runs[1]!.stdout).findings).toHaveLength(RULES.length);
    expect(JSON.parse(runs[4]!.stdout).findings).toHaveLength(RULES.length);
    const leaked = secrets.filter((secret) => outputs.includes(hiddenPart(secret)));
    expect(leaked.map((secret) => secret.slice(0, 6))).toEqual([]);
  });
});
