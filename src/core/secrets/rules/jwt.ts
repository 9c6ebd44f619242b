import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { ALNUM, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';

/*
 * JSON Web Tokens (RFC 7519) in compact JWS form: base64url header, payload and signature.
 * A token is reported when its header and payload decode to JSON objects and the header names
 * an algorithm; anything else in `eyJ…` shape is other base64 JSON (a cursor, a config blob).
 */

const JWT_URL = 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html';

type Json = Record<string, unknown>;

function decodeObject(segment: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Header parameters registered for JOSE (IANA "JSON Web Signature and Encryption Header
 * Parameters": RFC 7515, 7516, 7518, 7519, 7797, 8225, 8555, 9321). A first segment that
 * decodes to JSON with none of them is other base64 JSON (a cursor, a config blob).
 */
const JOSE_HEADER_PARAMETERS = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
  'iss',
  'sub',
  'aud',
  'b64',
  'ppt',
  'url',
  'nonce',
  'svt',
]);

/** The header and payload of a token, or undefined when it is not a JWT at all. */
function decodeJwt(token: string): { header: Json; payload: Json } | undefined {
  const [head, body] = token.split('.');
  const header = decodeObject(head ?? '');
  const payload = decodeObject(body ?? '');
  if (!header || !payload || !Object.keys(header).some((name) => JOSE_HEADER_PARAMETERS.has(name))) {
    return undefined;
  }
  return { header, payload };
}

/** jwt.io's default token (`John Doe`, iat 1516239022), pasted into countless docs and tests. */
function isDocumentationToken(payload: Json): boolean {
  return payload.iat === 1516239022 || (payload.sub === '1234567890' && payload.name === 'John Doe');
}

/** A header that names its algorithm is a well-formed JWS; one without `alg` only looks like one. */
function checkSignedJwt(secret: string): StructureVerdict {
  const jwt = decodeJwt(secret);
  if (!jwt || isDocumentationToken(jwt.payload)) return 'rejected';
  return typeof jwt.header.alg === 'string' ? 'confirmed' : 'plausible';
}

/** An unsigned token is `alg: none` with an empty signature; a signed header without one is a truncated copy. */
function checkUnsignedJwt(secret: string): StructureVerdict {
  const jwt = decodeJwt(secret);
  if (!jwt || isDocumentationToken(jwt.payload)) return 'rejected';
  const { alg } = jwt.header;
  return typeof alg === 'string' && alg.toLowerCase() === 'none' ? 'confirmed' : 'plausible';
}

/** A whole JWT (signed or not) encoded once more in standard base64, as Kubernetes secrets hold it. */
function checkBase64Jwt(secret: string): StructureVerdict {
  const token = Buffer.from(secret, 'base64').toString('latin1');
  if (/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) return checkSignedJwt(token);
  return /^[\w-]+\.[\w-]+\.$/.test(token) ? checkUnsignedJwt(token) : 'rejected';
}

// Test-time tokens, signed for real.

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function claims(): Json {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: randomString(ALNUM, 12),
    iss: 'https://auth.internal.test/',
    aud: 'api',
    iat: now,
    exp: now + 3600,
    scope: 'read write',
  };
}

function hs256(): string {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
  return `${input}.${createHmac('sha256', randomBytes(32)).update(input).digest('base64url')}`;
}

function rs256(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid: randomString(ALNUM, 8) })}.${b64(claims())}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const unsigned = () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;

/** The jwt.io default token, a published example. */
const JWT_IO_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

export const jwtToken: SecretRule = {
  id: 'jwt-token',
  title: 'JSON Web Token (signed)',
  provider: 'JWT',
  severity: 'medium',
  keywords: ['eyj'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,4096}\.e[wy][A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{16,2048})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  validate: checkSignedJwt,
  remediation: {
    summary:
      'A leaked JWT works until it expires: revoke the session or refresh token behind it, and rotate the signing key if the token is long-lived or was minted with a shared secret.',
    url: JWT_URL,
  },
  examples: {
    truePositives: () => [
      `Authorization: Bearer ${hs256()}`,
      `const token = "${rs256()}";`,
      `SERVICE_JWT=${hs256()}`,
      `  "id_token": "${rs256()}",`,
    ],
    falsePositives: [
      `token = "${JWT_IO_EXAMPLE}"`,
      // Base64 JSON that is not a token: no `alg` in the first segment.
      'cursor=eyJwYWdlIjogMiwgInNpemUiOiA1MH0.eyJvZmZzZXQiOiAxMDB9.c29tZXRoaW5nLWVsc2UtZW50aXJlbHk',
      'eyJhbGciOiJIUzI1NiJ9.eyJ...',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>',
    ],
  },
};

export const jwtUnsignedToken: SecretRule = {
  id: 'jwt-unsigned-token',
  title: 'JSON Web Token without a signature (alg: none)',
  provider: 'JWT',
  severity: 'low',
  keywords: ['eyj'],
  // The empty signature is what sets this apart from jwt-token: `header.payload.` and nothing after.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,4096}\.e[wy][A-Za-z0-9_-]{4,8192}\.)(?![A-Za-z0-9_.-])/,
  minEntropy: 3,
  validate: checkUnsignedJwt,
  remediation: {
    summary:
      'Unsigned tokens can be forged by anyone: make every verifier reject alg "none", and revoke whatever session the token identifies.',
    url: JWT_URL,
  },
  examples: {
    truePositives: () => [
      `token: ${unsigned()}`,
      `curl -H "Authorization: Bearer ${unsigned()}" https://api.internal.test`,
    ],
    falsePositives: [
      'eyJhbGciOiJub25lIn0.',
      'eyJwYWdlIjogMn0.eyJvZmZzZXQiOiAxMDB9.',
      `"${JWT_IO_EXAMPLE.slice(0, JWT_IO_EXAMPLE.lastIndexOf('.') + 1)}"`,
    ],
  },
};

export const jwtBase64Token: SecretRule = {
  id: 'jwt-base64-token',
  title: 'JSON Web Token encoded in base64',
  provider: 'JWT',
  severity: 'medium',
  // `eyJ` in base64 is `ZXlK`: a token inside a Kubernetes secret, a basic-auth blob or a dump.
  keywords: ['zxlk'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>ZXlK[A-Za-z0-9+/]{40,12288}={0,2})(?![A-Za-z0-9+/=])/,
  anchor: 'keyword',
  firstChars: 'Z',
  minEntropy: 3,
  validate: checkBase64Jwt,
  remediation: {
    summary:
      'Decode the value to see which token it holds; revoke the session or refresh token behind it, and rotate the signing key if the token is long-lived or was minted with a shared secret.',
    url: JWT_URL,
  },
  examples: {
    truePositives: () => [
      `  id-token: ${Buffer.from(hs256()).toString('base64')}`,
      `SERVICE_JWT_B64="${Buffer.from(rs256()).toString('base64')}"`,
    ],
    falsePositives: [
      `token: ${Buffer.from(JWT_IO_EXAMPLE).toString('base64')}`,
      // Base64 of base64 JSON that is not a token (no JOSE header parameter).
      `cursor: ${Buffer.from('eyJwYWdlIjogMiwgInNpemUiOiA1MH0.eyJvZmZzZXQiOiAxMDB9.c29tZXRoaW5nLWVsc2U').toString('base64')}`,
      'ZXlKaGJHY2lPaUpJVXpJMU5pSjkuLi4=',
    ],
  },
};
