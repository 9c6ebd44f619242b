import type { SecretRule } from '../secret-rule.js';
import * as github from './github.js';

/**
 * Every rule module, one per provider family, in alphabetical order. Each exported
 * `SecretRule` of a module is registered; `rules.test.ts` checks every file here is listed.
 */
export const RULE_MODULES: Record<string, Record<string, unknown>> = {
  github,
};

function isSecretRule(value: unknown): value is SecretRule {
  return typeof value === 'object' && value !== null && 'id' in value && 'pattern' in value;
}

/** The registry: every rule, sorted by id. */
export const RULES: readonly SecretRule[] = Object.values(RULE_MODULES)
  .flatMap((module) => Object.values(module).filter(isSecretRule))
  .sort((a, b) => a.id.localeCompare(b.id));
