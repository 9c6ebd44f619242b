import type { ClassicProtection, EffectiveRule } from './protection-model.js';

/** A repository ruleset as the rulesets API returns it (the parts the plan reads). */
export interface RulesetSnapshot {
  id: number;
  name: string;
  enforcement: string;
  bypass_actors?: unknown[];
  conditions?: { ref_name?: { include?: string[]; exclude?: string[] } } | null;
  rules?: Array<{ type: string; parameters?: Record<string, unknown> }>;
}

/** What the port recorded about one branch. */
export interface BranchState {
  name: string;
  /** Effective rules from every ruleset (needs only metadata read). */
  rules: EffectiveRule[];
  /**
   * Classic protection: the object, `null` when the branch has none (404), or `unknown` when
   * it could not be read (no administration read, e.g. a workflow token).
   */
  classic: ClassicProtection | null | 'unknown';
  /** Rulesets in force here that have no bypass actors (they bind administrators too). */
  rulesetsWithoutBypass?: number[];
}

/** Everything the branch-protection policy decides on, recorded from the API. */
export interface BranchProtectionState {
  repo: {
    fullName: string;
    defaultBranch: string;
    archived: boolean;
    /** No commits yet: there is no branch to protect. */
    empty: boolean;
  };
  /** GitHub answered 403 "upgrade" for protection: private repository on a plan without it. */
  unavailableOnPlan?: boolean;
  branches: BranchState[];
  /** The ruleset Warden manages, found by name, when it exists. */
  wardenRuleset?: RulesetSnapshot | null;
}

/** The name of the one ruleset Warden creates and owns; it touches no other. */
export const WARDEN_RULESET_NAME = 'Warden: branch protection';
