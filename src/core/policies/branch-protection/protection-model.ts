/**
 * One rule as `GET /repos/{owner}/{repo}/rules/branches/{branch}` returns it: the rules in
 * force on the branch from every repository and organization ruleset.
 */
export interface EffectiveRule {
  type: string;
  parameters?: Record<string, unknown>;
  ruleset_source_type?: 'Repository' | 'Organization';
  ruleset_source?: string;
  ruleset_id?: number;
}

/** Classic protection as `GET .../branches/{branch}/protection` returns it (the parts we read). */
export interface ClassicProtection {
  required_status_checks?: {
    strict?: boolean;
    contexts?: string[];
    checks?: Array<{ context: string }>;
  } | null;
  enforce_admins?: { enabled: boolean } | null;
  required_pull_request_reviews?: {
    dismiss_stale_reviews?: boolean;
    require_code_owner_reviews?: boolean;
    required_approving_review_count?: number;
    require_last_push_approval?: boolean;
  } | null;
  required_signatures?: { enabled: boolean } | null;
  required_linear_history?: { enabled: boolean } | null;
  allow_force_pushes?: { enabled: boolean } | null;
  allow_deletions?: { enabled: boolean } | null;
  required_conversation_resolution?: { enabled: boolean } | null;
}

/**
 * What protects a branch, whatever the source: classic protection and rulesets merged, the
 * strongest setting winning. `required_approving_review_count` is null when pull requests
 * are not required at all.
 */
export interface ProtectionModel {
  required_approving_review_count: number | null;
  dismiss_stale_reviews: boolean;
  require_code_owner_reviews: boolean;
  require_last_push_approval: boolean;
  required_status_checks: { strict: boolean; contexts: string[] } | null;
  enforce_admins: boolean;
  allow_force_pushes: boolean;
  allow_deletions: boolean;
  required_linear_history: boolean;
  required_signatures: boolean;
  required_conversation_resolution: boolean;
  /** For each setting that is on, where it comes from: `ruleset "Main" (org)`, `classic`. */
  sources: Partial<Record<Exclude<keyof ProtectionModel, 'sources'>, string[]>>;
}

/** An unprotected branch: everything allowed, nothing required. */
export function unprotected(): ProtectionModel {
  return {
    required_approving_review_count: null,
    dismiss_stale_reviews: false,
    require_code_owner_reviews: false,
    require_last_push_approval: false,
    required_status_checks: null,
    enforce_admins: false,
    allow_force_pushes: true,
    allow_deletions: true,
    required_linear_history: false,
    required_signatures: false,
    required_conversation_resolution: false,
    sources: {},
  };
}

/**
 * Merges classic protection and the effective ruleset rules into one model. Rulesets carry no
 * "enforce admins" flag in this view; `rulesetsWithoutBypass` names the rulesets known to have
 * no bypass actors, which is what enforcing for administrators means there.
 */
export function toProtectionModel(
  classic: ClassicProtection | undefined,
  rules: readonly EffectiveRule[],
  rulesetsWithoutBypass: ReadonlySet<number> = new Set(),
): ProtectionModel {
  const model = unprotected();
  const note = (key: keyof ProtectionModel['sources'], source: string) => {
    const list = model.sources[key] ?? [];
    if (!list.includes(source)) list.push(source);
    model.sources[key] = list;
  };
  if (classic) applyClassic(model, classic, (key) => note(key, 'classic branch protection'));
  for (const rule of rules) {
    const source = `ruleset ${rule.ruleset_source_type === 'Organization' ? 'of the organization ' : ''}#${rule.ruleset_id ?? '?'}${
      rule.ruleset_source ? ` (${rule.ruleset_source})` : ''
    }`;
    applyRule(model, rule, (key) => note(key, source));
    if (
      rule.ruleset_id !== undefined &&
      rulesetsWithoutBypass.has(rule.ruleset_id) &&
      isProtectiveRule(rule.type)
    ) {
      model.enforce_admins = true;
      note('enforce_admins', source);
    }
  }
  return model;
}

const PROTECTIVE_RULES = new Set(['deletion', 'non_fast_forward', 'pull_request', 'required_status_checks']);
const isProtectiveRule = (type: string) => PROTECTIVE_RULES.has(type);

type Note = (key: keyof ProtectionModel['sources']) => void;

function applyClassic(model: ProtectionModel, classic: ClassicProtection, note: Note): void {
  const reviews = classic.required_pull_request_reviews;
  if (reviews) {
    requireReviews(model, reviews.required_approving_review_count ?? 0, note);
    if (reviews.dismiss_stale_reviews) setTrue(model, 'dismiss_stale_reviews', note);
    if (reviews.require_code_owner_reviews) setTrue(model, 'require_code_owner_reviews', note);
    if (reviews.require_last_push_approval) setTrue(model, 'require_last_push_approval', note);
  }
  const checks = classic.required_status_checks;
  if (checks) {
    const contexts = [...(checks.contexts ?? []), ...(checks.checks ?? []).map((check) => check.context)];
    requireChecks(model, checks.strict === true, contexts, note);
  }
  if (classic.enforce_admins?.enabled) setTrue(model, 'enforce_admins', note);
  if (classic.required_signatures?.enabled) setTrue(model, 'required_signatures', note);
  if (classic.required_linear_history?.enabled) setTrue(model, 'required_linear_history', note);
  if (classic.required_conversation_resolution?.enabled)
    setTrue(model, 'required_conversation_resolution', note);
  // Classic protection blocks force pushes and deletion unless explicitly allowed.
  if (!classic.allow_force_pushes?.enabled) setFalse(model, 'allow_force_pushes', note);
  if (!classic.allow_deletions?.enabled) setFalse(model, 'allow_deletions', note);
}

function applyRule(model: ProtectionModel, rule: EffectiveRule, note: Note): void {
  const p = rule.parameters ?? {};
  switch (rule.type) {
    case 'deletion':
      setFalse(model, 'allow_deletions', note);
      break;
    case 'non_fast_forward':
      setFalse(model, 'allow_force_pushes', note);
      break;
    case 'required_linear_history':
      setTrue(model, 'required_linear_history', note);
      break;
    case 'required_signatures':
      setTrue(model, 'required_signatures', note);
      break;
    case 'pull_request':
      requireReviews(model, Number(p.required_approving_review_count ?? 0), note);
      if (p.dismiss_stale_reviews_on_push) setTrue(model, 'dismiss_stale_reviews', note);
      if (p.require_code_owner_review) setTrue(model, 'require_code_owner_reviews', note);
      if (p.require_last_push_approval) setTrue(model, 'require_last_push_approval', note);
      if (p.required_review_thread_resolution) setTrue(model, 'required_conversation_resolution', note);
      break;
    case 'required_status_checks': {
      const checks = (p.required_status_checks as Array<{ context: string }> | undefined) ?? [];
      requireChecks(
        model,
        p.strict_required_status_checks_policy === true,
        checks.map((check) => check.context),
        note,
      );
      break;
    }
    default:
      break;
  }
}

type BooleanKey =
  | 'dismiss_stale_reviews'
  | 'require_code_owner_reviews'
  | 'require_last_push_approval'
  | 'enforce_admins'
  | 'required_linear_history'
  | 'required_signatures'
  | 'required_conversation_resolution';

function setTrue(model: ProtectionModel, key: BooleanKey, note: Note): void {
  model[key] = true;
  note(key);
}

function setFalse(model: ProtectionModel, key: 'allow_force_pushes' | 'allow_deletions', note: Note): void {
  model[key] = false;
  note(key);
}

function requireReviews(model: ProtectionModel, count: number, note: Note): void {
  model.required_approving_review_count = Math.max(model.required_approving_review_count ?? 0, count);
  note('required_approving_review_count');
}

function requireChecks(model: ProtectionModel, strict: boolean, contexts: string[], note: Note): void {
  const current = model.required_status_checks ?? { strict: false, contexts: [] };
  model.required_status_checks = {
    strict: current.strict || strict,
    contexts: [...new Set([...current.contexts, ...contexts])].sort(),
  };
  note('required_status_checks');
}
