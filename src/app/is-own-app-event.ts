import type { AppDeps } from './app-deps.js';

/**
 * Whether Warden's own App bot sent the event (its repairs come back as
 * `branch_protection_rule` and `repository_ruleset` events). Other bots are not ignored: a
 * bot that weakens protection is drift like any other. The slug is looked up only for bots.
 */
export async function isOwnAppEvent(
  sender: { type?: string; login?: string } | undefined,
  deps: AppDeps,
): Promise<boolean> {
  if (sender?.type !== 'Bot' || !sender.login?.endsWith('[bot]')) return false;
  return sender.login === `${await deps.appSlug()}[bot]`;
}
