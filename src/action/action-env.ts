import { readFileSync } from 'node:fs';

/** What the runner tells the Action about the workflow run, read from its environment. */
export interface ActionEnv {
  eventName: string;
  // biome-ignore lint/suspicious/noExplicitAny: the payload's shape depends on the event; readers check what they use
  payload: Record<string, any>;
  repository: { owner: string; repo: string };
  workspace: string;
  sha: string;
  apiUrl: string;
}

/** Reads `GITHUB_*` variables and the event payload; a missing one is a clear error. */
export function readActionEnv(env: Record<string, string | undefined>): ActionEnv {
  const required = (name: string) => {
    const value = env[name];
    if (!value)
      throw new Error(`${name} is not set: Warden's Action must run inside a GitHub Actions workflow`);
    return value;
  };
  const eventPath = required('GITHUB_EVENT_PATH');
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let payload: Record<string, any>;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read the event payload at GITHUB_EVENT_PATH (${eventPath}): ${(error as Error).message}`,
    );
  }
  const [owner, repo] = required('GITHUB_REPOSITORY').split('/');
  if (!owner || !repo)
    throw new Error(`GITHUB_REPOSITORY must be owner/name (got '${env.GITHUB_REPOSITORY}')`);
  return {
    eventName: required('GITHUB_EVENT_NAME'),
    payload,
    repository: { owner, repo },
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}
