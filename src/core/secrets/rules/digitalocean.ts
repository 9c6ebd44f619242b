import { ALNUM_UPPER, BASE64, HEX, randomString, sample } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';

const TOKENS_URL = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';

export const digitaloceanPersonalAccessToken: SecretRule = {
  id: 'digitalocean-personal-access-token',
  title: 'DigitalOcean personal access token',
  provider: 'DigitalOcean',
  severity: 'critical',
  keywords: ['dop_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the token in the control panel (API → Tokens) and generate a new one with custom scopes and an expiry; DigitalOcean also revokes tokens it finds published on GitHub.',
    url: TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `DIGITALOCEAN_TOKEN=${sample('dop_v1_', HEX, 64)}`,
      `doctl auth init --access-token ${sample('dop_v1_', HEX, 64)}`,
      `  token: "${sample('dop_v1_', HEX, 64)}"`,
    ],
    falsePositives: [
      'DIGITALOCEAN_TOKEN=dop_v1_<your-token>',
      'DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'if (token.startsWith("dop_v1_")) {',
    ],
  },
};

export const digitaloceanOauthAccessToken: SecretRule = {
  id: 'digitalocean-oauth-access-token',
  title: 'DigitalOcean OAuth access token',
  provider: 'DigitalOcean',
  severity: 'high',
  keywords: ['doo_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token (POST https://cloud.digitalocean.com/v1/oauth/revoke) or remove the application’s access under API → Applications, then authorize again.',
    url: TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `Authorization: Bearer ${sample('doo_v1_', HEX, 64)}`,
      `{"access_token": "${sample('doo_v1_', HEX, 64)}", "token_type": "bearer"}`,
    ],
    falsePositives: ['Authorization: Bearer doo_v1_<access-token>', 'prefix doo_v1_ marks OAuth tokens'],
  },
};

export const digitaloceanOauthRefreshToken: SecretRule = {
  id: 'digitalocean-oauth-refresh-token',
  title: 'DigitalOcean OAuth refresh token',
  provider: 'DigitalOcean',
  severity: 'high',
  keywords: ['dor_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the refresh token (POST https://cloud.digitalocean.com/v1/oauth/revoke) so it can mint no new access tokens, and re-authorize the application.',
    url: TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `  "refresh_token": "${sample('dor_v1_', HEX, 64)}",`,
      `DO_REFRESH_TOKEN=${sample('dor_v1_', HEX, 64)}`,
    ],
    falsePositives: ['DO_REFRESH_TOKEN=dor_v1_${REFRESH}', 'refresh_token: dor_v1_...'],
  },
};

export const digitaloceanSpacesSecretKey: SecretRule = {
  id: 'digitalocean-spaces-secret-key',
  title: 'DigitalOcean Spaces secret access key',
  provider: 'DigitalOcean',
  severity: 'high',
  keywords: ['spaces'],
  // The S3-compatible secret: 43 base64 characters, named as a Spaces secret.
  pattern:
    /(?<![A-Za-z0-9])(?:do[_.-]?)?spaces?[\w.-]{0,20}?secret[\w.-]{0,12}?['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])/i,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the Spaces access key in the control panel (Spaces Object Storage → Access Keys), create a new key limited to the buckets it needs, and review bucket contents.',
    url: 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/',
  },
  examples: {
    truePositives: () => [
      `SPACES_SECRET_KEY=${randomString(BASE64, 43)}`,
      `  do_spaces_secret: "${randomString(BASE64, 43)}"`,
      `spaces_secret_access_key = '${randomString(BASE64, 43)}'`,
    ],
    falsePositives: [
      'SPACES_SECRET_KEY=<spaces-secret>',
      'SPACES_SECRET_KEY=${{ secrets.SPACES_SECRET_KEY }}',
      'spaces_secret_key = os.getenv("SPACES_SECRET_KEY")',
    ],
  },
};

export const digitaloceanSpacesAccessKeyId: SecretRule = {
  id: 'digitalocean-spaces-access-key-id',
  title: 'DigitalOcean Spaces access key ID',
  provider: 'DigitalOcean',
  severity: 'low',
  keywords: ['spaces'],
  // Spaces key IDs are 20 upper-case characters starting `DO`; identifies the secret's owner.
  pattern:
    /(?<![A-Za-z0-9])(?:do[_.-]?)?spaces?[\w.-]{0,20}?(?:access[_.-]?)?key(?:[_.-]?id)?['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>DO[A-Z0-9]{18})(?![A-Za-z0-9])/i,
  minEntropy: 3,
  validate: (secret) => (/^DO[A-Z0-9]{18}$/.test(secret) ? 'plausible' : 'rejected'),
  remediation: {
    summary:
      'An access key ID is not a secret by itself, but find its secret: if that leaked too, delete the key pair under Spaces Object Storage → Access Keys.',
    url: 'https://docs.digitalocean.com/products/spaces/how-to/manage-access/',
  },
  examples: {
    truePositives: () => [
      `SPACES_ACCESS_KEY_ID=${sample('DO', ALNUM_UPPER, 18)}`,
      `  do_spaces_key: "${sample('DO00', ALNUM_UPPER, 16)}"`,
    ],
    falsePositives: ['SPACES_ACCESS_KEY_ID=DOXXXXXXXXXXXXXXXXXX', 'SPACES_KEY=<access-key-id>'],
  },
};
