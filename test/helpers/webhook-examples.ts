import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

/**
 * A real webhook payload from `@octokit/webhooks-examples`, deep-copied so a test may adjust
 * it. `pick` chooses among the event's examples (e.g. by action).
 */
export function webhookExample<T = Record<string, any>>(
  name: string,
  pick: (payload: Record<string, any>) => boolean = () => true,
): T {
  const event = examples.find((candidate) => candidate.name === name);
  const payload = event?.examples.find(pick);
  if (!payload) throw new Error(`no ${name} example matches`);
  return structuredClone(payload) as T;
}
