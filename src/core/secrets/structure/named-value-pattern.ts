/**
 * The regex source between a variable or key name and its value: an optional closing quote or
 * bracket, then `=`, `:`, `=>` or `:=`, then an optional opening quote (env files, YAML, JSON,
 * code, HTTP headers). Bounded, so patterns built on it stay linear.
 */
export const ASSIGNMENT = `['"\\]]?\\s{0,4}(?:=>|:=|=|:)\\s{0,4}['"\`]?`;

/**
 * A pattern for a secret with no prefix of its own, recognisable only by the name it is assigned
 * to on the same line: `<name> = "<value>"`.
 *
 * `name` is a regex source for the variable or key name; keep every gap in it bounded
 * (`datadog[\w.-]{0,20}?api[_.-]?key`), never `.*`. `value` is the regex source of the secret and
 * `end` the lookahead that closes it. The whole pattern is compiled case-insensitive, so where a
 * value's letter case matters the rule's `validate` has to check it.
 */
export function namedValuePattern(name: string, value: string, end = '(?![A-Za-z0-9])'): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])(?:${name})${ASSIGNMENT}(?<secret>${value})${end}`, 'i');
}
