import type { BranchProtectionConfig } from '../core/policies/branch-protection/branch-protection-config.schema.js';
import {
  type BranchProtectionState,
  type BranchState,
  type RulesetSnapshot,
  WARDEN_RULESET_NAME,
} from '../core/policies/branch-protection/branch-protection-state.js';
import type {
  ClassicProtection,
  EffectiveRule,
} from '../core/policies/branch-protection/protection-model.js';
import type { GitHubClient, RepoRef } from './client.js';

const status = (error: unknown) => (error as { status?: number }).status;
const PLAN_UNAVAILABLE = /upgrade to github pro|make this repository public|not available/i;

/**
 * Records what the branch-protection policy needs: the repository, the branches the config
 * names, the effective rules on each (metadata read is enough), classic protection where the
 * token may read it, and the Warden-managed ruleset. Errors other than the documented
 * "unprotected" (404) and "not on this plan" / "not allowed" (403) answers are thrown.
 */
export async function readBranchProtectionState(
  gh: GitHubClient,
  ref: RepoRef,
  config: Pick<BranchProtectionConfig, 'branches'>,
): Promise<BranchProtectionState> {
  const { data: repo } = await gh.rest.repos.get({ ...ref });
  const state: BranchProtectionState = {
    repo: {
      fullName: repo.full_name,
      defaultBranch: repo.default_branch,
      archived: repo.archived,
      empty: false,
    },
    branches: [],
  };
  if (repo.archived) return state;
  const names = await resolveBranches(gh, ref, config.branches, repo.default_branch);
  if (names === undefined) {
    state.repo.empty = true;
    return state;
  }
  const rulesetIds = new Set<number>();
  for (const name of names) {
    const rules = (await gh.paginate(gh.rest.repos.getBranchRules, {
      ...ref,
      branch: name,
      per_page: 100,
    })) as EffectiveRule[];
    for (const rule of rules) if (rule.ruleset_id !== undefined) rulesetIds.add(rule.ruleset_id);
    const classic = await readClassic(gh, ref, name);
    if (classic === 'unavailable-on-plan') {
      state.unavailableOnPlan = true;
      return state;
    }
    state.branches.push({ name, rules, classic });
  }
  const withoutBypass = await rulesetsWithoutBypass(gh, ref, rulesetIds);
  for (const branch of state.branches) branch.rulesetsWithoutBypass = withoutBypass;
  state.wardenRuleset = await findWardenRuleset(gh, ref);
  return state;
}

async function resolveBranches(
  gh: GitHubClient,
  ref: RepoRef,
  patterns: readonly string[],
  defaultBranch: string,
): Promise<string[] | undefined> {
  try {
    await gh.rest.repos.getBranch({ ...ref, branch: defaultBranch });
  } catch (error) {
    if (status(error) === 404) return undefined; // no commits yet
    throw error;
  }
  const names = new Set<string>();
  const globs = patterns.filter((pattern) => pattern !== 'default');
  if (patterns.includes('default')) names.add(defaultBranch);
  if (globs.length > 0) {
    const branches = await gh.paginate(gh.rest.repos.listBranches, { ...ref, per_page: 100 });
    const matchers = globs.map(globToRegExp);
    for (const branch of branches)
      if (matchers.some((matcher) => matcher.test(branch.name))) names.add(branch.name);
  }
  return [...names];
}

/** `release/*` matches one path segment, `**` any number; as GitHub's branch patterns do. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('**')
    .map((part) =>
      part
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]'),
    )
    .join('.*');
  return new RegExp(`^${body}$`);
}

async function readClassic(
  gh: GitHubClient,
  ref: RepoRef,
  branch: string,
): Promise<BranchState['classic'] | 'unavailable-on-plan'> {
  try {
    const { data } = await gh.rest.repos.getBranchProtection({ ...ref, branch });
    return data as ClassicProtection;
  } catch (error) {
    if (status(error) === 404) return null;
    if (status(error) === 403)
      return PLAN_UNAVAILABLE.test((error as Error).message) ? 'unavailable-on-plan' : 'unknown';
    throw error;
  }
}

async function rulesetsWithoutBypass(
  gh: GitHubClient,
  ref: RepoRef,
  ids: ReadonlySet<number>,
): Promise<number[]> {
  const result: number[] = [];
  for (const id of ids) {
    try {
      const { data } = await gh.rest.repos.getRepoRuleset({ ...ref, ruleset_id: id });
      // GitHub returns bypass_actors only to those who may edit the ruleset; absent means unknown.
      if (Array.isArray(data.bypass_actors) && data.bypass_actors.length === 0) result.push(id);
    } catch (error) {
      if (status(error) !== 404 && status(error) !== 403) throw error;
    }
  }
  return result;
}

async function findWardenRuleset(gh: GitHubClient, ref: RepoRef): Promise<RulesetSnapshot | null> {
  const rulesets = await gh.paginate(gh.rest.repos.getRepoRulesets, {
    ...ref,
    per_page: 100,
    includes_parents: false,
  });
  const ours = rulesets.find(
    (ruleset) => ruleset.name === WARDEN_RULESET_NAME && ruleset.source_type === 'Repository',
  );
  if (!ours) return null;
  const { data } = await gh.rest.repos.getRepoRuleset({ ...ref, ruleset_id: ours.id });
  return data as unknown as RulesetSnapshot;
}
