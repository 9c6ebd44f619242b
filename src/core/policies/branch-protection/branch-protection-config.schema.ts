import { z } from 'zod';

/** The protection requirements, named as GitHub's branch protection API names them. */
export const requirementsShape = {
  required_approving_review_count: z
    .number()
    .int()
    .min(0)
    .max(6)
    .optional()
    .describe(
      'Approving reviews a pull request needs before merging (0 to 6); any value requires pull requests.',
    ),
  dismiss_stale_reviews: z.boolean().optional().describe('New commits dismiss earlier approvals.'),
  require_code_owner_reviews: z
    .boolean()
    .optional()
    .describe('Code owners must approve changes to their files.'),
  require_last_push_approval: z
    .boolean()
    .optional()
    .describe('The most recent push must be approved by someone other than its author.'),
  required_status_checks: z
    .strictObject({
      strict: z.boolean().default(false).describe('Branches must be up to date before merging.'),
      contexts: z.array(z.string().min(1)).default([]).describe('Status checks that must pass.'),
    })
    .optional()
    .describe('Required status checks.'),
  enforce_admins: z.boolean().optional().describe('The rules apply to administrators too (no bypass).'),
  allow_force_pushes: z.boolean().optional().describe('false: force pushes are blocked.'),
  allow_deletions: z.boolean().optional().describe('false: the branch cannot be deleted.'),
  required_linear_history: z.boolean().optional().describe('Merge commits are refused.'),
  required_signatures: z.boolean().optional().describe('Commits must be signed.'),
  required_conversation_resolution: z
    .boolean()
    .optional()
    .describe('Review threads must be resolved before merging.'),
};

export const PRESETS = ['tier-1', 'tier-2', 'tier-3', 'tier-4', 'tier-5'] as const;
export type Preset = (typeof PRESETS)[number];

/** `branch_protection:` in `.github/warden.yml`. */
export const branchProtectionConfigSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Check branch protection at all.'),
    action: z
      .enum(['log', 'issue', 'fix'])
      .default('issue')
      .describe(
        'What to do about a gap: log it, open a tracking issue (default), or fix it and log the change.',
      ),
    branches: z
      .array(z.string().min(1))
      .min(1)
      .default(['default'])
      .describe("Branches to protect: names or patterns (release/*); 'default' is the default branch."),
    preset: z
      .enum(PRESETS)
      .default('tier-1')
      .describe(
        'Baseline requirements, named after the OpenSSF Scorecard Branch-Protection tiers; explicit keys override it.',
      ),
    mode: z
      .enum(['ruleset', 'classic'])
      .default('ruleset')
      .describe(
        'How fix applies a plan: one Warden-managed repository ruleset (default) or classic branch protection.',
      ),
    central_repository: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/)
      .optional()
      .describe(
        'owner/name of one repository that receives every tracking issue instead of each repository.',
      ),
    escalate_after: z
      .strictObject({
        repairs: z
          .number()
          .int()
          .min(1)
          .default(3)
          .describe('Repairs of the same branch within the window before Warden stops and escalates.'),
        window_hours: z.number().positive().default(24).describe('The window, in hours.'),
      })
      .prefault({})
      .describe('When a branch drifts back again and again, escalate once instead of fighting forever.'),
    ...requirementsShape,
  })
  .describe('Branch protection governance.');

export type BranchProtectionConfig = z.infer<typeof branchProtectionConfigSchema>;
export type Requirements = Pick<BranchProtectionConfig, keyof typeof requirementsShape>;
