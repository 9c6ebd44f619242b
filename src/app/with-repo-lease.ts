import { randomUUID } from 'node:crypto';
import type { AppDeps } from './app-deps.js';

/** How long a holder may keep a repository's lease before another may take it over. */
const LEASE_MS = 5 * 60_000;
const RETRY_MS = 1_000;

/**
 * Runs `work` while holding the store lease `name` (shared by every replica), so two events
 * about the same repository never plan and apply at once (two Warden rulesets, or one
 * repair undoing another). A second caller waits for the first, then reads fresh state.
 */
export async function withRepoLease<T>(
  deps: AppDeps,
  name: string,
  work: () => Promise<T>,
  options: { maxWaitMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const store = await deps.store();
  const holder = randomUUID();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  for (let waited = 0; !(await store.acquireLease(name, holder, LEASE_MS, new Date())); waited += RETRY_MS) {
    if (waited >= maxWaitMs)
      throw new Error(
        `Lease ${name} is still held after ${maxWaitMs / 1000} s; another reconcile is stuck or slow`,
      );
    await sleep(RETRY_MS);
  }
  try {
    return await work();
  } finally {
    await store.releaseLease(name, holder);
  }
}
