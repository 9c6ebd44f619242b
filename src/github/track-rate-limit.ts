import type { GitHubClient } from './client.js';

/** The primary rate limit as GitHub's last answer reported it. */
export interface RateLimitView {
  remaining?: number;
  limit?: number;
  resetAt?: Date;
}

/**
 * Follows the `x-ratelimit-*` headers of every answer (errors and 304s too), so that a long
 * run of requests can stop before the quota runs out instead of waiting on it.
 */
export function trackRateLimit(gh: GitHubClient): RateLimitView {
  const view: RateLimitView = {};
  const read = (headers: Record<string, string | number | undefined> | undefined) => {
    const remaining = Number(headers?.['x-ratelimit-remaining']);
    const limit = Number(headers?.['x-ratelimit-limit']);
    const reset = Number(headers?.['x-ratelimit-reset']);
    if (Number.isFinite(remaining) && headers?.['x-ratelimit-remaining'] !== undefined)
      view.remaining = remaining;
    if (Number.isFinite(limit) && headers?.['x-ratelimit-limit'] !== undefined) view.limit = limit;
    if (Number.isFinite(reset) && headers?.['x-ratelimit-reset'] !== undefined)
      view.resetAt = new Date(reset * 1000);
  };
  gh.hook.wrap('request', async (request, options) => {
    try {
      const response = await request(options);
      read(response.headers);
      return response;
    } catch (error) {
      read((error as { response?: { headers?: Record<string, string> } }).response?.headers);
      throw error;
    }
  });
  return view;
}
