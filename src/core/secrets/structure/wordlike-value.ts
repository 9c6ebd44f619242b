/** Abbreviations that read as words in identifiers (`dbPwd`, `API_URL`, `svc-cfg`). */
const ABBREVIATIONS = new Set(
  (
    'api app auth aws az cb cdn cfg cli cms cn conf crm csrf css csv ctx db dc dev dn dns dsa dst ec env err fn ftp ' +
    'gcp gh gl gpg hmac html http https iam id img io ip js json jwt k8s kms kv ldap mfa mgr msg ns obj ok os otp ' +
    'pdf pg pgp pk pw pwd qa rds req res rsa sdk sha sk sms smtp sns sql sqs src srv ssh ssl str svc tcp tls tmp ' +
    'ts tsx txt udp ui uri url usr val vm vpc www xml yaml jsx dom npm css scss cst ast'
  ).split(' '),
);

const VOWELS = /[aeiouy]/g;

/**
 * Whether `value` reads as words or an identifier (`userPassword`, `DB_PASSWORD`,
 * `my-app-secret`, `prod/db/creds`, `b64encode`) rather than random characters. The value is
 * cut at separators, camelCase humps and letter/digit changes; it is word-like when it has at
 * most two short digit runs, every letter part of three or more letters is pronounceable or a
 * known abbreviation, and those parts hold most of its letters. Random base62 and hex fail one
 * of these almost always (digit runs, consonant clusters, stray one- and two-letter humps).
 */
export function isWordlike(value: string): boolean {
  const parts = value
    .split(/[^A-Za-z0-9]+/)
    .flatMap((chunk) =>
      chunk.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/),
    )
    .filter((part) => part.length > 0);
  let letters = 0;
  let letterParts = 0;
  let wordLetters = 0;
  let digitRuns = 0;
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      if (part.length > 4 || ++digitRuns > 2) return false;
      continue;
    }
    letters += part.length;
    letterParts++;
    if (ABBREVIATIONS.has(part.toLowerCase())) wordLetters += part.length;
    else if (part.length >= 3) {
      if (!isPronounceable(part.toLowerCase())) return false;
      wordLetters += part.length;
    }
  }
  // Random base62 splits into many one- and two-letter humps; identifiers into whole words.
  return wordLetters > 0 && wordLetters >= letters * 0.7 && letters >= letterParts * 3;
}

function isPronounceable(part: string): boolean {
  const vowels = part.match(VOWELS)?.length ?? 0;
  if (vowels === 0) return false;
  if (part.length <= 3) return true;
  const longestConsonantRun = Math.max(...part.split(/[aeiouy]/).map((run) => run.length));
  return vowels / part.length >= 0.15 && longestConsonantRun <= 4;
}
