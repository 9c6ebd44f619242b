import { randomInt, randomUUID } from 'node:crypto';
import {
  ALNUM,
  ALNUM_LOWER,
  ALNUM_UPPER,
  ALPHA_LOWER,
  ALPHA_UPPER,
  BASE64URL,
  DIGITS,
  HEX,
  randomString,
} from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { base62Crc32 } from '../structure/base62-checksum.js';
import { keyedAssignmentPattern } from '../structure/keyed-assignment-pattern.js';
import { UUID_ANY_CASE } from '../structure/uuid-pattern.js';

const SLACK_TOKENS_URL = 'https://api.slack.com/authentication/token-types';
const SLACK_WEBHOOK_URL = 'https://api.slack.com/messaging/webhooks';

/** A numeric id of `length` digits that does not start with 0. */
function numericId(length: number): string {
  return `${randomInt(1, 10)}${randomString(DIGITS, length - 1)}`;
}

export const slackBotToken: SecretRule = {
  id: 'slack-bot-token',
  title: 'Slack bot token',
  provider: 'Slack',
  severity: 'high',
  keywords: ['xoxb-'],
  // xoxb-<team id>-<bot user id>-<24 chars>; older bot tokens lack the middle id.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token (auth.revoke, or reinstall the app / regenerate it under OAuth & Permissions), then check the workspace access logs for its use.',
    url: SLACK_TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `SLACK_BOT_TOKEN=xoxb-${numericId(12)}-${numericId(13)}-${randomString(ALNUM, 24)}`,
      `  "bot_token": "xoxb-${numericId(11)}-${randomString(ALNUM, 24)}",`,
      `client = WebClient(token="xoxb-${numericId(13)}-${numericId(13)}-${randomString(ALNUM, 24)}")`,
    ],
    falsePositives: [
      'SLACK_BOT_TOKEN=xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx',
      'token: xoxb-12345-abcd234',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
    ],
  },
};

export const slackUserToken: SecretRule = {
  id: 'slack-user-token',
  title: 'Slack user, session or file token',
  provider: 'Slack',
  severity: 'critical',
  keywords: ['xoxp-', 'xoxe-', 'xoxc-'],
  // xoxp (user OAuth), xoxc (browser session), xoxe (file/expiring): three ids and a hash.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>xox[pce]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token with auth.revoke (or remove the app’s authorization / sign the session out), then review the user’s access logs; user tokens act as that person.',
    url: SLACK_TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `SLACK_USER_TOKEN=xoxp-${numericId(12)}-${numericId(12)}-${numericId(12)}-${randomString(HEX, 32)}`,
      `curl -H "Authorization: Bearer xoxp-${numericId(11)}-${numericId(10)}-${numericId(11)}-${randomString(HEX, 32)}" https://slack.com/api/auth.test`,
      `"token": "xoxc-${numericId(12)}-${numericId(13)}-${numericId(13)}-${randomString(HEX, 64)}"`,
    ],
    falsePositives: [
      '"token": "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"',
      'log line: xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d',
      '"text": "xoxp-572370529330-573807301142-572331691188-####################"',
    ],
  },
};

export const slackAppToken: SecretRule = {
  id: 'slack-app-token',
  title: 'Slack app-level token',
  provider: 'Slack',
  severity: 'high',
  keywords: ['xapp-'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token under the app’s Basic Information → App-Level Tokens and generate a new one; it opens Socket Mode connections as the app.',
    url: SLACK_TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `SLACK_APP_TOKEN=xapp-1-A${randomString(ALNUM_UPPER, 10)}-${numericId(13)}-${randomString(HEX, 64)}`,
      `app_token: "xapp-1-A${randomString(ALNUM_UPPER, 10)}-${numericId(13)}-${randomString(HEX, 64)}"`,
    ],
    falsePositives: ['SLACK_APP_TOKEN=xapp-1-xxxxxxxx', 'SLACK_APP_TOKEN=xapp-<your-app-token>'],
  },
};

export const slackConfigToken: SecretRule = {
  id: 'slack-config-token',
  title: 'Slack app configuration access token',
  provider: 'Slack',
  severity: 'high',
  keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{160,170})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Rotate the configuration token (tooling.tokens.rotate with its refresh token) or revoke it under Your Apps → Your App Configuration Tokens; it can create and change apps.',
    url: 'https://api.slack.com/authentication/config-tokens',
  },
  examples: {
    truePositives: () => [
      `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${randomString(ALNUM, 163)}`,
      `"access_token": "xoxe.xoxb-1-${randomString(ALNUM, 165)}"`,
    ],
    falsePositives: ['xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere', 'xoxe.xoxp-1-initial'],
  },
};

export const slackConfigRefreshToken: SecretRule = {
  id: 'slack-config-refresh-token',
  title: 'Slack configuration or rotating refresh token',
  provider: 'Slack',
  severity: 'high',
  keywords: ['xoxe-'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>xoxe-[0-9]-[A-Za-z0-9]{140,150})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Refresh tokens mint new access tokens: revoke the app’s tokens (auth.revoke / reinstall) and regenerate the configuration tokens under Your Apps.',
    url: 'https://api.slack.com/authentication/rotation',
  },
  examples: {
    truePositives: () => [
      `SLACK_REFRESH_TOKEN=xoxe-1-${randomString(ALNUM, 146)}`,
      `"refresh_token": "xoxe-1-${randomString(ALNUM, 146)}"`,
    ],
    falsePositives: ['"refresh_token": "xoxe-1-xxx"', 'XOxE-RROAmw, Home and Garden, 5:24, 20120323'],
  },
};

export const slackLegacyToken: SecretRule = {
  id: 'slack-legacy-token',
  title: 'Slack legacy or workspace token',
  provider: 'Slack',
  severity: 'critical',
  keywords: ['xoxs-', 'xoxo-', 'xoxa-', 'xoxr-'],
  // xoxs/xoxo legacy test tokens (ids and hex), xoxa/xoxr workspace-app access and refresh tokens.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>xox[os]-[0-9]{6,15}-[0-9]{6,15}-[0-9]{6,15}-[a-fA-F0-9]{8,64}|xox[ar]-(?:[0-9]-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]{8,64}){0,4})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token with auth.revoke or from the legacy token page, and replace the integration with a Slack app using scoped bot tokens.',
    url: 'https://api.slack.com/legacy/custom-integrations/legacy-tokens',
  },
  examples: {
    truePositives: () => [
      `SLACK_TOKEN=xoxs-${numericId(10)}-${numericId(11)}-${numericId(11)}-${randomString(HEX, 64)}`,
      `"token": "xoxa-2-${numericId(12)}-${numericId(12)}-${numericId(12)}-${randomString(HEX, 32)}"`,
      `slack_token: xoxr-${randomString(ALNUM, 40)}`,
    ],
    falsePositives: ['SLACK_TOKEN=xoxs-<legacy-token>', 'SLACK_TOKEN=xoxa-<token>', 'xoxr-'],
  },
};

export const slackWebhookUrl: SecretRule = {
  id: 'slack-webhook-url',
  title: 'Slack incoming webhook URL',
  provider: 'Slack',
  severity: 'medium',
  keywords: ['hooks.slack.com/services'],
  pattern:
    /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Regenerate or remove the webhook under the app’s Incoming Webhooks page (or the legacy integration); anyone with the URL can post to the channel.',
    url: SLACK_WEBHOOK_URL,
  },
  examples: {
    truePositives: () => [
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${randomString(ALNUM_UPPER, 8)}/B${randomString(ALNUM_UPPER, 10)}/${randomString(ALNUM, 24)}`,
      `  webhook : "https://hooks.slack.com/services/T${randomString(ALNUM_UPPER, 10)}/B${randomString(ALNUM_UPPER, 8)}/${randomString(ALNUM, 24)}",`,
    ],
    falsePositives: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/services/YOUR/WEBHOOK/URL',
      'https://hooks.slack.com/services/T000/B000/xxxx',
    ],
  },
};

export const slackWorkflowWebhookUrl: SecretRule = {
  id: 'slack-workflow-webhook-url',
  title: 'Slack workflow or trigger webhook URL',
  provider: 'Slack',
  severity: 'medium',
  keywords: ['hooks.slack.com/workflows', 'hooks.slack.com/triggers'],
  // workflows/<team>/<app>/<workflow id>/<secret>, triggers/<team>/<trigger id>/<32 hex>; the team is
  // a workspace (`T…`) or, on Enterprise Grid, the organization (`E…`).
  pattern:
    /(?<secret>(?:https?:\/\/)?hooks\.slack\.com\/(?:workflows|triggers)\/[TE][A-Z0-9]{8,12}\/[A-Z0-9]{8,20}\/(?:[0-9]{10,20}\/)?[A-Za-z0-9]{20,40})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Disable or re-create the workflow’s webhook trigger in Workflow Builder; anyone with the URL can start the workflow with arbitrary inputs.',
    url: 'https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack',
  },
  examples: {
    truePositives: () => [
      `WORKFLOW_URL=https://hooks.slack.com/workflows/T${randomString(ALNUM_UPPER, 10)}/A${randomString(ALNUM_UPPER, 10)}/${numericId(18)}/${randomString(ALNUM, 24)}`,
      `curl -X POST https://hooks.slack.com/triggers/T${randomString(ALNUM_UPPER, 10)}/${numericId(13)}/${randomString(HEX, 32)}`,
      `SLACK_WEBHOOK_URL = "https://hooks.slack.com/triggers/E${randomString(ALNUM_UPPER, 10)}/${numericId(14)}/${randomString(HEX, 32)}"`,
    ],
    falsePositives: [
      'https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'hooks.slack.com/triggers/...',
    ],
  },
};

/** A Discord bot token: base64 of the bot's snowflake id, a timestamp and an HMAC. */
function discordToken(): string {
  const id = Buffer.from(numericId(19)).toString('base64url');
  return `${id}.${randomString(BASE64URL, 6)}.${randomString(BASE64URL, 38)}`;
}

export const discordBotToken: SecretRule = {
  id: 'discord-bot-token',
  title: 'Discord bot token',
  provider: 'Discord',
  severity: 'high',
  // Not `token` alone: it is in most lines of auth code, so the search would run over them all.
  // A token without Discord's name near it is still found, by the generic token rules.
  keywords: ['discord', '.run(', '.login('],
  // <base64 snowflake id>.<timestamp>.<hmac>; the id decodes to 17–20 digits, so it starts M/N/O.
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
  // `token` is on many lines: first look for the 6-character timestamp between two dots.
  gate: /\.[A-Za-z0-9_-]{6}\./,
  minEntropy: 4,
  validate: (secret) => {
    const id = Buffer.from(secret.slice(0, secret.indexOf('.')), 'base64url').toString('latin1');
    return /^[1-9][0-9]{16,19}$/.test(id) ? 'confirmed' : 'rejected';
  },
  remediation: {
    summary:
      'Reset the token in the Discord Developer Portal (Applications → Bot → Reset Token); Discord also resets tokens found in public repositories. Check the bot’s recent actions.',
    url: 'https://discord.com/developers/docs/topics/oauth2#bot-vs-user-accounts',
  },
  examples: {
    truePositives: () => [
      `DISCORD_TOKEN=${discordToken()}`,
      `client.login('${discordToken()}');`,
      `bot.run("${discordToken()}")`,
    ],
    falsePositives: [
      'DISCORD_TOKEN=MTIzNDU2Nzg5MDEyMzQ1Njc4.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Discord tokens look like NotAToken.abcdef.ghijklmnopqrstuvwxyzABCDEFG',
      'client.login(process.env.DISCORD_TOKEN);',
    ],
  },
};

export const discordWebhookUrl: SecretRule = {
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  provider: 'Discord',
  severity: 'medium',
  keywords: ['discord.com/api', 'discordapp.com/api'],
  pattern:
    /(?<secret>https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{68})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the webhook in the channel’s Settings → Integrations → Webhooks (or DELETE the webhook URL) and create a new one; anyone with the URL can post as it.',
    url: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
  },
  examples: {
    truePositives: () => [
      `DISCORD_WEBHOOK=https://discord.com/api/webhooks/${numericId(19)}/${randomString(BASE64URL, 68)}`,
      `requests.post("https://discordapp.com/api/webhooks/${numericId(18)}/${randomString(ALNUM, 68)}", json=payload)`,
    ],
    falsePositives: [
      'https://discord.com/api/webhooks/123456789012345678/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
    ],
  },
};

export const telegramBotToken: SecretRule = {
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  provider: 'Telegram',
  severity: 'high',
  // <bot id>:<35 chars of base64url>. Every token seen in the wild has the secret start with
  // `AA` (`AAE…`–`AAH…`), which is distinctive enough to find one anywhere; a token without it is
  // still one when the line names Telegram, so `telegram` wakes the rule too.
  keywords: [':aa', 'telegram'],
  pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_]))(?<secret>[0-9]{7,12}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token with BotFather (/revoke, then pick the bot) and update the deployment; the old token stops working immediately.',
    url: 'https://core.telegram.org/bots/features#botfather',
  },
  examples: {
    truePositives: () => [
      `TELEGRAM_BOT_TOKEN=${numericId(10)}:AA${randomString(BASE64URL, 33)}`,
      `url = "https://api.telegram.org/bot${numericId(9)}:AA${randomString(ALNUM, 33)}/sendMessage"`,
      `TELEGRAM_TOKEN: "${numericId(10)}:${randomString(BASE64URL, 35)}"`,
    ],
    falsePositives: [
      'BotFather example: 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
      // No `AA` and no Telegram on the line: an id and a hash, not a token.
      'revision 84127736:Qm9vbGVhbiBzZWFyY2ggcmVzdWx0cyBjYWN applied',
      // Named Telegram, but the secret is 40 characters long.
      'telegram_token = "38610274:Ahello6myuo_bi0tf6u5auaonqo4ga6aii13-ikt"',
      'https://api.telegram.org/bot<token>/getMe',
      'TELEGRAM_BOT_TOKEN=1234567890:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const microsoftTeamsWebhook: SecretRule = {
  id: 'microsoft-teams-webhook',
  title: 'Microsoft Teams incoming webhook URL',
  provider: 'Microsoft Teams',
  severity: 'medium',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
  pattern: new RegExp(
    `(?<secret>https://(?:[A-Za-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook(?:b2)?)/${UUID_ANY_CASE}@${UUID_ANY_CASE}/IncomingWebhook/[a-fA-F0-9]{32}/${UUID_ANY_CASE}(?:/[A-Za-z0-9_-]{20,100})?)(?![A-Za-z0-9_-])`,
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Remove the Incoming Webhook connector from the channel (or the workflow that replaced it) and create a new one; anyone with the URL can post cards to the channel.',
    url: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  },
  examples: {
    truePositives: () => [
      `TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/${randomUUID()}@${randomUUID()}/IncomingWebhook/${randomString(HEX, 32)}/${randomUUID()}`,
      `  url: "https://acme.webhook.office.com/webhookb2/${randomUUID()}@${randomUUID()}/IncomingWebhook/${randomString(HEX, 32)}/${randomUUID()}/V2${randomString(BASE64URL, 40)}"`,
      `webhook = 'https://outlook.office.com/webhook/${randomUUID()}@${randomUUID()}/IncomingWebhook/${randomString(HEX, 32)}/${randomUUID()}'`,
    ],
    falsePositives: [
      'https://outlook.office.com/webhook/82fc2788-c6f4-4507-a657-36c91eccfd87@93f33571-550f-43cf-b09f-cd33c338d086/JenkinsCI/4f3bbf41e81a4f36887a1a4d7cbfb2c6/82fa2788-c6f4-45c7-a657-36f91eccfd87',
      'https://acme.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>',
    ],
  },
};

export const microsoftTeamsWorkflowWebhook: SecretRule = {
  id: 'microsoft-teams-workflow-webhook',
  title: 'Microsoft Teams Workflows (Power Automate) webhook URL',
  provider: 'Microsoft Teams',
  severity: 'medium',
  keywords: ['logic.azure.com', 'environment.api.powerplatform.com'],
  // The URL is only a secret because of its SAS `sig`; the query parts before it are bounded.
  pattern:
    /(?<secret>https:\/\/[A-Za-z0-9.-]{1,100}\.(?:logic\.azure\.com|environment\.api\.powerplatform\.com)(?::[0-9]{2,5})?\/(?:powerautomate\/automations\/direct\/)?workflows\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\?(?:[A-Za-z0-9%._=-]{1,120}&(?:amp;)?){1,6}sig=[A-Za-z0-9_%-]{43,90})(?![A-Za-z0-9_%-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the workflow (or regenerate its trigger URL by re-creating the "When a Teams webhook request is received" trigger); anyone with the signed URL can post to the channel.',
    url: 'https://support.microsoft.com/en-us/office/create-incoming-webhooks-with-workflows-for-microsoft-teams-8ae491c7-0394-4861-ba59-055e33f75498',
  },
  examples: {
    truePositives: () => [
      `TEAMS_WEBHOOK_URL=https://prod-${randomInt(10, 99)}.westus.logic.azure.com:443/workflows/${randomString(HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${randomString(BASE64URL, 43)}`,
      `  webhook: "https://${randomString(HEX, 32)}.${randomInt(10, 99)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${randomString(HEX, 32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${randomString(BASE64URL, 43)}"`,
    ],
    falsePositives: [
      'https://prod-00.westus.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<sig>',
      'See https://learn.microsoft.com/azure/logic-apps/ for details on logic.azure.com endpoints',
    ],
  },
};

export const mattermostToken: SecretRule = {
  id: 'mattermost-token',
  title: 'Mattermost personal access or bot token',
  provider: 'Mattermost',
  severity: 'high',
  keywords: ['mattermost'],
  pattern: keyedAssignmentPattern(['mattermost'], '[a-z0-9]{26}', { qualifiers: ['token', 'key', 'secret'] }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token under Profile → Security → Personal Access Tokens (or the bot account’s tokens in Integrations → Bot Accounts) and create a new one.',
    url: 'https://developers.mattermost.com/integrate/reference/personal-access-token/',
  },
  examples: {
    truePositives: () => [
      `MATTERMOST_TOKEN=${randomString(ALNUM_LOWER, 26)}`,
      `  mattermost_bot_token: "${randomString(ALNUM_LOWER, 26)}"`,
    ],
    falsePositives: [
      'MATTERMOST_TOKEN=${MM_TOKEN}',
      'mattermost_token: <token>',
      'MATTERMOST_TOKEN=aaaaaaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
};

export const zulipApiKey: SecretRule = {
  id: 'zulip-api-key',
  title: 'Zulip API key',
  provider: 'Zulip',
  severity: 'high',
  keywords: ['zulip'],
  pattern: keyedAssignmentPattern(['zulip'], '[A-Za-z0-9]{32}', { qualifiers: ['key', 'token'] }),
  minEntropy: 3.8,
  remediation: {
    summary:
      'Regenerate the API key under Personal settings → Account & privacy → API key (or the bot’s settings); the old key stops working at once.',
    url: 'https://zulip.com/api/api-keys',
  },
  examples: {
    truePositives: () => [
      `ZULIP_API_KEY=${randomString(ALNUM, 32)}`,
      `zulip_bot_key = "${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: ['ZULIP_API_KEY=${ZULIP_API_KEY}', 'zulip_api_key: <api-key>'],
  },
};

export const rocketChatToken: SecretRule = {
  id: 'rocket-chat-token',
  title: 'Rocket.Chat personal access token',
  provider: 'Rocket.Chat',
  severity: 'high',
  keywords: ['rocketchat', 'rocket_chat', 'rocket.chat', 'rocket-chat'],
  pattern: keyedAssignmentPattern(
    ['rocketchat', 'rocket_chat', 'rocket.chat', 'rocket-chat'],
    '[A-Za-z0-9_-]{43}',
    {
      qualifiers: ['token'],
    },
  ),
  minEntropy: 4,
  remediation: {
    summary:
      'Remove the token under My Account → Personal Access Tokens (or log the session out) and create a new one; X-Auth-Token acts as the user.',
  },
  examples: {
    truePositives: () => [
      `ROCKETCHAT_AUTH_TOKEN=${randomString(BASE64URL, 43)}`,
      `  rocket_chat_token: '${randomString(ALNUM, 43)}'`,
    ],
    falsePositives: ['ROCKETCHAT_AUTH_TOKEN=${RC_TOKEN}', 'rocket.chat token: <personal-access-token>'],
  },
};

export const gitterToken: SecretRule = {
  id: 'gitter-token',
  title: 'Gitter access token',
  provider: 'Gitter',
  severity: 'medium',
  keywords: ['gitter'],
  pattern: keyedAssignmentPattern(['gitter'], '[a-f0-9]{40}', { qualifiers: ['token'] }),
  minEntropy: 3.2,
  remediation: {
    summary: 'Revoke the token at developer.gitter.im (or the linked Matrix account) and issue a new one.',
  },
  examples: {
    truePositives: () => [
      `GITTER_TOKEN=${randomString(HEX, 40)}`,
      `  gitter_token: "${randomString(HEX, 40)}"`,
    ],
    falsePositives: ['GITTER_TOKEN=${GITTER_TOKEN}', 'gitter_token: <token>'],
  },
};

export const webexAccessToken: SecretRule = {
  id: 'webex-access-token',
  title: 'Webex access or bot token',
  provider: 'Webex',
  severity: 'high',
  // Not `token` alone (see Discord's rule above), nor `bearer`: the generic Bearer rule
  // reports a Webex token in an Authorization header.
  keywords: ['webex', 'spark'],
  // <64 chars>_<4-char cluster>_<org UUID>
  pattern: new RegExp(
    `(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_${UUID_ANY_CASE})(?![A-Za-z0-9_-])`,
  ),
  // The pattern has no literal start, so it is tried at every position of every line with
  // `token`: first look for its cluster separator, which starts with a literal.
  gate: /_[A-Za-z0-9]{4}_[0-9a-fA-F]{8}-/,
  minEntropy: 4,
  remediation: {
    summary:
      'Regenerate the bot’s access token on developer.webex.com → My Webex Apps (or revoke the integration’s tokens) and update the service.',
    url: 'https://developer.webex.com/docs/bots',
  },
  examples: {
    truePositives: () => [
      `WEBEX_BOT_TOKEN=${randomString(ALNUM, 64)}_PF84_${randomUUID()}`,
      `requests.get("https://webexapis.com/v1/people/me", headers={"Authorization": "Bearer ${randomString(ALNUM, 64)}_P0A1_${randomUUID()}"})`,
    ],
    falsePositives: [
      'WEBEX_BOT_TOKEN=<bot-access-token>',
      `token = "${'x'.repeat(64)}_PF84_00000000-0000-0000-0000-000000000000"`,
    ],
  },
};

export const googleChatWebhookUrl: SecretRule = {
  id: 'google-chat-webhook-url',
  title: 'Google Chat incoming webhook URL',
  provider: 'Google Chat',
  severity: 'medium',
  keywords: ['chat.googleapis.com/v1/spaces'],
  pattern:
    /(?<secret>https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{8,20}\/messages\?key=[A-Za-z0-9_-]{39}&(?:amp;)?token=[A-Za-z0-9_-]{40,50}(?:%3D|=)?)(?![A-Za-z0-9_%-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the webhook in the space’s Apps & integrations → Webhooks and create a new one; the token in the URL lets anyone post to the space.',
    url: 'https://developers.google.com/workspace/chat/quickstart/webhooks',
  },
  examples: {
    truePositives: () => [
      `GOOGLE_CHAT_WEBHOOK=https://chat.googleapis.com/v1/spaces/AAAA${randomString(ALNUM, 7)}/messages?key=AIza${randomString(BASE64URL, 35)}&token=${randomString(BASE64URL, 43)}%3D`,
      `  url: "https://chat.googleapis.com/v1/spaces/AAAA${randomString(ALNUM, 7)}/messages?key=AIza${randomString(BASE64URL, 35)}&token=${randomString(BASE64URL, 43)}"`,
    ],
    falsePositives: [
      'https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN',
      'POST https://chat.googleapis.com/v1/spaces/{space}/messages',
    ],
  },
};

/** A Synapse access token: `syt_<base64 localpart>_<20 letters>_<base62 CRC32>`. */
function matrixToken(): string {
  const base = `syt_${Buffer.from(`bot${randomString(ALPHA_LOWER, 5)}`)
    .toString('base64')
    .replace(/=+$/, '')}_${randomString(ALPHA_UPPER + ALPHA_LOWER, 20)}`;
  return `${base}_${base62Crc32(base)}`;
}

export const matrixAccessToken: SecretRule = {
  id: 'matrix-access-token',
  title: 'Matrix (Synapse) access or refresh token',
  provider: 'Matrix',
  severity: 'high',
  keywords: ['syt_', 'syr_'],
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>sy[tr]_[A-Za-z0-9+/]{1,100}_[A-Za-z]{20}_[0-9A-Za-z]{6})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret) => (base62Crc32(secret.slice(0, -7)) === secret.slice(-6) ? 'confirmed' : 'plausible'),
  remediation: {
    summary:
      'Log the device out (POST /logout with the token, or remove the session in the client’s Sessions settings) so the homeserver invalidates the token.',
    url: 'https://spec.matrix.org/latest/client-server-api/#post_matrixclientv3logout',
  },
  examples: {
    truePositives: () => [`MATRIX_ACCESS_TOKEN=${matrixToken()}`, `  "accessToken": "${matrixToken()}",`],
    falsePositives: [
      '"accessToken": "syt_xxx"',
      'MATRIX_ACCESS_TOKEN="syt_your_token_here"',
      'syt_AAAAAAAAAAAAAAAA_tokenmarker',
    ],
  },
};
