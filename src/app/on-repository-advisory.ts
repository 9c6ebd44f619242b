import type { Probot } from 'probot';
import type { AppDeps } from './app-deps.js';
import { handleOnce } from './handle-once.js';
import { recordAdvisoryTransitions } from './record-advisory-transitions.js';

/**
 * GitHub sends `repository_advisory` only when a vulnerability is reported privately and when
 * an advisory is published; Warden records both (at the advisory's own `created_at` and
 * `published_at`), with whatever else the payload's state proves. Everything GitHub sends no
 * webhook for (accepted, severity set, closed) is found by the SLA sweep. Nothing about the
 * advisory is logged beyond its id, state and the transitions recorded.
 */
export function onRepositoryAdvisory(app: Probot, deps: AppDeps): void {
  app.on(['repository_advisory.reported', 'repository_advisory.published'], (context) =>
    handleOnce(context, deps, 'sla', async () => {
      const { action, repository_advisory: advisory, repository } = context.payload;
      const now = deps.now();
      const eventTime = action === 'reported' ? advisory.created_at : advisory.published_at;
      const recorded = await recordAdvisoryTransitions(
        await deps.store(),
        repository.full_name,
        advisory.ghsa_id,
        {
          state: advisory.state,
          severity: advisory.severity ?? null,
          created_at: advisory.created_at ?? now.toISOString(),
          published_at: advisory.published_at ?? null,
          closed_at: advisory.closed_at ?? null,
          withdrawn_at: advisory.withdrawn_at ?? null,
          submission: advisory.submission ?? null,
        },
        now,
        { extra: { transition: action, at: eventTime ? new Date(eventTime) : now } },
      );
      context.log.info(
        { repo: repository.full_name, ghsaId: advisory.ghsa_id, action, state: advisory.state, recorded },
        'Advisory transition recorded',
      );
    }),
  );
}
