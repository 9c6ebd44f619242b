import type { Context } from 'probot';
import { toAdvisory } from '../core/report/to-advisory.js';
import type { Finding } from '../core/secrets/finding.js';
import { fullName } from '../github/client.js';
import { createDraftAdvisory } from '../github/create-draft-advisory.js';
import type { AppDeps } from './app-deps.js';

/**
 * One private draft advisory per leaked secret. The store's claim on the secret's hash makes
 * it once per leak: a re-push, a redelivered webhook, a second replica or a restart finds the
 * claim and opens nothing. A failed creation releases the claim so the next push retries.
 */
export async function openLeakAdvisories(
  context: Context,
  deps: AppDeps,
  branch: string,
  findings: readonly Finding[],
): Promise<string[]> {
  const repo = context.repo();
  const repoName = fullName(repo);
  const store = await deps.store();
  const bySecret = new Map<string, Finding[]>();
  for (const finding of findings)
    bySecret.set(finding.secretHash, [...(bySecret.get(finding.secretHash) ?? []), finding]);
  const opened: string[] = [];
  for (const [secretHash, leaks] of bySecret) {
    const first = leaks[0]!;
    const claim = await store.claimLeak({
      repo: repoName,
      secretHash,
      fingerprint: first.fingerprint,
      ruleId: first.ruleId,
      commit: first.commit ?? '',
      path: first.path,
    });
    if (!claim.claimed) continue;
    try {
      const ghsaId = await createDraftAdvisory(context.octokit, repo, toAdvisory(repoName, branch, leaks));
      await store.recordLeakAdvisory(repoName, secretHash, ghsaId);
      await store.appendAudit({
        at: deps.now(),
        installationId:
          context.payload && 'installation' in context.payload ? context.payload.installation?.id : undefined,
        repo: repoName,
        actor: 'warden',
        action: 'advisory.created',
        detail: {
          ghsaId,
          ruleId: first.ruleId,
          fingerprint: first.fingerprint,
          redacted: first.redacted,
          branch,
        },
      });
      context.log.info(
        { repo: repoName, ghsaId, ruleId: first.ruleId },
        'Opened a draft security advisory for a leaked secret',
      );
      opened.push(ghsaId);
    } catch (error) {
      await store.releaseLeak(repoName, secretHash);
      throw error;
    }
  }
  return opened;
}
