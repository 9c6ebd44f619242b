import type { SecretsConfig } from '../config/secrets-config.schema.js';
import type { Finding } from './finding.js';
import { RULES } from './rules/index.js';
import type { Confidence, SecretRule } from './secret-rule.js';

/** The registry less the rules the config switches off; unknown ids are an error, not a no-op. */
export function selectRules(disabled: readonly string[] = []): SecretRule[] {
  const known = new Set(RULES.map((rule) => rule.id));
  const unknown = disabled.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `secrets.disable_rules names unknown rule ids: ${unknown.join(', ')} (see \`warden rules\`)`,
    );
  }
  const off = new Set(disabled);
  return RULES.filter((rule) => !off.has(rule.id));
}

const RANK: Record<Confidence, number> = { generic: 0, pattern: 1, structure: 2 };

/** Keeps the findings at or above the configured confidence. */
export function meetsConfidence(finding: Finding, config: Pick<SecretsConfig, 'min_confidence'>): boolean {
  return RANK[finding.confidence] >= RANK[config.min_confidence];
}
