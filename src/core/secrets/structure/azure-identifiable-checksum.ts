import { marvin32 } from './marvin32.js';

/**
 * Whether a Microsoft "identifiable" key (Azure Storage `+ASt`, Cosmos DB `ACDb`, Service Bus
 * `+ASb`, …) ends in the Marvin32 checksum of its other bytes under one of `seeds`: the last
 * four decoded bytes are the little-endian hash of everything before them.
 */
export function hasAzureIdentifiableChecksum(key: string, seeds: readonly bigint[]): boolean {
  const bytes = Buffer.from(key.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 8) return false;
  const expected = bytes.readUInt32LE(bytes.length - 4);
  const body = bytes.subarray(0, bytes.length - 4);
  return seeds.some((seed) => marvin32(body, seed) === expected);
}
