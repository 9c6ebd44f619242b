import { isEarlierAnchor } from '../security-md/response-promise.js';
import type { ConfigIssue } from './config-issue.js';
import type { SlaConfig } from './sla-config.schema.js';

/**
 * Rules the `sla` schema cannot express as JSON Schema (so they live here, and the config
 * loader runs them after parsing): the time zone is a real IANA zone, every holiday is a real
 * date, and a target counts only from a stage that ends before it starts.
 */
export function checkSlaConfig(config: SlaConfig, prefix = 'sla'): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (!isTimeZone(config.timezone)) {
    issues.push({
      path: `${prefix}.timezone`,
      message: `"${config.timezone}" is not an IANA time zone (e.g. UTC, Europe/Berlin, America/New_York).`,
    });
  }
  config.holidays.forEach((holiday, index) => {
    if (!isRealDate(holiday))
      issues.push({ path: `${prefix}.holidays[${index}]`, message: `"${holiday}" is not a real date.` });
  });
  const { acknowledge, triage, fix, disclose } = config.targets;
  const stages = [
    ['acknowledge', acknowledge],
    ['triage', triage],
    ['disclose', disclose],
    ...Object.entries(fix).map(([severity, target]) => [`fix.${severity}`, target] as const),
  ] as const;
  for (const [name, target] of stages) {
    if (!target) continue;
    const stage = name.startsWith('fix') ? 'fix' : (name as 'acknowledge' | 'triage' | 'disclose');
    if (!isEarlierAnchor(target.from, stage)) {
      issues.push({
        path: `${prefix}.targets.${name}.from`,
        message: `A ${stage} target cannot count from "${target.from}", which does not end before ${stage} starts; use "report" or an earlier stage.`,
      });
    }
  }
  return issues;
}

function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

function isRealDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return (
    parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day
  );
}
