import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatConfigIssues, parseConfig, validateConfig } from '../core/config/parse-config.js';
import type { WardenConfig } from '../core/config/warden-config.schema.js';

/** Where the App reads its config; the CLI and the Action read the same file. */
export const DEFAULT_CONFIG_PATH = '.github/warden.yml';

export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/**
 * The config at `path`, or at `.github/warden.yml` under `cwd` when no path is given and that
 * file exists, or the defaults. An invalid file throws with every problem listed.
 */
export function loadConfigFile(cwd: string, path?: string): { config: WardenConfig; source: string } {
  const chosen = path ?? (existsSync(join(cwd, DEFAULT_CONFIG_PATH)) ? DEFAULT_CONFIG_PATH : undefined);
  if (chosen === undefined) {
    const defaults = validateConfig({});
    if (!defaults.ok) throw new Error('the built-in defaults do not validate: this is a bug in Warden');
    return { config: defaults.config, source: '(defaults)' };
  }
  let text: string;
  try {
    text = readFileSync(resolve(cwd, chosen), 'utf8');
  } catch (error) {
    throw new ConfigFileError(
      `cannot read config ${chosen}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const result = parseConfig(text);
  if (!result.ok) throw new ConfigFileError(formatConfigIssues(chosen, result.issues));
  return { config: result.config, source: chosen };
}
