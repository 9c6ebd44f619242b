import type { GitHubClient, RepoRef } from './client.js';

/** Upper bound on the commits of one push that are scanned one by one. */
export const PUSH_COMMIT_LIMIT = 1000;

export interface PushCommits {
  shas: string[];
  /** More commits than the limit: the rest were not listed. */
  truncated: boolean;
}

/**
 * The commits a push brought: `before...after` through the compare API, all pages (it returns
 * 250 commits a page); for a new branch, the commits not on the default branch; for the first
 * push of a repository, the history of `after`.
 */
export async function listPushCommits(
  gh: GitHubClient,
  ref: RepoRef,
  push: { before: string; after: string; created: boolean; defaultBranch: string; isDefaultBranch: boolean },
): Promise<PushCommits> {
  const createdFromNothing = /^0+$/.test(push.before);
  if (createdFromNothing && push.isDefaultBranch) {
    const shas: string[] = [];
    for await (const page of gh.paginate.iterator(gh.rest.repos.listCommits, {
      ...ref,
      sha: push.after,
      per_page: 100,
    })) {
      shas.push(...page.data.map((commit) => commit.sha));
      if (shas.length > PUSH_COMMIT_LIMIT) break;
    }
    return cap(shas.reverse());
  }
  const base = createdFromNothing ? push.defaultBranch : push.before;
  const shas: string[] = [];
  const perPage = 250;
  // Compare pages its `commits` (oldest first); paginate() does not apply to this shape.
  for (let page = 1; ; page++) {
    const { data } = await gh.rest.repos.compareCommitsWithBasehead({
      ...ref,
      basehead: `${base}...${push.after}`,
      per_page: perPage,
      page,
    });
    shas.push(...data.commits.map((commit) => commit.sha));
    if (data.commits.length < perPage || shas.length >= data.total_commits || shas.length > PUSH_COMMIT_LIMIT)
      break;
  }
  return cap(shas);
}

function cap(shas: string[]): PushCommits {
  return shas.length > PUSH_COMMIT_LIMIT
    ? { shas: shas.slice(shas.length - PUSH_COMMIT_LIMIT), truncated: true }
    : { shas, truncated: false };
}
