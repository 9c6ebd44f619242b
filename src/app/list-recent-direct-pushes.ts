import type { Store } from '../store/store.js';
import { AUDIT_ACTIONS, DIRECT_PUSH_LISTED_DAYS } from './branch-protection-audit.js';
import type { DirectPush } from './render-tracking-issue.js';

/** The latest pushes without a pull request (at most 10, of the last week), oldest first. */
export async function listRecentDirectPushes(store: Store, repo: string, now: Date): Promise<DirectPush[]> {
  const since = now.getTime() - DIRECT_PUSH_LISTED_DAYS * 24 * 3600_000;
  const entries = await store.listAudit({ repo, limit: 1000 });
  return entries
    .filter((entry) => entry.action === AUDIT_ACTIONS.directPush && entry.at.getTime() >= since)
    .slice(0, 10)
    .reverse()
    .map((entry) => ({
      at: entry.at,
      branch: String(entry.detail.branch),
      sha: String(entry.detail.sha),
      ...(typeof entry.detail.pusher === 'string' ? { pusher: entry.detail.pusher } : {}),
      ...(entry.detail.forced === true ? { forced: true } : {}),
    }));
}
