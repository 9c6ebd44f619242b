import { isPlaceholder } from '../core/secrets/placeholder.js';
import { base62Crc32 } from '../core/secrets/structure/base62-checksum.js';
import type { FileType } from './file-types.js';
import { type PemKeyType, pemPrivateKey } from './pem-keys.js';
import type { Random } from './prng.js';
import { hostname, kebab, snake } from './vocabulary.js';

/** What is planted in one go (an AWS key pair is two secrets on two lines). */
export type PlantKind = 'github' | 'aws' | 'slack' | 'stripe' | 'private-key' | 'postgres' | 'password';

/** One planted secret's kind, as the benchmark reports recall by. */
export type SecretKind =
  | 'github-pat'
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'slack-bot-token'
  | 'stripe-live-key'
  | 'private-key'
  | 'postgres-uri'
  | 'generic-password';

export const PLANT_KINDS: readonly PlantKind[] = [
  'github',
  'aws',
  'slack',
  'stripe',
  'private-key',
  'postgres',
  'password',
];

/** Lines to insert into a file, and the secrets in them as they appear in `lines.join('\n')`. */
export interface Snippet {
  lines: string[];
  secrets: { kind: SecretKind; text: string }[];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const DIGITS = '0123456789';

/** A random value that no placeholder check would dismiss (no `example`, no keyboard runs). */
function value(make: () => string): string {
  for (;;) {
    const candidate = make();
    if (!isPlaceholder(candidate)) return candidate;
  }
}

function githubPat(rng: Random): string {
  return value(() => {
    const body = rng.string(ALNUM, 30);
    return `ghp_${body}${base62Crc32(body)}`;
  });
}

function slackBotToken(rng: Random): string {
  return value(
    () =>
      `xoxb-${rng.string(DIGITS, rng.range(10, 13))}-${rng.string(DIGITS, rng.range(10, 13))}-${rng.string(ALNUM, 24)}`,
  );
}

function stripeLiveKey(rng: Random): string {
  return value(() => `sk_live_${rng.string(ALNUM, rng.pick([24, 99]))}`);
}

function password(rng: Random): string {
  return value(() => rng.string(`${ALNUM}!#*+-_.=`, rng.range(14, 24)));
}

function postgresUri(rng: Random): string {
  const secret = value(() => rng.string(ALNUM, rng.range(16, 28)));
  const scheme = rng.chance(0.5) ? 'postgres' : 'postgresql';
  return `${scheme}://${snake(rng, 1)}:${secret}@${hostname(rng)}:5432/${snake(rng, 1)}`;
}

const PEM_TYPES: readonly PemKeyType[] = ['rsa', 'ec', 'ec', 'ed25519'];

/** The file types each kind can be planted in. */
export const HOSTS: Record<PlantKind, readonly FileType[]> = {
  github: ['env', 'yaml', 'ts', 'js', 'py', 'go', 'md', 'json', 'bundle'],
  aws: ['env', 'py', 'yaml', 'properties', 'java', 'ts', 'md', 'go'],
  slack: ['ts', 'js', 'py', 'yaml', 'env', 'json', 'go'],
  stripe: ['ts', 'js', 'py', 'go', 'java', 'env', 'json', 'bundle'],
  'private-key': ['cert-bundle', 'yaml', 'json', 'py', 'go', 'md', 'env'],
  postgres: ['env', 'yaml', 'py', 'ts', 'js', 'go', 'json', 'md'],
  password: ['env', 'yaml', 'properties', 'py', 'ts', 'js', 'java', 'json', 'go'],
};

function one(kind: SecretKind, text: string, line: string): Snippet {
  return { lines: [line], secrets: [{ kind, text }] };
}

/**
 * A secret of `kind`, in the syntax of a file of `type`. The token is built here, at run time,
 * from the seeded generator: no token-shaped string is committed to git.
 */
export function makeSnippet(rng: Random, kind: PlantKind, type: FileType): Snippet {
  switch (kind) {
    case 'github': {
      const t = githubPat(rng);
      const line: Partial<Record<FileType, string>> = {
        env: `GITHUB_TOKEN=${t}`,
        yaml: `  token: ${t}`,
        ts: `const octokit = new Octokit({ auth: '${t}' });`,
        js: `const octokit = new Octokit({ auth: '${t}' });`,
        py: `GITHUB_TOKEN = "${t}"`,
        go: `\tclient := github.NewClient(nil).WithAuthToken("${t}")`,
        md: `git clone https://${t}@github.com/acme/${kebab(rng)}.git`,
        json: `  "github_token": "${t}",`,
        bundle: `var gh="${t}";`,
      };
      return one('github-pat', t, line[type] ?? `token=${t}`);
    }
    case 'aws': {
      const id = value(() => `AKIA${rng.string(BASE32, 16)}`);
      const secret = value(() => rng.string(`${ALNUM}/+`, 40));
      const lines: Partial<Record<FileType, string[]>> = {
        env: [`AWS_ACCESS_KEY_ID=${id}`, `AWS_SECRET_ACCESS_KEY=${secret}`],
        py: [
          'session = boto3.Session(',
          `    aws_access_key_id="${id}",`,
          `    aws_secret_access_key="${secret}",`,
          ')',
        ],
        yaml: ['aws:', `  access_key_id: ${id}`, `  secret_access_key: ${secret}`],
        properties: [`aws.accessKeyId=${id}`, `aws.secretKey=${secret}`],
        java: [`        AWSCredentials credentials = new BasicAWSCredentials("${id}", "${secret}");`],
        ts: [`  credentials: { accessKeyId: '${id}', secretAccessKey: '${secret}' },`],
        md: ['```ini', '[default]', `aws_access_key_id = ${id}`, `aws_secret_access_key = ${secret}`, '```'],
        go: [`\tcreds := credentials.NewStaticCredentialsProvider("${id}", "${secret}", "")`],
      };
      return {
        lines: lines[type] ?? [`aws_access_key_id=${id}`, `aws_secret_access_key=${secret}`],
        secrets: [
          { kind: 'aws-access-key-id', text: id },
          { kind: 'aws-secret-access-key', text: secret },
        ],
      };
    }
    case 'slack': {
      const t = slackBotToken(rng);
      const line: Partial<Record<FileType, string>> = {
        ts: `const slack = new WebClient('${t}');`,
        js: `const slack = new WebClient('${t}');`,
        py: `client = WebClient(token="${t}")`,
        yaml: `slack_bot_token: ${t}`,
        env: `SLACK_BOT_TOKEN=${t}`,
        json: `  "slackToken": "${t}",`,
        go: `\tapi := slack.New("${t}")`,
      };
      return one('slack-bot-token', t, line[type] ?? `slack=${t}`);
    }
    case 'stripe': {
      const t = stripeLiveKey(rng);
      const line: Partial<Record<FileType, string>> = {
        ts: `const stripe = new Stripe('${t}', { apiVersion: '2024-06-20' });`,
        js: `const stripe = require('stripe')('${t}');`,
        py: `stripe.api_key = "${t}"`,
        go: `\tstripe.Key = "${t}"`,
        java: `        Stripe.apiKey = "${t}";`,
        env: `STRIPE_SECRET_KEY=${t}`,
        json: `  "stripeSecretKey": "${t}",`,
        bundle: `var st=Stripe("${t}");`,
      };
      return one('stripe-live-key', t, line[type] ?? `stripe=${t}`);
    }
    case 'private-key':
      return privateKeySnippet(rng, type);
    case 'postgres': {
      const uri = postgresUri(rng);
      const line: Partial<Record<FileType, string>> = {
        env: `DATABASE_URL=${uri}`,
        yaml: `  DATABASE_URL: ${uri}`,
        py: `SQLALCHEMY_DATABASE_URI = "${uri}"`,
        ts: `const pool = new Pool({ connectionString: '${uri}' });`,
        js: `const pool = new Pool({ connectionString: '${uri}' });`,
        go: `\tdb, err := sql.Open("postgres", "${uri}")`,
        json: `  "databaseUrl": "${uri}",`,
        md: `psql "${uri}"`,
      };
      return one('postgres-uri', uri, line[type] ?? `url=${uri}`);
    }
    case 'password': {
      const v = password(rng);
      const line: Partial<Record<FileType, string>> = {
        env: `DB_PASSWORD=${v}`,
        yaml: `  password: "${v}"`,
        properties: `spring.datasource.password=${v}`,
        py: `DB_PASSWORD = "${v}"`,
        ts: `  password: '${v}',`,
        js: `  password: '${v}',`,
        java: `    private static final String DB_PASSWORD = "${v}";`,
        json: `  "password": "${v}",`,
        go: `\tPassword: "${v}",`,
      };
      return one('generic-password', v, line[type] ?? `password=${v}`);
    }
  }
}

function privateKeySnippet(rng: Random, type: FileType): Snippet {
  const pem = pemPrivateKey(rng, rng.pick(PEM_TYPES));
  const lines = pem.split('\n');
  const escaped = lines.join('\\n');
  switch (type) {
    case 'yaml':
      return {
        lines: ['tls_key: |', ...lines.map((line) => `  ${line}`)],
        secrets: [{ kind: 'private-key', text: lines.join('\n  ') }],
      };
    case 'json':
      return {
        lines: [`  "private_key": "${escaped}\\n",`],
        secrets: [{ kind: 'private-key', text: escaped }],
      };
    case 'env':
      return { lines: [`JWT_PRIVATE_KEY="${escaped}"`], secrets: [{ kind: 'private-key', text: escaped }] };
    case 'py':
      return {
        lines: [`SIGNING_KEY = """${lines[0]}`, ...lines.slice(1), '"""'],
        secrets: [{ kind: 'private-key', text: pem }],
      };
    case 'go':
      return {
        lines: [`const signingKey = \`${lines[0]}`, ...lines.slice(1), '`'],
        secrets: [{ kind: 'private-key', text: pem }],
      };
    case 'md':
      return { lines: ['```', ...lines, '```'], secrets: [{ kind: 'private-key', text: pem }] };
    default:
      return { lines: ['', ...lines], secrets: [{ kind: 'private-key', text: pem }] };
  }
}
