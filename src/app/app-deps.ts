import type { SecretScanner } from '../core/secrets/scanner.js';
import type { Store } from '../store/store.js';

/** What the App's handlers share; tests build it with a memory store and a fixed clock. */
export interface AppDeps {
  store: () => Promise<Store>;
  now: () => Date;
  /** A scanner for the config's enabled rules; compiled once per distinct rule set. */
  scannerFor: (disabledRules: readonly string[]) => SecretScanner;
}

/** The check run that carries the secret scan. */
export const SECRETS_CHECK = 'Warden / secrets';
