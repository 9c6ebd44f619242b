import { BASE64URL, HEX, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';

export const ibmCloudApiKey: SecretRule = {
  id: 'ibm-cloud-api-key',
  title: 'IBM Cloud IAM API key',
  provider: 'IBM Cloud',
  severity: 'critical',
  keywords: ['ibm', 'iam_apikey', 'ic_api_key', 'bluemix'],
  // 44 URL-safe characters with no prefix: after an IBM-flavoured key name (`IBMCLOUD_API_KEY`,
  // the Terraform provider's `IC_API_KEY`, Watson's `iam_apikey`).
  pattern:
    /(?:(?<![A-Za-z0-9])(?:ibm|bluemix)[\w.-]{0,25}?api[_.-]?key|(?<![A-Za-z0-9])(?:iam|ic|bm)[_.-]api[_.-]?key)['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>[A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])/i,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the API key under Manage → Access (IAM) → API keys (or the service ID’s keys), create a new one, and review Activity Tracker events for its use.',
    url: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
  },
  examples: {
    truePositives: () => [
      `IBMCLOUD_API_KEY=${randomString(BASE64URL, 44)}`,
      `export IC_API_KEY="${randomString(BASE64URL, 44)}"`,
      `  "iam_apikey": "${randomString(BASE64URL, 44)}",`,
      `ibm_cloud_apikey: ${randomString(BASE64URL, 44)}`,
    ],
    falsePositives: [
      'IBMCLOUD_API_KEY=<your-api-key>',
      'IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}',
      'ibmcloud login --apikey @apikey.json',
      'IBMCLOUD_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const ibmCloudObjectStorageHmacSecret: SecretRule = {
  id: 'ibm-cloud-object-storage-hmac-secret',
  title: 'IBM Cloud Object Storage HMAC secret access key',
  provider: 'IBM Cloud',
  severity: 'high',
  keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'cos_hmac', 'ibm'],
  // COS HMAC secrets are 48 hex characters (AWS secrets are 40 base64), in `cos_hmac_keys`.
  pattern:
    /(?:secret[_.-]?access[_.-]?key|(?:ibm|cos)[\w.-]{0,20}?(?:hmac|secret)[\w.-]{0,20}?key)['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>[a-f0-9]{48})(?![A-Za-z0-9])/i,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the service credential that holds the HMAC keys (Object Storage instance → Service credentials), create a new one with HMAC enabled, and review bucket access logs.',
    url: 'https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main',
  },
  examples: {
    truePositives: () => [
      `    "secret_access_key": "${randomString(HEX, 48)}"`,
      `COS_HMAC_SECRET_KEY=${randomString(HEX, 48)}`,
      `aws_secret_access_key = ${randomString(HEX, 48)}`,
    ],
    falsePositives: [
      '    "secret_access_key": "<secret-access-key>"',
      '    "secret_access_key": "000000000000000000000000000000000000000000000000"',
      'COS_HMAC_SECRET_KEY=${COS_SECRET}',
    ],
  },
};
