import { checkPrimeSync, createPrivateKey, type KeyObject } from 'node:crypto';
import type { Random } from './prng.js';

export type PemKeyType = 'rsa' | 'ec' | 'ed25519';

/**
 * A real PEM private key, made by node:crypto from seeded random material, so the corpus stays
 * deterministic: `generateKeyPairSync` cannot be seeded, but a key can be imported from its
 * parts. RSA primes are searched from seeded odd numbers with `checkPrimeSync`.
 */
export function pemPrivateKey(rng: Random, type: PemKeyType): string {
  const key = type === 'rsa' ? rsaKey(rng) : type === 'ec' ? ecKey(rng) : ed25519Key(rng);
  const format = type === 'ed25519' || rng.chance(0.4) ? 'pkcs8' : type === 'rsa' ? 'pkcs1' : 'sec1';
  return (key.export({ format: 'pem', type: format }) as string).trimEnd();
}

const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const P256_SEC1_PREFIX = Buffer.from('30310201010420', 'hex');
const P256_SEC1_SUFFIX = Buffer.from('a00a06082a8648ce3d030107', 'hex');

function ed25519Key(rng: Random): KeyObject {
  return createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, rng.bytes(32)]),
    format: 'der',
    type: 'pkcs8',
  });
}

function ecKey(rng: Random): KeyObject {
  const scalar = rng.bytes(32);
  scalar[0]! &= 0x7f; // below 2^255, hence below the P-256 group order
  scalar[31]! |= 1; // never zero
  const bare = createPrivateKey({
    key: Buffer.concat([P256_SEC1_PREFIX, scalar, P256_SEC1_SUFFIX]),
    format: 'der',
    type: 'sec1',
  });
  // Through JWK, so that the exported key carries its public point like a real one.
  return createPrivateKey({ key: bare.export({ format: 'jwk' }), format: 'jwk' });
}

const E = 65537n;

function rsaKey(rng: Random): KeyObject {
  const p = prime(rng, 1024);
  let q = prime(rng, 1024);
  while (q === p) q = prime(rng, 1024);
  const n = p * q;
  const phi = (p - 1n) * (q - 1n);
  const d = modInverse(E, phi);
  return createPrivateKey({
    key: {
      kty: 'RSA',
      n: toBase64Url(n),
      e: toBase64Url(E),
      d: toBase64Url(d),
      p: toBase64Url(p),
      q: toBase64Url(q),
      dp: toBase64Url(d % (p - 1n)),
      dq: toBase64Url(d % (q - 1n)),
      qi: toBase64Url(modInverse(q, p)),
    },
    format: 'jwk',
  });
}

const SMALL_PRIMES = Array.from({ length: 2000 }, (_, i) => i + 3).filter((n) =>
  Array.from({ length: Math.floor(Math.sqrt(n)) - 1 }, (_, i) => i + 2).every((d) => n % d !== 0),
);

/** The first prime from a seeded odd start; a small-prime sieve spares most `checkPrimeSync` calls. */
function prime(rng: Random, bits: number): bigint {
  const top = 3n << BigInt(bits - 2);
  let candidate = BigInt(`0x${rng.bytes(bits / 8).toString('hex')}`) | top | 1n;
  const residues = SMALL_PRIMES.map((p) => Number(candidate % BigInt(p)));
  for (;;) {
    if (residues.every((r) => r !== 0) && (candidate - 1n) % E !== 0n && checkPrimeSync(candidate))
      return candidate;
    candidate += 2n;
    for (let i = 0; i < residues.length; i++) residues[i] = (residues[i]! + 2) % SMALL_PRIMES[i]!;
  }
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const quotient = oldR / r;
    [oldR, r] = [r, oldR - quotient * r];
    [oldS, s] = [s, oldS - quotient * s];
  }
  return ((oldS % m) + m) % m;
}

function toBase64Url(value: bigint): string {
  let hexValue = value.toString(16);
  if (hexValue.length % 2 === 1) hexValue = `0${hexValue}`;
  return Buffer.from(hexValue, 'hex').toString('base64url');
}
