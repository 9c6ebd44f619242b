import type { Confidence, Severity } from './secret-rule.js';

/**
 * One leaked credential, as it leaves the engine: never the whole secret, only a redacted
 * prefix and a fingerprint.
 */
export interface Finding {
  ruleId: string;
  title: string;
  provider: string;
  severity: Severity;
  confidence: Confidence;
  /** Path relative to the scan root (or as named in the diff), with `/` separators. */
  path: string;
  /** 1-based line and column of the secret's first character (columns in UTF-16 units). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The first few characters, then `…`: enough to recognise, not enough to use. */
  redacted: string;
  /** `ruleId:path:hash` — stable across line moves; used by baselines and advisories. */
  fingerprint: string;
  /** Hash of the secret alone: the same credential found in two places shares it. */
  secretHash: string;
  remediation: { summary: string; url?: string };
  /** The commit that added the line, when the scan walked git history. */
  commit?: string;
}
