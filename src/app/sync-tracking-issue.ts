import { createHash } from 'node:crypto';
import { fullName, type GitHubClient, type RepoRef } from '../github/client.js';
import { createIssue } from '../github/create-issue.js';
import { updateIssue } from '../github/update-issue.js';
import type { AppDeps } from './app-deps.js';
import { renderTrackingIssue, type TrackingIssueReport } from './render-tracking-issue.js';

/** The stored hash of an issue Warden closed because nothing was left to report. */
const RESOLVED = 'resolved';
/** The label on every tracking issue. */
export const TRACKING_LABEL = 'warden';

/** Where the tracking issue is and what the sync did to it. */
export interface TrackingIssueSync {
  /** The repository the issue lives in (the target, or the central repository). */
  where: RepoRef;
  /** The issue, when there is one. */
  issueNumber?: number;
  /** What happened: `unchanged` also covers an issue a person closed (respected). */
  action: 'created' | 'updated' | 'closed' | 'unchanged' | 'none';
}

/**
 * Keeps one tracking issue per repository in step with the report, in the repository or in
 * `central` (`owner/name`, one issue per target repository there). The store keeps the
 * issue number and a hash of what Warden last wrote, which is all it needs:
 * - something to report, same hash: nothing to do, whether the issue is open or a person
 *   closed it (respected until the findings or the config change);
 * - something to report, new hash: rewrite the issue in place and (re)open it; a deleted or
 *   transferred issue is replaced by a new one;
 * - nothing to report: close the issue once, with what resolved it.
 * No request at all when nothing changed.
 */
export async function syncTrackingIssue(
  gh: GitHubClient,
  deps: AppDeps,
  target: RepoRef,
  central: string | undefined,
  report: TrackingIssueReport,
): Promise<TrackingIssueSync> {
  const store = await deps.store();
  const where = central ? toRepoRef(central) : target;
  const purpose = central ? `branch-protection>${central}` : 'branch-protection';
  const repoName = fullName(target);
  const record = await store.findTrackingIssue(repoName, purpose);
  const rendered = renderTrackingIssue(report);
  if (!rendered.open) {
    if (!record || record.contentHash === RESOLVED) return { where, action: 'none' };
    await updateIssue(gh, where, record.issueNumber, {
      body: rendered.body,
      state: 'closed',
      stateReason: 'completed',
    });
    await store.setTrackingIssue(repoName, purpose, record.issueNumber, RESOLVED);
    return { where, issueNumber: record.issueNumber, action: 'closed' };
  }
  const hash = createHash('sha256').update(`${rendered.title}\n${rendered.body}`).digest('hex').slice(0, 32);
  if (record?.contentHash === hash) return { where, issueNumber: record.issueNumber, action: 'unchanged' };
  if (
    record &&
    (await updateIssue(gh, where, record.issueNumber, {
      title: rendered.title,
      body: rendered.body,
      state: 'open',
    }))
  ) {
    await store.setTrackingIssue(repoName, purpose, record.issueNumber, hash);
    return { where, issueNumber: record.issueNumber, action: 'updated' };
  }
  const issueNumber = await createIssue(gh, where, {
    title: rendered.title,
    body: rendered.body,
    labels: [TRACKING_LABEL],
  });
  await store.setTrackingIssue(repoName, purpose, issueNumber, hash);
  return { where, issueNumber, action: 'created' };
}

function toRepoRef(name: string): RepoRef {
  const [owner, repo] = name.split('/');
  return { owner: owner!, repo: repo! };
}
