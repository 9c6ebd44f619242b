import { type ConfigResult, validateConfig } from '../core/config/parse-config.js';
import type { GitHubClient, RepoRef } from './client.js';

/**
 * A repository's Warden config through Probot's config plugin, for code that has an Octokit
 * and a repository but no webhook context (installation events, the sweep, a pull request's
 * head). Like `context.config`: the repository's file, else the org's `.github` repository's,
 * then every `_extends` base, merged the way `context.config` merges them (nested keys
 * merged, lists concatenated, the repository winning). `commit` reads the repository's own
 * file at that commit (a pull request's proposal); bases are always read from their default
 * branch. A file that does not parse is an issue in the result, never replaced by defaults.
 */
export async function readRepoConfig(
  gh: GitHubClient,
  ref: RepoRef,
  path: string,
  commit?: string,
): Promise<ConfigResult> {
  let raw: unknown;
  try {
    const { config, files } = await gh.config.get({
      ...ref,
      path,
      ...(commit ? { branch: commit } : {}),
      defaults: (configs) => configs.reduce<Record<string, unknown>>(mergeConfig, {}),
    });
    raw = files.some((file) => file.config !== null) ? config : {};
  } catch (error) {
    if ((error as { status?: number }).status !== undefined) throw error;
    return { ok: false, issues: [{ path: '(yaml)', message: (error as Error).message.split('\n')[0]! }] };
  }
  return validateConfig(raw);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** deepmerge's defaults, which `context.config` uses: objects merged, arrays concatenated. */
function mergeConfig(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override))
    merged[key] = key in base ? mergeValue(base[key], value) : value;
  return merged;
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(override)) return [...base, ...override];
  return isPlainObject(base) && isPlainObject(override) ? mergeConfig(base, override) : override;
}
