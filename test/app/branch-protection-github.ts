import type nock from 'nock';

/** GitHub's answers about one repository's branch protection, as the tests set them up. */
export interface RepoState {
  defaultBranch?: string;
  archived?: boolean;
  /** No commits yet: `GET /branches/{default}` answers 404. */
  empty?: boolean;
  private?: boolean;
  /** The repository's own rulesets; those targeting the default branch are in force on it. */
  rulesets?: Ruleset[];
  /** Rules in force from organization rulesets (with their ids), and their bypass lists. */
  orgRules?: Array<{ type: string; parameters?: Record<string, unknown>; ruleset_id: number }>;
  /**
   * Classic protection of the default branch: absent (404), `forbidden` (403 without the
   * permission), `plan` (403: private repository on a plan without protection), or the object.
   */
  classic?: 'none' | 'forbidden' | 'plan' | Record<string, unknown>;
}

export interface Ruleset {
  id: number;
  name: string;
  rules: Array<{ type: string; parameters?: Record<string, unknown> }>;
  bypass_actors?: unknown[];
  include?: string[];
}

export const WARDEN_RULESET = 'Warden: branch protection';
const CONFIG = encodeURIComponent('.github/warden.yml');

/** `.github/warden.yml`: the repository's own, or none anywhere (defaults apply). */
export function mockConfig(api: nock.Scope, repoPath: string, yaml?: string): void {
  if (yaml !== undefined) {
    api.get(`${repoPath}/contents/${CONFIG}`).reply(200, yaml);
    return;
  }
  const owner = repoPath.split('/')[2];
  api
    .get(`${repoPath}/contents/${CONFIG}`)
    .reply(404, { message: 'Not Found' })
    .get(`/repos/${owner}/.github/contents/${CONFIG}`)
    .reply(404, { message: 'Not Found' });
}

/**
 * Every read `readBranchProtectionState` makes of a repository, in order, answered from
 * `state` the way GitHub would: the repository, its default branch, the effective rules,
 * classic protection, each ruleset in force (for its bypass list), and Warden's ruleset.
 */
export function mockState(api: nock.Scope, repoPath: string, state: RepoState = {}): void {
  const [, , owner, name] = repoPath.split('/');
  const fullName = `${owner}/${name}`;
  const branch = state.defaultBranch ?? 'master';
  api.get(repoPath).reply(200, {
    id: 1296269,
    name,
    full_name: fullName,
    owner: { login: owner },
    private: state.private ?? false,
    default_branch: branch,
    archived: state.archived ?? false,
  });
  if (state.archived) return;
  if (state.empty) {
    api.get(`${repoPath}/branches/${branch}`).reply(404, { message: 'Branch not found' });
    return;
  }
  api.get(`${repoPath}/branches/${branch}`).reply(200, { name: branch, protected: false });
  const rulesets = state.rulesets ?? [];
  const inForce = rulesets.filter((ruleset) =>
    (ruleset.include ?? ['~DEFAULT_BRANCH']).includes('~DEFAULT_BRANCH'),
  );
  const effective = [
    ...inForce.flatMap((ruleset) =>
      ruleset.rules.map((rule) => ({
        ...rule,
        ruleset_source_type: 'Repository',
        ruleset_source: fullName,
        ruleset_id: ruleset.id,
      })),
    ),
    ...(state.orgRules ?? []).map((rule) => ({
      ...rule,
      ruleset_source_type: 'Organization',
      ruleset_source: owner,
    })),
  ];
  api.get(`${repoPath}/rules/branches/${branch}?per_page=100`).reply(200, effective);
  const classic = state.classic ?? 'none';
  if (classic === 'none') {
    api.get(`${repoPath}/branches/${branch}/protection`).reply(404, { message: 'Branch not protected' });
  } else if (classic === 'forbidden') {
    api
      .get(`${repoPath}/branches/${branch}/protection`)
      .reply(403, { message: 'Resource not accessible by integration' });
  } else if (classic === 'plan') {
    api.get(`${repoPath}/branches/${branch}/protection`).reply(403, {
      message: 'Upgrade to GitHub Pro or make this repository public to enable this feature.',
    });
    return;
  } else {
    api.get(`${repoPath}/branches/${branch}/protection`).reply(200, classic);
  }
  for (const id of new Set(effective.map((rule) => rule.ruleset_id))) {
    const own = rulesets.find((ruleset) => ruleset.id === id);
    api.get(`${repoPath}/rulesets/${id}`).reply(
      200,
      own
        ? toRulesetResponse(fullName, own)
        : {
            id,
            name: 'org rules',
            source_type: 'Organization',
            source: owner,
            enforcement: 'active',
            bypass_actors: [],
          },
    );
  }
  api.get(`${repoPath}/rulesets?per_page=100&includes_parents=false`).reply(
    200,
    rulesets.map((ruleset) => ({
      id: ruleset.id,
      name: ruleset.name,
      target: 'branch',
      source_type: 'Repository',
      source: fullName,
      enforcement: 'active',
    })),
  );
  const warden = rulesets.find((ruleset) => ruleset.name === WARDEN_RULESET);
  if (warden) api.get(`${repoPath}/rulesets/${warden.id}`).reply(200, toRulesetResponse(fullName, warden));
}

function toRulesetResponse(fullName: string, ruleset: Ruleset) {
  return {
    id: ruleset.id,
    name: ruleset.name,
    target: 'branch',
    source_type: 'Repository',
    source: fullName,
    enforcement: 'active',
    bypass_actors: ruleset.bypass_actors ?? [],
    conditions: { ref_name: { include: ruleset.include ?? ['~DEFAULT_BRANCH'], exclude: [] } },
    rules: ruleset.rules,
  };
}

/** Warden's ruleset for tier 1, as `fix` creates it. */
export function tier1Ruleset(id = 42, rules = ['deletion', 'non_fast_forward']): Ruleset {
  return { id, name: WARDEN_RULESET, rules: rules.map((type) => ({ type })), bypass_actors: [] };
}
