import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../core/secrets/finding.js';

/**
 * A baseline lists the fingerprints of known findings, so a team can adopt Warden on an old
 * repository and be told only about new leaks. It holds no secret: fingerprints are hashes.
 */
interface BaselineFile {
  version: 1;
  findings: Array<Pick<Finding, 'fingerprint' | 'ruleId' | 'path' | 'line' | 'redacted'>>;
}

/** The fingerprints a baseline lists; `path` is as the user named it, relative to `cwd`. */
export function readBaseline(path: string, cwd: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`cannot read baseline ${path}: ${reason}`);
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
