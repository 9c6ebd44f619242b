/** `word` as a regex source matching any letter case, so the value part can stay case-sensitive. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/\./g, '\\.');
}

export interface KeyedAssignmentOptions {
  /**
   * Words one of which must follow the name (`token`, `secret`, `api_key`): `JIRA_API_TOKEN`
   * and `Jira API token` qualify, `JIRA_ISSUE_ID` does not. Any case.
   */
  qualifiers?: readonly string[];
  /** Lookahead that closes the value; by default no identifier character may follow. */
  end?: string;
  /** Other regex sources that may directly precede the value instead (an auth scheme, a CLI flag). */
  orAfter?: readonly string[];
  /** The name must start a word: `BOX_TOKEN` but not `SANDBOX_TOKEN`. */
  wordStart?: boolean;
}

/**
 * A pattern for a secret that has no prefix of its own and is only recognisable by the name it is
 * assigned to: `<name>[identifier chars] = "<value>"` in env, YAML, JSON, code or a `key=value`
 * config. `names` are literal (any case); `value` is a regex source for the secret. Every gap is
 * bounded, so the pattern stays linear.
 */
export function keyedAssignmentPattern(
  names: readonly string[],
  value: string,
  options: KeyedAssignmentOptions = {},
): RegExp {
  const name = names.map(anyCase).join('|');
  const qualifier = options.qualifiers
    ? `[A-Za-z0-9_. -]{0,20}?(?:${options.qualifiers.map(anyCase).join('|')})[A-Za-z0-9_.-]{0,8}?`
    : '[A-Za-z0-9_.-]{0,24}?';
  const end = options.end ?? '(?![A-Za-z0-9_-])';
  const start = options.wordStart ? '(?<![A-Za-z])' : '';
  const assignment = `${start}(?:${name})${qualifier}['"\\]]?\\s{0,4}(?:=>|:=|\\?=|=|:|,)\\s{0,4}(?:['"\`]\\s{0,2})?`;
  const lead = [assignment, ...(options.orAfter ?? [])].join('|');
  return new RegExp(`(?:${lead})(?<secret>${value})${end}`);
}
