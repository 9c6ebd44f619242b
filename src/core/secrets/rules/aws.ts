import { randomBytes, randomUUID } from 'node:crypto';
import { ALNUM, ALNUM_LOWER, BASE64, DIGITS, HEX, randomString, sample } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';

const IAM_KEYS_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function accessKeyId(prefix = 'AKIA'): string {
  return sample(prefix, BASE32_UPPER, 16);
}

export const awsAccessKeyId: SecretRule = {
  id: 'aws-access-key-id',
  title: 'AWS access key ID',
  provider: 'AWS',
  severity: 'high',
  // AKIA: long-term IAM user keys, ASIA: STS temporary keys, ABIA: STS service bearer tokens,
  // ACCA: context-specific credentials. The 16 characters after the prefix are base32 (A-Z, 2-7).
  keywords: ['akia', 'asia', 'abia', 'acca'],
  pattern: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Deactivate and delete the access key in IAM (Users → Security credentials), create a new one if needed, and review CloudTrail for calls made with it.',
    url: IAM_KEYS_URL,
  },
  examples: {
    truePositives: () => [
      `aws_access_key_id = ${accessKeyId()}`,
      `export AWS_ACCESS_KEY_ID="${accessKeyId('ASIA')}"`,
      `  "AccessKeyId": "${accessKeyId('AKIA')}",`,
      `https://bucket.s3.amazonaws.com/file?X-Amz-Credential=${accessKeyId('ASIA')}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request`,
    ],
    falsePositives: [
      // The documented example key from the AWS docs.
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
      // 0, 1, 8 and 9 are not base32 digits: no real key contains them.
      'key: AKIA0189018901890189',
      'aws_access_key_id = AKIA<your-key-id>',
      'see docs/AKIAIOSFODNN7EXAMPLEKEY.md',
      'The ACCA regional office in ASIA opened today.',
    ],
  },
};

/** A secret access key is 30 random bytes in base64: never only hex digits. */
function notHex(secret: string): StructureVerdict {
  return /^[0-9a-f]+$/i.test(secret) ? 'rejected' : 'plausible';
}

export const awsSecretAccessKey: SecretRule = {
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  provider: 'AWS',
  severity: 'critical',
  keywords: [
    'aws',
    'secret_access_key',
    'secretaccesskey',
    'secret-access-key',
    'secret.access.key',
    'akia',
    'asia',
  ],
  // 40 base64 characters have no prefix: require `aws…secret` or `secret_access_key` just before,
  // or a key id right before as the previous argument (`new BasicAWSCredentials("AKIA…", "…")`).
  // `OCI_SECRET_ACCESS_KEY`, `gs_secret_access_key` (S3-compatible look-alikes) are not AWS.
  pattern:
    /(?:(?:(?<![A-Za-z0-9])aws[\w.-]{0,20}?secret[\w.-]{0,20}?|(?<![A-Za-z0-9_])secret[_.-]?access[_.-]?key)['"]?\s{0,4}(?::=|=>|[:=,]|\s)\s{0,4}['"]?|(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}['"]\s{0,4},\s{0,4}['"])(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
  minEntropy: 4,
  validate: notHex,
  remediation: {
    summary:
      'Deactivate and delete the access key pair in IAM, rotate anything that used it, and check CloudTrail for activity by that key ID.',
    url: IAM_KEYS_URL,
  },
  examples: {
    truePositives: () => [
      // The documented example id is no finding itself, so the line holds one secret.
      `AWSCredentials credentials = new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "${randomString(`${ALNUM}/+`, 40)}");`,
      `aws_secret_access_key = ${randomString(BASE64, 40)}`,
      `export AWS_SECRET_ACCESS_KEY="${randomString(BASE64, 40)}"`,
      `  "SecretAccessKey": "${randomString(BASE64, 40)}",`,
      `const awsSecret = '${randomString(BASE64, 40)}';`,
      `aws configure set aws_secret_access_key ${randomString(BASE64, 40)}`,
    ],
    falsePositives: [
      // The documented example secret key from the AWS docs.
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      'aws_secret_access_key = <your-secret-access-key>',
      'AWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'secret_access_key: "${{ secrets.AWS_SECRET_ACCESS_KEY }}"',
      'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]',
    ],
  },
};

/** STS session tokens decode to a protobuf-like blob whose first bytes are fixed. */
function stsTokenShape(secret: string): StructureVerdict {
  return /^(?:[A-Za-z0-9+/]{2}oJb3JpZ2luX2Vj|F[wQ]oGZXIvYXdz)/.test(secret) ? 'confirmed' : 'plausible';
}

function sessionToken(): string {
  // `IQoJb3JpZ2luX2Vj` is base64 of the fixed `!\n\torigin_ec` header of current STS tokens.
  return `IQoJb3JpZ2luX2Vj${randomString(BASE64, 120)}`;
}

export const awsSessionToken: SecretRule = {
  id: 'aws-session-token',
  title: 'AWS temporary session token',
  provider: 'AWS',
  severity: 'high',
  keywords: ['session', 'security_token', 'security-token', 'securitytoken'],
  // The generic `SessionToken` name only counts when the value has the STS token header. The
  // names end in `token`, so the rule runs where the name holding `session` ends (`session` is
  // in every `sessionStorage`) and reads the name behind it.
  pattern:
    /(?:(?<=(?:aws[_.-]?(?:session|security)[_.-]?token|x-amz-security-token))['"]?\s{0,4}(?::=|=>|[:=]|\s)\s{0,4}['"]?|(?<=(?<![A-Za-z0-9_])session[_.-]?token)['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?=[A-Za-z0-9+/]{2}oJb3JpZ2luX2Vj|F[wQ]oGZXIvYXdz))(?<secret>[A-Za-z0-9/+%]{100,4096}={0,2})(?![A-Za-z0-9/+=%])/i,
  anchor: 'word-end',
  minEntropy: 4,
  validate: stsTokenShape,
  remediation: {
    summary:
      'Session tokens expire, but revoke the role session now (IAM → Roles → Revoke active sessions) and rotate the long-term key that issued it.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
  },
  examples: {
    truePositives: () => [
      `aws_session_token = ${sessionToken()}`,
      `export AWS_SESSION_TOKEN="${sessionToken()}"`,
      `  "SessionToken": "${sessionToken()}",`,
      `X-Amz-Security-Token: ${randomString(BASE64, 140)}`,
    ],
    falsePositives: [
      'aws_session_token = ${AWS_SESSION_TOKEN}',
      'AWS_SESSION_TOKEN=<session-token>',
      `sessionToken: "${'ab12'.repeat(40)}"`,
      'session_token = request.cookies.get("session_token")',
    ],
  },
};

export const amazonMwsAuthToken: SecretRule = {
  id: 'amazon-mws-auth-token',
  title: 'Amazon Marketplace Web Service auth token',
  provider: 'Amazon MWS',
  severity: 'high',
  keywords: ['amzn.mws.'],
  pattern:
    /(?<![A-Za-z0-9_.])(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the developer authorization in Seller Central (Settings → User Permissions → Third-party developer and apps) and re-authorize to obtain a new token.',
    url: 'https://developer-docs.amazon.com/sp-api/docs/authorizing-selling-partner-api-applications',
  },
  examples: {
    truePositives: () => [
      `MWS_AUTH_TOKEN=amzn.mws.${randomUUID()}`,
      `'MWSAuthToken' => 'amzn.mws.${randomUUID()}',`,
    ],
    falsePositives: [
      'MWS_AUTH_TOKEN=amzn.mws.00000000-0000-0000-0000-000000000000',
      'MWSAuthToken: amzn.mws.<your-token>',
      'import amzn.mws.client',
    ],
  },
};

function bedrockLongTermKey(): string {
  const body = Buffer.from(`BedrockAPIKey-${randomString(ALNUM_LOWER, 4)}-at-${randomString(DIGITS, 12)}:`);
  return `ABSK${Buffer.concat([body, randomBytes(60)]).toString('base64')}`;
}

export const awsBedrockApiKey: SecretRule = {
  id: 'aws-bedrock-api-key',
  title: 'Amazon Bedrock long-term API key',
  provider: 'AWS',
  severity: 'high',
  keywords: ['absk'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>ABSK[A-Za-z0-9+/]{109,269}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  // The part after `ABSK` is base64 of `BedrockAPIKey-…`.
  validate: (secret) =>
    Buffer.from(secret.slice(4), 'base64').subarray(0, 14).toString('latin1') === 'BedrockAPIKey-'
      ? 'confirmed'
      : 'plausible',
  remediation: {
    summary:
      'Delete the Bedrock API key (it is an IAM service-specific credential: IAM → Users → Security credentials → API keys for Amazon Bedrock) and issue a new one.',
    url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
  },
  examples: {
    truePositives: () => [
      `AWS_BEARER_TOKEN_BEDROCK=${bedrockLongTermKey()}`,
      `bedrock_api_key: "${bedrockLongTermKey()}"`,
    ],
    falsePositives: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSK<your-key>',
      'ABSKQmVkcm9ja0FQSUtleS1',
      'ABSK_TOKEN_LENGTH = 132',
    ],
  },
};

function bedrockShortTermKey(): string {
  const url =
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256` +
    `&X-Amz-Credential=ASIA${randomString(BASE32_UPPER, 16)}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request` +
    `&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${randomString(ALNUM, 60)}` +
    `&X-Amz-Signature=${randomString(HEX, 64)}&X-Amz-SignedHeaders=host&Version=1`;
  return `bedrock-api-key-${Buffer.from(url).toString('base64')}`;
}

export const awsBedrockShortTermApiKey: SecretRule = {
  id: 'aws-bedrock-short-term-api-key',
  title: 'Amazon Bedrock short-term API key',
  provider: 'AWS',
  severity: 'medium',
  keywords: ['bedrock-api-key-'],
  // `YmVkcm9jay5hbWF6b25hd3MuY29t` is base64 of `bedrock.amazonaws.com`, the presigned URL's host.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Short-term keys last at most 12 hours; revoke the sessions of the IAM role or user that generated it and rotate that principal’s credentials if they leaked too.',
    url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
  },
  examples: {
    truePositives: () => [`export AWS_BEARER_TOKEN_BEDROCK=${bedrockShortTermKey()}`],
    falsePositives: [
      'AWS_BEARER_TOKEN_BEDROCK=bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t',
      'token.startsWith("bedrock-api-key-")',
    ],
  },
};

export const awsAppSyncApiKey: SecretRule = {
  id: 'aws-appsync-api-key',
  title: 'AWS AppSync GraphQL API key',
  provider: 'AWS',
  severity: 'medium',
  keywords: ['da2-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/,
  minEntropy: 3.3,
  remediation: {
    summary:
      'Delete the API key in the AppSync console (Settings → API keys) or with `aws appsync delete-api-key`, then create a new one with a short expiry.',
    url: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html',
  },
  examples: {
    truePositives: () => [
      `"aws_appsync_apiKey": "da2-${randomString(ALNUM_LOWER, 26)}",`,
      `APPSYNC_API_KEY=da2-${randomString(ALNUM_LOWER, 26)}`,
    ],
    falsePositives: [
      '"aws_appsync_apiKey": "da2-xxxxxxxxxxxxxxxxxxxxxxxxxx"',
      'model: da2-large-v1',
      'da2-<api-key>',
    ],
  },
};
