import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';

type Response = Awaited<ReturnType<GitHubClient['request']>>;

/** What is kept of one GET between sweeps. */
export interface CachedAnswer {
  /** Hash of the token it was fetched with: GitHub's ETags are specific to the token. */
  token: string;
  etag?: string;
  lastModified?: string;
  response?: Response;
  /** The status of an answer that was an error (404: no such file, 403: not allowed). */
  errorStatus?: number;
}

/** GET answers by method, URL and media type; kept by the caller from one sweep to the next. */
export type ConditionalCache = Map<string, CachedAnswer>;

/** Counts since the last `reset()`, so a caller can tell whether anything it read changed. */
export interface ConditionalRequests {
  /** GETs whose answer differs from the cached one: new content, a first fetch, a new error. */
  changed: number;
  /** GETs GitHub answered 304 Not Modified (they cost no rate limit). */
  notModified: number;
  /** Every GET sent. */
  sent: number;
  /** Cache keys used since the cache was handed over, for pruning what a sweep no longer reads. */
  used: Set<string>;
  reset(): void;
}

const status = (error: unknown) => (error as { status?: number }).status;

/**
 * Makes every GET of this Octokit a conditional request. With the token an answer was
 * fetched with, `If-None-Match: <ETag>`; with a newer token (installation tokens last an hour
 * and GitHub's ETags are token-specific) `If-Modified-Since: <Last-Modified>` where GitHub
 * sent one. A 304 answer costs no rate limit and is served from the cache. A repeated error
 * (the same 404 or 403) also counts as unchanged.
 */
export function enableConditionalRequests(
  gh: GitHubClient,
  cache: ConditionalCache,
  token: string,
): ConditionalRequests {
  const tokenHash = createHash('sha256').update(token).digest('hex').slice(0, 16);
  const counts: ConditionalRequests = {
    changed: 0,
    notModified: 0,
    sent: 0,
    used: new Set(),
    reset() {
      counts.changed = 0;
      counts.notModified = 0;
      counts.sent = 0;
    },
  };
  gh.hook.wrap('request', async (request, options) => {
    if (options.method !== 'GET') return request(options);
    const { url, headers } = gh.request.endpoint.parse(options);
    const key = `GET ${url} ${headers.accept ?? ''}`;
    const cached = cache.get(key);
    counts.used.add(key);
    counts.sent++;
    const conditional: Record<string, string> = {};
    if (cached?.response && cached.etag && cached.token === tokenHash)
      conditional['if-none-match'] = cached.etag;
    else if (cached?.response && cached.lastModified) conditional['if-modified-since'] = cached.lastModified;
    try {
      // Wrapped hooks all see the same options object (before-after-hook binds it), so the
      // headers are set on it rather than passed as a copy.
      options.headers = { ...options.headers, ...conditional };
      const response = await request(options);
      cache.set(key, {
        token: tokenHash,
        ...(response.headers.etag ? { etag: response.headers.etag } : {}),
        ...(response.headers['last-modified'] ? { lastModified: response.headers['last-modified'] } : {}),
        // A copy: callers such as paginate() rewrite the response they are handed.
        response: structuredClone(response),
      });
      counts.changed++;
      return response;
    } catch (error) {
      if (status(error) === 304 && cached?.response) {
        counts.notModified++;
        return structuredClone(cached.response);
      }
      const code = status(error);
      if (code !== undefined && code >= 400 && code < 500 && code !== 429) {
        if (cached?.errorStatus !== code) counts.changed++;
        cache.set(key, { token: tokenHash, errorStatus: code });
      } else {
        counts.changed++;
      }
      throw error;
    }
  });
  return counts;
}
