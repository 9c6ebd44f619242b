import type { Context } from 'probot';
import { formatConfigIssues } from '../core/config/parse-config.js';
import type { BranchProtectionConfig } from '../core/policies/branch-protection/branch-protection-config.schema.js';
import { checkBranchProtection } from '../core/policies/branch-protection/check-branch-protection.js';
import { planBranchProtection } from '../core/policies/branch-protection/plan-branch-protection.js';
import { OUTPUT_TEXT_LIMIT } from '../core/report/to-check-run.js';
import { completeCheckRun, failCheckRun, startCheckRun } from '../github/check-runs.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { listPullRequestFiles } from '../github/list-pull-request-files.js';
import { readBranchProtectionState } from '../github/read-branch-protection-state.js';
import { readRepoConfig } from '../github/read-repo-config.js';
import { type AppDeps, BRANCH_PROTECTION_CHECK } from './app-deps.js';
import { CONFIG_PATH } from './load-repo-config.js';
import { renderBranchProtectionPlan } from './render-branch-protection-plan.js';
import { reportCheckRunFailure } from './report-check-run-failure.js';

/**
 * The dry run of a pull request that changes `.github/warden.yml`: `Warden / branch
 * protection` on its head commit says what merging it would do. The proposed config is read
 * at the head commit (org defaults and `_extends` merged as after the merge), the protection
 * from the API, and the plan is the one `fix` would apply, rendered for review. Nothing is
 * changed. Pull requests that leave the file alone get no check run.
 */
export async function checkConfigPullRequest(
  context: Context,
  deps: AppDeps,
  pull: { number: number; headSha: string },
): Promise<void> {
  const gh = context.octokit;
  const repo = context.repo();
  const files = await deps.shared(`${context.id}:files:${pull.number}`, () =>
    listPullRequestFiles(gh, repo, pull.number),
  );
  if (!files.some((file) => file.filename === CONFIG_PATH || file.previous_filename === CONFIG_PATH)) return;
  const checkRunId = await startCheckRun(gh, repo, BRANCH_PROTECTION_CHECK, pull.headSha, deps.now());
  try {
    const proposed = await readRepoConfig(gh, repo, CONFIG_PATH, pull.headSha);
    if (!proposed.ok) {
      await failCheckRun(
        gh,
        repo,
        checkRunId,
        {
          title: 'Invalid Warden config',
          summary: `${formatConfigIssues(CONFIG_PATH, proposed.issues).replace(/\n {2}/g, '\n- ')}\n\nMerged as it is, this file would stop every Warden check of the repository until it is fixed.`,
        },
        deps.now(),
      );
      return;
    }
    const output = await dryRun(gh, repo, proposed.config.branch_protection);
    await completeCheckRun(
      gh,
      repo,
      checkRunId,
      {
        conclusion: 'success',
        ...output,
        summary: output.summary.slice(0, OUTPUT_TEXT_LIMIT),
        annotations: [],
      },
      deps.now(),
    );
    context.log.info(
      { repo: `${repo.owner}/${repo.repo}`, pull: pull.number, title: output.title },
      'Config dry run completed',
    );
  } catch (error) {
    await reportCheckRunFailure(context, gh, repo, checkRunId, error, deps.now(), 'dry run');
    throw error;
  }
}

async function dryRun(
  gh: GitHubClient,
  repo: RepoRef,
  config: BranchProtectionConfig,
): Promise<{ title: string; summary: string }> {
  const settings = `preset \`${config.preset}\`, action \`${config.action}\`, mode \`${config.mode}\`, branches ${config.branches.map((b) => `\`${b}\``).join(', ')}`;
  if (!config.enabled) {
    return {
      title: 'Branch protection checks off',
      summary: `With this config (\`branch_protection.enabled: false\`), Warden stops checking branch protection here and closes its tracking issue. Existing protection is left as it is.`,
    };
  }
  const state = await readBranchProtectionState(gh, repo, config);
  const result = checkBranchProtection(state, config);
  if (result.state) return { title: 'Nothing to protect', summary: result.state.message };
  const plan = planBranchProtection(state, config);
  const count = result.findings.length;
  const findings = `${count} finding${count === 1 ? '' : 's'}`;
  const title = result.pass
    ? 'Merging changes nothing: protection already meets it'
    : config.action === 'fix'
      ? `Merging applies ${plan.length} change${plan.length === 1 ? '' : 's'} (${findings})`
      : config.action === 'issue'
        ? `Merging reports ${findings} in a tracking issue`
        : `Merging logs ${findings}`;
  const doing = result.pass
    ? 'find nothing to do'
    : config.action === 'fix'
      ? 'apply the plan below at once, audit each change, and report in a tracking issue whatever it cannot fix'
      : config.action === 'issue'
        ? 'open (or update) the tracking issue with the findings below, and change nothing'
        : 'log the findings below, and change nothing';
  const summary = [
    `This pull request changes \`${CONFIG_PATH}\`. Merged, with ${settings}, Warden would ${doing}.`,
    '',
    '### Findings with the proposed config',
    result.notifyText,
    ...(result.pass
      ? []
      : [
          '',
          config.action === 'fix'
            ? '### Plan'
            : '### Plan (what `action: fix` would apply; not applied with this action)',
          renderBranchProtectionPlan(plan),
        ]),
  ].join('\n');
  return { title, summary };
}
