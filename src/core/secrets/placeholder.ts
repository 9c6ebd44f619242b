/**
 * Values that look like a secret's slot rather than a secret: template variables, environment
 * lookups, documented example keys, masked values and keyboard runs. Shared by every rule, so a
 * rule's own pattern only has to describe the real format.
 */
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|<[^>]*>|%\(|%[sd]\b|^\$[A-Za-z_]|\[[A-Za-z _-]+\]|^@[A-Za-z_]+@$/;
// Long placeholder words may stand anywhere (`…CYEXAMPLEKEY`); short ones must start a word,
// or random upper-case tokens would be dropped whenever they spell `TODO` or `FAKEKEY` inside.
const LONG_WORDS = /example|placeholder|changeme|redacted|notarealkey/;
const SHORT_WORDS =
  /(?:^|_)(?:change_me|your_?(?:api|secret|token|key|password|own|access|app|client)|replace_?me|insert_?(?:your|key|token|here)|dummy|sample_?(?:key|token|secret)|not_?a_?real|fake_?(?:key|token|secret|password)|lorem|ipsum|todo|fixme)/;
const MASKS = /\*{3}|x{5}|\.{3}|…|_{5}|-{5}/i;
/** Words as people write them: camelCase humps, UPPER runs, lower runs, digits. */
const WORD_PARTS = /[A-Z]{2,}(?![a-z])|[A-Z][a-z]+|[a-z]+|[A-Z]|[0-9]+/g;
const ENV_LOOKUP = /(?:process\.env|os\.environ|os\.getenv|getenv|ENV\[|System\.getenv|secrets\.|vars\.)/i;
const KEYBOARD_RUNS = [
  'abcdefgh',
  'bcdefghi',
  '01234567',
  '12345678',
  'qwertyui',
  'asdfghjk',
  'zyxwvuts',
  '98765432',
];

/** Whether `secret` is a placeholder, a template slot or a documented example. */
export function isPlaceholder(secret: string): boolean {
  if (TEMPLATE.test(secret) || ENV_LOOKUP.test(secret)) return true;
  const words = toWords(secret);
  if (MASKS.test(secret) || LONG_WORDS.test(words) || SHORT_WORDS.test(words)) return true;
  const lower = secret.toLowerCase();
  for (const run of KEYBOARD_RUNS) if (lower.includes(run)) return true;
  return isRepetitive(secret);
}

/** Fewer than 4 distinct characters in a 12+ character value (`aaaa…`, `abababab…`). */
function isRepetitive(secret: string): boolean {
  if (secret.length < 12) return false;
  const seen = new Set<string>();
  for (const ch of secret) {
    seen.add(ch);
    if (seen.size >= 4) return false;
  }
  return true;
}

/**
 * `YourApiKey` → `your_api_key`, `AKIA…EXAMPLE` → `akia…_example`. Placeholder words are
 * looked for in whole words only: a random token spells `dUmMy` across humps far more often
 * than anyone writes a placeholder that way, and matching letters regardless of case would
 * drop real tokens.
 */
function toWords(secret: string): string {
  return (secret.match(WORD_PARTS) ?? []).map((part) => part.toLowerCase()).join('_');
}
