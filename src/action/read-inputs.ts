import { getInput } from '@actions/core';

export const CHECKS = ['secrets', 'branch-protection', 'security-md', 'sla'] as const;
export type CheckName = (typeof CHECKS)[number];
const THRESHOLDS = ['critical', 'high', 'medium', 'low', 'never'] as const;

/** The Action's inputs, validated: a wrong value fails the step saying what is allowed. */
export interface ActionInputs {
  token: string;
  checks: CheckName[];
  failOn?: (typeof THRESHOLDS)[number];
  sarifFile: string;
  config?: string;
}

export function readInputs(): ActionInputs {
  const token = getInput('token');
  const checks = getInput('checks')
    .split(/[\s,]+/)
    .filter(Boolean);
  const unknown = checks.filter((check) => !(CHECKS as readonly string[]).includes(check));
  if (unknown.length > 0) {
    throw new Error(
      `input 'checks' has unknown check${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; use any of ${CHECKS.join(', ')}`,
    );
  }
  const failOn = getInput('fail-on');
  if (failOn && !(THRESHOLDS as readonly string[]).includes(failOn)) {
    throw new Error(`input 'fail-on' must be one of ${THRESHOLDS.join(', ')} (got '${failOn}')`);
  }
  const config = getInput('config');
  return {
    token,
    checks: (checks.length > 0 ? checks : ['secrets', 'branch-protection', 'security-md']) as CheckName[],
    ...(failOn ? { failOn: failOn as ActionInputs['failOn'] } : {}),
    sarifFile: getInput('sarif-file') || 'warden.sarif',
    ...(config ? { config } : {}),
  };
}
