import { ALNUM, BASE64URL, HEX, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { ASSIGNMENT, namedValuePattern } from '../structure/named-value-pattern.js';
import { UUID } from '../structure/uuid-pattern.js';

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => randomString(HEX, n)).join('-');
}

const MAILGUN_URL =
  'https://help.mailgun.com/hc/en-us/articles/203380100-Where-Can-I-Find-My-API-Key-and-SMTP-Credentials';
const POSTMARK_URL =
  'https://postmarkapp.com/support/article/1008-what-are-the-account-and-server-api-tokens';

export const sendgridApiKey: SecretRule = {
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  provider: 'SendGrid',
  severity: 'high',
  keywords: ['sg.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the API key in SendGrid (Settings → API Keys), create a new one with only the Mail Send permission if that is all it needs, and check the activity feed for mail you did not send.',
    url: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  },
  examples: {
    truePositives: () => [
      `SENDGRID_API_KEY=SG.${randomString(BASE64URL, 22)}.${randomString(BASE64URL, 43)}`,
      `sg = SendGridAPIClient('SG.${randomString(ALNUM, 22)}.${randomString(ALNUM, 43)}')`,
    ],
    falsePositives: [
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SENDGRID_API_KEY=SG.your_api_key',
      'SG.SetFocus(); SG.Refresh();',
    ],
  },
};

export const mailgunApiKey: SecretRule = {
  id: 'mailgun-api-key',
  title: 'Mailgun API key (legacy key- format)',
  provider: 'Mailgun',
  severity: 'high',
  // `key-` and an MD5 also names cache entries and the like, so the line must mention Mailgun or
  // an API key (`MAILGUN_API_KEY=`, `API_KEY=`, `auth=("api", ...)`, `-u api:...`,
  // `api.mailgun.net`): the keywords are the context. A bare `api` would be no context at all:
  // it is in most lines of web code. The look-behind keeps `pubkey-...` (the public validation
  // key) out.
  keywords: ['mailgun', 'mg_', 'mg-', 'api_key', 'api-key', 'apikey', '"api"', "'api'", 'api:'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Reset or delete the key in the Mailgun control panel (API Security → Private API key / API keys), deploy a new key, and check the sending logs for mail you did not send.',
    url: MAILGUN_URL,
  },
  examples: {
    truePositives: () => [
      `MAILGUN_API_KEY=key-${randomString(HEX, 32)}`,
      `mailgun = Mailgun(api_key="key-${randomString(HEX, 32)}", domain="mg.acme-corp.org")`,
      `requests.post(url, auth=("api", "key-${randomString(HEX, 32)}"), data=message)`,
    ],
    falsePositives: [
      'MAILGUN_PUBLIC_KEY=pubkey-0123456789abcdef0123456789abcdef',
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'cache-key-5d41402abc4b2a76b9719d911017c592',
      'redis.get("key-5d41402abc4b2a76b9719d911017c592")',
    ],
  },
};

export const mailgunPrivateApiKey: SecretRule = {
  id: 'mailgun-private-api-key',
  title: 'Mailgun private API key',
  provider: 'Mailgun',
  severity: 'high',
  keywords: ['mailgun'],
  // Current keys: 32 hex, then two 8-hex groups. Webhook signing keys share the shape and are
  // told apart by name (mailgun-webhook-signing-key).
  pattern: namedValuePattern(
    'mailgun[\\w.-]{0,20}?(?:api|private|secret|sending)[_.-]?key|mailgun[_.-]?key',
    '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}',
    '(?![A-Za-z0-9-])',
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the API key in the Mailgun control panel (API Security → API keys), create a new one, and check the sending logs for mail you did not send.',
    url: MAILGUN_URL,
  },
  examples: {
    truePositives: () => [
      `MAILGUN_API_KEY=${randomString(HEX, 32)}-${randomString(HEX, 8)}-${randomString(HEX, 8)}`,
      `  mailgun_private_key: "${randomString(HEX, 32)}-${randomString(HEX, 8)}-${randomString(HEX, 8)}"`,
    ],
    falsePositives: [
      'MAILGUN_API_KEY=your-mailgun-api-key',
      'MAILGUN_API_KEY=YOUR_MAILGUN_PRIVATE_API_KEY',
      'MAILGUN_DOMAIN=mg.example.com',
    ],
  },
};

export const mailgunWebhookSigningKey: SecretRule = {
  id: 'mailgun-webhook-signing-key',
  title: 'Mailgun HTTP webhook signing key',
  provider: 'Mailgun',
  // Lets its holder forge delivery, bounce and inbound-mail webhooks to the application.
  severity: 'medium',
  keywords: ['mailgun'],
  pattern: namedValuePattern(
    'mailgun[\\w.-]{0,20}?signing[_.-]?key',
    '(?:key-)?[a-f0-9]{32}(?:-[a-f0-9]{8}-[a-f0-9]{8})?',
    '(?![A-Za-z0-9-])',
  ),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Reset the HTTP webhook signing key in the Mailgun control panel (Sending → Webhooks → HTTP webhook signing key) and update the service that verifies webhooks.',
    url: MAILGUN_URL,
  },
  examples: {
    truePositives: () => [
      `MAILGUN_WEBHOOK_SIGNING_KEY=${randomString(HEX, 32)}-${randomString(HEX, 8)}-${randomString(HEX, 8)}`,
      `mailgun.signingKey = '${randomString(HEX, 32)}'`,
    ],
    falsePositives: ['MAILGUN_WEBHOOK_SIGNING_KEY=<signing-key>', 'MAILGUN_SIGNING_KEY='],
  },
};

export const mailchimpApiKey: SecretRule = {
  id: 'mailchimp-api-key',
  title: 'Mailchimp Marketing API key',
  provider: 'Mailchimp',
  severity: 'high',
  keywords: ['-us'],
  // 32 hex and the data-centre suffix (`-us6`, `-us21`).
  pattern: /(?<![A-Za-z0-9_-])(?<secret>[a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9_])/,
  minEntropy: 2.8,
  remediation: {
    summary:
      'Disable the key in Mailchimp (Profile → Extras → API keys), create a new one, and review the account for audience exports or campaigns you did not make.',
    url: 'https://mailchimp.com/help/about-api-keys/',
  },
  examples: {
    truePositives: () => [
      `MAILCHIMP_API_KEY=${randomString(HEX, 32)}-us${1 + Math.floor(Math.random() * 21)}`,
      `mailchimp.setConfig({ apiKey: '${randomString(HEX, 32)}-us6', server: 'us6' });`,
    ],
    falsePositives: [
      'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1',
      "mailchimp.setConfig({ apiKey: 'YOUR_API_KEY', server: 'YOUR_SERVER_PREFIX' });",
      'locale: en-us',
    ],
  },
};

export const mandrillApiKey: SecretRule = {
  id: 'mandrill-api-key',
  title: 'Mandrill (Mailchimp Transactional) API key',
  provider: 'Mailchimp',
  severity: 'high',
  keywords: ['mandrill'],
  pattern: namedValuePattern(
    'mandrill[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token|password)',
    '(?:md-)?[A-Za-z0-9_-]{22}',
    '(?![A-Za-z0-9_-])',
  ),
  minEntropy: 3.0,
  remediation: {
    summary:
      'Delete the API key in Mailchimp Transactional (Settings → SMTP & API Info), create a new one, and check the outbound activity for mail you did not send.',
    url: 'https://mailchimp.com/developer/transactional/docs/authentication/',
  },
  examples: {
    truePositives: () => [
      `MANDRILL_API_KEY=md-${randomString(ALNUM, 22)}`,
      `  "mandrillKey": "${randomString(ALNUM, 22)}"`,
    ],
    falsePositives: ['MANDRILL_API_KEY=md-your-api-key', 'MANDRILL_API_KEY=md-xxxxxxxxxxxxxxxxxx'],
  },
};

export const postmarkServerToken: SecretRule = {
  id: 'postmark-server-token',
  title: 'Postmark server API token',
  provider: 'Postmark',
  severity: 'high',
  keywords: ['postmark'],
  pattern: namedValuePattern(
    'x-postmark-server-token|postmark(?:[_.-]?server)?(?:[_.-]?api)?[_.-]?(?:token|key)|postmark[\\w.-]{0,20}?server[_.-]?(?:api[_.-]?)?(?:token|key)',
    UUID,
    '(?![A-Za-z0-9-])',
  ),
  minEntropy: 2.7,
  remediation: {
    summary:
      "Reset the server's API token in Postmark (Servers → server → API Tokens → Reset / delete), deploy the new token and review the server's activity.",
    url: POSTMARK_URL,
  },
  examples: {
    truePositives: () => [
      `POSTMARK_SERVER_TOKEN=${uuid()}`,
      `curl https://api.postmarkapp.com/email -H "X-Postmark-Server-Token: ${uuid()}"`,
      `postmark_api_token: '${uuid()}'`,
    ],
    falsePositives: [
      // Postmark's documented test token.
      'X-Postmark-Server-Token: POSTMARK_API_TEST',
      'POSTMARK_SERVER_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    ],
  },
};

export const postmarkAccountToken: SecretRule = {
  id: 'postmark-account-token',
  title: 'Postmark account API token',
  provider: 'Postmark',
  // Manages every server, domain and sender signature of the account.
  severity: 'critical',
  keywords: ['postmark'],
  pattern: namedValuePattern(
    'x-postmark-account-token|postmark[\\w.-]{0,20}?account[_.-]?(?:api[_.-]?)?(?:token|key)',
    UUID,
    '(?![A-Za-z0-9-])',
  ),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Reset the account API token in Postmark (Account → API Tokens), deploy the new token, and review servers, domains and sender signatures for changes.',
    url: POSTMARK_URL,
  },
  examples: {
    truePositives: () => [`POSTMARK_ACCOUNT_TOKEN=${uuid()}`, `-H "X-Postmark-Account-Token: ${uuid()}"`],
    falsePositives: ['POSTMARK_ACCOUNT_TOKEN=<account-token>', 'X-Postmark-Account-Token: {{ token }}'],
  },
};

export const sparkpostApiKey: SecretRule = {
  id: 'sparkpost-api-key',
  title: 'SparkPost API key',
  provider: 'SparkPost',
  severity: 'high',
  keywords: ['sparkpost'],
  pattern: namedValuePattern('sparkpost[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token|password)', '[a-f0-9]{40}'),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Delete the API key in SparkPost (Configuration → API Keys), create a new one with the fewest grants needed, and review sending activity.',
    url: 'https://support.sparkpost.com/docs/getting-started/create-api-keys',
  },
  examples: {
    truePositives: () => [
      `SPARKPOST_API_KEY=${randomString(HEX, 40)}`,
      `sparkpost_key: "${randomString(HEX, 40)}"`,
    ],
    falsePositives: ['SPARKPOST_API_KEY=your-sparkpost-api-key', 'SPARKPOST_API_KEY=${SPARKPOST_KEY}'],
  },
};

export const brevoApiKey: SecretRule = {
  id: 'brevo-api-key',
  title: 'Brevo (Sendinblue) API key',
  provider: 'Brevo',
  severity: 'high',
  keywords: ['xkeysib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the API key in Brevo (SMTP & API → API keys), create a new one, and check contacts exports and sending logs for activity you did not make.',
    url: 'https://help.brevo.com/hc/en-us/articles/209467485',
  },
  examples: {
    truePositives: () => [
      `BREVO_API_KEY=xkeysib-${randomString(HEX, 64)}-${randomString(ALNUM, 16)}`,
      `SENDINBLUE_API_KEY: "xkeysib-${randomString(HEX, 64)}-${randomString(ALNUM, 16)}"`,
    ],
    falsePositives: ['BREVO_API_KEY=xkeysib-your_brevo_api_key_here', 'BREVO_API_KEY=xkeysib-xxxxxxxxx'],
  },
};

export const brevoSmtpKey: SecretRule = {
  id: 'brevo-smtp-key',
  title: 'Brevo (Sendinblue) SMTP key',
  provider: 'Brevo',
  severity: 'high',
  keywords: ['xsmtpsib-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the SMTP key in Brevo (SMTP & API → SMTP), generate a new one for the relay, and check the sending logs.',
    url: 'https://help.brevo.com/hc/en-us/articles/209467485',
  },
  examples: {
    truePositives: () => [
      `SMTP_PASS=xsmtpsib-${randomString(HEX, 64)}-${randomString(ALNUM, 16)}`,
      `$mail->Password = 'xsmtpsib-${randomString(HEX, 64)}-${randomString(ALNUM, 16)}';`,
    ],
    falsePositives: ["$mail->Password = 'xsmtpsib-...';", 'BREVO_SMTP_KEY=xsmtpsib-your_brevo_smtp_key_here'],
  },
};

export const resendApiKey: SecretRule = {
  id: 'resend-api-key',
  title: 'Resend API key',
  provider: 'Resend',
  severity: 'high',
  keywords: ['resend', 'bearer re_'],
  // `re_` is also a common identifier prefix, so the key must be assigned to a Resend-named
  // variable, passed to `new Resend(`, or sent as a bearer token.
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])resend[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)${ASSIGNMENT}|resend\\(\\s{0,4}['"\`]|bearer\\s{1,4})(?<secret>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_])`,
    'i',
  ),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the API key in the Resend dashboard (API Keys), create a new one scoped to sending for the domain needed, and review the emails log.',
    url: 'https://resend.com/docs/dashboard/api-keys/introduction',
  },
  examples: {
    truePositives: () => [
      `RESEND_API_KEY=re_${randomString(ALNUM, 8)}_${randomString(ALNUM, 24)}`,
      `const resend = new Resend("re_${randomString(ALNUM, 8)}_${randomString(ALNUM, 24)}");`,
      `curl -X POST https://api.resend.com/emails -H 'Authorization: Bearer re_${randomString(ALNUM, 8)}_${randomString(ALNUM, 24)}'`,
    ],
    falsePositives: [
      'RESEND_API_KEY=re_xxxxxxxxx',
      'const resend = new Resend("re_123456789");',
      're_frame.trace.trace_enabled_QMARK_ = goog.define("re_frame.trace.trace_enabled_QMARK_", false);',
    ],
  },
};

export const mailjetSecretKey: SecretRule = {
  id: 'mailjet-secret-key',
  title: 'Mailjet API secret key',
  provider: 'Mailjet',
  severity: 'high',
  keywords: ['mailjet', 'mj_apikey', 'mj_secret'],
  pattern: namedValuePattern(
    '(?:mailjet|mj)[\\w.-]{0,20}?(?:secret|private)(?:[_.-]?(?:api[_.-]?)?key)?',
    '[a-f0-9]{32}',
  ),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Regenerate the secret key of the API key in Mailjet (Account settings → REST API → API Key Management), deploy it, and review sending statistics.',
  },
  examples: {
    truePositives: () => [
      `MJ_APIKEY_PRIVATE=${randomString(HEX, 32)}`,
      `  mailjet_secret_key: "${randomString(HEX, 32)}"`,
    ],
    falsePositives: ['MJ_APIKEY_PRIVATE=your_private_key', 'MAILJET_API_SECRET=<secret>'],
  },
};

/** AWS derives SES SMTP passwords as base64 of a version byte (4) and a 32-byte HMAC. */
function checkSesSmtpPassword(secret: string): StructureVerdict {
  const bytes = Buffer.from(secret, 'base64');
  return bytes.length === 33 && bytes[0] === 4 ? 'confirmed' : 'rejected';
}

function sesSmtpPassword(): string {
  const bytes = Buffer.alloc(33);
  bytes[0] = 4;
  for (let i = 1; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes.toString('base64');
}

export const awsSesSmtpPassword: SecretRule = {
  id: 'aws-ses-smtp-password',
  title: 'Amazon SES SMTP password',
  provider: 'AWS',
  severity: 'high',
  keywords: ['ses'],
  // Anchored at `ses` (in every `uses` and `classes`), with an `aws_` before it read behind.
  pattern: new RegExp(
    String.raw`(?:(?<![A-Za-z0-9])|(?<=(?<![A-Za-z0-9])aws[_.-]?))ses[\w.-]{0,20}?(?:smtp[_.-]?)?pass(?:word)?${ASSIGNMENT}(?<secret>B[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])`,
    'i',
  ),
  anchor: 'keyword',
  minEntropy: 3.8,
  validate: checkSesSmtpPassword,
  remediation: {
    summary:
      'Delete the access key of the IAM user the SMTP credentials were derived from (or the SMTP user in the SES console), create new SMTP credentials, and review SES sending statistics.',
    url: 'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
  },
  examples: {
    truePositives: () => [
      `SES_SMTP_PASSWORD=${sesSmtpPassword()}`,
      `  aws_ses_password: "${sesSmtpPassword()}"`,
    ],
    falsePositives: ['SES_SMTP_PASSWORD=your-smtp-password', 'SES_SMTP_PASSWORD=${SMTP_PASSWORD}'],
  },
};

export const messagebirdApiKey: SecretRule = {
  id: 'messagebird-api-key',
  title: 'MessageBird API access key',
  provider: 'MessageBird',
  severity: 'high',
  keywords: ['messagebird', 'message_bird', 'message-bird'],
  pattern: namedValuePattern(
    'message[_.-]?bird[\\w.-]{0,20}?(?:api[_.-]?|access[_.-]?)?(?:key|token)',
    '[A-Za-z0-9]{25}',
  ),
  minEntropy: 3.1,
  remediation: {
    summary:
      'Delete the access key in the MessageBird (Bird) dashboard (Developers → API access), create a new one, and review message logs and balance for misuse.',
  },
  examples: {
    truePositives: () => [
      `MESSAGEBIRD_API_KEY=${randomString(ALNUM, 25)}`,
      `messagebird_access_key: '${randomString(ALNUM, 25)}'`,
    ],
    falsePositives: ['MESSAGEBIRD_API_KEY=YOUR_ACCESS_KEY', 'MESSAGEBIRD_API_KEY=<access-key>'],
  },
};

export const vonageApiSecret: SecretRule = {
  id: 'vonage-api-secret',
  title: 'Vonage (Nexmo) API secret',
  provider: 'Vonage',
  severity: 'high',
  keywords: ['vonage', 'nexmo'],
  pattern: namedValuePattern('(?:vonage|nexmo)[\\w.-]{0,20}?(?:api[_.-]?)?secret', '[A-Za-z0-9]{16}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Create a second API secret in the Vonage API Dashboard (Settings → API keys), move the integration to it, then delete the leaked one and review usage.',
    url: 'https://developer.vonage.com/en/account/secret-management',
  },
  examples: {
    truePositives: () => [
      `VONAGE_API_SECRET=${randomString(ALNUM, 16)}`,
      `  nexmo_secret: "${randomString(ALNUM, 16)}"`,
    ],
    falsePositives: ['VONAGE_API_SECRET=your-api-secret', 'VONAGE_API_KEY=abcd1234'],
  },
};

export const klaviyoPrivateApiKey: SecretRule = {
  id: 'klaviyo-private-api-key',
  title: 'Klaviyo private API key',
  provider: 'Klaviyo',
  severity: 'high',
  keywords: ['pk_'],
  // Private keys are `pk_` and 34 hex; the public key is the 6-character site ID.
  pattern: /(?<![A-Za-z0-9_])(?<secret>pk_[a-f0-9]{34})(?![A-Za-z0-9_])/,
  minEntropy: 2.8,
  remediation: {
    summary:
      'Revoke the private key in Klaviyo (Settings → API keys), create a new one with only the scopes needed, and review profile exports.',
    url: 'https://developers.klaviyo.com/en/docs/authenticate_',
  },
  examples: {
    truePositives: () => [
      `KLAVIYO_PRIVATE_KEY=pk_${randomString(HEX, 34)}`,
      `headers = {"Authorization": "Klaviyo-API-Key pk_${randomString(HEX, 34)}"}`,
    ],
    falsePositives: [
      'KLAVIYO_PUBLIC_KEY=AbC123',
      'KLAVIYO_PRIVATE_KEY=pk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const mailersendApiToken: SecretRule = {
  id: 'mailersend-api-token',
  title: 'MailerSend API token',
  provider: 'MailerSend',
  severity: 'high',
  keywords: ['mlsn.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>mlsn\.[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the API token in MailerSend (Integrations → API tokens), create a new one with the least access needed, and review the activity log.',
  },
  examples: {
    truePositives: () => [
      `MAILERSEND_API_KEY=mlsn.${randomString(HEX, 64)}`,
      `const mailerSend = new MailerSend({ apiKey: "mlsn.${randomString(HEX, 64)}" });`,
    ],
    falsePositives: ['MAILERSEND_API_KEY=mlsn.your_api_key_here', 'MAILERSEND_API_KEY=mlsn.NEW_KEY'],
  },
};

export const mailtrapApiToken: SecretRule = {
  id: 'mailtrap-api-token',
  title: 'Mailtrap API token',
  provider: 'Mailtrap',
  severity: 'medium',
  keywords: ['mailtrap'],
  pattern: namedValuePattern('mailtrap[\\w.-]{0,20}?(?:api[_.-]?)?(?:token|key|password)', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Delete the API token in Mailtrap (Settings → API Tokens), create a new one limited to the inbox or sending domain needed, and review its usage.',
  },
  examples: {
    truePositives: () => [
      `MAILTRAP_API_TOKEN=${randomString(HEX, 32)}`,
      `  mailtrap_token: '${randomString(HEX, 32)}'`,
    ],
    falsePositives: ['MAILTRAP_API_TOKEN=your_mailtrap_api_token', 'MAILTRAP_API_TOKEN=<your API token>'],
  },
};

export const telnyxApiKey: SecretRule = {
  id: 'telnyx-api-key',
  title: 'Telnyx API v2 key',
  provider: 'Telnyx',
  severity: 'high',
  keywords: ['telnyx'],
  pattern: namedValuePattern(
    'telnyx[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)',
    'KEY[0-9A-Za-z_-]{55}',
    '(?![A-Za-z0-9_-])',
  ),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the API key in the Telnyx Mission Control Portal (Account Settings → Keys & Credentials), create a new one, and review call and messaging records.',
  },
  examples: {
    truePositives: () => [
      `TELNYX_API_KEY=KEY${randomString(ALNUM, 55)}`,
      `telnyx.api_key = "KEY${randomString(HEX.toUpperCase(), 32)}_${randomString(ALNUM, 22)}"`,
    ],
    falsePositives: ['TELNYX_API_KEY=KEY...', 'TELNYX_API_KEY=YOUR_API_KEY'],
  },
};

export const plivoAuthToken: SecretRule = {
  id: 'plivo-auth-token',
  title: 'Plivo auth token',
  provider: 'Plivo',
  severity: 'high',
  keywords: ['plivo'],
  pattern: namedValuePattern(
    'plivo[\\w.-]{0,20}?(?:auth[_.-]?)?token',
    '[A-Za-z0-9_-]{40}',
    '(?![A-Za-z0-9_-])',
  ),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Regenerate the auth token in the Plivo console (Overview → Account → Auth Token), deploy it, and review message and call logs.',
  },
  examples: {
    truePositives: () => [
      `PLIVO_AUTH_TOKEN=${randomString(ALNUM, 40)}`,
      `  plivo_token: "${randomString(ALNUM, 40)}"`,
    ],
    falsePositives: [
      'PLIVO_AUTH_TOKEN=your_auth_token',
      // The auth ID is the account identifier.
      'PLIVO_AUTH_ID=MAXXXXXXXXXXXXXXXXXX',
    ],
  },
};
