/**
 * The audit-log actions of branch-protection governance. Escalation counts `CHANGED` entries,
 * and the tracking issue lists `DIRECT_PUSH` entries, so the names are shared here.
 */
export const AUDIT_ACTIONS = {
  /** Warden applied one change of a plan. Detail: change, kind, branches, configHash, trigger. */
  changed: 'branch-protection.changed',
  /** Warden stopped repairing a branch. Detail: branch, repairs, windowHours, configHash. */
  escalated: 'branch-protection.escalated',
  /** A push reached a guarded branch without a pull request. Detail: branch, sha, pusher, forced. */
  directPush: 'branch-protection.direct-push',
} as const;

/** How long a push without a pull request stays listed in the tracking issue. */
export const DIRECT_PUSH_LISTED_DAYS = 7;
