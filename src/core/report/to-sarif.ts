import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../secrets/finding.js';
import type { SecretRule, Severity } from '../secrets/secret-rule.js';
import type { ScanReport } from './scan-report.js';

export interface SarifOptions {
  /** Every rule the scan ran, so code scanning can show help for rules with no result too. */
  rules: readonly SecretRule[];
  toolVersion: string;
}

const INFORMATION_URI = 'https://github.com/warden-security/warden';

const LEVEL: Record<Severity, Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

// GitHub code scanning ranks security alerts by this 0–10 score (CVSS-like bands).
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: rules with help, results with a region and
 * `partialFingerprints` so an alert survives line moves. The secret itself is never included.
 */
export function toSarif(report: ScanReport, options: SarifOptions): Log {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Warden',
            informationUri: INFORMATION_URI,
            semanticVersion: options.toolVersion,
            version: options.toolVersion,
            rules: options.rules.map(toReportingDescriptor),
          },
        },
        automationDetails: { id: 'warden/secrets/' },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The root of the scanned repository or folder.' } },
        },
        results: report.findings.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId))),
      },
    ],
  };
}

function toReportingDescriptor(rule: SecretRule): ReportingDescriptor {
  const help = `${rule.remediation.summary}${rule.remediation.url ? `\n\nMore: ${rule.remediation.url}` : ''}`;
  return {
    id: rule.id,
    name: toPascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: `${rule.title} (${rule.provider}) committed to the repository.` },
    help: {
      text: help,
      markdown: `**Rotate the credential first**: deleting the line does not undo the leak.\n\n${rule.remediation.summary}${
        rule.remediation.url ? `\n\n[How to revoke it](${rule.remediation.url})` : ''
      }`,
    },
    ...(rule.remediation.url ? { helpUri: rule.remediation.url } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security', 'secret', 'external/cwe/cwe-798'],
      precision: rule.confidence === 'generic' ? 'medium' : 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

function toResult(finding: Finding, index: number | undefined): Result {
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[finding.severity],
    message: {
      text: `${finding.title} found (${finding.redacted}, confidence ${finding.confidence}). Rotate it: ${finding.remediation.summary}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { 'wardenFingerprint/v1': finding.fingerprint },
    properties: {
      confidence: finding.confidence,
      severity: finding.severity,
      redacted: finding.redacted,
      ...(finding.commit ? { commit: finding.commit } : {}),
    },
  };
}

function toPascalCase(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase());
}
