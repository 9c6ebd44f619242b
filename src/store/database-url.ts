/**
 * Checking and redacting the PostgreSQL URL. The URL usually carries a password, and error
 * messages and logs must never show it.
 */

/**
 * The URL with its password (in the user info, or a `password=` / `sslpassword=` query
 * parameter) replaced by `***`. Works on malformed URLs too: everything between the user name
 * and the last `@` is hidden, since an unescaped `@` or `/` in a password breaks URL parsing.
 */
export function redactDatabaseUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/?#]*):[\s\S]*@/i, '$1:***@')
    .replace(/([?&](?:ssl)?password=)[^&#]*/gi, '$1***');
}

/** True when `url` asks for PostgreSQL (the only server database the store supports). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url.trim());
}

/**
 * Checks a PostgreSQL URL before handing it to `pg`, so that a typo fails with a message that
 * says what is wrong and where, and never with the password in it.
 * @throws when the URL is not a `postgres://` or `postgresql://` URL, or cannot be parsed.
 */
export function checkPostgresUrl(url: string): void {
  const shown = redactDatabaseUrl(url.trim());
  if (!isPostgresUrl(url)) {
    throw new Error(
      `DATABASE_URL must be a postgres:// or postgresql:// URL (or unset, for SQLite in the data directory), got "${shown}"`,
    );
  }
  try {
    new URL(url.trim());
  } catch {
    throw new Error(
      `DATABASE_URL is not a valid URL: "${shown}". Percent-encode special characters in the user name and password (@ as %40, / as %2F, : as %3A)`,
    );
  }
}
