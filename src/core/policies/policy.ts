import type { z } from 'zod';

/** One thing a policy found wrong, said so a maintainer can act on it. */
export interface PolicyFinding {
  /** Stable id of what is checked: the requirement's name (`allow_force_pushes`). */
  requirement: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** What Warden saw: the current value and where it comes from. */
  evidence: string;
  /** How to fix it by hand (Warden's `fix` action does it for you when `fixable`). */
  fix: string;
  fixable: boolean;
}

/**
 * A state that is not a violation and needs no fixing: a private repo on a plan without
 * protection, an archived or empty repo. Reported once, never nagged about.
 */
export interface PolicyState {
  kind: 'unavailable-on-plan' | 'archived' | 'empty';
  message: string;
}

export interface PolicyResult {
  pass: boolean;
  findings: PolicyFinding[];
  /** Set when the policy does not apply (then `pass` is true and `findings` empty). */
  state?: PolicyState;
  /** Short text for issues and check runs: what is wrong and how to fix it. */
  notifyText: string;
  details: Record<string, unknown>;
}

/**
 * A governance policy (allstar's shape): pure over recorded state, so dry-run is the normal
 * path and `fix` only applies a plan a person could have reviewed.
 */
export interface Policy<Config, State, Change> {
  /** Equals the folder name: `branch-protection`. */
  id: string;
  configSchema: z.ZodType<Config>;
  check(state: State, config: Config): PolicyResult;
  plan(state: State, config: Config): Change[];
}
