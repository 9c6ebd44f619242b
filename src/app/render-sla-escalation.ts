import type { SlaNotice } from '../core/sla/plan-sla-notices.js';
import type { StageClock } from '../core/sla/sla-types.js';

/**
 * What an SLA notice may say about an advisory: its id, repository, severity, state, clocks
 * and link. Never its summary or description: those stay in the advisory, where GitHub shows
 * them only to people with access.
 */
export interface SlaAdvisoryRef {
  repo: string;
  ghsaId: string;
  severity: string | null;
  state: string;
  htmlUrl: string;
}

const MARKER = (ghsaId: string) => `<!-- warden:sla:${ghsaId} -->`;

/** `2026-11-28 10:00 UTC`. */
export function formatDue(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `in 22 h`, `3 days ago`: how far a due time is from now. */
export function describeDistance(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  const hours = Math.abs(ms) / 3_600_000;
  const amount =
    hours < 48
      ? `${Math.max(1, Math.round(hours))} h`
      : `${Math.round(hours / 24)} day${Math.round(hours / 24) === 1 ? '' : 's'}`;
  return ms >= 0 ? `in ${amount}` : `${amount} ago`;
}

/** One notice as a sentence: what is due or overdue, and when. */
export function describeNotice(advisory: SlaAdvisoryRef, notice: SlaNotice, now: Date): string {
  return notice.kind === 'due-soon'
    ? `${notice.stage} of ${advisory.ghsaId} in ${advisory.repo} is due soon: due ${formatDue(notice.due)} (${describeDistance(notice.due, now)}).`
    : `${notice.stage} of ${advisory.ghsaId} in ${advisory.repo} is overdue: it was due ${formatDue(notice.due)} (${describeDistance(notice.due, now)}) and has not happened.`;
}

/**
 * The tracking issue of one advisory: the title names the advisory and repository, the body
 * holds its clocks as Warden measured them at `now`, and the notices just sent. Rewritten in
 * place at every notice.
 */
export function renderSlaIssue(
  advisory: SlaAdvisoryRef,
  clocks: readonly StageClock[],
  now: Date,
  notices: readonly SlaNotice[],
  mention: readonly string[] = [],
): { title: string; body: string } {
  const open = advisory.state === 'triage' || advisory.state === 'draft';
  const rows = clocks.map(
    (clock) =>
      `| ${clock.stage} | ${clock.status} | ${clock.due ? formatDue(clock.due) : '—'} | ${clock.stoppedAt ? formatDue(clock.stoppedAt) : '—'} |`,
  );
  const parts = [
    MARKER(advisory.ghsaId),
    `Response clocks of [${advisory.ghsaId}](${advisory.htmlUrl}) in **${advisory.repo}** (severity: ${advisory.severity ?? 'not set'}, state: \`${advisory.state}\`), as Warden measured them on ${formatDue(now)}.`,
    '',
    '| stage | status | due | stopped |',
    '| --- | --- | --- | --- |',
    ...(rows.length ? rows : ['| (none) | no stage has a target | — | — |']),
  ];
  if (notices.length) {
    parts.push(
      '',
      `### ${notices.some((notice) => notice.kind === 'breach') ? 'Overdue' : 'Due soon'}`,
      ...notices.map((notice) => `- ${describeNotice(advisory, notice, now)}`),
    );
    if (mention.length) parts.push('', mention.map(toMention).join(' '));
  }
  if (!open)
    parts.push(
      '',
      `The advisory is now \`${advisory.state}\`: nothing more is due, so Warden closed this issue.`,
    );
  parts.push(
    '',
    '---',
    '<sub>Warden rewrites this issue when it sends a notice and closes it when the advisory is published or closed. Targets come from SECURITY.md, then `sla` in `.github/warden.yml`, then the defaults (docs/sla.md). The advisory itself holds the details; they are not copied here.</sub>',
  );
  return { title: `SLA: ${advisory.ghsaId} in ${advisory.repo}`, body: parts.join('\n') };
}

/** The comment that announces new notices on an existing tracking issue (comments notify; edits do not). */
export function renderSlaComment(
  advisory: SlaAdvisoryRef,
  notices: readonly SlaNotice[],
  now: Date,
  mention: readonly string[] = [],
): string {
  const lines = notices.map(
    (notice) =>
      `${notice.kind === 'breach' ? '**Overdue:**' : '**Due soon:**'} ${describeNotice(advisory, notice, now)}`,
  );
  return [...(mention.length ? [mention.map(toMention).join(' ')] : []), ...lines].join('\n\n');
}

/**
 * The outgoing webhook's `text` (Slack-compatible): one line per notice, then where to look.
 * Only the advisory id, repository, stage and due time: chat channels are wider than the
 * advisory's audience.
 */
export function renderSlaWebhookText(
  advisory: SlaAdvisoryRef,
  notices: readonly SlaNotice[],
  now: Date,
  link: string,
): string {
  return [...notices.map((notice) => `Warden SLA: ${describeNotice(advisory, notice, now)}`), link].join(
    '\n',
  );
}

function toMention(name: string): string {
  return name.startsWith('@') ? name : `@${name}`;
}
