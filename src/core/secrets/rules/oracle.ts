import { randomBytes } from 'node:crypto';
import { ALNUM, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';

/**
 * OCI auth tokens are 20 characters of letters, digits and punctuation. The samples avoid the
 * punctuation that reads as a template (`<…>`, `[…]`, `{{`) to the shared placeholder filter.
 */
const AUTH_TOKEN_PUNCTUATION = '():;+#~';

function authToken(): string {
  return `${randomString(ALNUM, 8)}${randomString(AUTH_TOKEN_PUNCTUATION, 2)}${randomString(ALNUM + AUTH_TOKEN_PUNCTUATION, 10)}`;
}

export const oracleCloudAuthToken: SecretRule = {
  id: 'oracle-cloud-auth-token',
  title: 'Oracle Cloud Infrastructure auth token',
  provider: 'Oracle Cloud',
  severity: 'high',
  keywords: ['oci', 'oracle', 'ocir'],
  // Auth tokens (Swift, OCIR `docker login`, SMTP-like uses) have no prefix: only after an
  // OCI-flavoured token/password name or a `docker login <region>.ocir.io … -p`.
  pattern:
    /(?:(?<![A-Za-z0-9])(?:oci|oracle|ocir)[\w-]{0,25}?(?:auth[_.-]?token|password|passwd|token)['"]?\s{0,4}[:=]\s{0,4}|\.ocir\.io\s[^\n]{0,100}?\s(?:-p|--password)[=\s])['"]?(?<secret>[A-Za-z0-9!#$%&()*+,.:;<=>?@[\]^_{|}~-]{20})(?![^\s'"`])/i,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the auth token in the OCI console (Identity → Users → the user → Auth tokens), generate a new one, and update the registry logins or Swift clients that used it.',
    url: 'https://docs.oracle.com/en-us/iaas/Content/Identity/Tasks/managingcredentials.htm',
  },
  examples: {
    truePositives: () => [
      `OCI_AUTH_TOKEN='${authToken()}'`,
      `docker login fra.ocir.io -u 'tenancy/oracleidentitycloudservice/jane@example.org' -p '${authToken()}'`,
      `  ocir_password: "${authToken()}"`,
    ],
    falsePositives: [
      'OCI_AUTH_TOKEN=<auth-token>',
      'OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}',
      'docker login fra.ocir.io -u "$OCIR_USER" -p "$OCIR_TOKEN"',
      'oci_token = get_token()',
    ],
  },
};

export const oracleCloudCustomerSecretKey: SecretRule = {
  id: 'oracle-cloud-customer-secret-key',
  title: 'Oracle Cloud Infrastructure customer secret key (S3 compatibility)',
  provider: 'Oracle Cloud',
  severity: 'high',
  keywords: ['oci', 'oracle'],
  pattern:
    /(?<![A-Za-z0-9])(?:oci|oracle)[\w.-]{0,25}?secret[\w.-]{0,15}?key['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>[A-Za-z0-9+/]{40,43}=?)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the customer secret key in the OCI console (Identity → Users → the user → Customer secret keys), create a new one, and review Object Storage access logs.',
    url: 'https://docs.oracle.com/en-us/iaas/Content/Identity/Tasks/managingcredentials.htm',
  },
  examples: {
    truePositives: () => [
      `OCI_SECRET_ACCESS_KEY=${randomBytes(32).toString('base64')}`,
      `  oracle_secret_key: "${randomBytes(30).toString('base64')}"`,
    ],
    falsePositives: [
      'OCI_SECRET_ACCESS_KEY=<customer-secret-key>',
      'OCI_SECRET_ACCESS_KEY=${OCI_SECRET_ACCESS_KEY}',
      'oci_secret_key_id = "ocid1.credential.oc1..aaaa"',
    ],
  },
};
