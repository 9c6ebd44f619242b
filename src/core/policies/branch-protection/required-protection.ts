import type { BranchProtectionConfig, Requirements } from './branch-protection-config.schema.js';
import { requirementsShape } from './branch-protection-config.schema.js';
import { presetRequirements } from './scorecard-tiers.js';

/** The preset's requirements with the config's explicit keys on top. */
export function requiredProtection(config: BranchProtectionConfig): Requirements {
  const required: Requirements = presetRequirements(config.preset);
  for (const key of Object.keys(requirementsShape) as Array<keyof Requirements>) {
    if (config[key] !== undefined) (required as Record<string, unknown>)[key] = config[key];
  }
  return required;
}
