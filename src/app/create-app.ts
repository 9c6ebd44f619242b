import type { ApplicationFunctionOptions, Probot } from 'probot';
import { createScanner, type SecretScanner } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { AppDeps } from './app-deps.js';
import { onCheckRerequested } from './on-check-rerequested.js';
import { onPullRequest } from './on-pull-request.js';
import { onPush } from './on-push.js';

export interface AppOptions {
  /** A store to use instead of opening one from the environment (tests). */
  store?: Store;
  now?: () => Date;
  env?: Record<string, string | undefined>;
}

/**
 * The Probot app function. The store opens on first use from `DATABASE_URL` (PostgreSQL) or
 * `WARDEN_DATA_DIR` (SQLite, default `.data`), running migrations.
 */
export function createWardenApp(
  options: AppOptions = {},
): (app: Probot, probotOptions?: ApplicationFunctionOptions) => void {
  return (app) => {
    const env = options.env ?? process.env;
    let store: Promise<Store> | undefined = options.store ? Promise.resolve(options.store) : undefined;
    const scanners = new Map<string, SecretScanner>();
    const deps: AppDeps = {
      now: options.now ?? (() => new Date()),
      store: () => {
        if (!store) store = openStore({ databaseUrl: env.DATABASE_URL, dataDir: env.WARDEN_DATA_DIR });
        return store;
      },
      scannerFor: (disabledRules) => {
        const key = [...disabledRules].sort().join(',');
        let scanner = scanners.get(key);
        if (!scanner) {
          scanner = createScanner(selectRules(disabledRules));
          scanners.set(key, scanner);
        }
        return scanner;
      },
    };
    onPullRequest(app, deps);
    onCheckRerequested(app, deps);
    onPush(app, deps);
  };
}
