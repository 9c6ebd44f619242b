import {
  type AdvisoryFacts,
  observeAdvisory,
  type PreviousObservation,
} from '../core/sla/observe-advisory.js';
import type { AdvisoryTransition, Store } from '../store/store.js';

/**
 * Records every transition the advisory's current state proves (`observeAdvisory`), each at
 * its best known time; the store keeps the earliest time per transition, so recording again
 * is harmless. `extra` adds what a webhook itself says (`reported`, `published`). Returns the
 * transitions that were new to the store.
 */
export async function recordAdvisoryTransitions(
  store: Store,
  repo: string,
  ghsaId: string,
  advisory: AdvisoryFacts,
  seenAt: Date,
  options: { previous?: PreviousObservation; extra?: { transition: AdvisoryTransition; at: Date } } = {},
): Promise<AdvisoryTransition[]> {
  const observed: { transition: AdvisoryTransition; at: Date }[] = observeAdvisory(
    advisory,
    seenAt,
    options.previous,
  );
  if (options.extra && !observed.some((o) => o.transition === options.extra!.transition))
    observed.push(options.extra);
  const recorded: AdvisoryTransition[] = [];
  for (const { transition, at } of observed) {
    if (await store.recordTransition({ repo, ghsaId, transition, at })) recorded.push(transition);
  }
  return recorded;
}
