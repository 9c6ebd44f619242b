import { z } from 'zod';
import { branchProtectionConfigSchema } from '../policies/branch-protection/branch-protection-config.schema.js';
import { slaConfigSchema } from '../sla/sla-config.schema.js';
import { secretsConfigSchema } from './secrets-config.schema.js';

/**
 * The whole of `.github/warden.yml`. Every key has a safe default, so an empty file (or none)
 * is a valid config; unknown keys are errors, so a typo never silently does nothing.
 */
export const wardenConfigSchema = z
  .strictObject({
    /** Probot's org-defaults inheritance: `_extends: .github` reads the org's `.github` repo first. */
    _extends: z
      .string()
      .optional()
      .describe("Inherit from another repo's warden.yml, e.g. '.github' for org defaults."),
    secrets: secretsConfigSchema.prefault({}),
    branch_protection: branchProtectionConfigSchema.prefault({}),
    sla: slaConfigSchema.prefault({}),
  })
  .describe('Warden configuration (.github/warden.yml).');

export type WardenConfig = z.infer<typeof wardenConfigSchema>;
