import { ALNUM, BASE64URL, HEX, randomString, sample } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { namedValuePattern } from '../structure/named-value-pattern.js';
import { UUID } from '../structure/uuid-pattern.js';

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => randomString(HEX, n)).join('-');
}

const SQUARE_URL = 'https://developer.squareup.com/docs/build-basics/access-tokens';
const BRAINTREE_URL =
  'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials';

export const squareAccessToken: SecretRule = {
  id: 'square-access-token',
  title: 'Square access token',
  provider: 'Square',
  severity: 'critical',
  keywords: ['eaaa'],
  // Exactly 64 characters: longer `EAA...` runs are Facebook tokens.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token in the Square Developer Dashboard (application → Credentials → replace the personal access token, or revoke the OAuth grant) and review recent payments and refunds.',
    url: SQUARE_URL,
  },
  examples: {
    truePositives: () => [
      `SQUARE_ACCESS_TOKEN=${sample('EAAA', BASE64URL, 60)}`,
      `client = Square::Client.new(access_token: '${sample('EAAAE', ALNUM, 59)}')`,
    ],
    falsePositives: [
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SQUARE_ACCESS_TOKEN=EAAA-your-access-token',
      'EAAAtooShort123',
    ],
  },
};

export const squareLegacyAccessToken: SecretRule = {
  id: 'square-legacy-access-token',
  title: 'Square legacy access token',
  provider: 'Square',
  severity: 'critical',
  keywords: ['sq0atp-'],
  // 22 characters in Square's examples; accept up to 60 like other scanners, so a longer token is
  // reported rather than dropped because the character after the 22nd is not a boundary.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0atp-[A-Za-z0-9_-]{22,60})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Replace the access token in the Square Developer Dashboard (application → Credentials), move the integration to OAuth or a new personal token, and review recent transactions.',
    url: SQUARE_URL,
  },
  examples: {
    truePositives: () => [
      `square_token = "${sample('sq0atp-', ALNUM, 22)}"`,
      `SQUARE_ACCESS_TOKEN: ${sample('sq0atp-', ALNUM, 22)}`,
      `square.access_token = '${sample('sq0atp-', BASE64URL, 51)}'`,
    ],
    falsePositives: [
      'square_token = "sq0atp-XXXXXXXXXXXXXXXXXXXXXX"',
      'sq0atp-short',
      // Too long to be one token: 61 characters after the prefix.
      'sq0atp-Zk3Qw8Rt2Yp6Lm1Nb5Vc9Xd4Hs7Jf0Gq3Wn8Ue2Ta6Io1Pk5Mz9Bx4Cv7Ry0L',
    ],
  },
};

export const squareOauthSecret: SecretRule = {
  id: 'square-oauth-secret',
  title: 'Square OAuth application secret',
  provider: 'Square',
  severity: 'high',
  keywords: ['sq0csp-'],
  // `sandbox-sq0csp-` secrets belong to the sandbox and are left out by the look-behind.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Replace the application secret in the Square Developer Dashboard (application → OAuth → Replace secret) and update the OAuth server that exchanges codes with it.',
    url: 'https://developer.squareup.com/docs/oauth-api/overview',
  },
  examples: {
    truePositives: () => [
      `SQUARE_APPLICATION_SECRET=${sample('sq0csp-', ALNUM, 43)}`,
      `"application_secret": "${sample('sq0csp-', ALNUM, 43)}"`,
    ],
    falsePositives: [
      'SQUARE_APPLICATION_SECRET=sq0csp-<application-secret>',
      // The application ID is public.
      'SQUARE_APPLICATION_ID=sq0idp-wGVapF8sNt9PLrdj5znuKA',
    ],
  },
};

export const braintreeAccessToken: SecretRule = {
  id: 'braintree-access-token',
  title: 'Braintree (PayPal) production access token',
  provider: 'Braintree',
  severity: 'critical',
  keywords: ['access_token$production$'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>access_token\$production\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the access token in the PayPal/Braintree control panel (API credentials), issue a new one, and review recent transactions made with it.',
    url: BRAINTREE_URL,
  },
  examples: {
    truePositives: () => [
      `BRAINTREE_ACCESS_TOKEN=access_token$production$${randomString('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${randomString(HEX, 32)}`,
      `gateway = braintree.BraintreeGateway(access_token="access_token$production$${randomString('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${randomString(HEX, 32)}")`,
    ],
    falsePositives: [
      'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>',
      'access_token$production$$',
    ],
  },
};

export const braintreeSandboxAccessToken: SecretRule = {
  id: 'braintree-sandbox-access-token',
  title: 'Braintree (PayPal) sandbox access token',
  provider: 'Braintree',
  severity: 'low',
  keywords: ['access_token$sandbox$'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>access_token\$sandbox\$[a-z0-9]{16}\$[a-f0-9]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the sandbox access token in the PayPal developer dashboard and keep credentials, even sandbox ones, out of source control.',
    url: BRAINTREE_URL,
  },
  examples: {
    truePositives: () => [
      `PAYPAL_ACCESS_TOKEN='access_token$sandbox$${randomString('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${randomString(HEX, 32)}'`,
      `  accessToken: access_token$sandbox$${randomString('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${randomString(HEX, 32)}`,
    ],
    falsePositives: ['accessToken: access_token$sandbox$...', 'access_token$sandbox$merchant$token'],
  },
};

export const braintreePrivateKey: SecretRule = {
  id: 'braintree-private-key',
  title: 'Braintree API private key',
  provider: 'Braintree',
  severity: 'high',
  keywords: ['braintree'],
  pattern: namedValuePattern('braintree[\\w.:-]{0,30}?private[_.-]?key', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Delete the API key pair in the Braintree Control Panel (Settings → API → API Keys), generate a new one and update the gateway configuration.',
    url: BRAINTREE_URL,
  },
  examples: {
    truePositives: () => [
      `BRAINTREE_PRIVATE_KEY=${randomString(HEX, 32)}`,
      `Braintree::Configuration.private_key = "${randomString(HEX, 32)}"`,
    ],
    falsePositives: [
      'BRAINTREE_PRIVATE_KEY=your_private_key',
      // The public key and merchant ID are identifiers, not secrets.
      'BRAINTREE_PUBLIC_KEY=abcd1234wxyz5678',
    ],
  },
};

export const razorpayKeySecret: SecretRule = {
  id: 'razorpay-key-secret',
  title: 'Razorpay API key secret',
  provider: 'Razorpay',
  severity: 'high',
  keywords: ['razorpay', 'rzp'],
  pattern: namedValuePattern('(?:razorpay|rzp)[\\w.-]{0,20}?(?:key[_.-]?)?secret', '[A-Za-z0-9]{24}'),
  minEntropy: 3.0,
  remediation: {
    summary:
      'Regenerate the API key in the Razorpay Dashboard (Account & Settings → API Keys → Regenerate key), deploy the new secret and review recent payments and refunds.',
    url: 'https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/',
  },
  examples: {
    truePositives: () => [
      `RAZORPAY_KEY_SECRET=${randomString(ALNUM, 24)}`,
      `  "razorpaySecret": "${randomString(ALNUM, 24)}",`,
    ],
    falsePositives: ['RAZORPAY_KEY_SECRET=<razorpay-secret>', 'RAZORPAY_KEY_SECRET=changeme'],
  },
};

export const razorpayLiveKeyPair: SecretRule = {
  id: 'razorpay-live-key-pair',
  title: 'Razorpay live key ID and secret pair',
  provider: 'Razorpay',
  severity: 'critical',
  keywords: ['rzp_live_'],
  // `key_id:key_secret`, as passed to `curl -u` or written into a basic-auth URL. The key ID
  // alone is public (it is embedded in checkout pages), so only the pair is reported.
  pattern: /(?<![A-Za-z0-9_])rzp_live_[A-Za-z0-9]{14}:(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
  minEntropy: 3.1,
  remediation: {
    summary:
      'Regenerate the live API key in the Razorpay Dashboard (Account & Settings → API Keys) and review payments, refunds and payouts made with it.',
    url: 'https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/',
  },
  examples: {
    truePositives: () => [
      `curl -u ${sample('rzp_live_', ALNUM, 14)}:${randomString(ALNUM, 24)} https://api.razorpay.com/v1/payments`,
      `RAZORPAY_AUTH="${sample('rzp_live_', ALNUM, 14)}:${randomString(ALNUM, 24)}"`,
    ],
    falsePositives: [
      'RAZORPAY_KEY_ID=rzp_live_ILgsfZCZoFIKMb',
      'curl -u rzp_live_ILgsfZCZoFIKMb:[YOUR_KEY_SECRET] https://api.razorpay.com/v1/orders',
    ],
  },
};

export const paystackSecretKey: SecretRule = {
  id: 'paystack-secret-key',
  title: 'Paystack live secret key',
  provider: 'Paystack',
  severity: 'critical',
  keywords: ['sk_live_'],
  // Paystack bodies are 40 lowercase hex; Stripe's are base62 of other lengths (stripe.ts).
  pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Generate new API keys in the Paystack Dashboard (Settings → API Keys & Webhooks), deploy them, and review transfers and refunds made with the old key.',
    url: 'https://paystack.com/docs/api/authentication/',
  },
  examples: {
    truePositives: () => [
      `PAYSTACK_SECRET_KEY=${sample('sk_live_', HEX, 40)}`,
      `Authorization: Bearer ${sample('sk_live_', HEX, 40)}`,
    ],
    falsePositives: [
      'PAYSTACK_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      // Public keys go into the checkout page.
      "PaystackPop.setup({ key: 'pk_live_0123456789abcdef0123456789abcdef01234567' })",
    ],
  },
};

export const paystackTestSecretKey: SecretRule = {
  id: 'paystack-test-secret-key',
  title: 'Paystack test secret key',
  provider: 'Paystack',
  severity: 'medium',
  keywords: ['sk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sk_test_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Generate new test keys in the Paystack Dashboard (Settings → API Keys & Webhooks) and keep keys in environment configuration rather than source.',
    url: 'https://paystack.com/docs/api/authentication/',
  },
  examples: {
    truePositives: () => [
      `PAYSTACK_SECRET_KEY=${sample('sk_test_', HEX, 40)}`,
      `const paystack = require('paystack')('${sample('sk_test_', HEX, 40)}');`,
    ],
    falsePositives: ['PAYSTACK_SECRET_KEY=sk_test_0000000000000000000000000000000000000000', 'sk_test_abc'],
  },
};

export const flutterwaveSecretKey: SecretRule = {
  id: 'flutterwave-secret-key',
  title: 'Flutterwave live secret key',
  provider: 'Flutterwave',
  severity: 'critical',
  keywords: ['flwseck-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK-[a-fA-F0-9]{32}-X)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the API keys in the Flutterwave Dashboard (Settings → API Keys), deploy the new secret key and review recent transfers.',
    url: 'https://developer.flutterwave.com/docs/authentication',
  },
  examples: {
    truePositives: () => [
      `FLW_SECRET_KEY=FLWSECK-${randomString(HEX, 32)}-X`,
      `const flw = new Flutterwave(PUBLIC_KEY, 'FLWSECK-${randomString(HEX, 32)}-X');`,
    ],
    falsePositives: [
      'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X',
      'FLW_PUBLIC_KEY=FLWPUBK-0123456789abcdef0123456789abcdef-X',
    ],
  },
};

export const flutterwaveTestSecretKey: SecretRule = {
  id: 'flutterwave-test-secret-key',
  title: 'Flutterwave test secret key',
  provider: 'Flutterwave',
  severity: 'medium',
  keywords: ['flwseck_test-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK_TEST-[a-fA-F0-9]{32}-X)(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the test API keys in the Flutterwave Dashboard (Settings → API Keys) and keep keys out of source control.',
    url: 'https://developer.flutterwave.com/docs/authentication',
  },
  examples: {
    truePositives: () => [
      `FLW_SECRET_KEY=FLWSECK_TEST-${randomString(HEX, 32)}-X`,
      `  "secretKey": "FLWSECK_TEST-${randomString(HEX, 32)}-X"`,
    ],
    falsePositives: [
      'FLW_SECRET_KEY=FLWSECK_TEST-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX-X',
      'FLW_PUBLIC_KEY=FLWPUBK_TEST-0123456789abcdef0123456789abcdef-X',
    ],
  },
};

export const flutterwaveTestEncryptionKey: SecretRule = {
  id: 'flutterwave-test-encryption-key',
  title: 'Flutterwave test encryption key',
  provider: 'Flutterwave',
  severity: 'low',
  keywords: ['flwseck_test'],
  // `FLWSECK_TEST` and 12 hex, no hyphen (the test secret key has one, and 32 hex and `-X`). Live
  // encryption keys are 24 bare hex characters, with nothing to tell them apart from any digest.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>FLWSECK_TEST[a-fA-F0-9]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the test API keys in the Flutterwave Dashboard (Settings → API Keys), which replaces the encryption key with the secret key, and keep keys out of source control.',
    url: 'https://developer.flutterwave.com/docs/authentication',
  },
  examples: {
    truePositives: () => [
      `FLW_ENCRYPTION_KEY=FLWSECK_TEST${randomString(HEX, 12)}`,
      `encryptionKey: '${sample('FLWSECK_TEST', HEX, 12)}',`,
    ],
    falsePositives: [
      'FLW_ENCRYPTION_KEY=FLWSECK_TESTxxxxxxxxxxxx',
      'FLW_ENCRYPTION_KEY=FLWSECK_TEST-your-encryption-key',
      // Eight hex characters: too short.
      'FLWSECK_TEST3b7e90c1',
      'FLW_PUBLIC_KEY=FLWPUBK_TEST-0123456789abcdef0123456789abcdef-X',
    ],
  },
};

export const plaidSecret: SecretRule = {
  id: 'plaid-secret',
  title: 'Plaid API secret',
  provider: 'Plaid',
  severity: 'high',
  keywords: ['plaid'],
  pattern: namedValuePattern(
    'plaid[\\w.-]{0,20}?secret(?:[_.-]?(?:key|production|development|sandbox|prod|dev))?',
    '[a-f0-9]{30}',
  ),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Rotate the secret for the affected environment in the Plaid Dashboard (Developers → Keys), deploy it, then delete the old secret.',
    url: 'https://dashboard.plaid.com/developers/keys',
  },
  examples: {
    truePositives: () => [
      `PLAID_SECRET=${randomString(HEX, 30)}`,
      `plaid_secret_production: "${randomString(HEX, 30)}"`,
    ],
    falsePositives: [
      'PLAID_SECRET=your_plaid_secret',
      // The client ID identifies the team; it is not a secret (and is 24 characters).
      'PLAID_CLIENT_ID=5f2b9a1c4d3e8f7a6b5c4d3e',
    ],
  },
};

export const plaidAccessToken: SecretRule = {
  id: 'plaid-access-token',
  title: 'Plaid Item access token',
  provider: 'Plaid',
  // Reads a user's linked bank accounts, balances and transactions.
  severity: 'high',
  keywords: ['access-production-', 'access-development-'],
  pattern: new RegExp(
    `(?<![A-Za-z0-9_-])(?<secret>access-(?:production|development)-${UUID})(?![A-Za-z0-9_-])`,
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Rotate the access token with /item/access_token/invalidate (or remove the Item with /item/remove) and store the new token server-side only.',
    url: 'https://plaid.com/docs/api/items/',
  },
  examples: {
    truePositives: () => [
      `access_token = "access-production-${uuid()}"`,
      `PLAID_ACCESS_TOKEN=access-development-${uuid()}`,
    ],
    falsePositives: [
      'PLAID_ACCESS_TOKEN=access-production-<item-token>',
      'access_token = "access-production-00000000-0000-0000-0000-000000000000"',
    ],
  },
};

export const plaidSandboxAccessToken: SecretRule = {
  id: 'plaid-sandbox-access-token',
  title: 'Plaid sandbox access token',
  provider: 'Plaid',
  // Reaches only Plaid's test institutions, but it is still a credential of the team's Plaid
  // client and belongs in the same secret store as the production one.
  severity: 'low',
  keywords: ['access-sandbox-'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>access-sandbox-${UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  remediation: {
    summary:
      'Invalidate the token with /item/access_token/invalidate in the sandbox and load sandbox credentials from the environment like production ones.',
    url: 'https://plaid.com/docs/sandbox/',
  },
  examples: {
    truePositives: () => [
      `access_token = "access-sandbox-${uuid()}"`,
      `PLAID_SANDBOX_TOKEN=access-sandbox-${uuid()}`,
    ],
    falsePositives: [
      'PLAID_ACCESS_TOKEN=access-sandbox-<item-token>',
      'public-sandbox-5c224a01-8314-4491-a06f-39e193d5cddc',
    ],
  },
};

export const gocardlessAccessToken: SecretRule = {
  id: 'gocardless-access-token',
  title: 'GoCardless live access token',
  provider: 'GoCardless',
  severity: 'critical',
  keywords: ['gocardless', 'gc_access'],
  pattern: namedValuePattern(
    'gocardless[\\w.-]{0,20}?(?:token|key)|gc[_.-]?access[_.-]?token',
    'live_[A-Za-z0-9_=-]{40}',
    '(?![A-Za-z0-9_=-])',
  ),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the access token in the GoCardless Dashboard (Developers → Access tokens), create a new one with the scope needed, and review recent payments and payouts.',
  },
  examples: {
    truePositives: () => [
      `GOCARDLESS_ACCESS_TOKEN=${sample('live_', ALNUM, 40)}`,
      `GC_ACCESS_TOKEN: "${sample('live_', BASE64URL, 40)}"`,
    ],
    falsePositives: [
      'GOCARDLESS_ACCESS_TOKEN=sandbox_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GOCARDLESS_ACCESS_TOKEN=live_your_access_token',
    ],
  },
};

export const mollieLiveApiKey: SecretRule = {
  id: 'mollie-live-api-key',
  title: 'Mollie live API key',
  provider: 'Mollie',
  severity: 'critical',
  keywords: ['mollie'],
  pattern: namedValuePattern('mollie[\\w.-]{0,20}?(?:key|token)', 'live_[A-Za-z0-9]{30}'),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Reset the live API key in the Mollie Dashboard (Developers → API keys → Reset), deploy the new key and review recent payments and refunds.',
    url: 'https://docs.mollie.com/reference/authentication',
  },
  examples: {
    truePositives: () => [
      `MOLLIE_API_KEY=${sample('live_', ALNUM, 30)}`,
      `mollie_key: '${sample('live_', ALNUM, 30)}'`,
    ],
    falsePositives: ['MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MOLLIE_API_KEY=live_'],
  },
};

export const mollieTestApiKey: SecretRule = {
  id: 'mollie-test-api-key',
  title: 'Mollie test API key',
  provider: 'Mollie',
  severity: 'medium',
  keywords: ['mollie'],
  pattern: namedValuePattern('mollie[\\w.-]{0,20}?(?:key|token)', 'test_[A-Za-z0-9]{30}'),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Reset the test API key in the Mollie Dashboard (Developers → API keys) and keep keys in environment configuration.',
    url: 'https://docs.mollie.com/reference/authentication',
  },
  examples: {
    truePositives: () => [
      `MOLLIE_API_KEY=${sample('test_', ALNUM, 30)}`,
      `"mollieApiKey": "${sample('test_', ALNUM, 30)}"`,
    ],
    falsePositives: ['MOLLIE_API_KEY=test_your_mollie_test_key', 'MOLLIE_PROFILE_ID=pfl_3RkSN1zuPE'],
  },
};

export const checkoutComSecretKey: SecretRule = {
  id: 'checkout-com-secret-key',
  title: 'Checkout.com live secret key',
  provider: 'Checkout.com',
  severity: 'critical',
  keywords: ['sk_'],
  // Classic-account keys: `sk_` and a UUID (`sk_test_` and a UUID in the sandbox).
  pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>sk_${UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the secret key in the Checkout.com Dashboard (Developers → Keys), deploy it and review recent payments and refunds.',
  },
  examples: {
    truePositives: () => [`CKO_SECRET_KEY=sk_${uuid()}`, `checkout_secret_key: "sk_${uuid()}"`],
    falsePositives: [
      'CKO_SECRET_KEY=sk_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'CKO_PUBLIC_KEY=pk_00000000-0000-0000-0000-000000000000',
    ],
  },
};

export const checkoutComTestSecretKey: SecretRule = {
  id: 'checkout-com-test-secret-key',
  title: 'Checkout.com sandbox secret key',
  provider: 'Checkout.com',
  severity: 'medium',
  keywords: ['sk_test_'],
  pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>sk_test_${UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the sandbox secret key in the Checkout.com Dashboard (Developers → Keys) and keep keys out of source control.',
  },
  examples: {
    truePositives: () => [`CKO_SECRET_KEY=sk_test_${uuid()}`, `  secretKey: 'sk_test_${uuid()}',`],
    falsePositives: ['CKO_SECRET_KEY=sk_test_<uuid>', 'sk_test_00000000-0000-0000-0000-000000000000'],
  },
};

export const xenditSecretKey: SecretRule = {
  id: 'xendit-secret-key',
  title: 'Xendit production secret API key',
  provider: 'Xendit',
  severity: 'critical',
  keywords: ['xnd_production_'],
  // `xnd_public_production_` keys are publishable and fail the look-behind.
  pattern: /(?<![A-Za-z0-9_])(?<secret>xnd_production_[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the secret key in the Xendit Dashboard (Settings → Developers → API Keys), generate a new one with the permissions needed and review recent disbursements.',
  },
  examples: {
    truePositives: () => [
      `XENDIT_SECRET_KEY=${sample('xnd_production_', ALNUM, 60)}`,
      `$apiKey = "${sample('xnd_production_', ALNUM, 62)}";`,
    ],
    falsePositives: [
      'XENDIT_SECRET_KEY=xnd_production_...',
      'XENDIT_PUBLIC_KEY=xnd_public_production_your_public_key',
    ],
  },
};

export const xenditDevelopmentSecretKey: SecretRule = {
  id: 'xendit-development-secret-key',
  title: 'Xendit development secret API key',
  provider: 'Xendit',
  severity: 'medium',
  keywords: ['xnd_development_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>xnd_development_[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the development key in the Xendit Dashboard (Settings → Developers → API Keys) and generate a new one kept outside source control.',
  },
  examples: {
    truePositives: () => [
      `XENDIT_SECRET_KEY=${sample('xnd_development_', ALNUM, 60)}`,
      `Xendit::setApiKey('${sample('xnd_development_', ALNUM, 62)}');`,
    ],
    falsePositives: [
      'XENDIT_SECRET_KEY=xnd_development_dummy',
      'Xendit.Opt.setApiKey("xnd_development_...");',
    ],
  },
};

export const rampClientSecret: SecretRule = {
  id: 'ramp-client-secret',
  title: 'Ramp API client secret',
  provider: 'Ramp',
  severity: 'high',
  keywords: ['ramp_sec_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ramp_sec_[A-Za-z0-9]{48})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Regenerate the client secret of the developer app in Ramp (Company → Developer API), update the service that requests tokens with it and review recent API activity.',
  },
  examples: {
    truePositives: () => [
      `RAMP_CLIENT_SECRET=${sample('ramp_sec_', ALNUM, 48)}`,
      `client_secret = "${sample('ramp_sec_', ALNUM, 48)}"`,
    ],
    falsePositives: [
      'RAMP_CLIENT_SECRET=ramp_sec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'signal ramp_sec_fin_out : out std_logic;',
    ],
  },
};
