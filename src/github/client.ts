import type { ProbotOctokit } from 'probot';

/**
 * The Octokit the port works with: Probot's `context.octokit` in the App, `getOctokit(token)`
 * in the Action (same REST methods, pagination, retry). Only `src/github` calls it.
 */
export type GitHubClient = InstanceType<typeof ProbotOctokit>;

/** A repository, as every port function names it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** `owner/name`, the key the store and logs use. */
export const fullName = (ref: RepoRef) => `${ref.owner}/${ref.repo}`;
