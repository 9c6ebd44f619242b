import type { SecretScanner } from '../core/secrets/scanner.js';
import type { Store } from '../store/store.js';

/** What the App's handlers share; tests build it with a memory store and a fixed clock. */
export interface AppDeps {
  store: () => Promise<Store>;
  now: () => Date;
  /** A scanner for the config's enabled rules; compiled once per distinct rule set. */
  scannerFor: (disabledRules: readonly string[]) => SecretScanner;
  /**
   * Warden's own App slug (`WARDEN_APP_SLUG`, or `GET /app` once): its bot is `<slug>[bot]`,
   * and the events that bot causes are Warden's own repairs, which it ignores.
   */
  appSlug: () => Promise<string>;
  /**
   * Runs `load` once for handlers of the same delivery that need the same data (the secret
   * scan and the config dry run both list a pull request's files): the first caller's promise
   * is shared for a minute, keyed by `key` (start it with the delivery id).
   */
  shared: <T>(key: string, load: () => Promise<T>) => Promise<T>;
}

/** The check run that carries the secret scan. */
export const SECRETS_CHECK = 'Warden / secrets';

/** The check run that carries the dry run of a pull request changing `.github/warden.yml`. */
export const BRANCH_PROTECTION_CHECK = 'Warden / branch protection';
