/**
 * Values that look like a secret's slot rather than a secret: template variables, environment
 * lookups, documented example keys, masked values and keyboard runs. Shared by every rule, so a
 * rule's own pattern only has to describe the real format.
 */
const TEMPLATE = /\$\{|\$\(|\{\{|\}\}|<[^>]*>|%\(|%[sd]\b|^\$[A-Za-z_]|\[[A-Za-z _-]+\]|^@[A-Za-z_]+@$/;
const WORDS =
  /example|placeholder|changeme|change_me|change-me|your[_-]?(?:api|secret|token|key|password|own|access|app|client)|replace[_-]?me|insert[_-]?|dummy|redacted|sample[_-]?(?:key|token|secret)|notarealkey|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret|password)|lorem|ipsum|todo|fixme|\*{3}|x{5}|\.{3}|…|_{5}|-{5}/i;
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
  if (TEMPLATE.test(secret) || WORDS.test(secret) || ENV_LOOKUP.test(secret)) return true;
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
