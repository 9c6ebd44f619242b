import type { Probot } from 'probot';
import { createScanner, type SecretScanner } from '../core/secrets/scanner.js';
import { selectRules } from '../core/secrets/select-rules.js';
import { getAppSlug } from '../github/get-app-slug.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { AppDeps } from './app-deps.js';

/** How long `deps.shared` keeps a result for the other handlers of a delivery. */
const SHARED_MS = 60_000;

/**
 * What the handlers share. The store opens on first use from `DATABASE_URL` (PostgreSQL) or
 * `WARDEN_DATA_DIR` (SQLite, default `.data`), running migrations; the App slug comes from
 * `WARDEN_APP_SLUG` or, once, from `GET /app`.
 */
export function createAppDeps(
  app: Probot,
  options: { store?: Store; now?: () => Date },
  env: Record<string, string | undefined>,
): AppDeps {
  let store: Promise<Store> | undefined = options.store ? Promise.resolve(options.store) : undefined;
  const scanners = new Map<string, SecretScanner>();
  let slug: Promise<string> | undefined;
  const sharedLoads = new Map<string, Promise<unknown>>();
  return {
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
    appSlug: () => {
      if (env.WARDEN_APP_SLUG) return Promise.resolve(env.WARDEN_APP_SLUG);
      slug ??= app
        .auth()
        .then(getAppSlug)
        .catch((error: unknown) => {
          slug = undefined;
          throw error;
        });
      return slug;
    },
    shared: <T>(key: string, load: () => Promise<T>) => {
      let loading = sharedLoads.get(key) as Promise<T> | undefined;
      if (!loading) {
        loading = load();
        sharedLoads.set(key, loading);
        setTimeout(() => sharedLoads.delete(key), SHARED_MS).unref();
      }
      return loading;
    },
  };
}
