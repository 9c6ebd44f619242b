import type { Finding } from '../secrets/finding.js';
import { SEVERITIES, type Severity } from '../secrets/secret-rule.js';

/** The body of `POST /repos/{owner}/{repo}/security-advisories` for one leaked secret. */
export interface DraftAdvisory {
  summary: string;
  description: string;
  severity: Severity;
  cwe_ids: string[];
  vulnerabilities: Array<{ package: { ecosystem: 'other'; name: string } }>;
}

/** Marks the description so the advisory can be matched to its leak (the hash, never the value). */
export const LEAK_MARKER = 'warden-leak:';

/**
 * A private draft advisory for one secret that reached a protected branch: where it is (every
 * place the same value was found), the redacted value, and what to do, rotation first. Severity
 * comes from the rule; CWE-798 (use of hard-coded credentials).
 */
export function toAdvisory(
  repoFullName: string,
  branch: string,
  findings: readonly Finding[],
): DraftAdvisory {
  const [first] = findings;
  if (!first) throw new Error('toAdvisory needs at least one finding');
  const severity = SEVERITIES.find((level) => findings.some((finding) => finding.severity === level))!;
  const locations = findings.map(
    (f) =>
      `| \`${f.path}\` | ${f.line} | ${f.commit ? `\`${f.commit.slice(0, 12)}\`` : '—'} | \`${f.redacted}\` |`,
  );
  const description = [
    `Warden found a **${first.title}** (${first.provider}, rule \`${first.ruleId}\`) committed to \`${branch}\` of ${repoFullName}. Anyone with read access to the repository, or to any clone or fork made since, can use it.`,
    '',
    '| file | line | commit | value (redacted) |',
    '|---|---|---|---|',
    ...locations.slice(0, 200),
    ...(locations.length > 200 ? [`| … ${locations.length - 200} more places | | | |`] : []),
    '',
    '## Remediation',
    '',
    `1. **Revoke or rotate the credential now.** ${first.remediation.summary}${first.remediation.url ? ` (${first.remediation.url})` : ''}`,
    "2. Review the provider's access logs for use of the credential since the commit above.",
    '3. Move the new credential to a secret store or environment variable; never commit it.',
    '4. Deleting the line, reverting the commit or rewriting history does **not** undo the leak: the value has been pushed and may be in clones, forks, caches and CI logs. Purge it from history (`git filter-repo --replace-text`, then force-push and ask collaborators to re-clone) only after rotating it.',
    '5. Close this draft advisory once the credential is revoked, or publish it if users of the project were exposed.',
    '',
    `<!-- ${LEAK_MARKER}${first.secretHash} -->`,
  ].join('\n');
  const summary = `Leaked ${first.title} in ${first.path}`.slice(0, 1024);
  return {
    summary,
    description: description.slice(0, 65_535),
    severity,
    cwe_ids: ['CWE-798'],
    vulnerabilities: [{ package: { ecosystem: 'other', name: repoFullName } }],
  };
}
