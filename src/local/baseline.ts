import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../core/secrets/finding.js';

/**
 * A baseline lists the fingerprints of known findings, so a team can adopt Warden on an old
 * repository and be told only about new leaks. It holds no secret: fingerprints are hashes.
 */
interface BaselineFile {
  version: 1;
  findings: Array<Pick<Finding, 'fingerprint' | 'ruleId' | 'path' | 'line' | 'redacted'>>;
}

export function readBaseline(path: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  const findings = (parsed as Partial<BaselineFile> | null)?.findings;
  if (!Array.isArray(findings) || findings.some((entry) => typeof entry?.fingerprint !== 'string')) {
    throw new Error(
      `baseline ${path} is not a Warden baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`,
    );
  }
  return new Set(findings.map((entry) => entry.fingerprint));
}

export function writeBaseline(path: string, findings: readonly Finding[]): void {
  const file: BaselineFile = {
    version: 1,
    findings: findings.map(({ fingerprint, ruleId, path: file, line, redacted }) => ({
      fingerprint,
      ruleId,
      path: file,
      line,
      redacted,
    })),
  };
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
}
