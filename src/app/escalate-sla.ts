import type { Logger } from 'probot';
import { type SlaNotice, slaNoticeKey } from '../core/sla/plan-sla-notices.js';
import type { SlaEscalationConfig } from '../core/sla/sla-config.schema.js';
import type { StageClock } from '../core/sla/sla-types.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { commentOnIssue } from '../github/comment-on-issue.js';
import { createIssue } from '../github/create-issue.js';
import { getRepositoryVisibility } from '../github/get-repository-visibility.js';
import { updateIssue } from '../github/update-issue.js';
import type { Store } from '../store/store.js';
import {
  renderSlaComment,
  renderSlaIssue,
  renderSlaWebhookText,
  type SlaAdvisoryRef,
} from './render-sla-escalation.js';
import { sendSlaWebhook } from './send-sla-webhook.js';

/** The label on every SLA tracking issue. */
export const SLA_LABEL = 'warden-sla';
/** The stored hash of a tracking issue closed because the advisory left triage and draft. */
const RESOLVED = 'resolved';

/** The outgoing channels of one sweep; `visibility` remembers what each escalation repository is. */
export interface SlaChannels {
  /** `WARDEN_SLA_WEBHOOK_URL`: Slack-compatible incoming webhook. */
  webhookUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Whether each escalation repository is private, asked once per sweep. */
  visibility: Map<string, Promise<boolean>>;
}

/** What one advisory's escalation needs. */
export interface SlaEscalation {
  advisory: SlaAdvisoryRef;
  clocks: readonly StageClock[];
  notices: readonly SlaNotice[];
  config: SlaEscalationConfig;
  installationId?: number;
}

/** What was sent, by channel, and what failed (already logged). */
export interface SlaEscalationResult {
  sent: number;
  failed: number;
}

const isOpen = (state: string) => state === 'triage' || state === 'draft';

/**
 * Sends each notice once per channel, privately: a tracking issue per advisory in the
 * configured repository (refused, and logged, when that repository is not private), and the
 * operator's webhook. A store claim keyed by advisory, stage, kind and channel is taken before
 * sending and released when sending fails, so a notice goes out once, also across restarts
 * and replicas, and a failed one is retried by the next sweep. When the advisory has left
 * triage and draft, its tracking issue gets the final clocks and is closed once.
 */
export async function escalateSla(
  gh: GitHubClient,
  store: Store,
  channels: SlaChannels,
  escalation: SlaEscalation,
  now: Date,
  log: Logger,
): Promise<SlaEscalationResult> {
  const result: SlaEscalationResult = { sent: 0, failed: 0 };
  const { advisory } = escalation;
  let issueUrl: string | undefined;
  if (escalation.config.repository) {
    issueUrl = await escalateToIssue(gh, store, channels, escalation, now, log, result);
  }
  if (channels.webhookUrl && escalation.notices.length > 0) {
    const claimed = await claim(store, escalation, 'webhook', 'webhook', now);
    if (claimed.length > 0) {
      try {
        await sendSlaWebhook(
          channels.webhookUrl,
          renderSlaWebhookText(advisory, claimed, now, issueUrl ?? advisory.htmlUrl),
          channels.fetch,
        );
        result.sent += claimed.length;
        await audit(store, escalation, now, 'sla-notice-sent', {
          channel: 'webhook',
          notices: summarize(claimed),
        });
      } catch (error) {
        await release(store, escalation, claimed, 'webhook');
        result.failed += claimed.length;
        log.warn(
          {
            repo: advisory.repo,
            ghsaId: advisory.ghsaId,
            channel: 'webhook',
            error: (error as Error).message,
          },
          'SLA notice not sent; the next sweep retries',
        );
      }
    }
  }
  return result;
}

async function escalateToIssue(
  gh: GitHubClient,
  store: Store,
  channels: SlaChannels,
  escalation: SlaEscalation,
  now: Date,
  log: Logger,
  result: SlaEscalationResult,
): Promise<string | undefined> {
  const { advisory, config } = escalation;
  const repository = config.repository!;
  const where = toRepoRef(repository);
  const purpose = `sla:${advisory.ghsaId}>${repository}`;
  const record = await store.findTrackingIssue(advisory.repo, purpose);
  const closing = !isOpen(advisory.state) && record !== undefined && record.contentHash !== RESOLVED;
  if (escalation.notices.length === 0 && !closing)
    return issueLink(advisory, repository, record?.issueNumber);

  // Claims first: once every notice is out, a sweep costs no request here.
  const claimed = closing ? [] : await claim(store, escalation, 'issue', repository, now);
  if (!closing && claimed.length === 0) return issueLink(advisory, repository, record?.issueNumber);
  let visibility = channels.visibility.get(repository);
  if (!visibility) {
    visibility = getRepositoryVisibility(gh, where).then((found) => found?.private === true);
    channels.visibility.set(repository, visibility);
  }
  if (!(await visibility)) {
    await release(store, escalation, claimed, 'issue');
    log.warn(
      { repo: advisory.repo, ghsaId: advisory.ghsaId, escalationRepository: repository },
      'Refusing to post SLA notices: sla.escalation.repository is public or not reachable with this installation; make it a private repository the App is installed on',
    );
    return undefined;
  }

  if (closing && record) {
    const { title, body } = renderSlaIssue(advisory, escalation.clocks, now, []);
    try {
      await updateIssue(gh, where, record.issueNumber, {
        title,
        body,
        state: 'closed',
        stateReason: 'completed',
      });
      await store.setTrackingIssue(advisory.repo, purpose, record.issueNumber, RESOLVED);
      await audit(store, escalation, now, 'sla-tracking-issue-closed', {
        issue: `${repository}#${record.issueNumber}`,
      });
    } catch (error) {
      log.warn(
        { repo: advisory.repo, ghsaId: advisory.ghsaId, channel: 'issue', status: statusOf(error) },
        'Could not close the SLA tracking issue; the next change retries',
      );
    }
    return issueLink(advisory, repository, record.issueNumber);
  }

  const { title, body } = renderSlaIssue(advisory, escalation.clocks, now, claimed, config.mention);
  try {
    let issueNumber = record?.issueNumber;
    const updated =
      issueNumber !== undefined &&
      (await updateIssue(gh, where, issueNumber, { title, body, state: 'open' }));
    if (updated) {
      await commentOnIssue(gh, where, issueNumber!, renderSlaComment(advisory, claimed, now, config.mention));
    } else {
      issueNumber = await createIssue(gh, where, { title, body, labels: [SLA_LABEL] });
    }
    await store.setTrackingIssue(advisory.repo, purpose, issueNumber!, 'open');
    result.sent += claimed.length;
    await audit(store, escalation, now, 'sla-notice-sent', {
      channel: 'issue',
      issue: `${repository}#${issueNumber}`,
      notices: summarize(claimed),
    });
    return issueLink(advisory, repository, issueNumber);
  } catch (error) {
    await release(store, escalation, claimed, 'issue');
    result.failed += claimed.length;
    log.warn(
      { repo: advisory.repo, ghsaId: advisory.ghsaId, channel: 'issue', status: statusOf(error) },
      'SLA notice not posted to the tracking issue; the next sweep retries',
    );
    return issueLink(advisory, repository, record?.issueNumber);
  }
}

async function claim(
  store: Store,
  escalation: SlaEscalation,
  channel: 'issue' | 'webhook',
  detail: string,
  now: Date,
): Promise<SlaNotice[]> {
  const claimed: SlaNotice[] = [];
  for (const notice of escalation.notices) {
    if (await store.claimNotification(slaNoticeKey(escalation.advisory.ghsaId, notice, channel), detail, now))
      claimed.push(notice);
  }
  return claimed;
}

async function release(
  store: Store,
  escalation: SlaEscalation,
  notices: readonly SlaNotice[],
  channel: 'issue' | 'webhook',
): Promise<void> {
  for (const notice of notices)
    await store.releaseNotification(slaNoticeKey(escalation.advisory.ghsaId, notice, channel));
}

async function audit(
  store: Store,
  escalation: SlaEscalation,
  now: Date,
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await store.appendAudit({
    at: now,
    ...(escalation.installationId !== undefined ? { installationId: escalation.installationId } : {}),
    repo: escalation.advisory.repo,
    actor: 'warden',
    action,
    detail: { ghsaId: escalation.advisory.ghsaId, ...detail },
  });
}

const summarize = (notices: readonly SlaNotice[]) =>
  notices.map((notice) => `${notice.stage}:${notice.kind}`);

function issueLink(advisory: SlaAdvisoryRef, repository: string, issueNumber: number | undefined) {
  if (issueNumber === undefined) return undefined;
  return `${new URL(advisory.htmlUrl).origin}/${repository}/issues/${issueNumber}`;
}

function statusOf(error: unknown): number | string {
  return (error as { status?: number }).status ?? (error as Error).message;
}

function toRepoRef(name: string): RepoRef {
  const [owner, repo] = name.split('/');
  return { owner: owner!, repo: repo! };
}
