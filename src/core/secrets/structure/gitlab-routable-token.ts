import { crc32 } from 'node:zlib';

/**
 * GitLab's routable tokens (`glpat-<base64url payload>.[<version>.]<2-char base36 payload
 * length><7-char base36 CRC32>`) end in the CRC32, in base 36, of everything before it.
 */
export function gitlabRoutableCrc(body: string): string {
  return crc32(body).toString(36).padStart(7, '0');
}

/**
 * Whether a routable GitLab token carries a valid CRC and a payload length that matches its
 * base64url payload (the part between the prefix and the first dot).
 */
export function hasGitLabRoutableChecksum(token: string, prefix: string): boolean {
  if (token.length <= 9 || !token.startsWith(prefix)) return false;
  const body = token.slice(0, -7);
  if (gitlabRoutableCrc(body) !== token.slice(-7)) return false;
  const payload = token.slice(prefix.length, token.indexOf('.', prefix.length));
  return Number.parseInt(token.slice(-9, -7), 36) === payload.length;
}
