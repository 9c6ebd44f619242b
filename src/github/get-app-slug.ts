import type { GitHubClient } from './client.js';

/** The App's slug (`GET /app`, authenticated as the App): its bot is `<slug>[bot]`. */
export async function getAppSlug(appOctokit: GitHubClient): Promise<string> {
  const { data } = await appOctokit.rest.apps.getAuthenticated();
  if (!data?.slug) throw new Error('GET /app returned no slug: set WARDEN_APP_SLUG to the App slug instead');
  return data.slug;
}
