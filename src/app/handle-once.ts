import type { Context } from 'probot';
import type { AppDeps } from './app-deps.js';

/**
 * Runs `work` once per webhook delivery and concern: GitHub redelivers with the same delivery
 * id, and the claim in the store (shared by every replica, kept across restarts) turns the
 * repeat into a no-op. A failure releases the claim, so a manual redelivery can retry.
 */
export async function handleOnce(
  context: Context,
  deps: AppDeps,
  concern: string,
  work: () => Promise<void>,
): Promise<void> {
  const store = await deps.store();
  const key = `${context.id}:${concern}`;
  if (!(await store.claimDelivery(key, context.name))) {
    context.log.info({ delivery: context.id, concern }, 'Delivery already handled; skipping');
    return;
  }
  try {
    await work();
  } catch (error) {
    await store.releaseDelivery(key);
    throw error;
  }
}
