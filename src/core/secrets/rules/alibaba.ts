import { ALNUM, randomString, sample } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';

const ACCESS_KEY_URL = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';

export const alibabaCloudAccessKeyId: SecretRule = {
  id: 'alibaba-cloud-access-key-id',
  title: 'Alibaba Cloud AccessKey ID',
  provider: 'Alibaba Cloud',
  severity: 'high',
  keywords: ['ltai'],
  // `LTAI` then 12-20 characters: older IDs are 16 characters long, current ones 24 (`LTAI5t…`).
  pattern: /(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Disable, then delete the AccessKey pair in the RAM console (Users → the user → AccessKey), create a replacement for a least-privilege RAM user, and check ActionTrail for its use.',
    url: ACCESS_KEY_URL,
  },
  examples: {
    truePositives: () => [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${sample('LTAI5t', ALNUM, 18)}`,
      `accessKeyId: '${sample('LTAI', ALNUM, 12)}',`,
      `  "AccessKeyId": "${sample('LTAI', ALNUM, 20)}"`,
    ],
    falsePositives: [
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxx',
      'ALIBABA_CLOUD_ACCESS_KEY_ID=<your-access-key-id>',
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tShort',
    ],
  },
};

export const alibabaCloudAccessKeySecret: SecretRule = {
  id: 'alibaba-cloud-access-key-secret',
  title: 'Alibaba Cloud AccessKey secret',
  provider: 'Alibaba Cloud',
  severity: 'critical',
  keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret', 'access-key-secret'],
  // 30 alphanumerics with no prefix: only after an Alibaba-flavoured name or `AccessKeySecret`.
  pattern:
    /(?:(?<![A-Za-z0-9])ali(?:baba|yun|cloud)[\w.-]{0,30}?(?:secret|sk)[\w.-]{0,12}?|(?<![A-Za-z0-9])access[_.-]?key[_.-]?secret)['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9])/i,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Disable and delete the AccessKey pair in the RAM console, create a replacement (or switch to STS / RAM roles), and review ActionTrail for calls made with it.',
    url: ACCESS_KEY_URL,
  },
  examples: {
    truePositives: () => [
      `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${randomString(ALNUM, 30)}`,
      `accessKeySecret: '${randomString(ALNUM, 30)}',`,
      `  aliyun_secret_key = "${randomString(ALNUM, 30)}"`,
      `ALICLOUD_SECRET_KEY="${randomString(ALNUM, 30)}"`,
    ],
    falsePositives: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=<your-access-key-secret>',
      'accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};
