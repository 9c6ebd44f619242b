import { randomBytes, randomUUID } from 'node:crypto';
import { ALNUM, BASE64URL, HEX, HEX_UPPER, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { atlassianChecksum, hasAtlassianChecksum } from '../structure/atlassian-checksum.js';
import { keyedAssignmentPattern } from '../structure/keyed-assignment-pattern.js';
import { UUID_ANY_CASE } from '../structure/uuid-pattern.js';

const TOKEN_WORDS = [
  'token',
  'pat',
  'password',
  'passwd',
  'pass',
  'secret',
  'apikey',
  'api_key',
  'api-key',
  'key',
];

/** An `ATATT3…` token: prefix, 171 random base64url characters, '=', then the CRC32. */
function atatt(): string {
  const body = `ATATT3xFfGF0${randomString(BASE64URL, 171)}=`;
  return body + atlassianChecksum(body);
}

function attaToken(): string {
  const body = `ATTA${randomString(HEX, 64)}`;
  return body + atlassianChecksum(body);
}

/** A Jira/Confluence Data Center PAT: base64 of `<12-digit id>:<20 random bytes>`. */
function dataCenterPat(): string {
  const id = String(100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
  return Buffer.concat([Buffer.from(`${id}:`), randomBytes(20)]).toString('base64');
}

export const atlassianApiToken: SecretRule = {
  id: 'atlassian-api-token',
  title: 'Atlassian Cloud API token (Jira, Confluence)',
  provider: 'Atlassian',
  severity: 'critical',
  keywords: ['atatt3'],
  // 192 characters: ATATT3, base64url, '=', then the CRC32 of everything before it in hex.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>ATATT3[A-Za-z0-9_=-]{177}=[0-9A-F]{8})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  validate: (secret) => (hasAtlassianChecksum(secret) ? 'confirmed' : 'plausible'),
  remediation: {
    summary:
      'Revoke the token at id.atlassian.com → Security → API tokens, check the Jira/Confluence audit log for its use, and create a scoped token with an expiry date.',
    url: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  },
  examples: {
    truePositives: () => [
      `JIRA_API_TOKEN=${atatt()}`,
      `    ATLASSIAN_API_TOKEN: '${atatt()}',`,
      `jira = JIRA(server, basic_auth=(email, "${atatt()}"))`,
    ],
    falsePositives: [
      'JIRA_API_TOKEN="ATATT3xFfGF0..."',
      'placeholder="ATATT3xFfGF0-EXAMPLE-NOT-A-REAL-TOKEN"',
      'JIRA_API_TOKEN=ATATT3<your-token>',
    ],
  },
};

export const atlassianLegacyApiToken: SecretRule = {
  id: 'atlassian-legacy-api-token',
  title: 'Atlassian Cloud API token (legacy 24-character format)',
  provider: 'Atlassian',
  severity: 'critical',
  keywords: ['jira', 'confluence', 'atlassian'],
  // Before ATATT3, API tokens were 24 characters (the last four hex) with no prefix at all.
  pattern: keyedAssignmentPattern(['jira', 'confluence', 'atlassian'], '[A-Za-z0-9]{20}[A-Fa-f0-9]{4}', {
    qualifiers: TOKEN_WORDS,
  }),
  minEntropy: 3.5,
  // All-lower-hex 24 characters is a MongoDB ObjectId (an issue or page id), not a token.
  validate: (secret) => (/^[0-9a-f]{24}$/.test(secret) ? 'rejected' : 'plausible'),
  remediation: {
    summary:
      'Revoke the token at id.atlassian.com → Security → API tokens and create a new scoped token with an expiry date.',
    url: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
  },
  examples: {
    truePositives: () => [
      `JIRA_API_TOKEN=${randomString(ALNUM, 20)}${randomString(HEX_UPPER, 4)}`,
      `  confluence_password: "${randomString(ALNUM, 20)}${randomString(HEX, 4)}"`,
    ],
    falsePositives: [
      'JIRA_API_TOKEN=${JIRA_API_TOKEN}',
      'jira_issue_id: 5f3c9a7b2e1d4c6a8b0f1e2d',
      'confluence_token: <api-token>',
    ],
  },
};

export const atlassianDataCenterPat: SecretRule = {
  id: 'atlassian-data-center-pat',
  title: 'Jira / Confluence Data Center personal access token',
  provider: 'Atlassian',
  severity: 'critical',
  keywords: ['jira', 'confluence', 'atlassian'],
  // 44 characters of base64 of `<numeric id>:<random bytes>`, so it starts with M, N or O.
  pattern: keyedAssignmentPattern(['jira', 'confluence', 'atlassian'], '[MNO][A-Za-z0-9+/]{43}', {
    qualifiers: TOKEN_WORDS,
    end: '(?![A-Za-z0-9+/=_-])',
  }),
  minEntropy: 4,
  validate: (secret) =>
    /^\d{6,20}:/.test(Buffer.from(secret, 'base64').toString('latin1')) ? 'confirmed' : 'rejected',
  remediation: {
    summary:
      'Revoke the token under Profile → Personal Access Tokens on the Jira/Confluence server and create a new one with an expiry date.',
    url: 'https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html',
  },
  examples: {
    truePositives: () => [`JIRA_PAT=${dataCenterPat()}`, `  confluence_token: "${dataCenterPat()}"`],
    falsePositives: [
      'JIRA_PAT=MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'confluence_token: ${CONFLUENCE_TOKEN}',
      'JIRA_PAT=<personal-access-token>',
    ],
  },
};

export const opsgenieApiKey: SecretRule = {
  id: 'opsgenie-api-key',
  title: 'Opsgenie API key',
  provider: 'Opsgenie',
  severity: 'high',
  keywords: ['opsgenie', 'geniekey'],
  // A bare UUID: only the `GenieKey` auth scheme or an Opsgenie variable name identifies it.
  pattern: keyedAssignmentPattern(['opsgenie'], UUID_ANY_CASE, {
    qualifiers: ['key', 'token'],
    orAfter: ['[Gg]enie[Kk]ey\\s{1,4}'],
  }),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the key under Settings → API key management (or the integration that owns it), create a new one and update the senders.',
    url: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
  },
  examples: {
    truePositives: () => [
      `OPSGENIE_API_KEY=${randomUUID()}`,
      `curl -X POST https://api.opsgenie.com/v2/alerts -H "Authorization: GenieKey ${randomUUID()}"`,
      `  opsgenie_key: "${randomUUID()}"`,
    ],
    falsePositives: [
      'OPSGENIE_API_KEY=00000000-0000-0000-0000-000000000000',
      'Authorization: GenieKey ${OPSGENIE_KEY}',
      'opsgenie_team_id: 6f1e',
    ],
  },
};

export const trelloToken: SecretRule = {
  id: 'trello-token',
  title: 'Trello API token',
  provider: 'Trello',
  severity: 'high',
  keywords: ['atta'],
  // ATTA + 64 hex + the CRC32 of all 68 in upper-case hex.
  pattern: /(?<![A-Za-z0-9_])(?<secret>ATTA[a-f0-9]{64}[0-9A-F]{8})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret) => (hasAtlassianChecksum(secret) ? 'confirmed' : 'plausible'),
  remediation: {
    summary:
      'Revoke the token under trello.com → Settings → Applications (or via DELETE /1/tokens/{token}) and authorize again with the least scope and an expiry.',
    url: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
  },
  examples: {
    truePositives: () => [
      `TRELLO_TOKEN=${attaToken()}`,
      `fetch(\`https://api.trello.com/1/members/me/boards?token=${attaToken()}\`)`,
    ],
    falsePositives: [
      'TRELLO_TOKEN=ATTAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ATTACHMENT_MAX_SIZE=10485760',
      'token=ATTA<your-token>',
    ],
  },
};

export const trelloLegacyToken: SecretRule = {
  id: 'trello-legacy-token',
  title: 'Trello API token (legacy 64-hex format)',
  provider: 'Trello',
  severity: 'high',
  keywords: ['trello'],
  pattern: keyedAssignmentPattern(['trello'], '[a-f0-9]{64}', { qualifiers: ['token', 'secret'] }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token under trello.com → Settings → Applications and authorize again with the least scope and an expiry.',
    url: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
  },
  examples: {
    truePositives: () => [
      `TRELLO_TOKEN=${randomString(HEX, 64)}`,
      `  trelloOAuthSecret: '${randomString(HEX, 64)}'`,
    ],
    falsePositives: ['TRELLO_TOKEN=${TRELLO_TOKEN}', 'trello_token: <64-hex-token>'],
  },
};

export const trelloApiKey: SecretRule = {
  id: 'trello-api-key',
  title: 'Trello API key',
  provider: 'Trello',
  severity: 'medium',
  keywords: ['trello'],
  // The key identifies the Power-Up/app and is half of the key+token pair.
  pattern: keyedAssignmentPattern(['trello'], '[a-f0-9]{32}', { qualifiers: ['key'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Regenerate the API key and secret on the Power-Up admin page (trello.com/power-ups/admin) and revoke tokens that were issued with it.',
    url: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/',
  },
  examples: {
    truePositives: () => [
      `TRELLO_API_KEY=${randomString(HEX, 32)}`,
      `const trelloKey = "${randomString(HEX, 32)}";`,
    ],
    falsePositives: ['TRELLO_API_KEY=your-api-key', 'trello_key: ${TRELLO_KEY}'],
  },
};
