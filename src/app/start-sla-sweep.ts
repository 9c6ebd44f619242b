import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { readSlaWebhookUrl } from './send-sla-webhook.js';
import { createSlaSweepMemory, sweepSla } from './sweep-sla.js';

/** Default minutes between two SLA sweeps. */
export const DEFAULT_SLA_SWEEP_MINUTES = 15;

/**
 * Starts the periodic SLA sweep from the environment: every `WARDEN_SLA_SWEEP_INTERVAL_MINUTES`
 * (default 15; 0 turns it off; off when `NODE_ENV` is `test`), notices to
 * `WARDEN_SLA_WEBHOOK_URL` when set. Never two sweeps at once in this process (the store lease
 * keeps replicas apart); the timer does not keep the process alive. Returns a function that
 * stops it, or undefined when it is off.
 * @throws when either variable is malformed, saying how to fix it.
 */
export function startSlaSweep(
  app: Probot,
  deps: AppDeps,
  env: Record<string, string | undefined>,
): (() => void) | undefined {
  const webhookUrl = readSlaWebhookUrl(env);
  const minutes = readInterval(env);
  if (minutes === 0) return undefined;
  const memory = createSlaSweepMemory();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepSla(app, deps, { memory, ...(webhookUrl ? { webhookUrl } : {}) })
      .then((report) => {
        if (report.ran) app.log.info(report, 'SLA sweep finished');
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'SLA sweep failed'))
      .finally(() => {
        running = false;
      });
  }, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

function readInterval(env: Record<string, string | undefined>): number {
  if (env.NODE_ENV === 'test') return 0;
  const raw = env.WARDEN_SLA_SWEEP_INTERVAL_MINUTES;
  const minutes = raw === undefined || raw.trim() === '' ? DEFAULT_SLA_SWEEP_MINUTES : Number(raw);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error(
      `WARDEN_SLA_SWEEP_INTERVAL_MINUTES must be a number of minutes (0 turns the SLA sweep off), got '${raw}'`,
    );
  return minutes;
}
