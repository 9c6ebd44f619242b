import type { Preset, Requirements } from './branch-protection-config.schema.js';
import type { ProtectionModel } from './protection-model.js';

/**
 * The OpenSSF Scorecard Branch-Protection tiers (docs/checks.md#branch-protection). Each tier
 * adds to the one before; Scorecard scores a tier only when every earlier tier is met.
 * Tier 1: no force push, no deletion, administrators included. Tier 2: at least one reviewer,
 * strict (up-to-date) status checks. Tier 3: status checks defined. Tier 4: two reviewers.
 * Tier 5: stale reviews dismissed, code-owner review.
 */
const TIER_ADDS: Record<Preset, Requirements> = {
  'tier-1': { allow_force_pushes: false, allow_deletions: false, enforce_admins: true },
  'tier-2': { required_approving_review_count: 1, required_status_checks: { strict: true, contexts: [] } },
  'tier-3': { required_status_checks: { strict: true, contexts: ['*'] } },
  'tier-4': { required_approving_review_count: 2 },
  'tier-5': { dismiss_stale_reviews: true, require_code_owner_reviews: true },
};

export const TIERS: readonly Preset[] = ['tier-1', 'tier-2', 'tier-3', 'tier-4', 'tier-5'];

/** Scorecard's score for reaching each tier. */
export const TIER_SCORE: Record<Preset, number> = {
  'tier-1': 3,
  'tier-2': 6,
  'tier-3': 8,
  'tier-4': 9,
  'tier-5': 10,
};

/**
 * The requirements of a tier, all earlier tiers included. `contexts: ['*']` stands for "at
 * least one status check", which no check name can express.
 */
export function presetRequirements(preset: Preset): Requirements {
  const merged: Requirements = {};
  for (const tier of TIERS.slice(0, TIERS.indexOf(preset) + 1)) Object.assign(merged, TIER_ADDS[tier]);
  return merged;
}

/** The highest Scorecard tier the branch reaches now, or undefined when not even tier 1. */
export function tierReached(model: ProtectionModel): Preset | undefined {
  let reached: Preset | undefined;
  for (const tier of TIERS) {
    const adds = TIER_ADDS[tier];
    const met =
      (adds.allow_force_pushes !== false || !model.allow_force_pushes) &&
      (adds.allow_deletions !== false || !model.allow_deletions) &&
      (!adds.enforce_admins || model.enforce_admins) &&
      (adds.required_approving_review_count === undefined ||
        (model.required_approving_review_count ?? -1) >= adds.required_approving_review_count) &&
      (!adds.required_status_checks?.strict || model.required_status_checks?.strict === true) &&
      (!adds.required_status_checks?.contexts.includes('*') ||
        (model.required_status_checks?.contexts.length ?? 0) > 0) &&
      (!adds.dismiss_stale_reviews || model.dismiss_stale_reviews) &&
      (!adds.require_code_owner_reviews || model.require_code_owner_reviews);
    if (!met) return reached;
    reached = tier;
  }
  return reached;
}
