import { formatConfigIssues } from '../core/config/parse-config.js';
import { parseSecurityMd } from '../core/security-md/parse-security-md.js';
import type { ResponsePromise } from '../core/security-md/response-promise.js';
import { toObservedOfflineAdvisory } from '../core/sla/observe-advisory.js';
import { type AdvisoryInput, parseOfflineAdvisories } from '../core/sla/parse-offline-advisories.js';
import type { SlaConfig } from '../core/sla/sla-config.schema.js';
import type { GitHubClient, RepoRef } from '../github/client.js';
import { createTokenClient } from '../github/create-token-client.js';
import { listRepositoryAdvisories } from '../github/list-repository-advisories.js';
import { readRepoConfig } from '../github/read-repo-config.js';
import { readSecurityPolicy } from '../github/read-security-policy.js';
import { type CliIo, UsageError } from './command.js';

/** Said with every live report: what the CLI cannot know that the App records. */
export const LIVE_NOTE =
  "Live mode reads GitHub only: the transitions the Warden App records (when a report was accepted, when a severity was set) are not available to the CLI, and GitHub keeps no time for them. Where an advisory's state shows one happened, its latest possible time (updated_at, or published_at) is used, so a stage met in time can show as breached-then-met. The App's SLA tracking issues carry the recorded times.";

const CONFIG_PATH = '.github/warden.yml';
const TOKEN_HELP =
  "a token that can read the repository's security advisories: a fine-grained token with 'Repository security advisories: read' (and 'Contents: read' for SECURITY.md and the config), a classic token with the repo scope, or `gh auth token` of a repository admin or security manager";

/** What `warden sla --repo` evaluates. */
export interface LiveRepository {
  advisories: AdvisoryInput[];
  promises?: ResponsePromise[];
  config?: SlaConfig;
  /** One line for people: where the policy and config came from. */
  sources: string;
}

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * Reads a repository for `warden sla --repo`: every advisory (all states, all pages), the
 * SECURITY.md GitHub shows (root, `.github/`, `docs/`, then the owner's `.github` repository)
 * and the `sla` section of `.github/warden.yml` (org defaults through `_extends` merged, as the
 * App reads it), unless `--policy` or `--config` replace them. Each advisory gets the
 * transitions its state proves, at their latest possible time (`observeAdvisory` with
 * `updated_at`). Problems become `UsageError`s that say what to change (exit 2).
 */
export async function readLiveRepository(
  options: { repo: string; ref: RepoRef; tokenEnv: string },
  io: CliIo,
  overrides: { config?: SlaConfig | undefined; policyText?: string | undefined },
): Promise<LiveRepository> {
  const token = io.env[options.tokenEnv]?.trim();
  if (!token) throw new UsageError(`${options.tokenEnv} is not set: --repo needs ${TOKEN_HELP}.`);
  const gh = await createTokenClient(token, {
    ...(io.env.GITHUB_API_URL ? { baseUrl: io.env.GITHUB_API_URL } : {}),
    log: { warn: (message) => io.stderr(`warden sla: ${message}\n`) },
  });
  try {
    const defaultBranch = await readDefaultBranch(gh, options);
    const advisories = await listAdvisories(gh, options);
    const sources: string[] = [];
    let config = overrides.config;
    if (config) sources.push('config from --config');
    else {
      const loaded = await readRepoConfig(gh, options.ref, CONFIG_PATH);
      if (!loaded.ok)
        throw new UsageError(formatConfigIssues(`${options.repo}:${CONFIG_PATH}`, loaded.issues));
      config = loaded.config.sla;
      sources.push(`config ${CONFIG_PATH} (defaults where absent)`);
    }
    let policyText = overrides.policyText;
    if (policyText !== undefined) sources.unshift('SECURITY.md from --policy');
    else {
      const policy = await readSecurityPolicy(gh, options.ref, defaultBranch, { orgFallback: true });
      policyText = policy?.text;
      sources.unshift(
        policy
          ? `SECURITY.md from ${policy.fromOrgRepository ? `${options.ref.owner}/.github:` : ''}${policy.path}`
          : 'no SECURITY.md',
      );
    }
    const parsed = parseOfflineAdvisories(advisories.map(toObservedOfflineAdvisory));
    if (parsed.issues.length > 0)
      throw new UsageError(
        `GitHub returned advisories Warden cannot read:\n${parsed.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
      );
    return {
      advisories: parsed.advisories,
      ...(policyText !== undefined ? { promises: parseSecurityMd(policyText).promises } : {}),
      config,
      sources: `${sources.join('; ')}; ${advisories.length} advisor${advisories.length === 1 ? 'y' : 'ies'}`,
    };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = status(error);
    if (code === undefined) throw error;
    // Octokit reports a network failure as status 500 too, with the cause as its message.
    throw new UsageError(
      `reading ${options.repo} from GitHub failed (${code}: ${(error as Error).message.split('\n')[0]}); check the network, GITHUB_API_URL, and GitHub's status, then retry`,
    );
  }
}

async function readDefaultBranch(
  gh: GitHubClient,
  options: { repo: string; ref: RepoRef; tokenEnv: string },
) {
  try {
    const { data } = await gh.rest.repos.get({ ...options.ref });
    return data.default_branch;
  } catch (error) {
    if (status(error) === 404)
      throw new UsageError(
        `${options.repo} was not found, or the token in ${options.tokenEnv} cannot see it.`,
      );
    if (status(error) === 401)
      throw new UsageError(
        `GitHub rejected the token in ${options.tokenEnv} (401): it is invalid or expired.`,
      );
    throw error;
  }
}

async function listAdvisories(gh: GitHubClient, options: { repo: string; ref: RepoRef; tokenEnv: string }) {
  try {
    return await listRepositoryAdvisories(gh, options.ref);
  } catch (error) {
    if (status(error) === 403 || status(error) === 404)
      throw new UsageError(
        `GitHub answered ${status(error)} to listing the security advisories of ${options.repo}: the token in ${options.tokenEnv} cannot read them. Use ${TOKEN_HELP}.`,
      );
    throw error;
  }
}
