import { createHash } from 'node:crypto';
import {
  ALNUM,
  ALNUM_LOWER,
  ALNUM_UPPER,
  BASE64,
  BASE64URL,
  DIGITS,
  HEX,
  HEX_UPPER,
  randomString,
  sample,
} from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { isSequentialFiller } from '../structure/sequential-filler.js';
import { UUID } from '../structure/uuid-pattern.js';

// Identity providers, social platforms and SaaS APIs that no other family covers.

/** `word` as a regex source matching it in any letter case, so that the value stays case-sensitive. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).replace(/\./g, '\\.');
}

/**
 * The offline check every rule here runs: hand-typed filler (`abc123def456…`, `1a2b3c4d…`) is
 * never a real credential, then the rule's own format check if it has one.
 */
function realistic(check?: (secret: string) => StructureVerdict): (secret: string) => StructureVerdict {
  return (secret) => (isSequentialFiller(secret) ? 'rejected' : (check?.(secret) ?? 'plausible'));
}

interface AssignedOptions {
  /** Words one of which must follow the provider name in the key: `secret` for `SPOTIFY_CLIENT_SECRET`. */
  qualifiers?: readonly string[];
  /** Lookahead closing the value; by default no base64url character may follow. */
  end?: string;
  /** Other regex sources that may directly precede the value instead (a header, a URL path). */
  orAfter?: readonly string[];
}

/** Quotes and an assignment operator between a key name and its value: `=`, `:`, `:=`, `=>`, `,`. */
const ASSIGNMENT = `['"]?\\s{0,4}(?:=>|:=|[:=,])\\s{0,4}['"\`]?`;

/**
 * A secret with no prefix of its own, recognised by the key it is assigned to on the same line:
 * `<provider>…<qualifier>… = "<value>"` in env files, YAML, JSON, code or CLI flags. Names match in
 * any case and must start a word (`MY_OKTA_TOKEN`, `oktaToken`, not `myOktaToken`): besides
 * precision, that keeps a run of repeated names from restarting the bounded gaps at every letter.
 */
function assigned(names: readonly string[], value: string, options: AssignedOptions = {}): RegExp {
  const name = names.map(anyCase).join('|');
  const gap = options.qualifiers
    ? `[\\w.-]{0,18}?(?:${options.qualifiers.map(anyCase).join('|')})[\\w.-]{0,8}?`
    : '[\\w.-]{0,20}?';
  const lead = [`(?<![A-Za-z0-9])(?:${name})${gap}${ASSIGNMENT}`, ...(options.orAfter ?? [])].join('|');
  return new RegExp(`(?:${lead})(?<secret>${value})${options.end ?? '(?![A-Za-z0-9_-])'}`);
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function uuidV4(): string {
  return `${randomString(HEX, 8)}-${randomString(HEX, 4)}-4${randomString(HEX, 3)}-${randomString('89ab', 1)}${randomString(HEX, 3)}-${randomString(HEX, 12)}`;
}

// ---------------------------------------------------------------------------------------------
// Identity and access management

export const oktaApiToken: SecretRule = {
  id: 'okta-api-token',
  title: 'Okta API token',
  provider: 'Okta',
  severity: 'critical',
  keywords: ['okta', 'ssws'],
  // SSWS is Okta's own authorization scheme, so it is context enough on its own.
  pattern: assigned(['okta'], '00[A-Za-z0-9_-]{40}', { orAfter: [`${anyCase('ssws')}\\s{1,4}`] }),
  minEntropy: 3.3,
  validate: realistic(),
  remediation: {
    summary:
      'Revoke the token in the Okta Admin Console (Security → API → Tokens); it carries the permissions of the admin who created it, so review the System Log for its use and issue a new one from a least-privileged service account.',
    url: 'https://help.okta.com/en-us/Content/Topics/security/api.htm',
  },
  examples: {
    truePositives: () => [
      `OKTA_API_TOKEN=${sample('00', BASE64URL, 40)}`,
      `  -H "Authorization: SSWS ${sample('00', ALNUM, 40)}" \\`,
      `  okta_api_token: "${sample('00', BASE64URL, 40)}"`,
    ],
    falsePositives: [
      'OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Authorization: SSWS ${OKTA_API_TOKEN}',
      'okta_token: 00abc123',
      'OKTA_ORG_URL=https://dev-123456.okta.com',
    ],
  },
};

export const auth0ClientSecret: SecretRule = {
  id: 'auth0-client-secret',
  title: 'Auth0 application client secret',
  provider: 'Auth0',
  severity: 'high',
  keywords: ['auth0'],
  pattern: assigned(['auth0'], '[A-Za-z0-9_-]{64}', { qualifiers: ['secret'] }),
  minEntropy: 4,
  validate: realistic(),
  remediation: {
    summary:
      "Rotate the secret in the Auth0 Dashboard (Applications → the application → Settings → Danger Zone → Rotate) or with the Management API's rotate-secret endpoint, then update every service that uses it.",
    url: 'https://auth0.com/docs/get-started/applications/rotate-client-secret',
  },
  examples: {
    truePositives: () => [
      `AUTH0_CLIENT_SECRET=${randomString(BASE64URL, 64)}`,
      `  auth0ClientSecret: '${randomString(ALNUM, 64)}',`,
    ],
    falsePositives: [
      "AUTH0_CLIENT_SECRET='abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890'",
      'AUTH0_CLIENT_SECRET=<your-auth0-client-secret>',
      'AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}',
      'AUTH0_DOMAIN=dev-abc123.us.auth0.com',
    ],
  },
};

export const keycloakClientSecret: SecretRule = {
  id: 'keycloak-client-secret',
  title: 'Keycloak confidential client secret',
  provider: 'Keycloak',
  severity: 'high',
  keywords: ['keycloak'],
  // Current Keycloak releases generate 32 alphanumerics; older ones used a UUID.
  pattern: assigned(['keycloak'], `[A-Za-z0-9]{32}|${UUID}`, { qualifiers: ['secret'] }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      "In the Keycloak admin console open Clients → the client → Credentials and choose Regenerate, update the application's configuration, and review the realm's events for token requests made with the old secret.",
    url: 'https://www.keycloak.org/docs/latest/server_admin/index.html',
  },
  examples: {
    truePositives: () => [
      `KEYCLOAK_CLIENT_SECRET=${randomString(ALNUM, 32)}`,
      `keycloak.credentials.secret: ${uuidV4()}`,
    ],
    falsePositives: [
      'KEYCLOAK_CLIENT_SECRET=**********',
      'keycloak_client_secret: ${KEYCLOAK_SECRET}',
      'KEYCLOAK_REALM=master',
    ],
  },
};

export const stytchLiveSecret: SecretRule = {
  id: 'stytch-live-secret',
  title: 'Stytch live project secret',
  provider: 'Stytch',
  severity: 'high',
  keywords: ['secret-live-'],
  // 26 random bytes in base64url: 35 characters and one `=` of padding.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-live-[A-Za-z0-9_-]{35}=)(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      "Create a new secret on the live project's API keys page in the Stytch Dashboard, deploy it, then delete the leaked secret there and review the project's sessions.",
  },
  examples: {
    truePositives: () => [
      `STYTCH_SECRET=${sample('secret-live-', BASE64URL, 35)}=`,
      `  secret: "${sample('secret-live-', ALNUM, 35)}=",`,
    ],
    falsePositives: [
      'STYTCH_SECRET=secret-live-...',
      'STYTCH_PROJECT_ID=project-live-00000000-0000-0000-0000-000000000000',
    ],
  },
};

export const stytchTestSecret: SecretRule = {
  id: 'stytch-test-secret',
  title: 'Stytch test project secret',
  provider: 'Stytch',
  severity: 'medium',
  keywords: ['secret-test-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-test-[A-Za-z0-9_-]{35}=)(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      "Test secrets only reach test users, but rotate it anyway: create a new secret on the test project's API keys page in the Stytch Dashboard and delete the leaked one.",
  },
  examples: {
    truePositives: () => [
      `STYTCH_SECRET=${sample('secret-test-', BASE64URL, 35)}=`,
      `stytch.Client(project_id=pid, secret="${sample('secret-test-', ALNUM, 35)}=")`,
    ],
    falsePositives: ['secret: secret-test-token', 'STYTCH_SECRET=secret-test-<your-secret>'],
  },
};

export const duoSecretKey: SecretRule = {
  id: 'duo-secret-key',
  title: 'Duo Security application secret key (skey)',
  provider: 'Duo Security',
  severity: 'high',
  keywords: ['duo'],
  pattern: assigned(['duo'], '[A-Za-z0-9]{40}', { qualifiers: ['skey', 'secret'] }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'In the Duo Admin Panel open the application and reset its secret key, update the integration that uses it, and review the authentication and administrator logs for its use.',
    url: 'https://duo.com/docs/adminapi',
  },
  examples: {
    truePositives: () => [
      `DUO_SKEY=${randomString(ALNUM, 40)}`,
      `  "duo_secret_key": "${randomString(ALNUM, 40)}",`,
    ],
    falsePositives: [
      'DUO_SKEY=<your-secret-key>',
      'DUO_IKEY=DIXXXXXXXXXXXXXXXXXX',
      'duo_secret_key = ${DUO_SKEY}',
    ],
  },
};

export const jumpcloudApiKey: SecretRule = {
  id: 'jumpcloud-api-key',
  title: 'JumpCloud API key',
  provider: 'JumpCloud',
  severity: 'critical',
  keywords: ['jumpcloud'],
  pattern: assigned(['jumpcloud'], '[A-Za-z0-9]{40}', {
    qualifiers: ['key', 'token', 'secret'],
    orAfter: [`${anyCase('x-api-key')}['"]?\\s{0,4}:\\s{0,4}['"]?`],
  }),
  minEntropy: 3,
  validate: realistic(),
  remediation: {
    summary:
      "An admin API key acts with that administrator's full rights over the directory: generate a new key in the JumpCloud Admin Portal (your name → My API Key), which revokes the old one, and review the Directory Insights logs.",
  },
  examples: {
    truePositives: () => [
      `JUMPCLOUD_API_KEY=${randomString(HEX, 40)}`,
      `curl -H "x-api-key: ${randomString(ALNUM, 40)}" https://console.jumpcloud.com/api/systemusers`,
    ],
    falsePositives: [
      'JUMPCLOUD_API_KEY=<jumpcloud-api-key>',
      'x-api-key: $JUMPCLOUD_API_KEY https://console.jumpcloud.com',
    ],
  },
};

export const authressServiceClientKey: SecretRule = {
  id: 'authress-service-client-key',
  title: 'Authress service client access key',
  provider: 'Authress',
  severity: 'high',
  keywords: ['.acc_', '.acc-'],
  // <client id>.<key id>.<account id>.<private key>, as Authress documents its access keys.
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\.[A-Za-z0-9]{4,6}\.acc[_-][A-Za-z0-9-]{10,32}\.[A-Za-z0-9+/_=-]{30,120})(?![A-Za-z0-9+/_=-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the access key from the service client in the Authress management portal (Service clients → the client → access keys), create a replacement, and check the audit log for calls made with it.',
  },
  examples: {
    truePositives: () => [
      `AUTHRESS_KEY=${sample('sc_', ALNUM_LOWER, 12)}.${randomString(ALNUM_LOWER, 5)}.acc_${randomString(ALNUM_LOWER, 12)}.${randomString(BASE64, 64)}`,
      `const accessKey = '${sample('sc_', ALNUM, 20)}.${randomString(ALNUM, 4)}.acc-${randomString(ALNUM_LOWER, 16)}.${randomString(BASE64URL, 90)}';`,
    ],
    falsePositives: [
      'AUTHRESS_KEY=sc_xxx.xxx.acc_xxx.xxx',
      'accessKey: sc_client.abcd.acc_account.<private-key>',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Social platforms

export const facebookAccessToken: SecretRule = {
  id: 'facebook-access-token',
  title: 'Facebook (Meta) Graph API access token',
  provider: 'Facebook',
  severity: 'high',
  keywords: ['eaa'],
  // User, page and system-user tokens all start EAA and run to well over a hundred base62 characters.
  pattern: /(?<![A-Za-z0-9+/])(?<secret>EAA[A-Za-z0-9]{90,400})(?![A-Za-z0-9+/])/,
  minEntropy: 4.5,
  validate: realistic(),
  remediation: {
    summary:
      "Invalidate the token: remove the app's access in the account's Business Integrations / Apps settings or reset the app secret (which invalidates its tokens), then check the app's activity and issue a new token with only the permissions needed.",
    url: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
  },
  examples: {
    truePositives: () => [
      `FACEBOOK_ACCESS_TOKEN=${sample('EAAC', ALNUM, 150)}`,
      `fetch("https://graph.facebook.com/v19.0/me/accounts?access_token=${sample('EAAG', ALNUM, 190)}&fields=id")`,
      `  page_token: "${sample('EAAM', ALNUM, 240)}"`,
    ],
    falsePositives: [
      'eaaaC0b75a9329fded2ffa9a02b47e0117831b82',
      'FACEBOOK_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Tokens from the Graph API Explorer start with EAACEdEose0cBA.',
    ],
  },
};

export const facebookAppSecret: SecretRule = {
  id: 'facebook-app-secret',
  title: 'Facebook (Meta) app secret',
  provider: 'Facebook',
  severity: 'high',
  keywords: ['facebook', 'instagram', 'fb'],
  pattern: assigned(['facebook', 'instagram', 'fb'], '[a-f0-9]{32}', { qualifiers: ['secret'] }),
  // The match starts at the name, and `fb` is in many words: try it only where the name starts.
  anchor: 'keyword',
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      "Reset the app secret in the Meta App Dashboard (App settings → Basic → App secret → Reset); this also invalidates app access tokens made from it. Enable 'Require app secret' for server calls and review the app's API usage.",
    url: 'https://developers.facebook.com/docs/facebook-login/security',
  },
  examples: {
    truePositives: () => [
      `FACEBOOK_APP_SECRET=${randomString(HEX, 32)}`,
      `  fbAppSecret: '${randomString(HEX, 32)}',`,
      `INSTAGRAM_APP_SECRET="${randomString(HEX, 32)}"`,
    ],
    falsePositives: [
      'FACEBOOK_APP_SECRET=abc123...',
      'FACEBOOK_APP_SECRET=${FB_SECRET}',
      'FACEBOOK_APP_ID=123456789012345',
    ],
  },
};

export const facebookAppAccessToken: SecretRule = {
  id: 'facebook-app-access-token',
  title: 'Facebook (Meta) app access token (app id | app secret)',
  provider: 'Facebook',
  severity: 'high',
  // The app id's last digit and the separator: a bare `|` is in most lines of shell and code.
  keywords: [...'0123456789'].flatMap((digit) => [`${digit}|`, `${digit}%7c`]),
  // An app access token is the app id and its secret joined by `|` (URL-encoded `%7C` in query strings).
  pattern: /(?<![0-9A-Za-z])(?<secret>[0-9]{15,16}(?:\||%7[Cc])[0-9a-f]{32})(?![A-Za-z0-9])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: {
    summary:
      'The token embeds the app secret: reset it in the Meta App Dashboard (App settings → Basic → App secret → Reset) and replace every app token built from it.',
    url: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens',
  },
  examples: {
    truePositives: () => [
      `FB_APP_TOKEN=${randomString(DIGITS, 15)}|${randomString(HEX, 32)}`,
      `curl "https://graph.facebook.com/debug_token?input_token=$T&access_token=${randomString(DIGITS, 16)}%7C${randomString(HEX, 32)}"`,
    ],
    falsePositives: ['access_token={app-id}|{app-secret}', '| 123456789012345 | abcdef |'],
  },
};

export const instagramAccessToken: SecretRule = {
  id: 'instagram-access-token',
  title: 'Instagram API user access token',
  provider: 'Instagram',
  severity: 'high',
  keywords: ['igqv', 'igaa'],
  // IGQV… from the Basic Display API, IGAA… from the API with Instagram Login.
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>IG(?:QV|AA)[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_+/=-])/,
  minEntropy: 4.5,
  validate: realistic(),
  remediation: {
    summary:
      "Remove the app's access from the Instagram account (Settings → Apps and websites) or reset the Meta app secret to invalidate its tokens, then issue a new long-lived token and check the account for unexpected posts.",
    url: 'https://developers.facebook.com/docs/instagram-platform',
  },
  examples: {
    truePositives: () => [
      `INSTAGRAM_ACCESS_TOKEN=${sample('IGQVJ', BASE64URL, 180)}`,
      `const token = "${sample('IGAA', ALNUM, 176)}ZDZD";`,
    ],
    falsePositives: [
      'INSTAGRAM_ACCESS_TOKEN=IGQVJ...',
      'INSTAGRAM_ACCESS_TOKEN=IGAAoldDefault',
      'token: IGQVxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

/** An app-only bearer token: 21 `A`s, then URL-encoded base64 around `%2B`/`%3D` escapes. */
function twitterBearerToken(): string {
  return `${'A'.repeat(21)}${randomString(ALNUM, 10)}AAAAAAA${randomString(ALNUM, 8)}%2B${randomString(ALNUM, 18)}%3D${randomString(ALNUM, 50)}`;
}

export const twitterBearerTokenRule: SecretRule = {
  id: 'twitter-bearer-token',
  title: 'X (Twitter) app-only bearer token',
  provider: 'Twitter',
  severity: 'high',
  keywords: ['aaaaaaaaaaaaaaaaaaaa'],
  pattern: /(?<![A-Za-z0-9%])(?<secret>A{20}[A-Za-z0-9%]{80,120})(?![A-Za-z0-9%])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Regenerate the bearer token in the X developer portal (Projects & Apps → the app → Keys and tokens), or invalidate it with POST oauth2/invalidate_token, and update the services using it.',
    url: 'https://developer.x.com/en/docs/authentication/guides/authentication-best-practices',
  },
  examples: {
    truePositives: () => [
      `TWITTER_BEARER_TOKEN=${twitterBearerToken()}`,
      `headers = {"Authorization": "Bearer ${twitterBearerToken()}"}`,
    ],
    falsePositives: [
      'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAA...',
      'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC user@host',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ],
  },
};

const TWITTER_REMEDIATION = {
  summary:
    "Regenerate the leaked pair on the app's Keys and tokens page in the X developer portal (API key and secret, or access token and secret); the old values stop working, so update every client that uses them.",
  url: 'https://developer.x.com/en/docs/authentication/guides/authentication-best-practices',
};

export const twitterApiKey: SecretRule = {
  id: 'twitter-api-key',
  title: 'X (Twitter) API key (consumer key)',
  provider: 'Twitter',
  severity: 'medium',
  keywords: ['twitter'],
  pattern: assigned(['twitter'], '[A-Za-z0-9]{25}', { qualifiers: ['key', 'consumer'] }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: TWITTER_REMEDIATION,
  examples: {
    truePositives: () => [
      `TWITTER_API_KEY=${randomString(ALNUM, 25)}`,
      `twitter_consumer_key: "${randomString(ALNUM, 25)}"`,
    ],
    falsePositives: ['TWITTER_API_KEY=your_twitter_api_key', 'TWITTER_CONSUMER_KEY=${TWITTER_KEY}'],
  },
};

export const twitterApiSecret: SecretRule = {
  id: 'twitter-api-secret',
  title: 'X (Twitter) API key secret (consumer secret)',
  provider: 'Twitter',
  severity: 'high',
  keywords: ['twitter'],
  pattern: assigned(['twitter'], '[A-Za-z0-9]{50}', { qualifiers: ['secret'] }),
  minEntropy: 4,
  validate: realistic(),
  remediation: TWITTER_REMEDIATION,
  examples: {
    truePositives: () => [
      `TWITTER_API_SECRET=${randomString(ALNUM, 50)}`,
      `  "twitterConsumerSecret": "${randomString(ALNUM, 50)}",`,
    ],
    falsePositives: ['TWITTER_API_SECRET=<api-key-secret>', 'twitter_consumer_secret: ""'],
  },
};

export const twitterAccessToken: SecretRule = {
  id: 'twitter-access-token',
  title: 'X (Twitter) OAuth 1.0a user access token',
  provider: 'Twitter',
  severity: 'high',
  keywords: ['twitter'],
  // <numeric user id>-<random part>
  pattern: assigned(['twitter'], '[0-9]{5,20}-[A-Za-z0-9]{20,45}', { qualifiers: ['token'] }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: TWITTER_REMEDIATION,
  examples: {
    truePositives: () => [
      `TWITTER_ACCESS_TOKEN=${randomString(DIGITS, 19)}-${randomString(ALNUM, 31)}`,
      `twitter_access_token: '${randomString(DIGITS, 10)}-${randomString(ALNUM, 40)}'`,
    ],
    falsePositives: [
      'TWITTER_ACCESS_TOKEN=1234567890-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWITTER_ACCESS_TOKEN=${TOKEN}',
    ],
  },
};

export const twitterAccessTokenSecret: SecretRule = {
  id: 'twitter-access-token-secret',
  title: 'X (Twitter) OAuth 1.0a access token secret',
  provider: 'Twitter',
  severity: 'high',
  keywords: ['twitter'],
  pattern: assigned(['twitter'], '[A-Za-z0-9]{45}', { qualifiers: ['secret'] }),
  minEntropy: 4,
  validate: realistic(),
  remediation: TWITTER_REMEDIATION,
  examples: {
    truePositives: () => [
      `TWITTER_ACCESS_TOKEN_SECRET=${randomString(ALNUM, 45)}`,
      `twitter_access_secret = "${randomString(ALNUM, 45)}"`,
    ],
    falsePositives: ['TWITTER_ACCESS_TOKEN_SECRET=<access-token-secret>', 'twitter_access_secret: changeme'],
  },
};

const LINKEDIN_REMEDIATION = {
  summary:
    "Generate a new client secret on the app's Auth tab in the LinkedIn Developer Portal, deploy it, then delete the leaked secret there; member tokens issued to the app stay valid, so revoke them if the app was abused.",
  url: 'https://www.linkedin.com/developers/apps',
};

export const linkedinClientSecret: SecretRule = {
  id: 'linkedin-client-secret',
  title: 'LinkedIn app client secret',
  provider: 'LinkedIn',
  severity: 'high',
  keywords: ['wpl_ap'],
  // Current secrets: WPL_AP<version>.<16 base62>.<base64 of 4 bytes>
  pattern: /(?<![A-Za-z0-9_])(?<secret>WPL_AP[0-9]\.[A-Za-z0-9]{16}\.[A-Za-z0-9+/]{6}==)(?![A-Za-z0-9+/=])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: LINKEDIN_REMEDIATION,
  examples: {
    truePositives: () => [
      `LINKEDIN_CLIENT_SECRET=${sample('WPL_AP1.', ALNUM, 16)}.${randomString(BASE64, 6)}==`,
      `  clientSecret: '${sample('WPL_AP1.', ALNUM, 16)}.${randomString(ALNUM, 6)}==',`,
    ],
    falsePositives: ['placeholder="e.g. WPL_AP1.xxxxxxxx..."', 'LINKEDIN_CLIENT_SECRET=WPL_AP1...'],
  },
};

export const linkedinLegacyClientSecret: SecretRule = {
  id: 'linkedin-legacy-client-secret',
  title: 'LinkedIn app client secret (legacy 16-character format)',
  provider: 'LinkedIn',
  severity: 'high',
  keywords: ['linkedin'],
  pattern: assigned(['linkedin'], '[A-Za-z0-9]{16}', { qualifiers: ['secret'] }),
  minEntropy: 2.5,
  validate: realistic(),
  remediation: LINKEDIN_REMEDIATION,
  examples: {
    truePositives: () => [
      `LINKEDIN_SECRET = "${randomString(ALNUM, 16)}"`,
      `SOCIAL_AUTH_LINKEDIN_OAUTH2_SECRET=${randomString(ALNUM, 16)}`,
    ],
    falsePositives: ['LINKEDIN_CLIENT_SECRET=your-secret-here', 'LINKEDIN_CLIENT_ID=77yg7tx91p4lag'],
  },
};

export const twitchToken: SecretRule = {
  id: 'twitch-token',
  title: 'Twitch client secret or OAuth token',
  provider: 'Twitch',
  severity: 'high',
  keywords: ['twitch'],
  // Client secrets and access tokens share one shape; chat bots write tokens as `oauth:<token>`.
  pattern: assigned(['twitch'], '[a-z0-9]{30}', {
    qualifiers: ['secret', 'token', 'oauth', 'pass'],
    orAfter: ['oauth:'],
  }),
  minEntropy: 3.3,
  validate: realistic(),
  remediation: {
    summary:
      'Revoke the token (POST https://id.twitch.tv/oauth2/revoke) or generate a new client secret in the Twitch developer console (Applications → Manage → New Secret), and check the channel for actions you did not take.',
    url: 'https://dev.twitch.tv/docs/authentication/revoke-tokens/',
  },
  examples: {
    truePositives: () => [
      `TWITCH_CLIENT_SECRET=${randomString(ALNUM_LOWER, 30)}`,
      `twitch_oauth_token: "oauth:${randomString(ALNUM_LOWER, 30)}"`,
      `PASS oauth:${randomString(ALNUM_LOWER, 30)} # irc.chat.twitch.tv`,
    ],
    falsePositives: [
      'twitch_oauth: abc123def456ghi789jkl012mno345',
      'TWITCH_CLIENT_SECRET=<your-client-secret>',
      'TWITCH_CLIENT_ID=gp762nuuoqcoxypju8c569th9wz7q5',
      'twitch_token: oauth:${TWITCH_TOKEN}',
    ],
  },
};

export const spotifyClientSecret: SecretRule = {
  id: 'spotify-client-secret',
  title: 'Spotify client secret',
  provider: 'Spotify',
  severity: 'medium',
  keywords: ['spotify'],
  pattern: assigned(['spotify'], '[a-f0-9]{32}', { qualifiers: ['secret'] }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      'Rotate the client secret in the Spotify Developer Dashboard (the app → Settings → View client secret → Rotate) and update the services that request tokens with it.',
    url: 'https://developer.spotify.com/documentation/web-api/concepts/apps',
  },
  examples: {
    truePositives: () => [
      `SPOTIFY_CLIENT_SECRET=${randomString(HEX, 32)}`,
      `spotify = Spotify(client_id=cid, spotify_secret='${randomString(HEX, 32)}')`,
    ],
    falsePositives: ['SPOTIFY_CLIENT_SECRET=<client-secret>', 'SPOTIFY_CLIENT_ID=${SPOTIFY_ID}'],
  },
};

export const pinterestAccessToken: SecretRule = {
  id: 'pinterest-access-token',
  title: 'Pinterest API v5 access token',
  provider: 'Pinterest',
  severity: 'high',
  keywords: ['pina_'],
  // 96 base32 characters after the prefix.
  pattern: /(?<![A-Za-z0-9_])(?<secret>pina_[A-Z2-7]{96})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      "Revoke the app's access in the Pinterest account's security settings (connected apps) or reset the app secret in the Pinterest developer portal, then authorise again and check the account for pins you did not create.",
  },
  examples: {
    truePositives: () => [
      `PINTEREST_ACCESS_TOKEN=${sample('pina_AMA', BASE32, 93)}`,
      `const token = '${sample('pina_', BASE32, 96)}';`,
    ],
    falsePositives: [
      '"access_token": "{an access token string prefixed with \'pina\'}"',
      'PINTEREST_ACCESS_TOKEN=pina_...',
    ],
  },
};

const YANDEX_CLOUD_REMEDIATION = {
  summary:
    'Delete the leaked key from the service account in the Yandex Cloud console (IAM → service accounts → the account → keys), create a new one, and review Audit Trails for its use.',
};

export const yandexOauthToken: SecretRule = {
  id: 'yandex-oauth-token',
  title: 'Yandex OAuth token',
  provider: 'Yandex',
  severity: 'high',
  keywords: ['y0_', 'y1_', 'y2_', 'y3_'],
  // The body is base64url of a versioned binary token, so it always begins `Ag`.
  pattern: /(?<![A-Za-z0-9_])(?<secret>y[0-3]_Ag[A-Za-z0-9_-]{51,58})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      "Revoke the token: sign out on all devices in Yandex ID (which invalidates the account's OAuth tokens) or withdraw the app's access, then request a new token.",
  },
  examples: {
    truePositives: () => [
      `YANDEX_OAUTH_TOKEN=${sample('y0_AgAAAAA', BASE64URL, 47)}`,
      `headers = {"Authorization": "OAuth ${sample('y0_Ag', BASE64URL, 53)}"}`,
    ],
    falsePositives: ['"OAuth y0_AgAAAAAexampleexampleexample1234"', 'YANDEX_OAUTH_TOKEN=y0_...'],
  },
};

export const yandexCloudApiKey: SecretRule = {
  id: 'yandex-cloud-api-key',
  title: 'Yandex Cloud service account API key',
  provider: 'Yandex',
  severity: 'high',
  keywords: ['aqvn'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: YANDEX_CLOUD_REMEDIATION,
  examples: {
    truePositives: () => [
      `YC_API_KEY=${sample('AQVN', BASE64URL, 36)}`,
      `headers = {"Authorization": "Api-Key ${sample('AQVN', ALNUM, 38)}"}`,
    ],
    falsePositives: ['YC_API_KEY=AQVN...', 'Authorization: Api-Key <api-key>'],
  },
};

export const yandexCloudIamToken: SecretRule = {
  id: 'yandex-cloud-iam-token',
  title: 'Yandex Cloud IAM token',
  provider: 'Yandex',
  severity: 'medium',
  keywords: ['t1.9euel'],
  // t1.<base64url header, always starting 9euel>.<86-character signature>; valid for 12 hours at most.
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>t1\.9euel[A-Za-z0-9_-]{40,400}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  validate: realistic(),
  remediation: {
    summary:
      'IAM tokens expire within 12 hours, but revoke it now (yc iam revoke-token or the IAM API revoke call) and rotate the credential it was issued from if that leaked too.',
    url: 'https://yandex.cloud/en/docs/iam/operations/iam-token/revoke-iam-token',
  },
  examples: {
    truePositives: () => [
      `IAM_TOKEN=${sample('t1.9euelZ', BASE64URL, 150)}.${randomString(BASE64URL, 86)}`,
      `  "Authorization": "Bearer ${sample('t1.9euelZ', BASE64URL, 88)}.${randomString(BASE64URL, 86)}",`,
    ],
    falsePositives: ['IAM_TOKEN=t1.9euelZ...', 'token: t1.short.value'],
  },
};

export const yandexCloudStaticKeySecret: SecretRule = {
  id: 'yandex-cloud-static-key-secret',
  title: 'Yandex Cloud static access key secret',
  provider: 'Yandex',
  severity: 'high',
  keywords: ['yandex'],
  pattern: assigned(['yandex'], 'YC[A-Za-z0-9_-]{38}', { qualifiers: ['secret', 'key'] }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: YANDEX_CLOUD_REMEDIATION,
  examples: {
    truePositives: () => [
      `YANDEX_SECRET_ACCESS_KEY=${sample('YC', BASE64URL, 38)}`,
      `yandex_storage_secret_key: "${sample('YC', ALNUM, 38)}"`,
    ],
    falsePositives: [
      'YANDEX_ACCESS_KEY_ID=YCAJExxxxxxxxxxxxxxxxxxxx',
      'YANDEX_SECRET_ACCESS_KEY=<secret-key>',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// CAPTCHA services

/** Google's documented test secret, which always passes verification: public by design. */
const RECAPTCHA_TEST_SECRET = '6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe';

export const recaptchaSecretKey: SecretRule = {
  id: 'google-recaptcha-secret-key',
  title: 'Google reCAPTCHA secret key',
  provider: 'Google reCAPTCHA',
  severity: 'medium',
  keywords: ['captcha'],
  // The site key has the same shape and is public, so only a secret-named key or siteverify call counts.
  pattern: assigned(['recaptcha'], '6L[A-Za-z0-9_-]{38}', {
    qualifiers: ['secret', 'private'],
    orAfter: ['siteverify\\?secret='],
  }),
  minEntropy: 3.5,
  validate: realistic((secret) => (secret === RECAPTCHA_TEST_SECRET ? 'rejected' : 'plausible')),
  remediation: {
    summary:
      'Create a new key in the reCAPTCHA admin console, deploy its site key and secret together, then delete the old key; a leaked secret lets anyone verify tokens as your site.',
    url: 'https://www.google.com/recaptcha/admin',
  },
  examples: {
    truePositives: () => [
      `RECAPTCHA_SECRET_KEY=${sample('6Ld', BASE64URL, 37)}`,
      `  recaptchaPrivateKey: "${sample('6Lc', ALNUM, 37)}",`,
      `https://www.google.com/recaptcha/api/siteverify?secret=${sample('6Le', BASE64URL, 37)}&response=`,
    ],
    falsePositives: [
      `RECAPTCHA_SECRET_KEY=${RECAPTCHA_TEST_SECRET}`,
      'RECAPTCHA_SITE_KEY=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI',
      'RECAPTCHA_SECRET_KEY=6Lxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

const HCAPTCHA_REMEDIATION = {
  summary:
    'Generate a new secret in the hCaptcha dashboard (Settings → secret keys), deploy it, then delete the leaked one.',
  url: 'https://docs.hcaptcha.com/',
};

export const hcaptchaSecretKey: SecretRule = {
  id: 'hcaptcha-secret-key',
  title: 'hCaptcha secret key',
  provider: 'hCaptcha',
  severity: 'medium',
  keywords: ['es_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ES_[0-9a-f]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: HCAPTCHA_REMEDIATION,
  examples: {
    truePositives: () => [
      `HCAPTCHA_SECRET=${sample('ES_', HEX, 32)}`,
      `hcaptcha.verify(secret="${sample('ES_', HEX, 32)}", token=t)`,
    ],
    falsePositives: ['HCAPTCHA_SECRET=ES_your_hcaptcha_secret_here', 'HCAPTCHA_SECRET=ES_...'],
  },
};

export const hcaptchaLegacySecretKey: SecretRule = {
  id: 'hcaptcha-legacy-secret-key',
  title: 'hCaptcha account secret key (legacy 0x format)',
  provider: 'hCaptcha',
  severity: 'medium',
  keywords: ['hcaptcha', 'h-captcha', 'h_captcha'],
  pattern: assigned(['hcaptcha', 'h-captcha', 'h_captcha'], '0x[0-9a-fA-F]{40}', { qualifiers: ['secret'] }),
  minEntropy: 3,
  validate: realistic(),
  remediation: HCAPTCHA_REMEDIATION,
  examples: {
    truePositives: () => [
      `HCAPTCHA_SECRET=0x${randomString(HEX_UPPER + HEX, 40)}`,
      `  hcaptchaSecret: '0x${randomString(HEX, 40)}',`,
    ],
    // The all-zero secret is hCaptcha's published test key.
    falsePositives: [
      'HCAPTCHA_SECRET=0x0000000000000000000000000000000000000000',
      'HCAPTCHA_SECRET=0xAAAAAAAAA...',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Shipping, mail and travel APIs

const SHIPPO_REMEDIATION = {
  summary:
    'In the Shippo app open Settings → Advanced → API, delete the leaked token, generate a new one, and review recent labels and transactions for ones you did not create.',
};

export const shippoLiveToken: SecretRule = {
  id: 'shippo-live-api-token',
  title: 'Shippo live API token',
  provider: 'Shippo',
  severity: 'high',
  keywords: ['shippo_live_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_live_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: SHIPPO_REMEDIATION,
  examples: {
    truePositives: () => [
      `SHIPPO_API_KEY=${sample('shippo_live_', HEX, 40)}`,
      `shippo.config.api_key = "${sample('shippo_live_', HEX, 40)}"`,
    ],
    falsePositives: [
      'SHIPPO_API_KEY=shippo_live_<your-token>',
      'Tokens look like shippo_live_ or shippo_test_ followed by hex.',
    ],
  },
};

export const shippoTestToken: SecretRule = {
  id: 'shippo-test-api-token',
  title: 'Shippo test API token',
  provider: 'Shippo',
  severity: 'medium',
  keywords: ['shippo_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_test_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: SHIPPO_REMEDIATION,
  examples: {
    truePositives: () => [
      `SHIPPO_TOKEN=${sample('shippo_test_', HEX, 40)}`,
      `Authorization: ShippoToken ${sample('shippo_test_', HEX, 40)}`,
    ],
    falsePositives: ['SHIPPO_TOKEN=shippo_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'shippo_test_1234'],
  },
};

const EASYPOST_REMEDIATION = {
  summary:
    'In the EasyPost dashboard (Account settings → API keys) disable and delete the leaked key, create a new one, and review shipments and billing for activity you did not make.',
};

export const easypostApiKey: SecretRule = {
  id: 'easypost-api-key',
  title: 'EasyPost production API key',
  provider: 'EasyPost',
  severity: 'high',
  keywords: ['ezak'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>EZAK[A-Za-z0-9]{54})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: EASYPOST_REMEDIATION,
  examples: {
    truePositives: () => [
      `EASYPOST_API_KEY=${sample('EZAK', ALNUM, 54)}`,
      `client = easypost.EasyPostClient("${sample('EZAK', ALNUM_LOWER, 54)}")`,
    ],
    falsePositives: [
      '- EZAK1234abcd5678efgh9012ijkl3456mnop7890qrst1234uvwx5678yz',
      'EASYPOST_API_KEY=EZAK...',
      'EASYPOST_API_KEY=EZAKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const easypostTestApiKey: SecretRule = {
  id: 'easypost-test-api-key',
  title: 'EasyPost test API key',
  provider: 'EasyPost',
  severity: 'medium',
  keywords: ['eztk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>EZTK[A-Za-z0-9]{54})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: EASYPOST_REMEDIATION,
  examples: {
    truePositives: () => [
      `EASYPOST_TEST_KEY=${sample('EZTK', ALNUM, 54)}`,
      `  "easypost_api_key": "${sample('EZTK', ALNUM, 54)}"`,
    ],
    falsePositives: ['EASYPOST_TEST_KEY=EZTK<your-test-key>', 'EZTK1234'],
  },
};

const LOB_REMEDIATION = {
  summary:
    'In the Lob dashboard (Settings → API Keys) rotate the leaked secret key with the arrow icon, deploy the new one, and review recent letters, postcards and checks for ones you did not send.',
};

export const lobLiveApiKey: SecretRule = {
  id: 'lob-live-api-key',
  title: 'Lob live secret API key',
  provider: 'Lob',
  severity: 'high',
  // `live_` + hex is not branded, so the keyword asks for `lob` on the same line.
  keywords: ['lob'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>live_[a-f0-9]{35})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: LOB_REMEDIATION,
  examples: {
    truePositives: () => [
      `LOB_API_KEY=${sample('live_', HEX, 35)}`,
      `const lob = new Lob('${sample('live_', HEX, 35)}');`,
    ],
    falsePositives: ['LOB_API_KEY=live_<your-secret-key>', `LOB_PUBLISHABLE_KEY=live_pub_${'0'.repeat(31)}`],
  },
};

export const lobTestApiKey: SecretRule = {
  id: 'lob-test-api-key',
  title: 'Lob test secret API key',
  provider: 'Lob',
  severity: 'medium',
  keywords: ['lob'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>test_[a-f0-9]{35})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: LOB_REMEDIATION,
  examples: {
    truePositives: () => [
      `LOB_TEST_API_KEY=${sample('test_', HEX, 35)}`,
      `lob = Lob::Client.new(api_key: "${sample('test_', HEX, 35)}")`,
    ],
    falsePositives: ['LOB_TEST_API_KEY=test_...', 'lob_api_key: test_key'],
  },
};

export const frameioApiToken: SecretRule = {
  id: 'frameio-api-token',
  title: 'Frame.io developer token',
  provider: 'Frame.io',
  severity: 'high',
  keywords: ['fio-u-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>fio-u-[A-Za-z0-9_=-]{64})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the token in the Frame.io developer site (Tokens), create a replacement with only the scopes needed, and check the account for assets shared or downloaded without you.',
  },
  examples: {
    truePositives: () => [
      `FRAMEIO_TOKEN=${sample('fio-u-', BASE64URL, 64)}`,
      `  -H "Authorization: Bearer ${sample('fio-u-', ALNUM, 64)}"`,
    ],
    falsePositives: ['FRAMEIO_TOKEN=fio-u-<token>', 'FRAMEIO_TOKEN=fio-u-xxxxxxxxxxxxxxxx'],
  },
};

export const duffelLiveToken: SecretRule = {
  id: 'duffel-live-access-token',
  title: 'Duffel live access token',
  provider: 'Duffel',
  severity: 'high',
  keywords: ['duffel_live_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>duffel_live_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Revoke the token in the Duffel dashboard (Developers → Access tokens), create a new one, and review orders and payments made with it.',
  },
  examples: {
    truePositives: () => [
      `DUFFEL_ACCESS_TOKEN=${sample('duffel_live_', BASE64URL, 43)}`,
      `const duffel = new Duffel({ token: '${sample('duffel_live_', ALNUM, 43)}' });`,
    ],
    falsePositives: ['DUFFEL_ACCESS_TOKEN=duffel_live_...', 'duffel_live_token'],
  },
};

export const duffelTestToken: SecretRule = {
  id: 'duffel-test-access-token',
  title: 'Duffel test access token',
  provider: 'Duffel',
  severity: 'medium',
  keywords: ['duffel_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>duffel_test_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Revoke the test token in the Duffel dashboard (Developers → Access tokens) and create a new one.',
  },
  examples: {
    truePositives: () => [
      `DUFFEL_ACCESS_TOKEN=${sample('duffel_test_', BASE64URL, 43)}`,
      `  duffel_token: "${sample('duffel_test_', ALNUM, 43)}"`,
    ],
    falsePositives: ['DUFFEL_ACCESS_TOKEN=duffel_test_<token>', 'duffel_test_mode: true'],
  },
};

// ---------------------------------------------------------------------------------------------
// Realtime messaging

export const pusherAppSecret: SecretRule = {
  id: 'pusher-app-secret',
  title: 'Pusher Channels app secret',
  provider: 'Pusher',
  severity: 'high',
  keywords: ['pusher'],
  pattern: assigned(['pusher'], '[a-f0-9]{20}', { qualifiers: ['secret'] }),
  minEntropy: 2.2,
  validate: realistic(),
  remediation: {
    summary:
      "Create a new key pair on the app's App Keys page in the Pusher dashboard, move servers to it, then delete the leaked one; the secret lets anyone trigger events and sign private-channel auth.",
  },
  examples: {
    truePositives: () => [
      `PUSHER_APP_SECRET=${randomString(HEX, 20)}`,
      `  pusherSecret: '${randomString(HEX, 20)}',`,
    ],
    falsePositives: [
      'PUSHER_APP_SECRET=<app-secret>',
      'PUSHER_APP_KEY=${PUSHER_KEY}',
      'PUSHER_APP_ID=1234567',
    ],
  },
};

/** The example key printed in Ably's own documentation. */
const ABLY_DOCS_KEY = 'I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0';

export const ablyApiKey: SecretRule = {
  id: 'ably-api-key',
  title: 'Ably API key',
  provider: 'Ably',
  severity: 'high',
  keywords: ['ably'],
  // <app id>.<key id>:<key secret>
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: realistic((secret) => (secret === ABLY_DOCS_KEY ? 'rejected' : 'plausible')),
  remediation: {
    summary:
      "Revoke the key on the app's API Keys tab in the Ably dashboard (tokens issued from it stop working too), create a new key with only the capabilities needed, and check the app's usage stats.",
    url: 'https://ably.com/docs/auth',
  },
  examples: {
    truePositives: () => [
      `ABLY_API_KEY=${randomString(BASE64URL, 6)}.${randomString(ALNUM, 6)}:${randomString(BASE64URL, 43)}`,
      `const ably = new Ably.Realtime({ key: '${randomString(ALNUM, 6)}.${randomString(ALNUM, 6)}:${randomString(ALNUM, 43)}' });`,
    ],
    falsePositives: [
      `ABLY_API_KEY=${ABLY_DOCS_KEY}`,
      'ably auth keys get "aBcDeF.gHiJkL:keySecret"',
      'ABLY_API_KEY=APP_ID.KEY_ID:KEY_SECRET',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Product analytics and feature flags

export const segmentPublicApiToken: SecretRule = {
  id: 'segment-public-api-token',
  title: 'Segment Public API token',
  provider: 'Segment',
  severity: 'high',
  keywords: ['sgp_'],
  // Sourcegraph tokens also start sgp_, but with hex bodies; Segment's are 64 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  validate: realistic(),
  remediation: {
    summary:
      'Revoke the token in the Segment workspace (Settings → Access Management → Tokens), create a new one with the narrowest role, and check the audit trail for changes to sources and destinations.',
    url: 'https://segment.com/docs/api/public-api/',
  },
  examples: {
    truePositives: () => [
      `SEGMENT_PUBLIC_API_TOKEN=${sample('sgp_', ALNUM, 64)}`,
      `  -H "Authorization: Bearer ${sample('sgp_', ALNUM, 64)}" \\`,
    ],
    falsePositives: [
      'SEGMENT_PUBLIC_API_TOKEN: "sgp_supersecretvalue1234567890"',
      'SEGMENT_PUBLIC_API_TOKEN=sgp_...',
    ],
  },
};

export const segmentWriteKey: SecretRule = {
  id: 'segment-write-key',
  title: 'Segment source write key',
  provider: 'Segment',
  // Browser sources ship the write key to every visitor; it only lets one send events.
  severity: 'low',
  keywords: ['segment'],
  pattern: assigned(['segment'], '[A-Za-z0-9]{32}', { qualifiers: ['write_key', 'writekey', 'write-key'] }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      "A write key lets anyone send events into the source: for server-side sources, regenerate it under the source's Settings → API Keys in Segment and update the senders.",
    url: 'https://segment.com/docs/connections/find-writekey/',
  },
  examples: {
    truePositives: () => [
      `SEGMENT_WRITE_KEY=${randomString(ALNUM, 32)}`,
      `analytics = Analytics(segment_write_key="${randomString(ALNUM, 32)}")`,
    ],
    falsePositives: ['SEGMENT_WRITE_KEY=<write-key>', 'segment_write_key: ${SEGMENT_WRITE_KEY}'],
  },
};

export const mixpanelApiSecret: SecretRule = {
  id: 'mixpanel-api-secret',
  title: 'Mixpanel project API secret or service account secret',
  provider: 'Mixpanel',
  severity: 'high',
  keywords: ['mixpanel'],
  // The project token has the same shape but is public, hence the `secret` qualifier.
  pattern: assigned(['mixpanel'], '[A-Za-z0-9]{32}', { qualifiers: ['secret'] }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      'Reset the API secret in Mixpanel project settings, or delete the service account and create a new one, then update exports and integrations; the secret allows exporting raw event data.',
  },
  examples: {
    truePositives: () => [
      `MIXPANEL_API_SECRET=${randomString(HEX, 32)}`,
      `mixpanel_service_account_secret: "${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: ['MIXPANEL_TOKEN=${MIXPANEL_PROJECT_TOKEN}', 'MIXPANEL_API_SECRET=<api-secret>'],
  },
};

export const amplitudeSecretKey: SecretRule = {
  id: 'amplitude-secret-key',
  title: 'Amplitude project secret key',
  provider: 'Amplitude',
  severity: 'high',
  keywords: ['amplitude'],
  pattern: assigned(['amplitude'], '[a-f0-9]{32}', { qualifiers: ['secret'] }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      'Create a new API key pair for the project in Amplitude (Settings → Projects → the project → API Keys), move exports and integrations to it, and delete the leaked pair.',
  },
  examples: {
    truePositives: () => [
      `AMPLITUDE_SECRET_KEY=${randomString(HEX, 32)}`,
      `  "amplitudeSecret": "${randomString(HEX, 32)}",`,
    ],
    falsePositives: ['AMPLITUDE_SECRET_KEY=<secret-key>', 'AMPLITUDE_API_KEY=${AMPLITUDE_KEY}'],
  },
};

const LAUNCHDARKLY_KEYS_URL = 'https://launchdarkly.com/docs/home/account/environment/keys';

export const launchdarklySdkKey: SecretRule = {
  id: 'launchdarkly-sdk-key',
  title: 'LaunchDarkly server-side SDK key',
  provider: 'LaunchDarkly',
  severity: 'medium',
  keywords: ['sdk-'],
  // Mobile keys (mob-) and client-side ids are public by LaunchDarkly's own account, so not reported.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>sdk-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: {
    summary:
      'Rotate the SDK key for the environment in LaunchDarkly (Settings → Environments → SDK key → Rotate), optionally letting the old key expire after deployment; it exposes every flag rule and the targeted contexts.',
    url: LAUNCHDARKLY_KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `LAUNCHDARKLY_SDK_KEY=sdk-${uuidV4()}`,
      `ld_client = ldclient.Config("sdk-${uuidV4()}")`,
    ],
    falsePositives: [
      'LAUNCHDARKLY_MOBILE_KEY=mob-00000000-0000-4000-8000-000000000000',
      'LAUNCHDARKLY_SDK_KEY=sdk-xxxxxxxx-xxxx',
    ],
  },
};

export const launchdarklyAccessToken: SecretRule = {
  id: 'launchdarkly-access-token',
  title: 'LaunchDarkly REST API access token',
  provider: 'LaunchDarkly',
  severity: 'high',
  keywords: ['launchdarkly', 'launch_darkly', 'launch-darkly', 'ld_api', 'ld_access', 'ldapi'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>api-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  validate: realistic(),
  remediation: {
    summary:
      'Delete or reset the access token in LaunchDarkly (Organization settings → Authorization → Access tokens), issue a new one with the narrowest role, and review the audit log for flag changes.',
    url: 'https://launchdarkly.com/docs/home/account/api',
  },
  examples: {
    truePositives: () => [`LAUNCHDARKLY_ACCESS_TOKEN=api-${uuidV4()}`, `ld_api_token: "api-${uuidV4()}"`],
    falsePositives: ['LAUNCHDARKLY_ACCESS_TOKEN=api-<token>', 'launchdarkly: api-version 2'],
  },
};

const STATSIG_REMEDIATION = {
  summary:
    'Revoke the key in the Statsig console (Settings → Keys & Environments), create a replacement, and update the servers or scripts that use it.',
};

export const statsigServerSecret: SecretRule = {
  id: 'statsig-server-secret-key',
  title: 'Statsig server secret key',
  provider: 'Statsig',
  severity: 'medium',
  keywords: ['secret-'],
  // Client keys (client-…) are embedded in apps and so not reported.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-[A-Za-z0-9]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: realistic(),
  remediation: STATSIG_REMEDIATION,
  examples: {
    truePositives: () => [
      `STATSIG_SERVER_SECRET=${sample('secret-', ALNUM, 43)}`,
      `await Statsig.initialize('${sample('secret-', ALNUM, 43)}');`,
    ],
    falsePositives: ['STATSIG_SERVER_SECRET=secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'kubectl get secret-store'],
  },
};

export const statsigConsoleApiKey: SecretRule = {
  id: 'statsig-console-api-key',
  title: 'Statsig Console API key',
  provider: 'Statsig',
  severity: 'high',
  keywords: ['console-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>console-[A-Za-z0-9]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: realistic(),
  remediation: STATSIG_REMEDIATION,
  examples: {
    truePositives: () => [
      `STATSIG_CONSOLE_API_KEY=${sample('console-', ALNUM, 43)}`,
      `  -H "STATSIG-API-KEY: ${sample('console-', ALNUM, 43)}"`,
    ],
    falsePositives: ['STATSIG_CONSOLE_API_KEY=console-your-key-here', 'npm run console-log-viewer'],
  },
};

export const posthogPersonalApiKey: SecretRule = {
  id: 'posthog-personal-api-key',
  title: 'PostHog personal API key',
  provider: 'PostHog',
  severity: 'high',
  // Project keys (phc_) are meant for browsers and are not reported.
  keywords: ['phx_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>phx_[A-Za-z0-9_]{43})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the key under Settings → User → Personal API keys in PostHog (or POST it to /api/revoke_leaked_key), create a scoped replacement, and check the activity log.',
    url: 'https://posthog.com/docs/api',
  },
  examples: {
    truePositives: () => [
      `POSTHOG_PERSONAL_API_KEY=${sample('phx_', ALNUM, 43)}`,
      `curl -H 'Authorization: Bearer ${sample('phx_', BASE64URL.replace('-', ''), 43)}' https://us.posthog.com/api/projects/`,
    ],
    falsePositives: ['NEXT_PUBLIC_POSTHOG_KEY=phc_abc123', 'POSTHOG_PERSONAL_API_KEY=phx_xyz789'],
  },
};

export const beamerApiKey: SecretRule = {
  id: 'beamer-api-key',
  title: 'Beamer API key',
  provider: 'Beamer',
  severity: 'medium',
  keywords: ['beamer'],
  pattern: assigned(['beamer'], 'b_[A-Za-z0-9=_+/-]{44}', {
    qualifiers: ['key', 'token', 'secret'],
    end: '(?![A-Za-z0-9=_+/-])',
  }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the key in Beamer (Settings → API) and create a new one with only the permissions the integration needs.',
  },
  examples: {
    truePositives: () => [
      `BEAMER_API_KEY=${sample('b_', BASE64URL, 44)}`,
      `  beamerApiKey: '${sample('b_', BASE64, 43)}=',`,
    ],
    falsePositives: ['BEAMER_API_KEY=YOUR_KEY_HERE', 'INFOBEAMER_API_KEY=${INFOBEAMER_API_KEY}'],
  },
};

// ---------------------------------------------------------------------------------------------
// Web3

export const infuraApiKey: SecretRule = {
  id: 'infura-api-key',
  title: 'Infura API key or API key secret',
  provider: 'Infura',
  severity: 'medium',
  keywords: ['infura'],
  pattern: assigned(['infura'], '[a-f0-9]{32}', {
    qualifiers: ['key', 'secret', 'token', 'project', 'id'],
    orAfter: ['infura\\.io/(?:ws/)?v3/'],
  }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      'In the MetaMask Developer (Infura) dashboard delete the API key or regenerate its secret, create a new key, and restrict it with allowlists and the API key secret so a leaked key cannot spend your quota.',
  },
  examples: {
    truePositives: () => [
      `INFURA_PROJECT_ID=${randomString(HEX, 32)}`,
      `const provider = new JsonRpcProvider("https://mainnet.infura.io/v3/${randomString(HEX, 32)}");`,
      `  infuraSecret: "${randomString(HEX, 32)}",`,
    ],
    falsePositives: ['https://mainnet.infura.io/v3/YOUR-PROJECT-ID', 'INFURA_API_KEY=${INFURA_KEY}'],
  },
};

export const alchemyApiKey: SecretRule = {
  id: 'alchemy-api-key',
  title: 'Alchemy API key',
  provider: 'Alchemy',
  severity: 'medium',
  keywords: ['alcht_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>alcht_[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the app or rotate its key in the Alchemy dashboard, create a new key restricted by allowlists, and update the RPC URLs that embed it.',
  },
  examples: {
    truePositives: () => [
      `ALCHEMY_API_KEY=${sample('alcht_', ALNUM, 30)}`,
      `rpc: "https://eth-mainnet.g.alchemy.com/v2/${sample('alcht_', ALNUM, 30)}"`,
    ],
    falsePositives: ['ALCHEMY_API_KEY=alcht_...', 'ALCHEMY_API_KEY=alcht_0123456789abcdef'],
  },
};

export const alchemyLegacyApiKey: SecretRule = {
  id: 'alchemy-legacy-api-key',
  title: 'Alchemy API key (legacy 32-character format)',
  provider: 'Alchemy',
  severity: 'medium',
  keywords: ['alchemy'],
  pattern: assigned(['alchemy'], '[A-Za-z0-9_-]{32}', {
    qualifiers: ['key', 'token', 'secret'],
    orAfter: ['alchemy(?:api)?\\.(?:com|io)/(?:v2|nft/v[23])/'],
  }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the app or rotate its key in the Alchemy dashboard, create a new key restricted by allowlists, and update the RPC URLs that embed it.',
  },
  examples: {
    truePositives: () => [
      `ALCHEMY_API_KEY=${randomString(BASE64URL, 32)}`,
      `const url = "https://eth-mainnet.g.alchemy.com/v2/${randomString(ALNUM, 32)}";`,
      `url: https://polygon-mainnet.alchemyapi.io/v2/${randomString(ALNUM, 32)}`,
    ],
    falsePositives: ['https://eth-mainnet.g.alchemy.com/v2/demo', 'ALCHEMY_API_KEY=${ALCHEMY_KEY}'],
  },
};

export const etherscanApiKey: SecretRule = {
  id: 'etherscan-api-key',
  title: 'Etherscan API key',
  provider: 'Etherscan',
  severity: 'medium',
  keywords: ['etherscan'],
  pattern: assigned(['etherscan'], '[A-Z0-9]{34}', {
    qualifiers: ['key', 'token'],
    orAfter: ['etherscan\\.io/(?:v2/)?api\\?[\\w=&.-]{0,120}?[aA][pP][iI][kK][eE][yY]='],
  }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the key in your Etherscan account (API Keys), create a new one, and update the tooling that verifies contracts with it.',
  },
  examples: {
    truePositives: () => [
      `ETHERSCAN_API_KEY=${randomString(ALNUM_UPPER, 34)}`,
      `curl "https://api.etherscan.io/api?module=account&action=balance&address=0x0&apikey=${randomString(ALNUM_UPPER, 34)}"`,
    ],
    falsePositives: [
      'ETHERSCAN_API_KEY=YourApiKeyToken',
      'etherscan: { apiKey: process.env.ETHERSCAN_API_KEY }',
    ],
  },
};

const SECP256K1_ORDER = BigInt('0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141');

/**
 * SHA-256 prefixes of the well-known development keys every Hardhat/Anvil node (accounts 0-13 of
 * the `test test … junk` mnemonic) and `ganache -d` (accounts 0-3) fund: published, never a leak.
 */
const DEV_CHAIN_KEYS = new Set([
  'bc1a50966c9e6486',
  '8335c55334821eef',
  'b26ab6529d20ebeb',
  '64034b44c579b335',
  '4d3e46eec8244d1d',
  '0aedba9d586f34f9',
  '28e543d3753fc9d1',
  'f070994a85994785',
  '38e69fdd19aefeb4',
  '967f21586cdf1248',
  '0b33e0132123e78d',
  '84bc109b3d59b017',
  '85bde548053aab4b',
  'f1513114f60e5e95',
  '578592185588730b',
  '30e55f5463e22af0',
  '70b801afae94d2e6',
  '0bc9fde2b028e3b0',
]);

/** A secp256k1 private key is a number in [1, n); published dev-chain keys are not leaks. */
function checkEthereumKey(secret: string): StructureVerdict {
  const hex = secret.toLowerCase();
  const value = BigInt(`0x${hex}`);
  if (value === 0n || value >= SECP256K1_ORDER) return 'rejected';
  const digest = createHash('sha256').update(hex).digest('hex').slice(0, 16);
  return DEV_CHAIN_KEYS.has(digest) ? 'rejected' : 'plausible';
}

const PRIVATE_KEY = '[pP][rR][iI][vV](?:[aA][tT][eE])?[_-]?[kK][eE][yY]';
/** Key names that make a bare 64-hex private key an EVM wallet key. */
const WALLET_WORDS = ['eth', 'wallet', 'evm', 'web3', 'deployer', 'signer'];

export const ethereumPrivateKey: SecretRule = {
  id: 'ethereum-private-key',
  title: 'Ethereum (EVM) wallet private key',
  provider: 'Ethereum',
  severity: 'critical',
  keywords: ['priv', 'wallet('],
  // 64 hex is also a hash or a seed, so ask for more: a private-key name with a 0x value, a
  // wallet-ish private-key name, or a wallet constructor.
  pattern: new RegExp(
    `(?:${[
      `(?<![A-Za-z0-9])(?:${WALLET_WORDS.map(anyCase).join('|')})[\\w.-]{0,8}?${PRIVATE_KEY}[\\w.-]{0,4}?${ASSIGNMENT}(?:0x)?`,
      `(?<![A-Za-z0-9])${PRIVATE_KEY}[\\w.-]{0,4}?${ASSIGNMENT}0x`,
      `(?<![A-Za-z0-9])(?:[wW]allet|${anyCase('privatekeytoaccount')}|${anyCase('fromprivatekey')})\\(\\s{0,4}['"\`]0x`,
    ].join('|')})(?<secret>[a-fA-F0-9]{64})(?![A-Za-z0-9_-])`,
  ),
  minEntropy: 3,
  validate: realistic(checkEthereumKey),
  remediation: {
    summary:
      'Treat the wallet as compromised: move all funds, tokens and contract roles (ownership, admin, minter) to a new wallet generated offline, revoke token approvals granted by the old address, and never reuse the key.',
    url: 'https://ethereum.org/en/security/',
  },
  examples: {
    truePositives: () => [
      `PRIVATE_KEY=0x${randomString(HEX, 64)}`,
      `DEPLOYER_PRIVATE_KEY=${randomString(HEX, 64)}`,
      `const wallet = new ethers.Wallet("0x${randomString(HEX, 64)}", provider);`,
      `  accounts: [privateKeyToAccount('0x${randomString(HEX, 64)}')],`,
    ],
    falsePositives: [
      // Hardhat/Anvil account #0, printed by every local node.
      'PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
      'PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000',
      'PRIVATE_KEY=${DEPLOYER_PRIVATE_KEY}',
      'const txHash = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";',
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// Security and intelligence APIs

export const shodanApiKey: SecretRule = {
  id: 'shodan-api-key',
  title: 'Shodan API key',
  provider: 'Shodan',
  severity: 'medium',
  keywords: ['shodan'],
  pattern: assigned(['shodan'], '[A-Za-z0-9]{32}', {
    qualifiers: ['key', 'token'],
    orAfter: [`${anyCase('shodan')}\\.${anyCase('shodan')}\\(\\s{0,4}['"]`],
  }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Reset the API key on your Shodan account page (account.shodan.io → Reset API Key) and update the tools that use it.',
    url: 'https://account.shodan.io/',
  },
  examples: {
    truePositives: () => [
      `SHODAN_API_KEY=${randomString(ALNUM, 32)}`,
      `api = shodan.Shodan("${randomString(ALNUM, 32)}")`,
    ],
    falsePositives: ['SHODAN_API_KEY=<your-shodan-key>', 'api = shodan.Shodan(SHODAN_API_KEY)'],
  },
};

export const virustotalApiKey: SecretRule = {
  id: 'virustotal-api-key',
  title: 'VirusTotal API key',
  provider: 'VirusTotal',
  severity: 'medium',
  keywords: ['virustotal', 'vt_api', 'vt-api', 'vtapi'],
  pattern: assigned(['virustotal', 'vt_api', 'vt-api', 'vtapi'], '[a-f0-9]{64}', {
    qualifiers: ['key', 'token'],
    orAfter: [`${anyCase('x-apikey')}['"]?\\s{0,4}:\\s{0,4}['"]?`],
  }),
  minEntropy: 3,
  validate: realistic(),
  remediation: {
    summary:
      'Reset the API key in VirusTotal (your profile → API key → Reset) and update the integrations using it; private-API keys also expose your uploaded samples and quota.',
  },
  examples: {
    truePositives: () => [
      `VIRUSTOTAL_API_KEY=${randomString(HEX, 64)}`,
      `curl --header 'x-apikey: ${randomString(HEX, 64)}' https://www.virustotal.com/api/v3/files/$SHA`,
      `VT_API_KEY: "${randomString(HEX, 64)}"`,
    ],
    falsePositives: [
      'VIRUSTOTAL_API_KEY=<api-key>',
      "curl --header 'x-apikey: $VT_API_KEY' https://www.virustotal.com",
    ],
  },
};

export const hibpApiKey: SecretRule = {
  id: 'hibp-api-key',
  title: 'Have I Been Pwned API key',
  provider: 'Have I Been Pwned',
  severity: 'medium',
  keywords: ['hibp', 'haveibeenpwned', 'have_i_been_pwned', 'have-i-been-pwned'],
  pattern: assigned(['hibp', 'haveibeenpwned', 'have_i_been_pwned', 'have-i-been-pwned'], '[a-f0-9]{32}', {
    qualifiers: ['key', 'token'],
  }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      'Regenerate the key from the Have I Been Pwned API key dashboard and update the services that query the API with it.',
    url: 'https://haveibeenpwned.com/API/Key',
  },
  examples: {
    truePositives: () => [
      `HIBP_API_KEY=${randomString(HEX, 32)}`,
      `  -H "hibp-api-key: ${randomString(HEX, 32)}" \\`,
    ],
    falsePositives: ['HIBP_API_KEY=<hibp-key>', 'hibp-api-key: ${HIBP_API_KEY}'],
  },
};

export const nightfallApiKey: SecretRule = {
  id: 'nightfall-api-key',
  title: 'Nightfall AI API key',
  provider: 'Nightfall',
  severity: 'high',
  keywords: ['nf-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NF-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the key in the Nightfall dashboard (Developer Platform → API keys), create a new one, and review scan activity for its use.',
  },
  examples: {
    truePositives: () => [
      `NIGHTFALL_API_KEY=${sample('NF-', ALNUM, 32)}`,
      `nightfall = Nightfall(key="${sample('NF-', ALNUM, 32)}")`,
    ],
    falsePositives: ['NIGHTFALL_API_KEY=NF-<your-key>', 'Ticket NF-1234 fixes the scanner'],
  },
};

// ---------------------------------------------------------------------------------------------
// Automation, forms, links

export const zapierWebhookUrl: SecretRule = {
  id: 'zapier-webhook-url',
  title: 'Zapier "Catch Hook" webhook URL',
  provider: 'Zapier',
  severity: 'medium',
  keywords: ['hooks.zapier.com'],
  // The URL is the credential: anyone holding it can start the Zap with their own data.
  pattern:
    /(?<secret>https?:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{5,10}\/[A-Za-z0-9]{5,10})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Turn the Zap off and replace its Webhooks by Zapier trigger (a new trigger gets a new URL), update the senders, and check the Zap history for runs you did not cause.',
  },
  examples: {
    truePositives: () => [
      `ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/${randomString(DIGITS, 8)}/${randomString(ALNUM_LOWER, 7)}/`,
      `const webhookUrl = 'https://hooks.zapier.com/hooks/catch/${randomString(DIGITS, 7)}/${randomString(ALNUM_LOWER, 7)}/';`,
    ],
    falsePositives: [
      'placeholder="https://hooks.zapier.com/hooks/catch/..."',
      'ZAPIER_CONTACT_WEBHOOK=https://hooks.zapier.com/hooks/catch/YOUR_WEBHOOK_ID/',
      'https://hooks.zapier.com/hooks/catch/123/abc',
    ],
  },
};

export const iftttWebhookKey: SecretRule = {
  id: 'ifttt-webhook-key',
  title: 'IFTTT Webhooks (Maker) key',
  provider: 'IFTTT',
  severity: 'medium',
  keywords: ['ifttt'],
  pattern: assigned(['ifttt'], '[A-Za-z0-9_-]{22}(?:[A-Za-z0-9_-]{21})?', {
    qualifiers: ['key', 'token', 'secret'],
    orAfter: ['maker\\.ifttt\\.com/trigger/[^/\\s\'"]{1,60}/(?:json/)?with/key/'],
  }),
  minEntropy: 3.5,
  validate: realistic(),
  remediation: {
    summary:
      'Open the Webhooks service settings on IFTTT and click Edit connection to issue a new key (the old URL stops working), then update the devices and scripts that call it.',
    url: 'https://ifttt.com/maker_webhooks',
  },
  examples: {
    truePositives: () => [
      `curl -X POST https://maker.ifttt.com/trigger/door_open/with/key/${randomString(BASE64URL, 22)}`,
      `IFTTT_WEBHOOK_KEY=${randomString(ALNUM, 43)}`,
    ],
    falsePositives: [
      'https://maker.ifttt.com/trigger/{event}/with/key/{key}',
      'String serverPath ="http://maker.ifttt.com/trigger/discord/json/with/key/key";',
    ],
  },
};

export const jotformApiKey: SecretRule = {
  id: 'jotform-api-key',
  title: 'Jotform API key',
  provider: 'Jotform',
  severity: 'high',
  keywords: ['jotform'],
  pattern: assigned(['jotform'], '[A-Za-z0-9]{32}', { qualifiers: ['key', 'token'] }),
  minEntropy: 2.7,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the key under Settings → API in Jotform and create a new one with read-only access if that is enough; full-access keys read every form submission.',
    url: 'https://api.jotform.com/docs/',
  },
  examples: {
    truePositives: () => [
      `JOTFORM_API_KEY=${randomString(HEX, 32)}`,
      `jotform = JotformAPIClient(jotform_api_key='${randomString(ALNUM, 32)}')`,
    ],
    falsePositives: ['JOTFORM_API_KEY=<api-key>', 'JOTFORM_FORM_ID=241234567890123'],
  },
};

export const bitlyAccessToken: SecretRule = {
  id: 'bitly-access-token',
  title: 'Bitly access token',
  provider: 'Bitly',
  severity: 'medium',
  keywords: ['bitly'],
  pattern: assigned(['bitly'], '[a-f0-9]{40}', { qualifiers: ['token', 'key', 'secret'] }),
  minEntropy: 3,
  validate: realistic(),
  remediation: {
    summary:
      'Delete the token in Bitly (Settings → Developer settings → API → access tokens), generate a new one, and check for links created or edited without you.',
    url: 'https://dev.bitly.com/docs/getting-started/authentication/',
  },
  examples: {
    truePositives: () => [
      `BITLY_ACCESS_TOKEN=${randomString(HEX, 40)}`,
      `  bitlyToken: "${randomString(HEX, 40)}",`,
    ],
    falsePositives: ['BITLY_ACCESS_TOKEN=<access-token>', 'BITLY_GROUP_GUID=Ba1bc23dE4F'],
  },
};
