import { describePromise, describeTargetName } from './describe-promise.js';
import type { SecurityMdReport } from './security-policy.js';

/** Markdown tables are broken by pipes and newlines in cell text, and HTML must stay text. */
function cell(text: string): string {
  return text
    .replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * The lint of SECURITY.md as Markdown, for a check run's summary or a job summary: where the
 * policy was found, its channels and promises, then every finding with how to fix it.
 * `where` says where the file came from when it is not the repository's own
 * (`the organisation's .github repository`).
 */
export function renderSecurityMdMarkdown(report: SecurityMdReport, options: { where?: string } = {}): string {
  const parts: string[] = [];
  if (report.path === null) {
    parts.push('No SECURITY.md was found where GitHub looks (the root, `.github/` or `docs/`).');
  } else {
    parts.push(`Read \`${report.path}\`${options.where ? ` from ${options.where}` : ''}.`, '');
    parts.push(
      `**Reporting channels:** ${
        report.contacts.length === 0
          ? 'none'
          : report.contacts.map((contact) => `${contact.type} \`${cell(contact.value)}\``).join(', ')
      }`,
    );
    parts.push(
      '',
      `**Response promises:** ${
        report.promises.length === 0
          ? 'none (Warden measures advisories against the configured or default targets)'
          : report.promises.map((p) => `${describeTargetName(p)} ${describePromise(p)}`).join('; ')
      }`,
    );
  }
  parts.push('');
  if (report.findings.length === 0) {
    parts.push('No findings.');
  } else {
    parts.push(
      '| severity | line | finding | how to fix |',
      '| --- | --- | --- | --- |',
      ...report.findings.map(
        (f) => `| ${f.severity} | ${f.line ?? ''} | ${cell(`${f.message} (${f.id})`)} | ${cell(f.fix)} |`,
      ),
    );
  }
  return parts.join('\n');
}
