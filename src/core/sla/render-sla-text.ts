import type { SlaReport, SlaReportTarget } from './to-sla-report.js';

/** `warden sla` output for people: targets, one block per advisory, then the summary. */
export function renderSlaText(report: SlaReport): string {
  const lines: string[] = [`SLA at ${report.now} (business calendar in ${report.timezone})`, '', 'Targets:'];
  const { targets } = report;
  lines.push(`  acknowledge      ${describe(targets.acknowledge)}`);
  lines.push(`  triage           ${describe(targets.triage)}`);
  for (const [severity, target] of Object.entries(targets.fix)) {
    lines.push(`  ${`fix (${severity})`.padEnd(16)} ${describe(target)}`);
  }
  lines.push(`  disclose         ${describe(targets.disclose)}`);
  for (const advisory of report.advisories) {
    lines.push('', `${advisory.ghsaId}  severity: ${advisory.severity ?? 'none'}`);
    if (advisory.stages.length === 0) lines.push('  (no stage has a target)');
    for (const stage of advisory.stages) {
      const due = stage.due ? `due ${stage.due}` : 'no due time yet';
      const stopped = stage.stoppedAt ? `  stopped ${stage.stoppedAt}` : '';
      lines.push(`  ${stage.stage.padEnd(12)} ${stage.status.padEnd(18)} ${due}${stopped}`);
    }
  }
  const s = report.summary;
  lines.push(
    '',
    `Summary: ${s.advisories} advisories, ${s.breachedAdvisories} with a breached stage; stages: ${s.breached} breached, ${s.dueSoon} due soon, ${s.running} running, ${s.paused} paused, ${s.pending} pending, ${s.met} met, ${s.breachedThenMet} breached then met, ${s.closed} closed.`,
  );
  return `${lines.join('\n')}\n`;
}

function describe(target: SlaReportTarget | null): string {
  if (!target) return 'not tracked';
  const unit = target.unit.replace('_', ' ');
  const from = target.from === 'report' ? '' : ` from ${target.from}`;
  return `${target.value} ${unit}${from} (${target.source})`;
}
