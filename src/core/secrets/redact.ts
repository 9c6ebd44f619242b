import { createHash } from 'node:crypto';

/**
 * The secret cut to a short prefix and `…`. Shows at most 4 characters and never more than a
 * quarter of the value, so short passwords give little away.
 */
export function redact(secret: string): string {
  const shown = Math.min(4, Math.floor(secret.length / 4));
  return `${secret.slice(0, shown)}…`;
}

/** A hex SHA-256 prefix of the secret: long enough to never collide in practice. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 32);
}

/** `ruleId:path:hash`, the finding's identity for baselines and advisories. */
export function fingerprintOf(ruleId: string, path: string, secretHash: string): string {
  return `${ruleId}:${path}:${secretHash}`;
}
