import { isPlaceholder } from '../placeholder.js';
import type { StructureVerdict } from '../secret-rule.js';
import { hasProviderTokenPrefix } from './provider-token-prefix.js';
import { isTrivialPassword } from './trivial-password.js';
import { isWordlike } from './wordlike-value.js';

/**
 * `password` values are chosen by people (`hunter2`, `Summer2024!`); `key` values (tokens,
 * API keys, client secrets, raw private keys) are generated and look random.
 */
export type GenericValueKind = 'password' | 'key';

/** Documentation values that look random but are published: hashes of "" and "password", RFC examples. */
const PUBLISHED = new Set([
  '5f4dcc3b5aa765d61d8327deb882cf99',
  'e10adc3949ba59abbe56e057f20f883e',
  'd41d8cd98f00b204e9800998ecf8427e',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  '5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8',
  '123e4567-e89b-12d3-a456-426614174000',
  '123e4567-e89b-12d3-a456-426655440000',
  '550e8400-e29b-41d4-a716-446655440000',
  'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '1f2d1e2e67df',
  'mwyyzdflmmu2n2rm',
  'qwxhzgrpbjpvcgvuihnlc2ftzq==',
  'y_nbakkc66ryytwuxyeu',
  // RFC 6749 (OAuth 2.0) and RFC 5849 (OAuth 1.0) example credentials
  '2yotnfzfejr1zcsicmwpaa',
  'tgzv3jokf0xg5qx2tlkwia',
  'splxlobezqqybys',
  's6bhdrkqt3',
  'gx1fbat3bv',
  'czzcagrsa3f0mzpnwdfmqmf0m2jw',
  'hh5s93j4hdidpola',
  'hdhd0244k9j7ao03',
  'nnch734d00sl2jdk',
  'kd94hf93k423kf44',
  'pfkkdhi9sl3r4s00',
  'dpf43f3p2l4k3l03',
]);

/** Password-hash and digest notations: bcrypt/crypt `$2b$…`, `pbkdf2_sha256$…`, `sha256:…`. */
const HASHED =
  /^(?:\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt|sha\d*)\$|(?:pbkdf2_sha\d+|bcrypt|argon2\w*|scrypt)\$|(?:sha(?:1|224|256|384|512)|sha3-\d+|md5|blake2[bs]?)[:$-])/i;

/** `tgp_v1_your_together_api_key`: a named slot, whatever words follow `your`. */
const YOUR_SOMETHING = /(?:^|[^a-z])your[_-]?[a-z]/i;

/** Values that are references or syntax rather than literals. */
const NOT_A_LITERAL = [
  /:\/\//, // a URL: credentials in URLs have their own rules
  /^(?:[A-Za-z]:)?[\\/]|^\.{1,2}[\\/]|^~[\\/]/, // an absolute or relative path
  /\.(?:pem|key|crt|cer|der|p12|pfx|jks|keystore|json|ya?ml|txt|env|ini|cfg|conf|properties|xml|gpg|asc|pub|ppk|sh|py|js|ts|enc|bin|dat|db)$/i,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$/, // an e-mail address
  /^[\d.:/+-]+$/, // numbers, versions, dates, IP addresses
  /^[!*&?|-]|^\$\d|^@@|^__\w+__$|^%\w+%$|^:[a-z_]+$/, // YAML tags, aliases, anchors; flags; operators; $1; @@X@@
  /^(.{1,16}?)\1+$/, // one unit repeated: abcabcabc, deadbeefdeadbeef
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // a CONSTANT_NAME: `nToken = FTS5_MAX_TOKEN_SIZE`
  /^(?:[~^]|[<>]=?|=)?v?\d+(?:\.(?:\d+|x|\*)){1,2}(?:-[\w.]+)?$/, // a semver range: `"generate-password": "^1.7.0"`
];

/** A MongoDB ObjectId: 24 lower-case hex whose first 4 bytes are a plausible creation time. */
function isObjectId(value: string): boolean {
  if (!/^[0-9a-f]{24}$/.test(value)) return false;
  const seconds = Number.parseInt(value.slice(0, 8), 16);
  return seconds >= 1_230_768_000 && seconds <= Date.now() / 1000 + 31_536_000;
}

/** Whether `value` is a member-access chain such as `self.password` or `graphql.defaults`. */
function isMemberAccess(value: string): boolean {
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return false;
  return (
    isWordlike(value.slice(0, value.indexOf('.'))) || isWordlike(value.slice(value.lastIndexOf('.') + 1))
  );
}

function charClasses(value: string): number {
  return (
    Number(/[a-z]/.test(value)) +
    Number(/[A-Z]/.test(value)) +
    Number(/\d/.test(value)) +
    Number(/[^A-Za-z0-9_]/.test(value))
  );
}

/** Base64 that decodes to a short printable stand-in: Kubernetes `password: cGFzc3dvcmQ=`. */
function isEncodedStandIn(value: string): boolean {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]{8,88}={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  // `user:password` pairs (HTTP basic auth) are judged by their password.
  const secret = decoded.slice(decoded.indexOf(':') + 1);
  return isTrivialPassword(secret) || isPlaceholder(secret) || PUBLISHED.has(secret);
}

/**
 * The verdict of a generic (`password = ...`) rule on its captured value: `rejected` for code,
 * references, placeholders, defaults and values a provider rule owns; otherwise `plausible`.
 * Never `confirmed`: a generic finding must not outrank a provider rule on the same text.
 */
export function genericValueVerdict(value: string, kind: GenericValueKind): StructureVerdict {
  if (hasProviderTokenPrefix(value) || PUBLISHED.has(value.toLowerCase()) || HASHED.test(value)) {
    return 'rejected';
  }
  if (NOT_A_LITERAL.some((shape) => shape.test(value)) || isMemberAccess(value)) return 'rejected';
  if (isTrivialPassword(value) || isEncodedStandIn(value) || YOUR_SOMETHING.test(value)) return 'rejected';
  const classes = charClasses(value);
  if (kind === 'key')
    return classes >= 2 && !isWordlike(value) && !isObjectId(value) ? 'plausible' : 'rejected';
  // A person's password may be a word with a number (`hunter2`, `Summer2024!`), but not an
  // identifier made of words (`userPassword`, `DB_PASSWORD`) or a bare word.
  if (isWordlike(value) && !/^[A-Za-z]{3,}\d{1,4}[!?.#*]?$/.test(value)) return 'rejected';
  if (value.length < 10 && classes < 2) return 'rejected';
  return 'plausible';
}
