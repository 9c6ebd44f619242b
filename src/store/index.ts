/**
 * The App's persistence: `openStore` and the `Store` interface. This file holds no logic.
 */
export { redactDatabaseUrl } from './database-url.js';
export type { KyselyStore } from './kysely-store.js';
export {
  DEFAULT_DATA_DIR,
  IN_MEMORY,
  type OpenStoreOptions,
  openStore,
  SQLITE_FILE_NAME,
} from './open-store.js';
export type * from './store.js';
export { ADVISORY_TRANSITIONS } from './store.js';
