import type { Context } from 'probot';
import { type ConfigResult, parseConfig, validateConfig } from '../core/config/parse-config.js';
import { getFileText } from '../github/get-file-text.js';

/** Where the App reads a repository's config (and the org's, through `_extends`). */
export const CONFIG_FILE = 'warden.yml';
export const CONFIG_PATH = `.github/${CONFIG_FILE}`;

/**
 * The repository's config from its default branch, org defaults merged in (Probot's
 * `context.config` follows `_extends`). A broken file is reported, never replaced by defaults.
 */
export async function loadRepoConfig(context: Context): Promise<ConfigResult> {
  let raw: unknown;
  try {
    raw = await context.config(CONFIG_FILE);
  } catch (error) {
    if ((error as { status?: number }).status !== undefined) throw error;
    return { ok: false, issues: [{ path: '(yaml)', message: (error as Error).message.split('\n')[0]! }] };
  }
  return validateConfig(raw ?? {});
}

/** The config file as a pull request would change it, parsed with line numbers for annotations. */
export async function loadProposedConfig(
  context: Context,
  headSha: string,
): Promise<ConfigResult | undefined> {
  const text = await getFileText(context.octokit, context.repo(), CONFIG_PATH, headSha);
  return text === undefined ? undefined : parseConfig(text);
}
