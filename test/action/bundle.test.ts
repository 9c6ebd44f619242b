import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checksummedToken } from '../../src/core/secrets/sample.js';
import { tempDir } from '../helpers/temp-dir.js';

const DIST = fileURLToPath(new URL('../../action/dist/', import.meta.url));

describe('the bundled Action (action/dist), run as a runner runs it', () => {
  it('scans the workspace on schedule from a copy of dist/ alone, and fails the step', () => {
    // Only dist/ is copied: the bundle must not reach for anything else of the repository.
    const action = tempDir();
    mkdirSync(join(action, 'dist'));
    for (const file of ['index.js', 'scan-worker.js', 'package.json'])
      copyFileSync(join(DIST, file), join(action, 'dist', file));
    const secret = checksummedToken('ghp_');
    const workspace = tempDir({ 'deploy/.env': `GITHUB_TOKEN=${secret}\n`, 'README.md': '# hello\n' });
    const runnerTemp = tempDir({
      'event.json': JSON.stringify({ schedule: '17 3 * * *' }),
      'summary.md': '',
      'output.txt': '',
    });

    const run = spawnSync(process.execPath, [join(action, 'dist', 'index.js')], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: join(runnerTemp, 'event.json'),
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_WORKSPACE: workspace,
        GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
        GITHUB_OUTPUT: join(runnerTemp, 'output.txt'),
        INPUT_TOKEN: 'ghs_unused',
        INPUT_CHECKS: 'secrets',
        'INPUT_SARIF-FILE': 'warden.sarif',
      },
    });

    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Warden%3A GitHub personal access token \(classic\),file=deploy\/\.env,line=1/,
    );
    expect(run.stdout).toMatch(/::error::Warden found 1 secret at or above medium/);
    expect(readFileSync(join(runnerTemp, 'summary.md'), 'utf8')).toContain(
      '1 secret found in the whole tree',
    );
    expect(JSON.parse(readFileSync(join(workspace, 'warden.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    expect(readFileSync(join(runnerTemp, 'output.txt'), 'utf8')).toMatch(/findings<<.*\n1\n/);
    expect(run.stdout + run.stderr).not.toContain(secret.slice(4));
  });

  it('declares node24 and the inputs the README documents', () => {
    const manifest = readFileSync(new URL('../../action/action.yml', import.meta.url), 'utf8');

    expect(manifest).toMatch(/using: node24/);
    for (const input of ['token', 'checks', 'fail-on', 'sarif-file', 'config'])
      expect(manifest).toContain(`  ${input}:`);
  });
});
