import { ALNUM, checksummedToken, randomString, sample } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { issuedTokenVerdict } from '../structure/base62-checksum.js';

const REVOKE_URL =
  'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation';

export const githubPat: SecretRule = {
  id: 'github-pat',
  title: 'GitHub personal access token (classic)',
  provider: 'GitHub',
  severity: 'critical',
  keywords: ['ghp_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: issuedTokenVerdict('ghp_'),
  remediation: {
    summary:
      'Delete the token under Settings → Developer settings → Personal access tokens, then create a new one with the least scopes needed.',
    url: REVOKE_URL,
  },
  examples: {
    truePositives: () => [
      `GITHUB_TOKEN=${checksummedToken('ghp_')}`,
      `const token = "${checksummedToken('ghp_')}";`,
    ],
    falsePositives: [
      'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'token: ghp_tooShort123',
      'GITHUB_TOKEN=ghp_${{ secrets.GH_TOKEN }}',
      'https://example.com/ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/readme',
    ],
  },
};

export const githubFineGrainedPat: SecretRule = {
  id: 'github-fine-grained-pat',
  title: 'GitHub fine-grained personal access token',
  provider: 'GitHub',
  severity: 'critical',
  keywords: ['github_pat_'],
  // Issued as `github_pat_` + 22 base62 (the token id) + `_` + 59 base62. Copies that lost or moved
  // the inner `_` (re-typed, normalised) are still 82 characters of `[A-Za-z0-9_]` after the prefix
  // and still worth a look, so the split is not required; no public checksum exists to confirm either.
  pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token under Settings → Developer settings → Fine-grained tokens and issue a new one limited to the repositories it needs.',
    url: REVOKE_URL,
  },
  examples: {
    truePositives: () => [
      `export GH_TOKEN=${sample('github_pat_', ALNUM, 22)}_${randomString(ALNUM, 59)}`,
      `token: "${sample('github_pat_', ALNUM, 82)}"`,
    ],
    falsePositives: [
      'GH_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'github_pat_1234',
      // One character short of the 82 after the prefix.
      'GH_TOKEN=github_pat_11BQ7TNEZ0w4Kd9Rf2Lm8X_pV3nC6hJ1sY5tG9aQ2kW7eZ4uD8bF0rM3xN6yL1cH5vT9gS2jP7oE4iK8z',
    ],
  },
};

export const githubOauthToken: SecretRule = {
  id: 'github-oauth-token',
  title: 'GitHub OAuth access token',
  provider: 'GitHub',
  severity: 'critical',
  keywords: ['gho_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: issuedTokenVerdict('gho_'),
  remediation: {
    summary:
      "Revoke the OAuth app's token (Settings → Applications → Authorized OAuth Apps, or the OAuth app's own revoke endpoint) and sign in again.",
    url: REVOKE_URL,
  },
  examples: {
    truePositives: () => [`oauth_token: ${checksummedToken('gho_')}`],
    falsePositives: ['oauth_token: gho_<your-token-here>', 'gho_0000000000000000000000000000000000000'],
  },
};

export const githubAppToken: SecretRule = {
  id: 'github-app-token',
  title: 'GitHub App user-to-server or installation token',
  provider: 'GitHub',
  severity: 'high',
  keywords: ['ghu_', 'ghs_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gh[us]_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  validate: (secret) => issuedTokenVerdict(secret.slice(0, 4))(secret),
  remediation: {
    summary:
      "Installation tokens expire within an hour, but revoke it now (DELETE /installation/token) and check the App's private key was not leaked with it.",
    url: 'https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token',
  },
  examples: {
    truePositives: () => [
      `Authorization: token ${checksummedToken('ghs_')}`,
      `"${checksummedToken('ghu_')}"`,
    ],
    falsePositives: ['ghs_', 'prefix ghs_abc123 suffix'],
  },
};

export const githubRefreshToken: SecretRule = {
  id: 'github-refresh-token',
  title: 'GitHub App refresh token',
  provider: 'GitHub',
  severity: 'high',
  keywords: ['ghr_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ghr_[A-Za-z0-9]{36,76})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the user authorization of the GitHub App so the refresh token stops working, then have the user sign in again.',
    url: REVOKE_URL,
  },
  examples: {
    truePositives: () => [
      `refresh_token=${sample('ghr_', ALNUM, 76)}`,
      `refresh_token=${checksummedToken('ghr_')}`,
    ],
    falsePositives: ['refresh_token=ghr_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  },
};
