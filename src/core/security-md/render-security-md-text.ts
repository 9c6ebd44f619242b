import { describePromise, describeTargetName } from './describe-promise.js';
import type { SecurityMdReport } from './security-policy.js';

/** `warden security-md` output for people: the policy as read, then the findings with fixes. */
export function renderSecurityMdText(report: SecurityMdReport): string {
  const lines: string[] = [];
  lines.push(report.path ? `SECURITY.md: ${report.path}` : 'SECURITY.md: not found');
  if (report.path) {
    lines.push('', 'Reporting channels:');
    if (report.contacts.length === 0) lines.push('  (none)');
    for (const contact of report.contacts) lines.push(`  ${contact.type.padEnd(17)} ${contact.value}`);
    if (report.placeholders.length > 0) {
      lines.push('', 'Template placeholders left in:');
      for (const placeholder of report.placeholders) lines.push(`  ${placeholder}`);
    }
    lines.push('', 'Supported versions:');
    if (!report.supportedVersions) lines.push('  (no table)');
    else {
      lines.push(`  supported:   ${report.supportedVersions.supported.join(', ') || '(none)'}`);
      lines.push(`  unsupported: ${report.supportedVersions.unsupported.join(', ') || '(none)'}`);
    }
    lines.push('', 'Response promises:');
    if (report.promises.length === 0) lines.push('  (none)');
    for (const promise of report.promises) {
      lines.push(`  ${describeTargetName(promise).padEnd(17)} ${describePromise(promise)}`);
    }
  }
  lines.push('', report.findings.length === 0 ? 'No findings.' : `Findings (${report.findings.length}):`);
  for (const finding of report.findings) {
    const where = finding.line === undefined ? '' : ` line ${finding.line}`;
    lines.push(`  ${finding.severity.padEnd(7)} ${finding.id}${where}`);
    lines.push(`          ${finding.message}`);
    lines.push(`          fix: ${finding.fix}`);
  }
  return `${lines.join('\n')}\n`;
}
