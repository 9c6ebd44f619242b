import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { type SweepMemory, sweepBranchProtection } from './sweep-branch-protection.js';

/**
 * Runs `sweepBranchProtection` every `intervalMs`, never two at once in this process (the
 * store lease keeps replicas apart). The timer does not keep the process alive. Returns a
 * function that stops it.
 */
export function scheduleBranchProtectionSweep(app: Probot, deps: AppDeps, intervalMs: number): () => void {
  const memory: SweepMemory = { cache: new Map(), outcomes: new Map() };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepBranchProtection(app, deps, memory)
      .then((report) => {
        if (report.ran) app.log.info(report, 'Branch protection sweep finished');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'Branch protection sweep failed'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
