import type { BranchProtectionConfig, Requirements } from './branch-protection-config.schema.js';
import {
  type BranchProtectionState,
  type RulesetSnapshot,
  WARDEN_RULESET_NAME,
} from './branch-protection-state.js';
import { checkBranchProtection } from './check-branch-protection.js';
import type { ClassicProtection } from './protection-model.js';
import { requiredProtection } from './required-protection.js';

type RulesetRule = { type: string; parameters?: Record<string, unknown> };

/** The body of a repository ruleset, as `POST /repos/{o}/{r}/rulesets` takes it. */
export interface RulesetBody {
  name: string;
  target: 'branch';
  enforcement: 'active';
  bypass_actors: unknown[];
  conditions: { ref_name: { include: string[]; exclude: string[] } };
  rules: RulesetRule[];
}

/** The body of `PUT .../branches/{branch}/protection`: all four required keys, null where unused. */
export interface ClassicProtectionBody {
  required_status_checks: { strict: boolean; contexts: string[] } | null;
  enforce_admins: boolean | null;
  required_pull_request_reviews: {
    dismiss_stale_reviews: boolean;
    require_code_owner_reviews: boolean;
    required_approving_review_count: number;
    require_last_push_approval: boolean;
  } | null;
  restrictions: null;
  required_linear_history?: boolean;
  allow_force_pushes?: boolean;
  allow_deletions?: boolean;
  required_conversation_resolution?: boolean;
}

export type BranchProtectionChange =
  | { kind: 'create-ruleset'; ruleset: RulesetBody }
  | { kind: 'update-ruleset'; rulesetId: number; ruleset: RulesetBody }
  | {
      kind: 'put-classic-protection';
      branch: string;
      protection: ClassicProtectionBody;
      requireSignatures: boolean;
    };

/**
 * The changes that would make the branches comply, as data. It never weakens a setting that is
 * already stronger and never deletes a rule Warden does not own: in ruleset mode it creates or
 * updates only the Warden-managed ruleset (keeping whatever is stronger in it); in classic mode
 * it merges the requirements into each branch's existing protection.
 */
export function planBranchProtection(
  state: BranchProtectionState,
  config: BranchProtectionConfig,
): BranchProtectionChange[] {
  const result = checkBranchProtection(state, config);
  if (result.pass || !result.findings.some((finding) => finding.fixable)) return [];
  const required = requiredProtection(config);
  if (config.mode === 'classic') {
    const failing = new Set(result.findings.map((finding) => finding.requirement.split(':')[0]));
    return state.branches
      .filter((branch) => failing.has(branch.name))
      .map((branch) => ({
        kind: 'put-classic-protection' as const,
        branch: branch.name,
        protection: toClassicBody(required, branch.classic === 'unknown' ? null : branch.classic),
        requireSignatures: required.required_signatures === true,
      }));
  }
  const ruleset = toRulesetBody(required, config.branches, state.wardenRuleset ?? undefined);
  return state.wardenRuleset
    ? [{ kind: 'update-ruleset', rulesetId: state.wardenRuleset.id, ruleset }]
    : [{ kind: 'create-ruleset', ruleset }];
}

function refPatterns(branches: readonly string[]): string[] {
  return branches.map((branch) => (branch === 'default' ? '~DEFAULT_BRANCH' : `refs/heads/${branch}`));
}

function toRulesetBody(
  required: Requirements,
  branches: readonly string[],
  existing: RulesetSnapshot | undefined,
): RulesetBody {
  const existingRules = new Map((existing?.rules ?? []).map((rule) => [rule.type, rule.parameters ?? {}]));
  const rules: RulesetRule[] = [];
  const keepOrAdd = (type: string, wanted: boolean) => {
    if (wanted || existingRules.has(type)) rules.push({ type });
  };
  keepOrAdd('deletion', required.allow_deletions === false);
  keepOrAdd('non_fast_forward', required.allow_force_pushes === false);
  keepOrAdd('required_linear_history', required.required_linear_history === true);
  keepOrAdd('required_signatures', required.required_signatures === true);

  const pr = existingRules.get('pull_request');
  if (required.required_approving_review_count !== undefined || pr) {
    rules.push({
      type: 'pull_request',
      // Parameters Warden does not manage (allowed merge methods, ...) are kept as they are.
      parameters: {
        ...pr,
        required_approving_review_count: Math.max(
          Number(pr?.required_approving_review_count ?? 0),
          required.required_approving_review_count ?? 0,
        ),
        dismiss_stale_reviews_on_push:
          pr?.dismiss_stale_reviews_on_push === true || required.dismiss_stale_reviews === true,
        require_code_owner_review:
          pr?.require_code_owner_review === true || required.require_code_owner_reviews === true,
        require_last_push_approval:
          pr?.require_last_push_approval === true || required.require_last_push_approval === true,
        required_review_thread_resolution:
          pr?.required_review_thread_resolution === true ||
          required.required_conversation_resolution === true,
      },
    });
  }
  const checks = existingRules.get('required_status_checks');
  const existingContexts = (
    (checks?.required_status_checks as Array<{ context: string }> | undefined) ?? []
  ).map((c) => c.context);
  const wantedContexts = (required.required_status_checks?.contexts ?? []).filter(
    (context) => context !== '*',
  );
  const contexts = [...new Set([...existingContexts, ...wantedContexts])].sort();
  if (contexts.length > 0) {
    rules.push({
      type: 'required_status_checks',
      parameters: {
        ...checks,
        strict_required_status_checks_policy:
          checks?.strict_required_status_checks_policy === true ||
          required.required_status_checks?.strict === true,
        // Existing entries keep their integration_id; new ones accept any app.
        required_status_checks: contexts.map(
          (context) =>
            (checks?.required_status_checks as Array<{ context: string }> | undefined)?.find(
              (c) => c.context === context,
            ) ?? { context },
        ),
      },
    });
  }
  for (const [type, parameters] of existingRules) {
    if (!rules.some((rule) => rule.type === type))
      rules.push(Object.keys(parameters).length ? { type, parameters } : { type });
  }
  const include = [
    ...new Set([...(existing?.conditions?.ref_name?.include ?? []), ...refPatterns(branches)]),
  ];
  return {
    name: WARDEN_RULESET_NAME,
    target: 'branch',
    enforcement: 'active',
    // No bypass list: the rules bind administrators too. An existing list is kept unless the
    // config enforces for admins, so a plan never opens a bypass nor silently removes one.
    bypass_actors: required.enforce_admins ? [] : (existing?.bypass_actors ?? []),
    conditions: { ref_name: { include, exclude: existing?.conditions?.ref_name?.exclude ?? [] } },
    rules,
  };
}

function toClassicBody(required: Requirements, current: ClassicProtection | null): ClassicProtectionBody {
  const reviews = current?.required_pull_request_reviews;
  const wantsReviews = required.required_approving_review_count !== undefined || reviews;
  const checks = current?.required_status_checks;
  const contexts = [
    ...new Set([
      ...(checks?.contexts ?? []),
      ...(required.required_status_checks?.contexts ?? []).filter((c) => c !== '*'),
    ]),
  ].sort();
  const wantsChecks = checks || required.required_status_checks;
  return {
    required_status_checks: wantsChecks
      ? { strict: checks?.strict === true || required.required_status_checks?.strict === true, contexts }
      : null,
    enforce_admins: current?.enforce_admins?.enabled === true || required.enforce_admins === true,
    required_pull_request_reviews: wantsReviews
      ? {
          dismiss_stale_reviews:
            reviews?.dismiss_stale_reviews === true || required.dismiss_stale_reviews === true,
          require_code_owner_reviews:
            reviews?.require_code_owner_reviews === true || required.require_code_owner_reviews === true,
          required_approving_review_count: Math.max(
            reviews?.required_approving_review_count ?? 0,
            required.required_approving_review_count ?? 0,
          ),
          require_last_push_approval:
            reviews?.require_last_push_approval === true || required.require_last_push_approval === true,
        }
      : null,
    restrictions: null,
    required_linear_history:
      current?.required_linear_history?.enabled === true || required.required_linear_history === true,
    allow_force_pushes:
      required.allow_force_pushes === false
        ? false
        : current
          ? current.allow_force_pushes?.enabled === true
          : false,
    allow_deletions:
      required.allow_deletions === false
        ? false
        : current
          ? current.allow_deletions?.enabled === true
          : false,
    required_conversation_resolution:
      current?.required_conversation_resolution?.enabled === true ||
      required.required_conversation_resolution === true,
  };
}
