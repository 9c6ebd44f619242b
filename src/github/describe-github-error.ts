/**
 * A GitHub API failure in words a maintainer can act on: which permission is missing, when a
 * rate limit resets, that GitHub itself failed. Octokit's retry and throttling plugins have
 * already retried transient failures by the time an error gets here.
 */
export function describeGitHubError(error: unknown): { title: string; summary: string; transient: boolean } {
  const { status, message, response } = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined>; url?: string };
  };
  const url = response?.url ? ` (${new URL(response.url).pathname})` : '';
  const headers = response?.headers ?? {};
  if (status === 403 && /resource not accessible by integration/i.test(message ?? '')) {
    return {
      title: 'Warden is missing a permission',
      summary: `GitHub refused a request${url}: the App installation lacks the permission it needs. An organization owner can accept the App's requested permissions under Settings → GitHub Apps → Warden; see docs/permissions.md for which feature needs which.`,
      transient: false,
    };
  }
  if (
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after']))
  ) {
    const reset = headers['x-ratelimit-reset']
      ? new Date(Number(headers['x-ratelimit-reset']) * 1000).toISOString()
      : undefined;
    return {
      title: 'GitHub rate limit reached',
      summary: `GitHub's API rate limit stopped the scan${url}${reset ? `; it resets at ${reset}` : ''}${
        headers['retry-after'] ? ` (retry after ${headers['retry-after']} s)` : ''
      }. Re-run this check after that.`,
      transient: true,
    };
  }
  if (status !== undefined && status >= 500) {
    return {
      title: 'GitHub had an error',
      summary: `GitHub answered ${status}${url} even after retries. Nothing is wrong with your repository: re-run this check in a few minutes.`,
      transient: true,
    };
  }
  return {
    title: 'Warden could not finish',
    summary: `${status ? `GitHub answered ${status}${url}: ` : ''}${message ?? String(error)}. Re-run the check; if it fails again, report it to the Warden maintainers with this message.`,
    transient: false,
  };
}
