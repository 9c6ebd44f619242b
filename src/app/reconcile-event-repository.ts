import type { Context } from 'probot';
import type { AppDeps } from './app-deps.js';
import { handleOnce } from './handle-once.js';
import { isOwnAppEvent } from './is-own-app-event.js';
import { reconcileBranchProtection } from './reconcile-branch-protection.js';

/**
 * What every single-repository trigger does: skip events Warden's own bot caused, then
 * reconcile the event's repository once per delivery.
 */
export async function reconcileEventRepository(
  context: Context,
  deps: AppDeps,
  trigger: string,
): Promise<void> {
  const payload = context.payload as {
    sender?: { type?: string; login?: string };
    installation?: { id: number };
  };
  if (await isOwnAppEvent(payload.sender, deps)) {
    context.log.debug(
      { trigger, sender: payload.sender?.login },
      "Ignoring an event Warden's own changes caused",
    );
    return;
  }
  await handleOnce(context, deps, 'branch-protection', async () => {
    await reconcileBranchProtection(
      {
        gh: context.octokit,
        repo: context.repo(),
        log: context.log,
        trigger,
        ...(payload.installation ? { installationId: payload.installation.id } : {}),
      },
      deps,
    );
  });
}
