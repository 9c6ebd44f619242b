import type { GitHubClient, RepoRef } from './client.js';

/** The fields of a repository security advisory that SLA tracking reads. */
export interface RepositoryAdvisory {
  ghsa_id: string;
  /** `triage` (reported, not yet accepted), `draft`, `published`, `closed` or `withdrawn`. */
  state: string;
  severity: string | null;
  created_at: string;
  updated_at: string | null;
  published_at: string | null;
  closed_at: string | null;
  withdrawn_at: string | null;
  /** Set for privately reported advisories; `accepted` once a maintainer accepted the report. */
  submission: { accepted: boolean } | null;
  /** The advisory's page; only people with access to the advisory can open it. */
  html_url: string;
}

/**
 * Every security advisory of a repository in every state (`triage`, `draft`, `published`,
 * `closed`), all pages (`GET /repos/{owner}/{repo}/security-advisories`, cursor pages through
 * the Link header). Unpublished advisories are listed only to a token that may read them
 * (`repository_advisories: read`); the summary and description are dropped here, so they
 * never travel further than this function.
 */
export async function listRepositoryAdvisories(
  gh: GitHubClient,
  ref: RepoRef,
): Promise<RepositoryAdvisory[]> {
  const advisories = await gh.paginate(gh.rest.securityAdvisories.listRepositoryAdvisories, {
    ...ref,
    per_page: 100,
  });
  return advisories.map((advisory) => ({
    ghsa_id: advisory.ghsa_id,
    state: advisory.state,
    severity: advisory.severity ?? null,
    created_at: advisory.created_at ?? '',
    updated_at: advisory.updated_at ?? null,
    published_at: advisory.published_at ?? null,
    closed_at: advisory.closed_at ?? null,
    withdrawn_at: advisory.withdrawn_at ?? null,
    submission: advisory.submission ? { accepted: advisory.submission.accepted } : null,
    html_url: advisory.html_url,
  }));
}
