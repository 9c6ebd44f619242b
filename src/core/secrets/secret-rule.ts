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
   * Where the pattern starts, when it can be pinned to its keyword rather than searched for
   * along the whole line. An anchored pattern runs once per keyword hit, sticky at the anchor,
   * and sees the text before the anchor only through lookbehinds.
   * - `keyword`: where the keyword starts (`://` for URL credentials, `AC` for a Twilio SID).
   * - `word-end`: right after the run of `[A-Za-z0-9_.-]` that holds the keyword, so a rule for
   *   names ending in `password` sees `db.password` whole and checks it by lookbehind.
   * Unanchored patterns (the default) are searched on the keyword's line.
   */
  anchor?: 'keyword' | 'word-end';
  /**
   * For an anchored rule: the characters a match can start with, one of which must be at the
   * anchor before the pattern runs at all (`=`, `:` or a quote after a name; `A` for a
   * case-sensitive `AC` prefix). It only saves work, so it must list every character the
   * pattern can start with.
   */
  firstChars?: string;
  /**
   * A cheap pattern that must match before `pattern` runs at all. It only saves work; it must
   * never reject text where the rule could report a finding.
   * - Searched rules: the line (or window) must contain it, for patterns with no literal start:
   *   a Webex token's cluster separator, an Azure DevOps token's 52 base32 characters.
   * - Anchored rules: it must match at the anchor, for patterns whose lookbehinds cost more
   *   than a look ahead: a generic name must be followed by `: string = "` and eight
   *   characters of value before the name itself is read.
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
