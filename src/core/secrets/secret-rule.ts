/** How bad a leak of this credential is: what an attacker can do with it. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Severities from most to least severe; thresholds compare by index. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * How sure a finding is.
 * - `structure`: the value passed an offline structure check (checksum, PEM parse, JWT decode).
 * - `pattern`: a provider-specific format matched (distinctive prefix or shape).
 * - `generic`: a `password = ...`-style assignment judged by entropy and context alone.
 */
export type Confidence = 'structure' | 'pattern' | 'generic';

/** The outcome of a rule's offline structure check. */
export type StructureVerdict = 'confirmed' | 'plausible' | 'rejected';

/** Test material every rule carries; run by `rules.test.ts` for the whole registry. */
export interface RuleExamples {
  /**
   * Lines of realistic source that hold exactly one secret this rule must find. Generated at
   * test time (see `sample.ts`) so that no token-shaped string is ever committed.
   */
  truePositives: () => string[];
  /** Committed near-misses this rule must not report: placeholders, wrong prefix, too short. */
  falsePositives: readonly string[];
}

/** One kind of credential, in the shape of a gitleaks rule. */
export interface SecretRule {
  /** Kebab-case, provider first: `github-fine-grained-pat`, `aws-access-key-id`. */
  id: string;
  /** Short human title: `GitHub fine-grained personal access token`. */
  title: string;
  /** The provider or family, for grouping and counting (`GitHub`, `AWS`). */
  provider: string;
  severity: Severity;
  /**
   * Lower-case literals of which at least one appears near every match; the engine only runs
   * `pattern` on lines where one of them occurs. Prefixes such as `ghp_` make the best keywords.
   */
  keywords: readonly string[];
  /**
   * Must contain the named group `secret`. Flags other than `i`, `m`, `s` and `u` are ignored;
   * the engine compiles it with `g` (and `d` for positions). It runs on one line at a time
   * unless `multiline` is set.
   */
  pattern: RegExp;
  /**
   * The pattern may span lines (PEM blocks); it then runs on the text around a keyword, and
   * findings span the whole match (from the BEGIN line), while `secret` is what is judged.
   */
  multiline?: boolean;
  /**
   * A cheap pattern (a character class, a literal) the searched text must contain before
   * `pattern` runs at all: generic assignment rules need `=` or `:`, a call needs `(`. It only
   * saves work; it must never reject text the pattern could match.
   */
  gate?: RegExp;
  /** Minimum Shannon entropy (bits per character) of the secret; below it the match is dropped. */
  minEntropy?: number;
  /**
   * Offline structure check of the captured secret (checksum, parse, decode): `confirmed` raises
   * the confidence to `structure`, `rejected` drops the match, `plausible` keeps it as `pattern`.
   * Reject only what cannot be a real credential; a failed checksum on a well-formed token is
   * usually `plausible` (test fixtures and truncated copies are still worth a look).
   */
  validate?: (secret: string) => StructureVerdict;
  /** `generic` rules are judged by context and entropy alone; default `pattern`. */
  confidence?: Exclude<Confidence, 'structure'>;
  /** What to do about a leak: rotate/revoke steps, with the provider's page. */
  remediation: { summary: string; url?: string };
  examples: RuleExamples;
}
