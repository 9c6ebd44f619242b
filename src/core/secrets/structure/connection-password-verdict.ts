import { isPlaceholder } from '../placeholder.js';
import type { StructureVerdict } from '../secret-rule.js';
import { shannonEntropy } from './entropy.js';
import { isTrivialPassword } from './trivial-password.js';
import { isWordlike } from './wordlike-value.js';

function decoded(password: string): string {
  try {
    return decodeURIComponent(password);
  } catch {
    return password;
  }
}

/**
 * A connection password is a finding unless it is a default or placeholder, or a bare
 * dictionary word without a digit or symbol (`airflow`, `superset`: the service's own name,
 * as compose files use).
 */
export function checkConnectionPassword(secret: string): StructureVerdict {
  const password = decoded(secret);
  if (password.length < 4 || isTrivialPassword(password) || isPlaceholder(password)) return 'rejected';
  if (/^[A-Za-z]+$/.test(password) && isWordlike(password)) return 'rejected';
  if (shannonEntropy(password) < 2) return 'rejected';
  return 'plausible';
}
