import type { PolicyFinding, PolicyResult } from '../policy.js';
import type { BranchProtectionConfig, Requirements } from './branch-protection-config.schema.js';
import type { BranchProtectionState } from './branch-protection-state.js';
import { type ProtectionModel, toProtectionModel } from './protection-model.js';
import { requiredProtection } from './required-protection.js';
import { TIER_SCORE, tierReached } from './scorecard-tiers.js';

const SETTINGS_HINT = 'Settings → Rules → Rulesets (or Settings → Branches for classic protection)';

/**
 * Compares each configured branch's effective protection (rulesets and classic merged) with
 * what the config requires. Archived, empty and plan-unavailable repositories are states, not
 * violations.
 */
export function checkBranchProtection(
  state: BranchProtectionState,
  config: BranchProtectionConfig,
): PolicyResult {
  if (state.repo.archived)
    return asState(
      'archived',
      `${state.repo.fullName} is archived: nothing can be pushed, so there is nothing to protect.`,
    );
  if (state.repo.empty)
    return asState(
      'empty',
      `${state.repo.fullName} has no commits yet; Warden will check it after the first push.`,
    );
  if (state.unavailableOnPlan) {
    return asState(
      'unavailable-on-plan',
      `Branch protection is not available for ${state.repo.fullName} on its current GitHub plan (private repositories need GitHub Pro, Team or Enterprise). This is not a violation.`,
    );
  }
  const required = requiredProtection(config);
  const findings: PolicyFinding[] = [];
  const branches: Record<string, { tier: string | null; score: number; model: ProtectionModel }> = {};
  for (const branch of state.branches) {
    const model = toProtectionModel(
      branch.classic === 'unknown' ? undefined : (branch.classic ?? undefined),
      branch.rules,
      new Set(branch.rulesetsWithoutBypass),
    );
    const tier = tierReached(model);
    branches[branch.name] = { tier: tier ?? null, score: tier ? TIER_SCORE[tier] : 0, model };
    findings.push(...compare(branch.name, model, required, branch.classic === 'unknown'));
  }
  const pass = findings.length === 0;
  const tiers = Object.entries(branches).map(
    ([name, b]) =>
      `\`${name}\`: ${b.tier ? `Scorecard ${b.tier} (${b.score}/10)` : 'below Scorecard tier 1 (0/10)'}`,
  );
  const notifyText = pass
    ? `Branch protection meets the configured requirements (${config.preset} and explicit keys). ${tiers.join('; ')}.`
    : [
        `Branch protection of ${state.repo.fullName} falls short of the configuration (preset ${config.preset}):`,
        '',
        ...findings.map((f) => `- **${f.message}** ${f.evidence}. Fix: ${f.fix}`),
        '',
        `Reached now: ${tiers.join('; ')}.`,
      ].join('\n');
  return { pass, findings, notifyText, details: { required, branches } };
}

function asState(kind: 'archived' | 'empty' | 'unavailable-on-plan', message: string): PolicyResult {
  return { pass: true, findings: [], state: { kind, message }, notifyText: message, details: {} };
}

function compare(
  branch: string,
  model: ProtectionModel,
  required: Requirements,
  classicUnknown: boolean,
): PolicyFinding[] {
  const findings: PolicyFinding[] = [];
  const from = (key: keyof ProtectionModel['sources']) => {
    const sources = model.sources[key];
    const seen = sources?.length ? `set by ${sources.join(', ')}` : 'set nowhere';
    return classicUnknown ? `${seen} (classic protection could not be read with this token)` : seen;
  };
  const add = (requirement: string, message: string, evidence: string, fix: string, fixable = true) =>
    findings.push({ requirement: `${branch}:${requirement}`, message, evidence, fix, fixable });

  if (required.allow_force_pushes === false && model.allow_force_pushes) {
    add(
      'allow_force_pushes',
      `Force pushes to \`${branch}\` are allowed`,
      'No ruleset or classic rule blocks them',
      `block force pushes on \`${branch}\` (${SETTINGS_HINT}).`,
    );
  }
  if (required.allow_deletions === false && model.allow_deletions) {
    add(
      'allow_deletions',
      `\`${branch}\` can be deleted`,
      'No ruleset or classic rule restricts deletion',
      `restrict deletions of \`${branch}\` (${SETTINGS_HINT}).`,
    );
  }
  const count = required.required_approving_review_count;
  if (count !== undefined && (model.required_approving_review_count ?? -1) < count) {
    const now = model.required_approving_review_count;
    add(
      'required_approving_review_count',
      count === 0
        ? `Pull requests are not required on \`${branch}\``
        : `\`${branch}\` needs ${count} approving review${count > 1 ? 's' : ''}`,
      now === null
        ? 'Pull requests are not required at all'
        : `${now} required now, ${from('required_approving_review_count')}`,
      `require a pull request with at least ${count} approval${count === 1 ? '' : 's'} before merging into \`${branch}\` (${SETTINGS_HINT}).`,
    );
  }
  const booleans: Array<[keyof Requirements & keyof ProtectionModel, string, string]> = [
    [
      'dismiss_stale_reviews',
      'Stale approvals are not dismissed',
      'dismiss stale pull request approvals when new commits are pushed',
    ],
    ['require_code_owner_reviews', 'Code-owner review is not required', 'require review from code owners'],
    [
      'require_last_push_approval',
      'The most recent push does not need approval',
      'require approval of the most recent reviewable push',
    ],
    [
      'enforce_admins',
      'Administrators can bypass the rules',
      'apply the rules to administrators (classic "Do not allow bypassing", or a ruleset with no bypass list)',
    ],
    ['required_linear_history', 'Linear history is not required', 'require linear history'],
    ['required_signatures', 'Signed commits are not required', 'require signed commits'],
    [
      'required_conversation_resolution',
      'Review conversations need not be resolved',
      'require conversation resolution before merging',
    ],
  ];
  for (const [key, message, fix] of booleans) {
    if (required[key] === true && model[key] !== true)
      add(key, `${message} on \`${branch}\``, from(key), `${fix} on \`${branch}\` (${SETTINGS_HINT}).`);
  }
  const checks = required.required_status_checks;
  if (checks) {
    const current = model.required_status_checks;
    if (checks.strict && !current?.strict) {
      // A ruleset can only require up-to-date branches for named checks: with none named
      // anywhere, Warden has nothing to apply and must not pretend it can.
      const named = checks.contexts.some((context) => context !== '*') || (current?.contexts.length ?? 0) > 0;
      add(
        'required_status_checks.strict',
        `\`${branch}\` does not require branches to be up to date before merging`,
        current ? from('required_status_checks') : 'No status checks are required',
        named
          ? `require status checks with "Require branches to be up to date before merging" on \`${branch}\`.`
          : `name your CI checks in \`branch_protection.required_status_checks.contexts\` so they can be required with "Require branches to be up to date before merging" on \`${branch}\`.`,
        named,
      );
    }
    const wantsAny = checks.contexts.includes('*');
    const missing = checks.contexts.filter(
      (context) => context !== '*' && !current?.contexts.includes(context),
    );
    if (missing.length > 0) {
      add(
        'required_status_checks.contexts',
        `Status check${missing.length > 1 ? 's' : ''} ${missing.map((c) => `\`${c}\``).join(', ')} not required on \`${branch}\``,
        current?.contexts.length
          ? `required now: ${current.contexts.join(', ')}`
          : 'No status checks are required',
        `add ${missing.join(', ')} to the required status checks of \`${branch}\`.`,
      );
    }
    if (wantsAny && !current?.contexts.length && missing.length === 0) {
      add(
        'required_status_checks.contexts',
        `No status check is required on \`${branch}\``,
        'Scorecard tier 3 needs at least one required status check',
        `name your CI checks in \`branch_protection.required_status_checks.contexts\` (Warden cannot guess them), or require them on \`${branch}\` by hand.`,
        false,
      );
    }
  }
  return findings;
}
