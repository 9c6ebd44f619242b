/** A problem in user input (config, advisories file), reported with the path to the value. */
export interface ConfigIssue {
  /** Dotted path with array indexes: `sla.targets.fix.critical.value`, `[2].created_at`. */
  path: string;
  message: string;
}

/** `sla.targets.fix` / `[2].warden_transitions.paused[0].from` from a zod issue path. */
export function formatIssuePath(prefix: string, path: readonly PropertyKey[]): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(root)';
}
