import type {
  BranchProtectionChange,
  RulesetBody,
} from '../core/policies/branch-protection/plan-branch-protection.js';

/**
 * A plan as Markdown a reviewer can check line by line: what each change creates or
 * updates, every rule with its parameters, and the exact request body in a fold.
 */
export function renderBranchProtectionPlan(plan: readonly BranchProtectionChange[]): string {
  if (plan.length === 0) return 'No change: nothing to apply.';
  return plan
    .map((change) => {
      if (change.kind === 'put-classic-protection') {
        const p = change.protection;
        const reviews = p.required_pull_request_reviews;
        const lines = [
          `**Set classic branch protection on \`${change.branch}\`** (\`PUT /repos/{owner}/{repo}/branches/${change.branch}/protection\`), merged with what is there:`,
          `- pull requests: ${reviews ? `required, ${reviews.required_approving_review_count} approval${reviews.required_approving_review_count === 1 ? '' : 's'}${flags({ 'stale approvals dismissed': reviews.dismiss_stale_reviews, 'code owners review': reviews.require_code_owner_reviews, 'last push approved': reviews.require_last_push_approval })}` : 'not required'}`,
          `- status checks: ${p.required_status_checks ? `${p.required_status_checks.contexts.map((c) => `\`${c}\``).join(', ') || 'none named'}${p.required_status_checks.strict ? ', branch must be up to date' : ''}` : 'not required'}`,
          `- administrators included: ${yes(p.enforce_admins)}`,
          `- force pushes allowed: ${yes(p.allow_force_pushes)}; deletion allowed: ${yes(p.allow_deletions)}`,
          `- linear history: ${yes(p.required_linear_history)}; conversations resolved: ${yes(p.required_conversation_resolution)}`,
        ];
        if (change.requireSignatures) lines.push('- signed commits: required (a second request)');
        return [...lines, fold(p)].join('\n');
      }
      const verb =
        change.kind === 'create-ruleset'
          ? `**Create the repository ruleset "${change.ruleset.name}"**`
          : `**Update ruleset #${change.rulesetId} "${change.ruleset.name}"** (Warden's own; no other ruleset is touched)`;
      return [verb, ...describeRuleset(change.ruleset), fold(change.ruleset)].join('\n');
    })
    .join('\n\n');
}

function describeRuleset(ruleset: RulesetBody): string[] {
  const include = ruleset.conditions.ref_name.include.map((ref) =>
    ref === '~DEFAULT_BRANCH' ? 'the default branch' : `\`${ref.replace(/^refs\/heads\//, '')}\``,
  );
  return [
    `- applies to: ${include.join(', ')}; enforcement \`${ruleset.enforcement}\``,
    `- bypass: ${ruleset.bypass_actors.length === 0 ? 'nobody (administrators included)' : `${ruleset.bypass_actors.length} actor${ruleset.bypass_actors.length > 1 ? 's' : ''} kept as they are`}`,
    ...ruleset.rules.map(
      (rule) =>
        `- rule \`${rule.type}\`${
          rule.parameters
            ? `: ${Object.entries(rule.parameters)
                .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
                .join(', ')}`
            : ''
        }`,
    ),
  ];
}

const yes = (value: boolean | null | undefined) => (value ? 'yes' : 'no');

function flags(named: Record<string, boolean>): string {
  const on = Object.entries(named)
    .filter(([, value]) => value)
    .map(([name]) => name);
  return on.length ? `; ${on.join(', ')}` : '';
}

function fold(body: unknown): string {
  return `<details><summary>Request body</summary>\n\n\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\`\n</details>`;
}
