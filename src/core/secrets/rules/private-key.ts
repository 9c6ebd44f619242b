import {
  createHash,
  createHmac,
  createPrivateKey,
  generateKeyPairSync,
  type KeyExportOptions,
  type KeyPairKeyObjectResult,
  randomBytes,
} from 'node:crypto';
import { isPlaceholder } from '../placeholder.js';
import { BASE64, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { shannonEntropy } from '../structure/entropy.js';

/*
 * Private keys in PEM, OpenSSH, OpenPGP and PuTTY form. The captured secret is the key's
 * body (base64, and for legacy encrypted PEM its `Proc-Type`/`DEK-Info` headers) rather than
 * the whole block: the shared placeholder filter drops any secret containing `-----`, which
 * every armour line does. `validate` rebuilds the key and parses it offline with node:crypto.
 */

const ROTATE_URL =
  'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository';
/** A passphrase no real key uses: an encrypted key then fails with "bad decrypt", which proves its structure. */
const DUMMY_PASSPHRASE = 'warden-structure-check-not-the-passphrase';

/** Base64 lines of a block, separated by newlines (or spaces, when a key was pasted onto one line). */
const BODY = String.raw`[A-Za-z0-9+/=]{1,4096}(?:\s{1,64}[A-Za-z0-9+/=]{1,4096}){0,400}`;

function armoredPattern(label: string, headers = ''): RegExp {
  return new RegExp(
    String.raw`-----BEGIN ${label}-----\s{1,64}(?<secret>${headers}${BODY})\s{0,64}-----END ${label}-----`,
  );
}

/** The base64 of a captured body: whitespace, JSON `\n` escapes and `\/` removed. */
function base64Of(body: string): string {
  return body.replace(/\\\\?[rn]|\\(?=\/)|\s+/g, '');
}

/**
 * Rejects what cannot be a key whatever its format: a body shorter than the smallest key
 * (a 48-byte Ed25519 PKCS#8 is 64 characters), `=` padding before the end, or the low
 * character variety of a filler (`AAAA…`, `MIIE` followed by a repeated pattern).
 */
function isImpossibleBody(base64: string): boolean {
  return base64.length < 64 || /=[^=]/.test(base64) || shannonEntropy(base64) < 4;
}

function pem(label: string, base64: string, headers = ''): string {
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${headers}${lines.join('\n')}\n-----END ${label}-----\n`;
}

type ParseOutcome = 'parsed' | 'locked' | 'failed';

/** Parses a PEM key with a wrong passphrase: `locked` means it is a well-formed encrypted key. */
function parsePem(text: string): ParseOutcome {
  try {
    createPrivateKey({ key: text, format: 'pem', passphrase: DUMMY_PASSPHRASE });
    return 'parsed';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ERR_OSSL_BAD_DECRYPT' || code === 'ERR_OSSL_EVP_BAD_DECRYPT' ? 'locked' : 'failed';
  }
}

/** A verdict for PEM bodies of the given labels: confirmed when one of them parses. */
function checkPem(labels: readonly string[]): (secret: string) => StructureVerdict {
  return (secret) => {
    const base64 = base64Of(secret);
    if (isImpossibleBody(base64)) return 'rejected';
    for (const label of labels) if (parsePem(pem(label, base64)) !== 'failed') return 'confirmed';
    return 'plausible';
  };
}

/** Legacy OpenSSL encryption: the secret holds the `Proc-Type` and `DEK-Info` headers too. */
function checkLegacyEncrypted(secret: string): StructureVerdict {
  const match = /DEK-Info:\s*([A-Za-z0-9-]+),([0-9A-Fa-f]+)\s+([\s\S]*)$/.exec(secret);
  if (!match) return 'rejected';
  const base64 = base64Of(match[3]!);
  if (isImpossibleBody(base64)) return 'rejected';
  const headers = `Proc-Type: 4,ENCRYPTED\nDEK-Info: ${match[1]},${match[2]}\n\n`;
  for (const label of ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'DSA PRIVATE KEY']) {
    if (parsePem(pem(label, base64, headers)) !== 'failed') return 'confirmed';
  }
  return 'plausible';
}

const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/** OpenSSH's own format (node:crypto cannot read it): the body must start with its magic. */
function checkOpenSsh(secret: string): StructureVerdict {
  const base64 = base64Of(secret);
  if (isImpossibleBody(base64)) return 'rejected';
  const bytes = Buffer.from(base64, 'base64');
  return bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC) ? 'confirmed' : 'plausible';
}

/** A JSON or shell string holding any PEM private key: try every format it may be. */
function checkEscapedPem(secret: string): StructureVerdict {
  const base64 = base64Of(secret);
  if (isImpossibleBody(base64)) return 'rejected';
  if (checkOpenSsh(base64) === 'confirmed') return 'confirmed';
  return checkPem([
    'PRIVATE KEY',
    'RSA PRIVATE KEY',
    'EC PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
    'DSA PRIVATE KEY',
  ])(base64);
}

/** The OpenPGP armour checksum (RFC 4880 §6.1). */
function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/** OpenPGP: the first packet must be a secret-key packet (tag 5); the `=XXXX` checksum must fit. */
function checkPgp(secret: string): StructureVerdict {
  const tokens = secret.trim().split(/\s+/);
  const checksum = /^=[A-Za-z0-9+/]{4}$/.test(tokens.at(-1) ?? '') ? tokens.pop() : undefined;
  const base64 = tokens.join('');
  if (isImpossibleBody(base64)) return 'rejected';
  const bytes = Buffer.from(base64, 'base64');
  const header = bytes[0]!;
  // New-format packet headers carry the tag in 6 bits, old-format ones in bits 5..2.
  const tag = header & 0x40 ? header & 0x3f : (header >> 2) & 0x0f;
  if ((header & 0x80) === 0 || tag !== 5) return 'plausible';
  if (checksum && Buffer.from(checksum.slice(1), 'base64').readUIntBE(0, 3) !== crc24(bytes))
    return 'plausible';
  return 'confirmed';
}

/** Whether `bytes` is wholly a run of SSH wire strings (uint32 length + data), as key blobs are. */
function isSshStrings(bytes: Buffer): boolean {
  let offset = 0;
  let fields = 0;
  while (offset + 4 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    if (length > bytes.length - offset - 4) return false;
    offset += 4 + length;
    fields++;
  }
  return fields > 0 && offset === bytes.length;
}

/** PuTTY's private blob: unencrypted it is a run of SSH mpints; encrypted it is opaque. */
function checkPutty(secret: string): StructureVerdict {
  const base64 = base64Of(secret);
  if (base64.length < 24 || /=[^=]/.test(base64)) return 'rejected';
  return isSshStrings(Buffer.from(base64, 'base64')) ? 'confirmed' : 'plausible';
}

// Test-time material. Keys are generated when the examples run; none is committed.

let rsaKey: KeyPairKeyObjectResult | undefined;
function rsa() {
  rsaKey ??= generateKeyPairSync('rsa', { modulusLength: 1024 });
  return rsaKey;
}

function exportPem(
  type: 'pkcs1' | 'pkcs8' | 'sec1',
  which: 'rsa' | 'ec' | 'ed25519',
  cipher?: string,
): string {
  const { privateKey } =
    which === 'rsa'
      ? rsa()
      : which === 'ec'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('ed25519');
  const options: KeyExportOptions<'pem'> = cipher
    ? { type, format: 'pem', cipher, passphrase: randomString(BASE64, 16) }
    : { type, format: 'pem' };
  return privateKey.export(options).toString();
}

/** A body of random base64 (a fake key, as test corpora contain), free of placeholder words. */
function randomBody(bytes: number): string {
  for (;;) {
    const body = randomBytes(bytes).toString('base64');
    if (!isPlaceholder(body)) return body.match(/.{1,64}/g)!.join('\n');
  }
}

function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** An unencrypted OpenSSH Ed25519 key in `openssh-key-v1` format. */
function openSshKey(): string {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = randomBytes(4);
  let section = Buffer.concat([
    check,
    check,
    sshString('ssh-ed25519'),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString('deploy@build'),
  ]);
  const padding = Buffer.from(Array.from({ length: (8 - (section.length % 8)) % 8 }, (_, i) => i + 1));
  section = Buffer.concat([section, padding]);
  const count = Buffer.alloc(4);
  count.writeUInt32BE(1);
  const body = Buffer.concat([
    OPENSSH_MAGIC,
    sshString('none'),
    sshString('none'),
    sshString(''),
    count,
    sshString(publicBlob),
    sshString(section),
  ]).toString('base64');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.match(/.{1,70}/g)!.join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

/** An armoured OpenPGP block whose first packet is a (random-bodied) v4 secret-key packet. */
function pgpBlock(): string {
  const body = Buffer.concat([Buffer.from([0xc5, 0x9a, 0x04]), randomBytes(153)]);
  const crc = Buffer.alloc(3);
  crc.writeUIntBE(crc24(body), 0, 3);
  const lines = body
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines}\n=${crc.toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
}

/** A PuTTY v2 key file for the test RSA key, MAC included. */
function puttyKey(): string {
  const jwk = rsa().privateKey.export({ format: 'jwk' });
  const mpint = (value: string) => {
    const bytes = Buffer.from(value, 'base64url');
    return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
  };
  const publicBlob = Buffer.concat([sshString('ssh-rsa'), mpint(jwk.e!), mpint(jwk.n!)]);
  const privateBlob = Buffer.concat([mpint(jwk.d!), mpint(jwk.p!), mpint(jwk.q!), mpint(jwk.qi!)]);
  const comment = 'rsa-key-20240301';
  const macKey = createHash('sha1').update('putty-private-key-file-mac-key').digest();
  const mac = createHmac('sha1', macKey)
    .update(
      Buffer.concat([
        sshString('ssh-rsa'),
        sshString('none'),
        sshString(comment),
        sshString(publicBlob),
        sshString(privateBlob),
      ]),
    )
    .digest('hex');
  const lines = (blob: Buffer) => blob.toString('base64').match(/.{1,64}/g)!;
  const pub = lines(publicBlob);
  const priv = lines(privateBlob);
  return [
    'PuTTY-User-Key-File-2: ssh-rsa',
    'Encryption: none',
    `Comment: ${comment}`,
    `Public-Lines: ${pub.length}`,
    ...pub,
    `Private-Lines: ${priv.length}`,
    ...priv,
    `Private-MAC: ${mac}`,
    '',
  ].join('\n');
}

const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => by + line)
    .join('\n');

const PUBLIC_AND_CERTIFICATE_FPS = [
  '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEq3Gm1xK2cRZ7f9uYbW0pLs4nTjVdE8aHi6oQ\nzRk5UwXy2bNvGcMtAeJfI1sDlPq7hK0rO9xYuVnZCw3iE4gL5A==\n-----END PUBLIC KEY-----',
  '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUe0Qm8fZ3pN7xKcR2vYt5LwHs9gEwCgYIKoZIzj0EAwIw\nDzENMAsGA1UEAwwEdGVzdDAeFw0yNDAxMDEwMDAwMDBaFw0yNTAxMDEwMDAwMDBa\n-----END CERTIFICATE-----',
];

const REMEDIATION = {
  summary:
    'Treat the key as compromised: generate a new key pair, deploy the new public key or certificate, revoke the old certificate or remove the old key from authorized_keys, and purge it from history.',
  url: ROTATE_URL,
};

export const pemRsaPrivateKey: SecretRule = {
  id: 'pem-rsa-private-key',
  title: 'RSA private key (PKCS#1 PEM)',
  provider: 'PEM',
  severity: 'critical',
  keywords: ['begin rsa private key-----'],
  pattern: armoredPattern('RSA PRIVATE KEY'),
  multiline: true,
  validate: checkPem(['RSA PRIVATE KEY']),
  remediation: REMEDIATION,
  examples: {
    truePositives: () => [
      exportPem('pkcs1', 'rsa'),
      `tls:\n  key: |\n${indent(exportPem('pkcs1', 'rsa'), '    ')}\n`,
      `-----BEGIN RSA PRIVATE KEY-----\n${randomBody(600)}\n-----END RSA PRIVATE KEY-----`,
    ],
    falsePositives: [
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA...\n-----END RSA PRIVATE KEY-----',
      'const header = "-----BEGIN RSA PRIVATE KEY-----";',
      `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n-----END RSA PRIVATE KEY-----`,
      '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n-----END RSA PRIVATE KEY-----',
      ...PUBLIC_AND_CERTIFICATE_FPS,
    ],
  },
};

export const pemEcPrivateKey: SecretRule = {
  id: 'pem-ec-private-key',
  title: 'EC private key (SEC 1 PEM)',
  provider: 'PEM',
  severity: 'critical',
  keywords: ['begin ec private key-----'],
  pattern: armoredPattern('EC PRIVATE KEY'),
  multiline: true,
  validate: checkPem(['EC PRIVATE KEY']),
  remediation: REMEDIATION,
  examples: {
    truePositives: () => [exportPem('sec1', 'ec'), `key = """\n${exportPem('sec1', 'ec')}"""`],
    falsePositives: [
      '-----BEGIN EC PRIVATE KEY-----\n<your key here>\n-----END EC PRIVATE KEY-----',
      'openssl ecparam -genkey -name prime256v1 | grep -v "BEGIN EC PRIVATE KEY-----"',
    ],
  },
};

export const pemDsaPrivateKey: SecretRule = {
  id: 'pem-dsa-private-key',
  title: 'DSA private key (OpenSSL PEM)',
  provider: 'PEM',
  severity: 'critical',
  keywords: ['begin dsa private key-----'],
  pattern: armoredPattern('DSA PRIVATE KEY'),
  multiline: true,
  validate: checkPem(['DSA PRIVATE KEY']),
  remediation: REMEDIATION,
  examples: {
    // Node cannot export the traditional DSA form; a random body stands in (reported as plausible).
    truePositives: () => [
      `-----BEGIN DSA PRIVATE KEY-----\n${randomBody(444)}\n-----END DSA PRIVATE KEY-----\n`,
      `ssh_host_dsa_key: |\n${indent(`-----BEGIN DSA PRIVATE KEY-----\n${randomBody(444)}\n-----END DSA PRIVATE KEY-----`, '  ')}\n`,
    ],
    falsePositives: [
      '-----BEGIN DSA PRIVATE KEY-----\n[key redacted]\n-----END DSA PRIVATE KEY-----',
      '-----BEGIN DSA PRIVATE KEY-----\n...\n-----END DSA PRIVATE KEY-----',
    ],
  },
};

export const pemPkcs8PrivateKey: SecretRule = {
  id: 'pem-pkcs8-private-key',
  title: 'Private key (PKCS#8 PEM)',
  provider: 'PEM',
  severity: 'critical',
  keywords: ['begin private key-----'],
  pattern: armoredPattern('PRIVATE KEY'),
  multiline: true,
  validate: checkPem(['PRIVATE KEY']),
  remediation: REMEDIATION,
  examples: {
    truePositives: () => [
      exportPem('pkcs8', 'rsa'),
      exportPem('pkcs8', 'ec'),
      `# server key\n${exportPem('pkcs8', 'ed25519')}`,
      `-----BEGIN PRIVATE KEY-----\n${randomBody(1216)}\n-----END PRIVATE KEY-----\n`,
    ],
    falsePositives: [
      '-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----',
      "if (pem.startsWith('-----BEGIN PRIVATE KEY-----')) return parsePkcs8(pem);",
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
      ...PUBLIC_AND_CERTIFICATE_FPS,
    ],
  },
};

export const pemEncryptedPrivateKey: SecretRule = {
  id: 'pem-encrypted-private-key',
  title: 'Passphrase-encrypted private key (PKCS#8 PEM)',
  provider: 'PEM',
  severity: 'high',
  keywords: ['begin encrypted private key-----'],
  pattern: armoredPattern('ENCRYPTED PRIVATE KEY'),
  multiline: true,
  validate: checkPem(['ENCRYPTED PRIVATE KEY']),
  remediation: {
    summary:
      'An encrypted key is only as safe as its passphrase: replace the key pair, revoke the old certificate or authorized key, and purge the file from history.',
    url: ROTATE_URL,
  },
  examples: {
    truePositives: () => [exportPem('pkcs8', 'rsa', 'aes-256-cbc'), exportPem('pkcs8', 'ec', 'aes-128-cbc')],
    falsePositives: [
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\n...\n-----END ENCRYPTED PRIVATE KEY-----',
      'grep -l "BEGIN ENCRYPTED PRIVATE KEY" *.pem',
    ],
  },
};

export const pemLegacyEncryptedPrivateKey: SecretRule = {
  id: 'pem-legacy-encrypted-private-key',
  title: 'Passphrase-encrypted private key (OpenSSL Proc-Type PEM)',
  provider: 'PEM',
  severity: 'high',
  keywords: ['begin rsa private key-----', 'begin ec private key-----', 'begin dsa private key-----'],
  pattern: new RegExp(
    String.raw`-----BEGIN (?:RSA|EC|DSA) PRIVATE KEY-----\s{1,64}(?<secret>Proc-Type:[ \t]*4,ENCRYPTED\s{1,64}DEK-Info:[ \t]*[A-Za-z0-9-]{3,40},[0-9A-Fa-f]{16,64}\s{1,64}${BODY})\s{0,64}-----END (?:RSA|EC|DSA) PRIVATE KEY-----`,
  ),
  multiline: true,
  validate: checkLegacyEncrypted,
  remediation: {
    summary:
      'An encrypted key is only as safe as its passphrase: replace the key pair, revoke the old certificate or authorized key, and purge the file from history.',
    url: ROTATE_URL,
  },
  examples: {
    truePositives: () => [exportPem('pkcs1', 'rsa', 'aes-128-cbc'), exportPem('sec1', 'ec', 'aes-256-cbc')],
    falsePositives: [
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,<iv>\n\n...\n-----END RSA PRIVATE KEY-----',
      'Legacy encrypted keys carry a "Proc-Type: 4,ENCRYPTED" header after -----BEGIN RSA PRIVATE KEY-----.',
    ],
  },
};

export const pemEscapedPrivateKey: SecretRule = {
  id: 'pem-escaped-private-key',
  title: 'Private key in a JSON or quoted string (escaped newlines)',
  provider: 'PEM',
  severity: 'critical',
  keywords: ['private key-----\\'],
  // `\n` between base64 lines; `\\n` when the JSON sits inside another string.
  pattern:
    /-----BEGIN (?:(?:RSA|EC|DSA|ENCRYPTED|OPENSSH) )?PRIVATE KEY-----(?:\\{1,2}r)?\\{1,2}n(?<secret>[A-Za-z0-9+/=]{1,4096}(?:(?:\\{1,2}r)?\\{1,2}n[A-Za-z0-9+/=]{1,4096}){0,400})(?:(?:\\{1,2}r)?\\{1,2}n)?-----END (?:(?:RSA|EC|DSA|ENCRYPTED|OPENSSH) )?PRIVATE KEY-----/,
  multiline: true,
  validate: checkEscapedPem,
  remediation: {
    summary:
      'Delete the key where it was issued (for a GCP service account: IAM → Service accounts → Keys), create a new one, and load it from a secret manager.',
    url: 'https://cloud.google.com/iam/docs/keys-create-delete',
  },
  examples: {
    truePositives: () => [
      `  "private_key": "${exportPem('pkcs8', 'rsa').replace(/\n/g, '\\n')}",`,
      `PRIVATE_KEY="${exportPem('pkcs1', 'rsa').replace(/\n/g, '\\n')}"`,
      `"{\\"private_key\\":\\"${exportPem('sec1', 'ec').replace(/\n/g, '\\\\n')}\\"}"`,
    ],
    falsePositives: [
      '  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",',
      '"private_key": "-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----\\n"',
      'key.replace("-----BEGIN PRIVATE KEY-----\\n", "")',
    ],
  },
};

export const opensshPrivateKey: SecretRule = {
  id: 'openssh-private-key',
  title: 'OpenSSH private key',
  provider: 'OpenSSH',
  severity: 'critical',
  keywords: ['begin openssh private key-----'],
  pattern: armoredPattern('OPENSSH PRIVATE KEY'),
  multiline: true,
  validate: checkOpenSsh,
  remediation: {
    summary:
      'Generate a new key with ssh-keygen, replace the public key in every authorized_keys file and deploy-key list, then remove the leaked public key everywhere.',
    url: 'https://man.openbsd.org/ssh-keygen',
  },
  examples: {
    truePositives: () => [
      openSshKey(),
      `cat > ~/.ssh/id_ed25519 <<'EOF'\n${openSshKey()}EOF`,
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${randomBody(399)}\n-----END OPENSSH PRIVATE KEY-----`,
    ],
    falsePositives: [
      '-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your key>\n-----END OPENSSH PRIVATE KEY-----',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq9jX2mZ7bR4tW1yLcE8uN3sV6fH0dPgQoJiKaMxYz deploy@build',
      "if key.startswith('-----BEGIN OPENSSH PRIVATE KEY-----'):",
    ],
  },
};

export const pgpPrivateKeyBlock: SecretRule = {
  id: 'pgp-private-key-block',
  title: 'OpenPGP private key block',
  provider: 'PGP',
  severity: 'high',
  keywords: ['begin pgp private key block-----'],
  pattern: new RegExp(
    String.raw`-----BEGIN PGP PRIVATE KEY BLOCK-----[ \t]*\r?\n(?:[ \t]*[A-Za-z][\w-]{0,40}:[^\r\n]{0,200}\r?\n){0,10}\s{0,64}(?<secret>${BODY})\s{0,64}-----END PGP PRIVATE KEY BLOCK-----`,
  ),
  multiline: true,
  validate: checkPgp,
  remediation: {
    summary:
      'Publish the revocation certificate for the key (gpg --gen-revoke) to keyservers and contacts, create a new key, and re-encrypt anything encrypted to the old one.',
    url: 'https://www.gnupg.org/documentation/manuals/gnupg/OpenPGP-Key-Management.html',
  },
  examples: {
    truePositives: () => [
      pgpBlock(),
      pgpBlock().replace('\n\n', '\nVersion: GnuPG v2\nComment: release signing\n\n'),
    ],
    falsePositives: [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n[redacted]\n-----END PGP PRIVATE KEY BLOCK-----',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZbXk2hYJKwYBBAHaRw8BAQdAq3Gm1xK2cRZ7f9uYbW0pLs4nTjVdE8aHi6oQzRk5Uw\n=AbCd\n-----END PGP PUBLIC KEY BLOCK-----',
    ],
  },
};

export const puttyPrivateKey: SecretRule = {
  id: 'putty-private-key',
  title: 'PuTTY private key file (PPK)',
  provider: 'PuTTY',
  severity: 'critical',
  keywords: ['putty-user-key-file-'],
  pattern:
    /PuTTY-User-Key-File-[23]: [\w@.-]{3,60}\r?\n(?:[^\r\n]{0,300}\r?\n){1,80}?Private-Lines: \d{1,4}\r?\n(?<secret>(?:[A-Za-z0-9+/=]{1,128}\r?\n){1,200})/,
  multiline: true,
  validate: checkPutty,
  remediation: {
    summary:
      'Generate a new key pair in PuTTYgen, replace the public key in authorized_keys on every server, and remove the leaked one.',
    url: 'https://www.chiark.greenend.org.uk/~sgtatham/putty/',
  },
  examples: {
    truePositives: () => [puttyKey(), puttyKey().replace('PuTTY-User-Key-File-2', 'PuTTY-User-Key-File-3')],
    falsePositives: [
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: <comment>\nPublic-Lines: 6\n...\nPrivate-Lines: 14\n...',
      'Open the key in PuTTYgen; the file starts with PuTTY-User-Key-File-3: followed by the algorithm.',
    ],
  },
};

const PEM_LABELS = [
  'PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
];

/** A whole PEM private key encoded once more in base64: decode it and check the key inside. */
function checkBase64Pem(secret: string): StructureVerdict {
  const text = Buffer.from(secret, 'base64').toString('latin1');
  const block = /^-----BEGIN ([A-Z ]{3,30})-----\r?\n([\s\S]{1,16384}?)-----END \1-----\s*$/.exec(text);
  if (!block) return 'rejected';
  const [, label, body] = block as unknown as [string, string, string];
  if (label === 'OPENSSH PRIVATE KEY') return checkOpenSsh(body);
  if (body.includes('DEK-Info:')) return checkLegacyEncrypted(body);
  return PEM_LABELS.includes(label) ? checkPem([label])(body) : 'rejected';
}

const base64 = (text: string) => Buffer.from(text).toString('base64');

export const base64PrivateKey: SecretRule = {
  id: 'base64-pem-private-key',
  title: 'Private key encoded in base64 (Kubernetes Secret, CI variable)',
  provider: 'PEM',
  severity: 'critical',
  // `-----BEGIN ` in base64 is `LS0tLS1CRUdJTi`: a Secret's `tls.key`, a CI variable, a Helm value.
  keywords: ['ls0tls1crudjti'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,22000}={0,2})(?![A-Za-z0-9+/=])/,
  anchor: 'keyword',
  firstChars: 'L',
  validate: checkBase64Pem,
  remediation: REMEDIATION,
  examples: {
    truePositives: () => [
      `  tls.key: ${base64(exportPem('pkcs8', 'rsa'))}`,
      `SSH_KEY_B64="${base64(openSshKey())}"`,
      `  key.pem: ${base64(exportPem('sec1', 'ec'))}`,
    ],
    falsePositives: [
      // Certificates and public keys are not secrets, encoded or not.
      ...PUBLIC_AND_CERTIFICATE_FPS.map((block) => `  tls.crt: ${base64(block)}`),
      `  tls.key: ${base64('-----BEGIN PRIVATE KEY-----\n<your key here>\n-----END PRIVATE KEY-----\n')}`,
    ],
  },
};
