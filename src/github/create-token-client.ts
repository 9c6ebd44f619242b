import type { GitHubClient } from './client.js';

/** Where a token client sends its log lines (request logs are debug; rate-limit waits are warnings). */
export interface TokenClientLog {
  warn: (message: string) => void;
}

/**
 * A `GitHubClient` authenticated with a plain token, for the CLI: the same Octokit as the App
 * (REST methods, pagination, retries, rate-limit waits, the config plugin), loaded only when a
 * command goes online. `baseUrl` points at GitHub Enterprise Server (`https://HOST/api/v3`).
 */
export async function createTokenClient(
  token: string,
  options: { baseUrl?: string; log: TokenClientLog },
): Promise<GitHubClient> {
  const { ProbotOctokit } = await import('probot');
  const quiet = () => undefined;
  return new ProbotOctokit({
    auth: { token },
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    log: { debug: quiet, info: quiet, warn: options.log.warn, error: options.log.warn },
  }) as GitHubClient;
}
