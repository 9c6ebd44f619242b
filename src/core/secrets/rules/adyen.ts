import { ALNUM_UPPER, BASE64, HEX_UPPER, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { namedValuePattern } from '../structure/named-value-pattern.js';

const CREDENTIALS_URL = 'https://docs.adyen.com/development-resources/api-credentials/';

/** The shape of a generated Adyen API key: base64, a `-`, 32 bytes of base64, and a short tail. */
function adyenApiKey(): string {
  return `AQE${randomString(BASE64, 97)}==-${randomString(BASE64, 43)}=-${randomString(`${ALNUM_UPPER}%;_.`, 16)}`;
}

export const adyenApiKeyRule: SecretRule = {
  id: 'adyen-api-key',
  title: 'Adyen API key',
  provider: 'Adyen',
  severity: 'critical',
  keywords: ['aqe'],
  // The third, punctuation-rich segment is optional (older keys stop after the second) and is
  // cut at quotes, whitespace and angle brackets.
  pattern:
    /(?<![A-Za-z0-9+/])(?<secret>AQE[A-Za-z0-9+/]{40,250}={0,2}-[A-Za-z0-9+/]{43}=(?:-[^\s'"`<>\\]{1,40})?)/,
  minEntropy: 4,
  remediation: {
    summary:
      'Generate a new API key for the API credential in the Adyen Customer Area (Developers → API credentials), deploy it, then revoke the old key and review recent payments and payouts.',
    url: CREDENTIALS_URL,
  },
  examples: {
    truePositives: () => [
      `ADYEN_API_KEY=${adyenApiKey()}`,
      `const client = new Client({ apiKey: '${adyenApiKey()}', environment: 'LIVE' });`,
      `  "x-api-key": "AQE${randomString(BASE64, 78)}=-${randomString(BASE64, 43)}="`,
    ],
    falsePositives: [
      'ADYEN_API_KEY=AQE_your_api_key_here',
      "apiKey: 'AQExxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx==-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx='",
      'curl -H "X-API-Key: Your_Checkout_API_key" https://checkout-test.adyen.com/v71/payments',
    ],
  },
};

export const adyenClientKey: SecretRule = {
  id: 'adyen-client-key',
  title: 'Adyen client key',
  provider: 'Adyen',
  // Client keys authenticate Drop-in and Components in the browser and only work from allowed
  // origins: public by design, reported so that a key is not mistaken for the API key.
  severity: 'low',
  keywords: ['clientkey', 'client_key', 'client-key', 'client.key'],
  pattern: namedValuePattern('(?:adyen[\\w.-]{0,20}?)?client[_.-]?key', '(?:live|test)_[A-Z0-9]{32}'),
  minEntropy: 3.2,
  // The pattern is case-insensitive; real client keys are upper case after the prefix.
  validate: (secret) => (/^(?:live|test)_[A-Z0-9]{32}$/.test(secret) ? 'plausible' : 'rejected'),
  remediation: {
    summary:
      'Client keys are public, but check the allowed origins of the API credential in the Adyen Customer Area and generate a new client key if unknown origins were added.',
    url: 'https://docs.adyen.com/development-resources/client-side-authentication/',
  },
  examples: {
    truePositives: () => [
      `ADYEN_CLIENT_KEY=live_${randomString(ALNUM_UPPER, 32)}`,
      `  clientKey: 'test_${randomString(ALNUM_UPPER, 32)}',`,
    ],
    falsePositives: [
      "clientKey: 'test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'",
      'ADYEN_CLIENT_KEY=live_your_client_key',
      'client_key = test_abcdefghijklmnopqrstuvwxyz',
    ],
  },
};

export const adyenHmacKey: SecretRule = {
  id: 'adyen-hmac-key',
  title: 'Adyen webhook HMAC key',
  provider: 'Adyen',
  // Lets its holder forge signed webhooks (AUTHORISATION success, refunds) to the merchant.
  severity: 'high',
  keywords: ['adyen'],
  pattern: namedValuePattern('adyen[\\w.-]{0,20}?hmac[\\w.-]{0,12}?', '[A-F0-9]{64}'),
  minEntropy: 2.8,
  remediation: {
    summary:
      'Generate a new HMAC key for the webhook in the Adyen Customer Area (Developers → Webhooks → edit → Generate new HMAC key) and update the verifying service.',
    url: 'https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/',
  },
  examples: {
    truePositives: () => [
      `ADYEN_HMAC_KEY=${randomString(HEX_UPPER, 64)}`,
      `adyen.hmacKey: "${randomString(HEX_UPPER, 64)}"`,
    ],
    falsePositives: [
      'ADYEN_HMAC_KEY=<hmac-key>',
      'ADYEN_HMAC_KEY=0000000000000000000000000000000000000000000000000000000000000000',
    ],
  },
};
