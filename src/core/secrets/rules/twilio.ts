import { ALNUM, HEX, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { ASSIGNMENT } from '../structure/named-value-pattern.js';

const API_KEYS_URL = 'https://www.twilio.com/docs/iam/api-keys';

export const twilioApiKeySid: SecretRule = {
  id: 'twilio-api-key-sid',
  title: 'Twilio API key SID',
  provider: 'Twilio',
  // The SID names the key; it authenticates only together with the key's secret, which is
  // usually stored right beside it.
  severity: 'medium',
  keywords: ['sk'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>SK[0-9a-f]{32})(?![A-Za-z0-9_])/,
  // `sk` is in every `task` and `disk`: try only an upper-case `SK` where it starts.
  anchor: 'keyword',
  firstChars: 'S',
  minEntropy: 2.7,
  remediation: {
    summary:
      'Find where the key secret is stored next to this SID; if it leaked too, delete the API key in the Twilio Console (Account → API keys & tokens) and create a new one.',
    url: API_KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `TWILIO_API_KEY=SK${randomString(HEX, 32)}`,
      `const client = twilio(apiKeySid || 'SK${randomString(HEX, 32)}', apiKeySecret, { accountSid });`,
    ],
    falsePositives: [
      'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'TWILIO_API_KEY=SK00000000000000000000000000000000',
      'DISKSKU=SKU12345',
    ],
  },
};

export const twilioApiKeySecret: SecretRule = {
  id: 'twilio-api-key-secret',
  title: 'Twilio API key secret',
  provider: 'Twilio',
  severity: 'high',
  keywords: ['twilio'],
  // Either assigned to a Twilio-named variable, or written after its SID as `SK...:secret`
  // (`curl -u SK...:secret https://api.twilio.com/...`).
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])twilio[\\w.-]{0,20}?(?:api[_.-]?)?(?:key[_.-]?)?secret${ASSIGNMENT}|(?<![A-Za-z0-9_])SK[0-9a-f]{32}:)(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])`,
    'i',
  ),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the API key in the Twilio Console (Account → API keys & tokens), create a new key and secret, and review usage logs for calls and messages you did not make.',
    url: API_KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `TWILIO_API_SECRET=${randomString(ALNUM, 32)}`,
      `  "twilioApiKeySecret": "${randomString(ALNUM, 32)}",`,
    ],
    falsePositives: ['TWILIO_API_SECRET=your_api_secret', 'TWILIO_API_SECRET=${TWILIO_SECRET}'],
  },
};

export const twilioAccountSid: SecretRule = {
  id: 'twilio-account-sid',
  title: 'Twilio account SID',
  provider: 'Twilio',
  // An account identifier, shown in every request URL; only the auth token makes it a login.
  severity: 'low',
  keywords: ['ac'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>AC[0-9a-f]{32})(?![A-Za-z0-9_])/,
  // `ac` is in every `react` and `trace`: try only an upper-case `AC` where it starts.
  anchor: 'keyword',
  firstChars: 'A',
  minEntropy: 2.7,
  remediation: {
    summary:
      'Account SIDs are identifiers; check that the auth token or an API key secret was not committed alongside it, and rotate those if so.',
    url: 'https://www.twilio.com/docs/iam/api/account',
  },
  examples: {
    truePositives: () => [
      `TWILIO_ACCOUNT_SID=AC${randomString(HEX, 32)}`,
      `account_sid = "AC${randomString(HEX, 32)}"`,
    ],
    falsePositives: [
      'TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'account_sid = "AC_SID_GOES_HERE"',
      'https://api.twilio.com/2010-04-01/Accounts/{AccountSid}/Messages.json',
    ],
  },
};

export const twilioAuthToken: SecretRule = {
  id: 'twilio-auth-token',
  title: 'Twilio auth token',
  provider: 'Twilio',
  // The account's master credential: messages, calls, sub-accounts, billing.
  severity: 'critical',
  keywords: ['twilio'],
  // Either assigned to a Twilio-named variable, or written after the account SID as
  // `AC...:token` (basic auth).
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])twilio[\\w.-]{0,20}?(?:auth[_.-]?)?token${ASSIGNMENT}|(?<![A-Za-z0-9_])AC[0-9a-f]{32}:)(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])`,
    'i',
  ),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Rotate the auth token in the Twilio Console (Account → API keys & tokens → request a secondary token, promote it), move integrations to API keys, and review usage logs.',
    url: 'https://help.twilio.com/articles/223136027-Auth-Tokens-and-How-to-Change-Them',
  },
  examples: {
    truePositives: () => [
      `TWILIO_AUTH_TOKEN=${randomString(HEX, 32)}`,
      `  twilio_auth_token: "${randomString(HEX, 32)}"`,
      `client = Client(account_sid, twilio_token='${randomString(HEX, 32)}')`,
    ],
    falsePositives: [
      'TWILIO_AUTH_TOKEN=your_auth_token',
      'TWILIO_AUTH_TOKEN=[AuthToken]',
      'TWILIO_AUTH_TOKEN=00000000000000000000000000000000',
    ],
  },
};
