import { randomInt } from 'node:crypto';
import { isPlaceholder } from '../placeholder.js';
import { ALNUM, BASE64, DIGITS, HEX, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { shannonEntropy } from '../structure/entropy.js';
import { type GenericValueKind, genericValueVerdict } from '../structure/generic-value-verdict.js';
import { hasProviderTokenPrefix } from '../structure/provider-token-prefix.js';

/*
 * Generic rules find credentials by the name they are assigned to (`password = ...`,
 * `"api_key": "..."`, `<password>...</password>`, `--token ...`) and judge the value alone:
 * code, references, placeholders, defaults and word-like identifiers are rejected by
 * `genericValueVerdict`. The patterns are case-sensitive on purpose: the keyword must end the
 * name and start it, follow a `_ . -` separator, or follow a camelCase hump, so `dbPassword`
 * and `DB_PASSWORD` match while `bypass`, `passwordHash`, `token_type` and `max_tokens` do not.
 *
 * Each keyword family has one lean assignment rule (the common case); the rarer syntaxes
 * (string-keyed calls, XML, typed declarations, command-line flags, SQL) have a rule each over
 * all families. Keeping each pattern small keeps it provably linear (see redos.test.ts).
 */

const SECRETS_MANAGEMENT_URL =
  'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** Characters of an assigned literal; quotes, whitespace, brackets and `,;&<>\` end it. */
const VALUE = String.raw`[\w!#$%*+\-./:=?@^|~]`;

/**
 * How a keyword may end a name: `any` after a separator or at the start of the name,
 * `capitalised` after a lower-case letter or digit (camelCase), `glued` after an upper-case
 * letter (`PGPASSWORD`; only for keywords too long to end an unrelated word).
 */
interface Keyword {
  any: string;
  capitalised: string;
  glued?: string;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * An alternation of literal words with shared prefixes factored out (`a(?:pi|pp|ccess)`):
 * the same language, far less backtracking than a flat list of words.
 */
function trie(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => ch + emit(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.end) return group;
    return branches.length === 1 && branches[0]!.length === 1 ? `${group}?` : `(?:${group})?`;
  };
  return `(?:${emit(root)})`;
}

/** `word`, `Word` and `WORD`: the casings names use. */
function casings(words: readonly string[], lowerFirst = true): string[] {
  return words.flatMap((word) => [
    ...(lowerFirst ? [word] : []),
    word[0]!.toUpperCase() + word.slice(1),
    word.toUpperCase(),
  ]);
}

/** `prefix` words + optional separator + `tail`: `client_secret`, `clientSecret`, `CLIENT-SECRET`. */
function compound(prefixes: readonly string[], tail: string, factor = true): Keyword {
  const alternation = (words: string[]) => (factor ? trie(words) : `(?:${words.join('|')})`);
  return {
    any: `${alternation(casings(prefixes))}[_.-]?${tail}`,
    capitalised: `${alternation(casings(prefixes, false))}[_.-]?${tail}`,
  };
}

const PASSWORD: Keyword = {
  any: '[Pp]ass(?:word|wd|phrase|wort)?|PASS(?:WORD|WD|PHRASE|WORT)?|[Pp]wd?|PWD?',
  capitalised: 'Pass(?:word|wd|phrase|wort)?|PASS(?:WORD|WD|PHRASE|WORT)?|Pwd?|PWD?',
  glued: 'PASS(?:WORD|WD|PHRASE)',
};
/** Secrets, secret keys and credentials (`creds`, `credentials`). */
const SECRET: Keyword = {
  any: '[Ss]ecret(?:[_.-]?[Kk]ey(?:[_.-]?[Bb]ase)?)?|SECRET(?:[_.-]?KEY(?:[_.-]?BASE)?)?|[Cc]red(?:ential)?s|[Cc]redential|CRED(?:ENTIAL)?S|CREDENTIAL',
  capitalised:
    'Secret(?:[_.-]?[Kk]ey(?:[_.-]?[Bb]ase)?)?|SECRET(?:[_.-]?KEY(?:[_.-]?BASE)?)?|Cred(?:ential)?s|Credential|CRED(?:ENTIAL)?S|CREDENTIAL',
  glued: 'SECRET|CREDENTIALS?',
};
const CLIENTS = ['client', 'consumer', 'app', 'application'];
const CLIENT_SECRET = compound(CLIENTS, '(?:[Ss]ecret|SECRET)(?:[_.-]?(?:[Kk]ey|KEY))?', false);
const API_KEY = compound(['api', 'access', 'app', 'subscription'], '(?:[Kk]ey|KEY)');
const TOKEN: Keyword = {
  any: '[Tt]oken|TOKEN|[Aa]uth|AUTH',
  capitalised: 'Token|TOKEN|Auth|AUTH',
  glued: 'TOKEN',
};
const PRIVATE_KEY = compound(['private', 'priv', 'signing', 'encryption', 'master'], '(?:[Kk]ey|KEY)', false);
/**
 * Every family at once, for the rarer syntaxes (calls, XML, typed declarations). Any name
 * ending in `key` qualifies here: these forms are explicit enough that the value check
 * separates `ApiKey`/`EncryptionKey` secrets from `cacheKey: "users:all"`-style names.
 */
const ANY_CREDENTIAL: Keyword = {
  any: '[Pp]ass(?:word|wd)?|PASS(?:WORD|WD)?|[Pp]wd|PWD|[Ss]ecret|SECRET|[Tt]oken|TOKEN|[Kk]ey|KEY',
  capitalised: 'Pass(?:word|wd)?|PASS(?:WORD|WD)?|Pwd|PWD|Secret|SECRET|Token|TOKEN|Key|KEY',
  glued: 'PASSWORD|SECRET|TOKEN',
};
/** Keys that name public or structural values. */
const NOT_SECRET_KEYS = ['public', 'publishable', 'site', 'primary', 'foreign', 'sort', 'partition', 'cache'];

/** Password names that hold a hash or ciphertext, not the password. */
const HASHED = ['hash', 'hashed', 'encrypted', 'crypted', 'salted', 'digest'];
/** Token names that are not credentials: paging cursors, CSRF tokens, push-device ids. */
const NOT_CREDENTIAL_TOKENS = [
  'authenticity', // Rails' CSRF token
  'csrf',
  'xsrf',
  'page',
  'next',
  'cursor',
  'continuation',
  'sync',
  'public',
  'device',
  'push',
  'registration',
  'fcm',
  'apns',
  'verification',
];

/** The alternatives of a regex source at its top level: `a|b(?:c|d)` → `a`, `b(?:c|d)`. */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * A name ending in the keyword, checked from where the name ends: these rules are anchored at
 * `word-end`, so the engine tries them once per name that holds a keyword, and the name itself
 * (after `before`, such as `<` or `("`) is read backwards by lookbehinds. A miss costs a few
 * characters, not a search of the whole line.
 */
function nameEndingHere(
  keyword: Keyword,
  notAfter?: readonly string[],
  guarded = keyword.any,
  before = '',
  alsoNotAfter?: { words: readonly string[]; guarded: string },
): string {
  const glued = keyword.glued ? `|[A-Z](?:${keyword.glued})` : '';
  // After an acronym (`APIToken`, `ETSYToken`, `AWSSecretKey`) only the title-case forms count:
  // an upper-case run is `glued`'s, for keywords long enough not to end an unrelated word.
  const titleCase = topLevelAlternatives(keyword.capitalised).filter((form) => /[a-z]/.test(form));
  const endsWithKeyword = `(?<=(?:^|[^A-Za-z0-9])(?:${keyword.any})|[a-z0-9](?:${keyword.capitalised})|[A-Z](?:${titleCase.join('|')})${glued})`;
  const guard =
    (notAfter ? `(?<!${trie(casings(notAfter))}[_.-]?(?:${guarded}))` : '') +
    (alsoNotAfter ? `(?<!${trie(casings(alsoNotAfter.words))}[_.-]?(?:${alsoNotAfter.guarded}))` : '');
  // Not inside `a:b:name` (ARNs, URNs) nor a `${NAME:default}` reference; `$env:NAME` is fine.
  const name = String.raw`(?<![\w$@.-])(?<![A-Za-z0-9]:|\$\{)(?:\$env:|[$@])?[\w.-]{1,80}`;
  // The cheap checks come first: most names holding a keyword do not end in it (`keyboard`).
  return String.raw`(?![\w.-])${endsWithKeyword}${guard}(?<=${before}${name})`;
}

/** After a `:`, not a value that a `)` closes: Java's `for (Type name : list)` is not an assignment. */
const NOT_FOR_EACH = String.raw`(?![ \t]*${VALUE}{0,256}\))`;

/** What can follow a name in `assignment`: `?`, a backslash, a quote, `]`, a blank, `=`, `:` or `.`. */
const ASSIGNMENT_FIRST_CHARS = '?\\\'"`] \t=:.';

/**
 * `name = value`, `name: value`, `"name": "value"`, `name := value`, `$name => 'value'`,
 * `config['name'] = value`, `name?: value`, Makefile's `name ?= value`, `::=` and `:::=`, PHP's
 * `$name .= 'value'` and `??=`. The value is captured greedily with nothing after it, so a
 * failed match never backtracks through it. Returns the pattern with the anchor it is written
 * for and the characters it can start with, so a rule spreads all three together.
 */
function assignment(
  keyword: Keyword,
  minLength: number,
  notAfter?: readonly string[],
): Pick<SecretRule, 'pattern' | 'anchor' | 'firstChars' | 'gate'> {
  const before = String.raw`\??\\?['"\x60]?\]?[ \t]*(?:=>|:{1,3}=|\??[?.]=|=(?!=)|:(?!:)`;
  const after = String.raw`)[ \t]*['"\x60]?`;
  return {
    pattern: new RegExp(
      `${nameEndingHere(keyword, notAfter)}${before}${NOT_FOR_EACH}${after}(?<secret>${VALUE}{${minLength},256})`,
    ),
    anchor: 'word-end',
    firstChars: ASSIGNMENT_FIRST_CHARS,
    gate: tailGate(`${before}${after}`, minLength),
  };
}

/**
 * The gate of a `word-end` rule: what must follow the name, and the value's first characters.
 * Most names that hold a keyword are not followed by a value, and a look ahead costs less than
 * the pattern's lookbehinds over the name (on the bench corpus, these rules took half the time).
 */
function tailGate(tail: string, minLength: number): RegExp {
  // The engine runs it at a name's end, never after a blank; the look-behind says so, which
  // keeps a search along a run of blanks linear (a gate is proven by recheck like a pattern).
  return new RegExp(`(?<![ \\t])(?:${tail})${VALUE}{${minLength}}`);
}

function judge(kind: GenericValueKind): (secret: string) => StructureVerdict {
  return (secret) => genericValueVerdict(secret, kind);
}

/** A random value this family accepts: generated until it clears every check, as gitleaks does. */
function plausible(kind: GenericValueKind, make: () => string, minEntropy: number): string {
  for (;;) {
    const value = make();
    if (
      shannonEntropy(value) >= minEntropy &&
      !isPlaceholder(value) &&
      !hasProviderTokenPrefix(value) &&
      genericValueVerdict(value, kind) === 'plausible'
    ) {
      return value;
    }
  }
}

const PASSWORD_CHARS = `${ALNUM}!#%*+-.?@^~`;
const password = () => plausible('password', () => randomString(PASSWORD_CHARS, 14), 2.5);
const key = (alphabet: string, length: number) => plausible('key', () => randomString(alphabet, length), 3);
/** A person's password: a word and a number (`Harbor2718!`). */
const memorablePassword = () =>
  plausible(
    'password',
    () => `${['Harbor', 'quartz', 'Falcon', 'meadow'][randomInt(4)]}${randomString(DIGITS, 4)}!`,
    2.5,
  );

const PASSWORD_REMEDIATION = {
  summary:
    'Change the password on the system it unlocks, then load it at runtime from a secret store or environment variable instead of source.',
  url: SECRETS_MANAGEMENT_URL,
};

const KEY_REMEDIATION = {
  summary:
    'Revoke the credential where it was issued and create a replacement, then read it from the environment or a secret store instead of source.',
  url: SECRETS_MANAGEMENT_URL,
};

export const genericPassword: SecretRule = {
  id: 'generic-password',
  title: 'Hard-coded password',
  provider: 'Generic',
  severity: 'high',
  keywords: ['pass', 'pw'],
  ...assignment(PASSWORD, 6, HASHED),
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `DB_PASSWORD=${password()}`,
      `  password: "${password()}"`,
      `"password": "${password()}",`,
      `spring.datasource.password=${password()}`,
      `[database]\npassword = ${password()}`,
      `String dbPassword = "${password()}";`,
      `$config['smtp_pass'] = '${memorablePassword()}';`,
      `mysqldump --user=backup --password=${password()} appdb`,
      `export PGPASSWORD='${password()}'`,
      `conn = psycopg2.connect(host="db", user="etl", password="${password()}")`,
    ],
    falsePositives: [
      `    "generate-password": "^1.7.0",`,
      'password = os.environ["DB_PASSWORD"]',
      'password: ${DB_PASSWORD}',
      'const password = process.env.DB_PASSWORD;',
      'password = getpass.getpass("Password: ")',
      'self.password = password',
      'String password = config.getPassword();',
      'PASSWORD_MIN_LENGTH=12',
      'password_length = 16',
      'passwordField.setText("");',
      'hashed_password = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"',
      'password: "{{ vault_db_password }}"',
      'password = None',
      'PASSWORD=changeme',
      'POSTGRES_PASSWORD: postgres',
      'MYSQL_ROOT_PASSWORD=root',
      '  password: cGFzc3dvcmQ=',
      '  password: MWYyZDFlMmU2N2Rm',
      '"password": "Passw0rd!",',
      'PasswordAuthentication no',
      'passwd:         files systemd',
      'PWD=/home/runner/work/app',
      'password = "********"',
      'password: !vault |',
      '"password": "Mot de passe",',
      'password: ENC(encryptedValueHere)',
      'spring.datasource.password=${MYSQL_PASSWORD:db-57xsl}',
      'db_password = self.settings.db_password',
      'password: userPassword',
      'admin_password: Summer',
      'bypass = "proxy-local-only"',
      'password = hash_password(form.password.data)',
      'val password: String = ""',
      'if (password == "") return;',
      'if (a.password != b.password) return;',
      'for (Channel refreshPassword : itemBrnchs) {',
      'PASSWORD ?= $(shell cat .secrets/db)',
    ],
  },
};

export const genericSecret: SecretRule = {
  id: 'generic-secret',
  title: 'Hard-coded secret or secret key',
  provider: 'Generic',
  severity: 'high',
  keywords: ['secret', 'cred'],
  // client/consumer/app secrets are generic-client-secret's.
  ...assignment(SECRET, 10, CLIENTS),
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: {
    summary:
      'Generate a new secret where it is issued (signing key, webhook or session secret), deploy it from a secret store, and invalidate what the old one signed.',
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `SECRET_KEY = '${key(ALNUM, 50)}'`,
      `JWT_SECRET=${key(BASE64, 44)}`,
      `  webhook_secret: ${key(HEX, 40)}`,
      `"signingSecret": "${key(ALNUM, 32)}"`,
      `[session]\nsecret = ${key(ALNUM, 24)}`,
      `secret_key_base: ${key(HEX, 128)}`,
      `app.jwt.secret=${key(ALNUM, 48)}`,
      `"credentials" : "${key(HEX, 40)}"`,
      `REGISTRY_CREDS=${key(ALNUM, 32)}`,
    ],
    falsePositives: [
      'secret_name = "prod/db/credentials"',
      'secretName: my-app-tls',
      '          secretKeyRef:',
      'SECRET_KEY = os.environ.get("SECRET_KEY")',
      'secret: ${{ secrets.DEPLOY_KEY }}',
      '    secrets: inherit',
      'app.secret_key = os.urandom(24)',
      'JWT_SECRET=your-256-bit-secret',
      '"secret": "keyboard cat",',
      'secret_length = 32',
      'SECRET_KEY_BASE=<%= ENV["SECRET_KEY_BASE"] %>',
      'secret = Secret.from_name("stripe-credentials")',
      'kind: Secret',
      'credentials: "service-account.json"',
      'credentials = GoogleCredentials.get_application_default()',
      'credentialsProvider: DefaultCredentialsProvider',
    ],
  },
};

export const genericClientSecret: SecretRule = {
  id: 'generic-client-secret',
  title: 'OAuth client secret or app secret',
  provider: 'Generic',
  severity: 'high',
  keywords: ['secret'],
  ...assignment(CLIENT_SECRET, 10),
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: {
    summary:
      "Create a new client secret in the identity provider's app registration, switch the app to it, then delete the leaked secret.",
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `GOOGLE_CLIENT_SECRET=${key(ALNUM, 35)}`,
      `  clientSecret: "${key(ALNUM, 40)}"`,
      `"client_secret": "${key(HEX, 64)}",`,
      `spring.security.oauth2.client.registration.github.client-secret=${key(HEX, 40)}`,
      `MOBILE_APP_SECRET=${key(HEX, 32)}`,
    ],
    falsePositives: [
      'client_secret = "your-client-secret"',
      'CLIENT_SECRET=${OAUTH_CLIENT_SECRET}',
      'clientSecret: process.env.CLIENT_SECRET,',
      'client_secret_name = "oauth-client-secret"',
      '"client_secret": "<client secret>",',
      'app_secret = settings.APP_SECRET',
    ],
  },
};

export const genericApiKey: SecretRule = {
  id: 'generic-api-key',
  title: 'Hard-coded API key',
  provider: 'Generic',
  severity: 'high',
  keywords: [
    'api_key',
    'apikey',
    'api-key',
    'api.key',
    'access_key',
    'accesskey',
    'access-key',
    'access.key',
    'app_key',
    'appkey',
    'app-key',
    'app.key',
    'subscription_key',
    'subscriptionkey',
    'subscription-key',
  ],
  ...assignment(API_KEY, 12),
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: KEY_REMEDIATION,
  examples: {
    truePositives: () => [
      `const apiKey = "${key(HEX, 32)}";`,
      `WEATHER_API_KEY=${key(ALNUM, 32)}`,
      `  api_key: ${key(ALNUM, 40)}`,
      `{"apiKey": "${key(ALNUM, 24)}"}`,
      `api.key=${key(ALNUM, 28)}`,
      `[service]\napi_key = ${key(ALNUM, 32)}`,
      `curl -H "X-Api-Key: ${key(ALNUM, 40)}" https://api.internal.test/v1/items`,
      `client = Client(api_key="${key(ALNUM, 36)}")`,
    ],
    falsePositives: [
      'api_key = "YOUR_API_KEY"',
      'apiKey: process.env.API_KEY,',
      'API_KEY_HEADER = "X-API-Key"',
      '"api_key": "<your-api-key>",',
      'api_key = "d41d8cd98f00b204e9800998ecf8427e"',
      'access_key: minioadmin',
      'api_key = request.headers.get("X-Api-Key")',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'apiKey: string;',
      'api_key: ApiKeyConfig = field(default_factory=ApiKeyConfig)',
      '  - name: X-API-Key',
    ],
  },
};

export const genericToken: SecretRule = {
  id: 'generic-token',
  title: 'Hard-coded access or auth token',
  provider: 'Generic',
  severity: 'high',
  keywords: ['token', 'auth'],
  ...assignment(TOKEN, 12, NOT_CREDENTIAL_TOKENS),
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: {
    summary:
      'Revoke the token where it was issued (or sign the user out everywhere), issue a new one, and keep tokens out of source and logs.',
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `export AUTH_TOKEN=${key(ALNUM, 40)}`,
      `  access_token: "${key(BASE64, 48)}"`,
      `"token": "${key(HEX, 40)}",`,
      `let refreshToken = '${key(ALNUM, 64)}';`,
      `bot.token=${key(ALNUM, 36)}`,
      `[api]\ntoken = ${key(ALNUM, 32)}`,
      `  "auth": "${key(BASE64, 36)}"`,
      `https://api.internal.test/v1/export?format=csv&access_token=${key(ALNUM, 40)}`,
      `DEPLOY_TOKEN ?= "${key(ALNUM, 32)}"`,
      `API_TOKEN ::= ${key(ALNUM, 32)}`,
      `$authToken .= '${key(ALNUM, 32)}';`,
      `const GitHubAPIToken = "${key(ALNUM, 40)}";`,
    ],
    falsePositives: [
      '  if( nToken>FTS5_MAX_TOKEN_SIZE ) nToken = FTS5_MAX_TOKEN_SIZE;',
      'token_type = "Bearer"',
      'max_tokens = 4096',
      'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
      'csrf_token = "Ab12Cd34Ef56Gh78"',
      'nextPageToken: "Ab12Cd34Ef56Gh78"',
      'token = strtok(line, " ");',
      'auth_method: oauth2',
      'auth: true',
      'token: ghp_tooShort123',
      'token_url = "https://oauth2.googleapis.com/token"',
      'const token = localStorage.getItem("token");',
      'token = jwt.encode(payload, key, algorithm="HS256")',
      'AUTH_TOKEN=${{ secrets.AUTH_TOKEN }}',
      'pad_token: "[PAD]"',
      'token = Token(TokenType.IDENTIFIER, lexeme)',
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'access_token: "{{ access_token }}"',
      'auth = HTTPBasicAuth(username, password)',
      'oauth: enabled',
      'const graphqlWithAuth = graphql.defaults({',
      'exports.createScalarToken = cstScalar.createScalarToken;',
      'lastSignificantToken = "?InterpolationInJSX";',
    ],
  },
};

export const genericPrivateKeyValue: SecretRule = {
  id: 'generic-private-key-value',
  title: 'Raw private, signing or encryption key value',
  provider: 'Generic',
  severity: 'high',
  keywords: ['private', 'priv', 'signing', 'encryption', 'master'],
  ...assignment(PRIVATE_KEY, 32),
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: {
    summary:
      'Treat the key as compromised: generate a new key, re-encrypt or re-sign what depended on it, and move funds or access away from anything it controls.',
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `PRIVATE_KEY=${key(BASE64, 44)}`,
      `  encryption_key: "${key(BASE64, 44)}"`,
      `RAILS_MASTER_KEY=${key(HEX, 32)}`,
      `"signingKey": "${key(ALNUM, 43)}"`,
    ],
    falsePositives: [
      'private_key_path = "~/.ssh/id_rsa"',
      'PRIVATE_KEY_FILE=/etc/ssl/private/server.key',
      'signing_key = settings.SIGNING_KEY',
      'private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)',
      '"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",',
      'master_key: ${MASTER_KEY}',
      'PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
    ],
  },
};

const CROSS_FAMILY_KEYWORDS = ['pass', 'pw', 'secret', 'token', 'key'];
/** Any credential name, after `before` (`<`, `("`), ending where the rule is anchored. */
const anyNameEndingHere = (before: string) =>
  nameEndingHere(ANY_CREDENTIAL, NOT_SECRET_KEYS, '[Kk]ey|KEY', before, {
    words: NOT_CREDENTIAL_TOKENS,
    guarded: '[Tt]oken|TOKEN',
  });

const KEYED_CALL_TAIL = String.raw`['"][ \t]*,[ \t]*['"\x60]`;

export const genericKeyedCall: SecretRule = {
  id: 'generic-keyed-call',
  title: 'Credential passed by name to a call (define, setenv, put)',
  provider: 'Generic',
  severity: 'high',
  keywords: CROSS_FAMILY_KEYWORDS,
  // The name is a call's first argument: a list of strings ('a_key', 'b') is not a pair.
  pattern: new RegExp(
    `${anyNameEndingHere(String.raw`\([ \t]*['"]`)}${KEYED_CALL_TAIL}(?<secret>${VALUE}{8,256})`,
  ),
  anchor: 'word-end',
  firstChars: `'"`,
  gate: tailGate(KEYED_CALL_TAIL, 8),
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `define('DB_PASSWORD', '${password()}');`,
      `props.setProperty("mail.smtp.password", "${password()}");`,
      `api_key = os.getenv("WEATHER_API_KEY", "${key(HEX, 32)}")`,
      `headers.put("X-Auth-Token", "${key(ALNUM, 40)}");`,
    ],
    falsePositives: [
      "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
      'os.getenv("SECRET_KEY", "")',
      'translate("password", "Mot de passe")',
      'form.addField("password", "Password", true)',
      'assertEquals("token", "token");',
      "define('AUTH_KEY', 'put your unique phrase here');",
      "    'gss_krb5_lucid_key', 'gss_krb5_rfc1964_keydata', 'gss_name_t_desc_struct',",
    ],
  },
};

const XML_ELEMENT_TAIL = String.raw`>[ \t]*(?:\r?\n[ \t]*)?`;
const XML_ATTRIBUTE_TAIL = String.raw`['"][ \t]+value=['"]`;

export const genericXmlCredential: SecretRule = {
  id: 'generic-xml-credential',
  title: 'Credential in an XML element or key/value attribute',
  provider: 'Generic',
  severity: 'high',
  keywords: CROSS_FAMILY_KEYWORDS,
  pattern: new RegExp(
    `(?:${anyNameEndingHere('<')}${XML_ELEMENT_TAIL}|${anyNameEndingHere(`(?:key|name)=['"]`)}${XML_ATTRIBUTE_TAIL})(?<secret>${VALUE}{8,256})`,
  ),
  anchor: 'word-end',
  firstChars: `>'"`,
  gate: tailGate(`${XML_ELEMENT_TAIL}|${XML_ATTRIBUTE_TAIL}`, 8),
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `<password>${password()}</password>`,
      `<authToken>\n    ${key(ALNUM, 32)}\n</authToken>`,
      `    <add key="ApiKey" value="${key(HEX, 32)}" />`,
      `<property name="jdbc.password" value="${password()}"/>`,
      `<authToken>${key(ALNUM, 32)}</authToken>`,
    ],
    falsePositives: [
      '<password>${env.DB_PASSWORD}</password>',
      '<add key="ApiKey" value="" />',
      '<input type="password" name="password" placeholder="Password">',
      '<password>{AQAAABAAAAAQexampleCipherText=}</password>',
      '<property name="password" value="${db.password}"/>',
      '<secretName>prod-db</secretName>',
      '<input type="hidden" name="authenticity_token" value="7SWa-Fq2bXk9vYpLmN3cR8tZ0hJ4uE6wA1sD5gK" />',
      '<passwordPolicy>strict</passwordPolicy>',
    ],
  },
};

const TYPED_TAIL = String.raw`(?:\??[ \t]*:[ \t]*(?:str|string|String|SecretStr|&(?:'static )?str)|[ \t]+string)[ \t]*=[ \t]*['"\x60]`;

export const genericTypedCredential: SecretRule = {
  id: 'generic-typed-credential',
  title: 'Credential in a typed string declaration',
  provider: 'Generic',
  severity: 'high',
  keywords: CROSS_FAMILY_KEYWORDS,
  pattern: new RegExp(`${anyNameEndingHere('')}${TYPED_TAIL}(?<secret>${VALUE}{8,256})`),
  anchor: 'word-end',
  firstChars: '? \t:',
  gate: tailGate(TYPED_TAIL, 8),
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `    api_key: str = "${key(ALNUM, 40)}"`,
      `var deployToken string = "${key(ALNUM, 32)}"`,
      `private val dbPassword: String = "${password()}"`,
      `const API_TOKEN: &str = "${key(ALNUM, 32)}";`,
      `  readonly clientSecret: string = '${key(ALNUM, 36)}';`,
    ],
    falsePositives: [
      '    api_key: str = ""',
      'password: str = Field(..., min_length=12)',
      'val password: String = BuildConfig.DB_PASSWORD',
      '  token: string = "<token>";',
    ],
  },
};

export const genericCliCredential: SecretRule = {
  id: 'generic-cli-credential',
  title: 'Credential passed as a command-line flag',
  provider: 'Generic',
  severity: 'high',
  keywords: ['--'],
  pattern: new RegExp(
    String.raw`(?<![\w-])--[a-z0-9-]{1,60}(?![\w-])(?<=-(?:password|passwd|pass|pwd|passphrase|token|api-key|apikey|access-key|secret|private-key))[ \t]+['"]?(?<secret>${VALUE}{8,256})`,
  ),
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `deploy --token ${key(ALNUM, 32)} --env production`,
      `mongodump --username backup --password '${password()}' --out /backups`,
      `az login --service-principal -u http://ci --client-secret ${key(ALNUM, 34)} --tenant corp`,
    ],
    falsePositives: [
      'docker login --username ci --password-stdin',
      'mysql --password $MYSQL_PASSWORD',
      '  --token string   API token used to authenticate',
      'vault login --token ${VAULT_TOKEN}',
      'helm install app ./chart --set password=<password>',
    ],
  },
};

export const netrcPassword: SecretRule = {
  id: 'netrc-password',
  title: 'Password on a line of its own after `password` (.netrc, .authinfo)',
  provider: 'Generic',
  severity: 'high',
  keywords: ['password'],
  // `.netrc` puts `password <value>` on a line of its own, or ends a one-line entry
  // `machine <host> login <user> password <value>` with it. Prose has `password` mid-line.
  pattern:
    /^[ \t]*(?:machine[ \t]+[^\s]{1,253}[ \t]+login[ \t]+[^\s]{1,128}[ \t]+)?password[ \t]+(?<secret>[^\s'"]{6,128})[ \t]*$/m,
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `machine api.internal.test\n  login deploy\n  password ${password()}`,
      `machine git.internal.test login ci password ${password()}`,
    ],
    falsePositives: [
      '  password    The password to connect with',
      'Enter the new password twice',
      '// the worker that reads the database password naïve.',
      'password changeme',
      'password ${NETRC_PASSWORD}',
      'password: hunter2hunter2',
    ],
  },
};

export const genericCliUserPassword: SecretRule = {
  id: 'generic-cli-user-password',
  title: 'Password in a -u / --user user:password flag (curl and the like)',
  provider: 'Generic',
  severity: 'high',
  keywords: ['-u ', '--user'],
  // `curl -u user:password`, `--user 'user:password'`. Other tools take `-u user:group`
  // (`docker run -u 1000:1000`, `--user node:node`); the password check rejects numbers, words
  // and references, which is what those are.
  pattern: /(?<=^|[ \t])(?:-u|--user=?)[ \t]*['"]?[^'"\s:]{0,64}:(?<secret>[^'"\s]{3,128})(?=['"]?(?:\s|$))/,
  anchor: 'keyword',
  firstChars: '-',
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: PASSWORD_REMEDIATION,
  examples: {
    truePositives: () => [
      `curl -u deploy:${password()} https://ci.internal.test/api/json`,
      `curl -sS --user 'svc-backup:${password()}' -X POST https://files.internal.test/upload`,
      `  --user "client-7:${key(ALNUM, 24)}" -d grant_type=client_credentials`,
    ],
    falsePositives: [
      'curl -u "$USER:$PASSWORD" https://ci.internal.test',
      'curl -u admin:admin http://localhost:8080',
      'docker run -u 1000:1000 node:20 npm test',
      'docker run --user node:node -v "$PWD:/app" node:20',
      'curl -u ${API_USER}:${API_TOKEN} https://api.internal.test',
    ],
  },
};

export const genericSqlPassword: SecretRule = {
  id: 'generic-sql-password',
  title: 'Password in a SQL user or role statement',
  provider: 'Generic',
  severity: 'high',
  keywords: ['password', 'identified'],
  pattern: new RegExp(
    String.raw`(?:(?<=(?<!\w)(?:WITH|with|LOGIN|login|ENCRYPTED|encrypted)[ \t]+)(?:PASSWORD|password)[ \t]+'|(?<!\w)(?:IDENTIFIED|identified)[ \t]+(?:BY|by)[ \t]+['"])(?<secret>${VALUE}{6,256})`,
  ),
  anchor: 'keyword',
  firstChars: 'PpIi',
  minEntropy: 2.5,
  validate: judge('password'),
  confidence: 'generic',
  remediation: {
    summary:
      'Change the database user password, and create users in migrations with a password taken from the deployment environment rather than the script.',
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `CREATE ROLE reporting WITH LOGIN PASSWORD '${password()}';`,
      `CREATE USER 'app'@'%' IDENTIFIED BY '${password()}';`,
      `ALTER USER billing IDENTIFIED BY "${memorablePassword()}";`,
    ],
    falsePositives: [
      "CREATE USER app WITH PASSWORD 'changeme';",
      "CREATE USER 'app'@'%' IDENTIFIED BY '${DB_PASSWORD}';",
      "ALTER USER root IDENTIFIED BY 'root';",
      "CREATE USER app IDENTIFIED BY PASSWORD '*94BDCEBE19083CE2A1F959FD02F964C7AF4CFC29';",
      'The account is identified by its email address.',
      ' * { {PBKDF2-params IDENTIFIED BY id-PBKDF2}, ... }',
    ],
  },
};

export const genericBearerToken: SecretRule = {
  id: 'generic-bearer-token',
  title: 'Bearer token in an Authorization header',
  provider: 'Generic',
  severity: 'high',
  keywords: ['bearer'],
  pattern: /(?<![\w-])(?:[Bb]earer|BEARER)[ \t]+(?<secret>[A-Za-z0-9\-._~+/]{16,1024}={0,2})/,
  anchor: 'keyword',
  firstChars: 'Bb',
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: {
    summary:
      'Revoke the token with its issuer (or end the session it belongs to) and remove it from scripts, docs and captured requests.',
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `curl -H "Authorization: Bearer ${key(ALNUM, 40)}" https://api.internal.test/v2/me`,
      `Authorization: Bearer ${key(`${ALNUM}-._`, 64)}`,
      `headers = {"Authorization": "Bearer ${key(HEX, 48)}"}`,
    ],
    falsePositives: [
      'Authorization: Bearer <token>',
      'curl -H "Authorization: Bearer $TOKEN" https://api.github.com/user',
      '-H "Authorization: Bearer ${ACCESS_TOKEN}"',
      'headers["Authorization"] = "Bearer " + token',
      'Authorization: Bearer YOUR_ACCESS_TOKEN',
      'The API uses Bearer authentication for every request.',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
  },
};

export const genericAuthorizationToken: SecretRule = {
  id: 'generic-authorization-token',
  title: 'Token in an Authorization header (Token or Api-Token scheme)',
  provider: 'Generic',
  severity: 'high',
  keywords: ['authorization'],
  // Django REST framework's `Authorization: Token <40 hex>` and the `Api-Token` scheme of
  // several APIs; Bearer and Basic have rules of their own.
  pattern:
    /(?<![\w-])[Aa]uthorization['"]?[ \t]*[:=][ \t]*['"]?(?:[Tt]oken|[Aa]pi-[Tt]oken)[ \t]+(?<secret>[A-Za-z0-9\-._~+/]{16,1024}={0,2})/,
  anchor: 'keyword',
  firstChars: 'Aa',
  minEntropy: 3,
  validate: judge('key'),
  confidence: 'generic',
  remediation: {
    summary:
      "Delete the token where it was issued (for Django REST framework, the user's token in the admin or `manage.py drf_create_token -r`), issue a new one, and keep it out of scripts and docs.",
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `curl -H "Authorization: Token ${key(HEX, 40)}" https://api.internal.test/v1/items/`,
      `headers = {"Authorization": "Token ${key(HEX, 40)}"}`,
      `  -H 'Authorization: Api-Token ${key(ALNUM, 32)}' \\`,
    ],
    falsePositives: [
      'Authorization: Token <token>',
      'curl -H "Authorization: Token $API_TOKEN" https://api.internal.test',
      "headers = {'Authorization': 'Token ' + token}",
      'Authorization: Token YOUR_API_TOKEN',
    ],
  },
};

/** `user:password` inside a Basic credential, judged by its password. */
function checkBasicCredential(secret: string): StructureVerdict {
  if (secret.length % 4 !== 0) return 'rejected';
  const decoded = Buffer.from(secret, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  if (!/^[\x20-\x7e]+$/.test(decoded) || colon < 1 || colon === decoded.length - 1) return 'rejected';
  const pass = decoded.slice(colon + 1);
  if (isPlaceholder(decoded.slice(0, colon))) return 'rejected';
  return genericValueVerdict(pass, 'password');
}

export const genericBasicAuthHeader: SecretRule = {
  id: 'generic-basic-auth-header',
  title: 'HTTP Basic credentials (base64 user:password)',
  provider: 'Generic',
  severity: 'high',
  keywords: ['basic'],
  pattern: /(?<![\w-])(?:[Bb]asic|BASIC)[ \t]+(?<secret>[A-Za-z0-9+/]{8,512}={0,2})/,
  minEntropy: 3,
  validate: checkBasicCredential,
  confidence: 'generic',
  remediation: {
    summary:
      'Basic credentials are only base64: change that password on the service, and send requests with a token or a credential read from a secret store.',
    url: SECRETS_MANAGEMENT_URL,
  },
  examples: {
    truePositives: () => [
      `Authorization: Basic ${Buffer.from(`deploy:${key(ALNUM, 20)}`).toString('base64')}`,
      `curl -H 'Authorization: Basic ${Buffer.from(`svc-reports:${password()}`).toString('base64')}' https://ci.internal.test`,
    ],
    falsePositives: [
      'Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=',
      'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'Use Basic authentication over HTTPS only.',
      'Authorization: Basic ${BASIC_AUTH}',
      'Authorization: Basic YWRtaW46YWRtaW4=',
      // RFC 6749's example client credentials.
      'Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    ],
  },
};
