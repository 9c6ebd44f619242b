import { crc32 } from 'node:zlib';

/**
 * The 8-character upper-case hex CRC32 that Atlassian appends to its newer tokens (`ATATT3…`,
 * `ATCTT3…`, Bitbucket `ATBB…`, Trello `ATTA…`), computed over every character before it.
 */
export function atlassianChecksum(body: string): string {
  return crc32(body).toString(16).toUpperCase().padStart(8, '0');
}

/** Whether `token` ends in the Atlassian CRC32 of everything before its last 8 characters. */
export function hasAtlassianChecksum(token: string): boolean {
  if (token.length <= 8) return false;
  return atlassianChecksum(token.slice(0, -8)) === token.slice(-8);
}
