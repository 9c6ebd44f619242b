import { ALNUM, BASE64, HEX, randomString, sample } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';

const KEYS_URL = 'https://docs.stripe.com/keys';

/** Keys printed in Stripe's own documentation and tutorials: public, never a leak. */
const DOCUMENTED_EXAMPLES = new Set(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2']);

/**
 * Stripe key bodies are base62, 24 characters for older keys and around a hundred for newer
 * ones. A body of exactly 40 lowercase hex is Paystack's format (`payments.ts`), which shares the
 * `sk_live_` / `sk_test_` prefixes, so it is left to that rule.
 */
function checkStripeKey(secret: string): StructureVerdict {
  if (DOCUMENTED_EXAMPLES.has(secret)) return 'rejected';
  const body = secret.slice(secret.indexOf('_', 3) + 1);
  return /^[a-f0-9]{40}$/.test(body) ? 'rejected' : 'plausible';
}

export const stripeSecretKey: SecretRule = {
  id: 'stripe-secret-key',
  title: 'Stripe live secret API key',
  provider: 'Stripe',
  severity: 'critical',
  keywords: ['sk_live_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: checkStripeKey,
  remediation: {
    summary:
      'Roll the key in the Stripe Dashboard (Developers → API keys → Roll key) with an immediate expiry, deploy the new key, then review recent API requests and payouts in the logs.',
    url: KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `STRIPE_SECRET_KEY=${sample('sk_live_', ALNUM, 24)}`,
      `const stripe = require('stripe')('${sample('sk_live_51', ALNUM, 97)}');`,
      `  stripe_api_key: "${sample('sk_live_', ALNUM, 99)}"`,
    ],
    falsePositives: [
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      "const stripe = Stripe('sk_live_...');",
      "<script>const stripe = Stripe('pk_live_TYooMQauvdEDq54NiTphI7jx');</script>",
      'STRIPE_SECRET_KEY=sk_live_${STRIPE_KEY_SUFFIX}',
      'see https://docs.stripe.com/keys for sk_live_ and rk_live_ prefixes',
    ],
  },
};

export const stripeRestrictedKey: SecretRule = {
  id: 'stripe-restricted-key',
  title: 'Stripe live restricted API key',
  provider: 'Stripe',
  severity: 'high',
  keywords: ['rk_live_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: checkStripeKey,
  remediation: {
    summary:
      'Roll or delete the restricted key in the Stripe Dashboard (Developers → API keys), issue a new one with only the permissions the integration needs, and check the request logs for its use.',
    url: KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `export STRIPE_RESTRICTED_KEY=${sample('rk_live_', ALNUM, 24)}`,
      `{"stripeKey": "${sample('rk_live_51', ALNUM, 97)}"}`,
    ],
    falsePositives: ['STRIPE_RESTRICTED_KEY=rk_live_<restricted-key>', 'rk_live_tooShort42'],
  },
};

export const stripeTestSecretKey: SecretRule = {
  id: 'stripe-test-secret-key',
  title: 'Stripe test-mode secret API key',
  provider: 'Stripe',
  // Test mode moves no money, but the key reads and writes the account's test data and
  // settings, and a committed test key is often a live key away.
  severity: 'medium',
  keywords: ['sk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sk_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: checkStripeKey,
  remediation: {
    summary:
      'Roll the test key in the Stripe Dashboard (Developers → API keys, test mode) and load keys from the environment or a secret manager rather than from source.',
    url: KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `STRIPE_SECRET_KEY=${sample('sk_test_', ALNUM, 24)}`,
      `Stripe.api_key = "${sample('sk_test_51', ALNUM, 97)}"`,
    ],
    falsePositives: [
      // Stripe's documentation samples.
      "Stripe.api_key = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'",
      'curl https://api.stripe.com/v1/charges -u sk_test_BQokikJOvBiI2HlWgH4olfQ2:',
      'STRIPE_SECRET_KEY=sk_test_your_secret_key_here',
    ],
  },
};

export const stripeTestRestrictedKey: SecretRule = {
  id: 'stripe-test-restricted-key',
  title: 'Stripe test-mode restricted API key',
  provider: 'Stripe',
  severity: 'low',
  keywords: ['rk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rk_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: checkStripeKey,
  remediation: {
    summary:
      'Delete the test-mode restricted key in the Stripe Dashboard (Developers → API keys) and create a new one; keep keys out of source control.',
    url: KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `STRIPE_RESTRICTED_KEY=${sample('rk_test_', ALNUM, 24)}`,
      `stripe.restricted_key: ${sample('rk_test_51', ALNUM, 97)}`,
    ],
    falsePositives: ['STRIPE_RESTRICTED_KEY=rk_test_XXXXXXXXXXXXXXXXXXXXXXXX', 'rk_test_'],
  },
};

export const stripeWebhookSecret: SecretRule = {
  id: 'stripe-webhook-secret',
  title: 'Stripe webhook signing secret',
  provider: 'Stripe',
  // Whoever holds it can forge signed events (payment succeeded, subscription paid) to the
  // endpoint. Svix-based webhooks (Clerk, Resend, ...) use the same `whsec_` prefix.
  severity: 'high',
  keywords: ['whsec_'],
  // Dashboard secrets are 32 base62 characters, Stripe CLI ones 64 hex, Svix ones base64.
  pattern: /(?<![A-Za-z0-9_])(?<secret>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Roll the endpoint secret in the Stripe Dashboard (Developers → Webhooks → endpoint → Roll secret), update the verifying service, and check for events that were not sent by Stripe.',
    url: 'https://docs.stripe.com/webhooks',
  },
  examples: {
    truePositives: () => [
      `STRIPE_WEBHOOK_SECRET=${sample('whsec_', ALNUM, 32)}`,
      `endpoint_secret = '${sample('whsec_', HEX, 64)}'`,
      `webhookSecret: "whsec_${randomString(BASE64, 43)}="`,
    ],
    falsePositives: [
      'STRIPE_WEBHOOK_SECRET=whsec_...',
      "endpoint_secret = 'whsec_your_webhook_signing_secret'",
      'STRIPE_WEBHOOK_SECRET=whsec_1234',
    ],
  },
};
