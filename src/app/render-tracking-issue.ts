import type { ConfigIssue } from '../core/config/parse-config.js';
import type { BranchProtectionConfig } from '../core/policies/branch-protection/branch-protection-config.schema.js';

/** A push that reached a guarded branch without a pull request, as the audit log keeps it. */
export interface DirectPush {
  at: Date;
  branch: string;
  sha: string;
  pusher?: string;
  forced?: boolean;
}

/** Everything the tracking issue of one repository says. */
export interface TrackingIssueReport {
  /** The repository the report is about (`owner/name`). */
  repo: string;
  /** The issue lives in a central repository: its title names `repo`. */
  central: boolean;
  config?: BranchProtectionConfig;
  /** The policy's text when branches fall short (what, evidence, how to fix). */
  findingsText?: string;
  /** `.github/warden.yml` does not validate: Warden checks nothing until it does. */
  configProblems?: readonly ConfigIssue[];
  /** Branches Warden stopped repairing because they kept drifting back. */
  escalated?: readonly string[];
  /** Why `fix` could not apply its plan (a missing permission, say). */
  fixError?: string;
  directPushes?: readonly DirectPush[];
  /** Said when the issue closes: compliant now, or a state such as archived. */
  resolvedText?: string;
}

/** Whether the report needs an open issue. */
function needsOpenIssue(report: TrackingIssueReport): boolean {
  return Boolean(report.findingsText || report.configProblems?.length || report.directPushes?.length);
}

const MARKER = '<!-- warden:branch-protection -->';

/**
 * The tracking issue's title and body, and whether it should be open (something falls short,
 * the config is broken, or a push bypassed pull requests recently). Deterministic (no times
 * other than those of recorded pushes), so its hash says whether anything changed since
 * Warden last wrote it.
 */
export function renderTrackingIssue(report: TrackingIssueReport): {
  title: string;
  body: string;
  open: boolean;
} {
  const title = report.central
    ? `Warden: branch protection of ${report.repo}`
    : 'Warden: branch protection needs attention';
  if (!needsOpenIssue(report)) {
    return {
      title,
      open: false,
      body: [
        MARKER,
        report.resolvedText ?? `Branch protection of **${report.repo}** meets the configuration.`,
        '',
        'Warden closed this issue, and reopens it when there is something to report again.',
      ].join('\n'),
    };
  }
  const parts: string[] = [MARKER];
  if (report.configProblems?.length) {
    const count = report.configProblems.length;
    parts.push(
      `\`.github/warden.yml\` of **${report.repo}** is not a valid Warden config (${count} problem${count > 1 ? 's' : ''}), so Warden checks nothing there until it is fixed; it does not fall back to defaults.`,
      '',
      '| key | line | problem |',
      '| --- | --- | --- |',
      ...report.configProblems.map(
        (issue) => `| \`${issue.path}\` | ${issue.line ?? ''} | ${issue.message.replace(/\|/g, '\\|')} |`,
      ),
      '',
      'Fix the file on the default branch (or the org defaults it extends); see docs/configuration.md.',
    );
  }
  if (report.findingsText) parts.push(report.findingsText);
  if (report.fixError) parts.push('', `> **Warden could not apply the fix.** ${report.fixError}`);
  if (report.escalated?.length && report.config) {
    const { repairs, window_hours: hours } = report.config.escalate_after;
    const branches = report.escalated.map((branch) => `\`${branch}\``).join(', ');
    parts.push(
      '',
      '### Warden stopped repairing',
      `Warden repaired ${branches} ${repairs} time${repairs > 1 ? 's' : ''} within ${hours} hours and the protection was changed back each time, so it leaves ${report.escalated.length > 1 ? 'them' : 'it'} alone until \`branch_protection\` in \`.github/warden.yml\` changes. Find out who or what keeps changing it (the ruleset's history under Settings → Rules → Rulesets, or the organization audit log) and settle it there.`,
    );
  }
  if (report.directPushes?.length) {
    parts.push(
      '',
      '### Pushes without a pull request',
      ...report.directPushes.map(
        (push) =>
          `- \`${push.sha.slice(0, 7)}\` reached \`${push.branch}\` on ${push.at.toISOString().slice(0, 16).replace('T', ' ')} UTC${push.pusher ? `, pushed by ${push.pusher}` : ''}${push.forced ? ' (force push)' : ''}`,
      ),
    );
  }
  if (report.config) {
    const c = report.config;
    parts.push(
      '',
      '---',
      `<sub>Settings: preset \`${c.preset}\`, action \`${c.action}\`, mode \`${c.mode}\`, branches ${c.branches.map((b) => `\`${b}\``).join(', ')}. Warden updates this issue in place and closes it when the repository complies. If you close it, it stays closed until the findings or the config change. See docs/policies.md.</sub>`,
    );
  }
  return { title, body: parts.join('\n'), open: true };
}
