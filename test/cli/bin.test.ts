import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checksummedToken } from '../../src/core/secrets/sample.js';
import { tempDir } from '../helpers/temp-dir.js';

// The built command, as a user runs it (`npm test` builds lib/ first).
const BIN = fileURLToPath(new URL('../../bin/warden.js', import.meta.url));

describe('bin/warden.js', () => {
  // 2: this thread and one worker; 3: two workers, each with batches queued.
  it.each([2, 3])('scans a large folder on %i threads and finds every planted secret', (jobs) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++)
      files[`pkg${i % 7}/file${i}.ts`] = `export const value${i} = ${i};\n`.repeat(20);
    const planted = [3, 299, 300, 599];
    for (const i of planted)
      files[`pkg${i % 7}/file${i}.ts`] += `const token = "${checksummedToken('ghp_')}";\n`;
    const cwd = tempDir(files);

    const run = spawnSync(process.execPath, [BIN, 'scan', '--jobs', String(jobs), '--format', 'json'], {
      cwd,
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.stats.files).toBe(600);
    expect(report.findings.map((f: { path: string }) => f.path).sort()).toEqual(
      planted.map((i) => `pkg${i % 7}/file${i}.ts`).sort(),
    );
  });

  it('prints usage and exits 2 without a command', () => {
    const run = spawnSync(process.execPath, [BIN], { encoding: 'utf8' });

    expect(run.status).toBe(2);
    expect(run.stdout).toContain('Usage: warden <command>');
  });
});
