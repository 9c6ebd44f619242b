import {
  type PickedSecurityPolicy,
  pickSecurityPolicy,
  type SecurityPolicyCandidate,
} from '../core/security-md/pick-security-policy.js';
import type { GitHubClient, RepoRef } from './client.js';
import { getFileText } from './get-file-text.js';

/** The security policy GitHub shows for a repository, and the repository it was read from. */
export interface RepositorySecurityPolicy extends PickedSecurityPolicy {
  /** The repository itself, or the organisation's `.github` repository. */
  source: RepoRef;
}

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
}

const status = (error: unknown) => (error as { status?: number }).status;
const isPolicyName = (name: string) => name.toLowerCase() === 'security.md';

/**
 * Reads SECURITY.md where GitHub looks: the repository's root, then `.github/`, then `docs/`
 * at `at` (a commit SHA or a branch name), and, when the repository has none and
 * `orgFallback` is set, the same places in the owner's public `.github` repository on its
 * default branch. File names are matched without regard to case, as GitHub does. Folders are
 * listed through the Git trees API (one request each, only as deep as needed), then one file
 * is read. `null` when there is no policy, or the repository is empty.
 */
export async function readSecurityPolicy(
  gh: GitHubClient,
  ref: RepoRef,
  at: string,
  options: { orgFallback?: boolean } = {},
): Promise<RepositorySecurityPolicy | null> {
  const own = await readFromRepository(gh, ref, at, false);
  if (own || !options.orgFallback || ref.repo === '.github') return own;
  const orgRepo = { owner: ref.owner, repo: '.github' };
  let defaultBranch: string;
  try {
    const { data } = await gh.rest.repos.get({ ...orgRepo });
    // GitHub uses the organisation's defaults only from a public `.github` repository.
    if (data.private) return null;
    defaultBranch = data.default_branch;
  } catch (error) {
    if (status(error) === 404 || status(error) === 403) return null;
    throw error;
  }
  return readFromRepository(gh, orgRepo, defaultBranch, true);
}

async function readFromRepository(
  gh: GitHubClient,
  ref: RepoRef,
  at: string,
  fromOrgRepository: boolean,
): Promise<RepositorySecurityPolicy | null> {
  const root = await listTree(gh, ref, at);
  if (!root) return null;
  let names = root.filter((entry) => entry.type === 'blob' && isPolicyName(entry.path)).map((e) => e.path);
  for (const folder of ['.github', 'docs']) {
    if (names.length > 0) break;
    const tree = root.find((entry) => entry.type === 'tree' && entry.path.toLowerCase() === folder);
    if (!tree) continue;
    const entries = (await listTree(gh, ref, tree.sha)) ?? [];
    names = entries
      .filter((entry) => entry.type === 'blob' && isPolicyName(entry.path))
      .map((entry) => `${tree.path}/${entry.path}`);
  }
  const candidates: SecurityPolicyCandidate[] = names.map((path) => ({ path, text: '', fromOrgRepository }));
  const picked = pickSecurityPolicy(candidates);
  if (!picked) return null;
  const text = await getFileText(gh, ref, picked.path, at);
  return text === undefined ? null : { ...picked, text, source: ref };
}

/** One level of a Git tree; `undefined` for an empty repository or an unknown commit. */
async function listTree(gh: GitHubClient, ref: RepoRef, treeSha: string): Promise<TreeEntry[] | undefined> {
  try {
    const { data } = await gh.rest.git.getTree({ ...ref, tree_sha: treeSha });
    return data.tree.map((entry) => ({
      path: entry.path ?? '',
      type: entry.type ?? '',
      sha: entry.sha ?? '',
    }));
  } catch (error) {
    if (status(error) === 404 || status(error) === 409) return undefined;
    throw error;
  }
}
