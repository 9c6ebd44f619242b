import type { Random } from './prng.js';

/**
 * Words the generated source is made of. Secret-ish words (`token`, `key`, `password`, `secret`,
 * `auth`) are deliberately common, as they are in real code: they are what a keyword
 * prefilter trips on, so a corpus without them would flatter any scanner.
 */
export const NOUNS = [
  'account',
  'user',
  'session',
  'token',
  'key',
  'password',
  'secret',
  'auth',
  'config',
  'request',
  'response',
  'payload',
  'options',
  'client',
  'repository',
  'branch',
  'commit',
  'issue',
  'webhook',
  'signature',
  'installation',
  'cache',
  'queue',
  'retry',
  'timeout',
  'logger',
  'metric',
  'order',
  'invoice',
  'customer',
  'product',
  'price',
  'item',
  'cart',
  'event',
  'message',
  'channel',
  'file',
  'path',
  'buffer',
  'stream',
  'record',
  'batch',
  'job',
  'worker',
  'task',
  'schedule',
  'report',
  'policy',
  'rule',
  'finding',
  'scope',
  'role',
  'permission',
  'credential',
  'header',
  'cookie',
  'state',
  'result',
  'error',
  'handler',
  'route',
  'service',
  'store',
  'model',
  'view',
  'node',
  'tree',
  'index',
  'entry',
  'limit',
  'offset',
  'page',
  'cursor',
  'region',
  'bucket',
  'object',
  'version',
  'release',
  'tag',
  'label',
  'hash',
  'digest',
  'nonce',
  'salt',
] as const;

export const VERBS = [
  'get',
  'set',
  'load',
  'save',
  'fetch',
  'create',
  'update',
  'delete',
  'find',
  'parse',
  'format',
  'validate',
  'resolve',
  'build',
  'render',
  'handle',
  'send',
  'receive',
  'sign',
  'verify',
  'encode',
  'decode',
  'refresh',
  'rotate',
  'revoke',
  'check',
  'apply',
  'merge',
  'sync',
  'emit',
  'read',
  'write',
  'open',
  'close',
  'start',
  'stop',
  'schedule',
  'retry',
  'compute',
  'normalize',
] as const;

export const ADJECTIVES = [
  'default',
  'current',
  'next',
  'previous',
  'pending',
  'active',
  'expired',
  'cached',
  'remote',
  'local',
  'public',
  'private',
  'internal',
  'max',
  'min',
  'raw',
  'signed',
  'encoded',
  'total',
  'last',
  'first',
  'new',
  'old',
] as const;

/** Prose for Markdown, comments and docstrings; a few non-ASCII words, as real docs have. */
export const PROSE = [
  'the',
  'a',
  'this',
  'that',
  'when',
  'if',
  'then',
  'returns',
  'with',
  'without',
  'for',
  'each',
  'every',
  'and',
  'or',
  'not',
  'only',
  'before',
  'after',
  'while',
  'request',
  'token',
  'value',
  'service',
  'handler',
  'configuration',
  'environment',
  'variable',
  'database',
  'connection',
  'password',
  'secret',
  'key',
  'user',
  'repository',
  'branch',
  'deploy',
  'release',
  'migration',
  'cache',
  'queue',
  'worker',
  'timeout',
  'retry',
  'is',
  'are',
  'be',
  'should',
  'must',
  'may',
  'can',
  'will',
  'uses',
  'reads',
  'writes',
  'sends',
  'stores',
  'rotates',
  'expires',
  'in',
  'on',
  'to',
  'from',
  'of',
  'by',
  'café',
  'naïve',
  'façade',
  '—',
  'über',
] as const;

export const TLDS = ['com', 'io', 'net', 'dev', 'internal', 'local', 'org'] as const;

export const SCOPES = ['@acme', '@types', '@babel', '@octokit', '@aws-sdk', '@smithy', '@vitest', '@esbuild'];

/** `lowerCamel` identifier from 1–3 words. */
export function camel(rng: Random, words = rng.range(1, 3)): string {
  let out = rng.chance(0.3) ? rng.pick(VERBS) : rng.pick(NOUNS);
  for (let i = 1; i < words; i++) out += capitalize(rng.chance(0.2) ? rng.pick(ADJECTIVES) : rng.pick(NOUNS));
  return out;
}

/** `UpperCamel` type or class name. */
export function pascal(rng: Random, words = rng.range(1, 3)): string {
  return capitalize(camel(rng, words));
}

/** `snake_case` identifier from 1–3 words. */
export function snake(rng: Random, words = rng.range(1, 3)): string {
  return camel(rng, words)
    .replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`)
    .replace(/^_/, '');
}

/** `SCREAMING_SNAKE` constant or environment variable name. */
export function screaming(rng: Random, words = rng.range(1, 3)): string {
  return snake(rng, words).toUpperCase();
}

/** `kebab-case` file or package name. */
export function kebab(rng: Random, words = rng.range(1, 2)): string {
  return snake(rng, words).replace(/_/g, '-');
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A sentence of prose, 6–18 words, capitalised and with a full stop. */
export function sentence(rng: Random, words = rng.range(6, 18)): string {
  let out = capitalize(rng.pick(PROSE));
  for (let i = 1; i < words; i++) out += ` ${rng.pick(PROSE)}`;
  return `${out}.`;
}

export function hex(rng: Random, length: number): string {
  return rng
    .bytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length);
}

export function uuid(rng: Random): string {
  const h = hex(rng, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}

export function semver(rng: Random): string {
  return `${rng.range(0, 12)}.${rng.range(0, 30)}.${rng.range(0, 20)}`;
}

export function hostname(rng: Random): string {
  return `${kebab(rng, 1)}.${kebab(rng, 1)}.${rng.pick(TLDS)}`;
}

/** An npm package name, sometimes scoped. */
export function packageName(rng: Random): string {
  const name = kebab(rng, rng.range(1, 3));
  return rng.chance(0.3) ? `${rng.pick(SCOPES)}/${name}` : name;
}

/** An ISO timestamp in 2023–2025. */
export function timestamp(rng: Random): string {
  return new Date(Date.UTC(2023, 0, 1) + rng.int(3 * 365 * 86_400) * 1000).toISOString();
}
