import { randomBytes } from 'node:crypto';
import { ALNUM, BASE64URL, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { atlassianChecksum, hasAtlassianChecksum } from '../structure/atlassian-checksum.js';

/** `prefix` + `length` random characters + the Atlassian CRC32 of both. */
function checksummed(prefix: string, alphabet: string, length: number): string {
  const body = prefix + randomString(alphabet, length);
  return body + atlassianChecksum(body);
}

/** A Data Center token body: base64 of `<12-digit token id>:<20 random bytes>`. */
function dataCenterBody(): string {
  const id = String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
  return Buffer.concat([Buffer.from(`${id}:`), randomBytes(20)]).toString('base64');
}

export const bitbucketAppPassword: SecretRule = {
  id: 'bitbucket-app-password',
  title: 'Bitbucket Cloud app password',
  provider: 'Bitbucket',
  severity: 'critical',
  keywords: ['atbb'],
  // ATBB, 24 random base62 characters, then the CRC32 of all 28 in upper-case hex.
  pattern: /(?<![A-Za-z0-9_])(?<secret>ATBB[A-Za-z0-9]{24}[0-9A-F]{8})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret) => (hasAtlassianChecksum(secret) ? 'confirmed' : 'plausible'),
  remediation: {
    summary:
      'Revoke the app password under Personal settings → App passwords and replace it with a scoped API token (app passwords are being retired); check the audit log for pushes made with it.',
    url: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
  },
  examples: {
    truePositives: () => [
      `BITBUCKET_APP_PASSWORD=${checksummed('ATBB', ALNUM, 24)}`,
      `git clone https://jdoe:${checksummed('ATBB', ALNUM, 24)}@bitbucket.org/acme/api.git`,
      `    password: "${checksummed('ATBB', ALNUM, 24)}"`,
    ],
    falsePositives: [
      'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ATBBattleHUD::ATBBattleHUD() {}',
      'password: ATBB<app-password>',
    ],
  },
};

export const bitbucketAccessToken: SecretRule = {
  id: 'bitbucket-access-token',
  title: 'Bitbucket repository, project or workspace access token (ATCTT)',
  provider: 'Bitbucket',
  severity: 'high',
  keywords: ['atctt3xffg'],
  // ATCTT3xFfG… tokens are 192 characters: 183 of base64url, '=', and an 8-hex CRC32. The same
  // family also issues Atlassian organization admin API keys.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATCTT3xFfG[A-Za-z0-9_=-]{173}=[0-9A-F]{8})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  validate: (secret) => (hasAtlassianChecksum(secret) ? 'confirmed' : 'plausible'),
  remediation: {
    summary:
      'Revoke the access token under Repository/Project/Workspace settings → Access tokens (or the admin API key in admin.atlassian.com) and create a new one with the least scopes.',
    url: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
  },
  examples: {
    truePositives: () => [
      `BITBUCKET_TOKEN="${atctt()}"`,
      `git remote set-url origin https://x-token-auth:${atctt()}@bitbucket.org/acme/web.git`,
      `ACCESS_TOKEN = '${atctt()}'`,
    ],
    falsePositives: ['ACCESS_TOKEN = "ATCTT3xFfGN0..."', 'ATCTT3xFfGN0 tokens are 192 characters long'],
  },
};

/** A well-formed ATCTT token: prefix, 171 random base64url characters, '=', CRC32. */
function atctt(): string {
  const body = `ATCTT3xFfGN0${randomString(BASE64URL, 171)}=`;
  return body + atlassianChecksum(body);
}

export const bitbucketDataCenterToken: SecretRule = {
  id: 'bitbucket-data-center-token',
  title: 'Bitbucket Data Center / Server HTTP access token',
  provider: 'Bitbucket',
  severity: 'critical',
  keywords: ['bbdc-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>BBDC-[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4,
  // The body is base64 of `<numeric token id>:<random bytes>`: anything else is not a real token.
  validate: (secret) =>
    /^\d{6,20}:/.test(Buffer.from(secret.slice(5), 'base64').toString('latin1')) ? 'confirmed' : 'rejected',
  remediation: {
    summary:
      'Revoke the token under Manage account → HTTP access tokens (or the project/repository’s HTTP access tokens page) and create a new one with read-only permission where possible.',
    url: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html',
  },
  examples: {
    truePositives: () => [
      `BITBUCKET_TOKEN=BBDC-${dataCenterBody()}`,
      `curl -H "Authorization: Bearer BBDC-${dataCenterBody()}" https://git.example.com/rest/api/1.0/projects`,
    ],
    falsePositives: [
      'BITBUCKET_TOKEN=BBDC-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'BBDC-1111111111111111111111111111111111111111',
      'token: BBDC-<http-access-token>',
    ],
  },
};

export const bitbucketOauthConsumerSecret: SecretRule = {
  id: 'bitbucket-oauth-consumer-secret',
  title: 'Bitbucket OAuth consumer secret',
  provider: 'Bitbucket',
  severity: 'high',
  keywords: ['bitbucket'],
  // Consumer secrets are 32 base62 characters with no prefix: only the variable name tells.
  pattern:
    /[Bb][Ii][Tt][Bb][Uu][Cc][Kk][Ee][Tt][A-Za-z0-9_.-]{0,20}?(?:[Ss][Ee][Cc][Rr][Ee][Tt])['"]?\s{0,4}(?:=>|:=|=|:)\s{0,4}['"]?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Delete the OAuth consumer under Workspace settings → OAuth consumers (its secret cannot be rotated), create a new one and update the integration.',
    url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
  },
  examples: {
    truePositives: () => [
      `BITBUCKET_CLIENT_SECRET=${randomString(ALNUM, 32)}`,
      `  bitbucket_oauth_secret: "${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: [
      'BITBUCKET_CLIENT_SECRET=${{ secrets.BITBUCKET_CLIENT_SECRET }}',
      'bitbucket_secret: changeme',
      'BITBUCKET_SECRET=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
};
