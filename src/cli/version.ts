import { readFileSync } from 'node:fs';

/** Set by the Action's bundler, which has no package.json beside it at run time. */
declare const __WARDEN_VERSION__: string | undefined;

/** Warden's version: the bundler's, or package.json's (one directory up from src/ and lib/). */
export const VERSION: string =
  typeof __WARDEN_VERSION__ === 'string'
    ? __WARDEN_VERSION__
    : (
        JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
          version: string;
        }
      ).version;
