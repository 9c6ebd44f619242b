import { randomUUID } from 'node:crypto';
import { ALNUM, ALNUM_LOWER, ALNUM_UPPER, BASE64URL, DIGITS, HEX, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { keyedAssignmentPattern } from '../structure/keyed-assignment-pattern.js';
import { UUID_ANY_CASE } from '../structure/uuid-pattern.js';

const SHOPIFY_URL = 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens';

export const dropboxShortLivedToken: SecretRule = {
  id: 'dropbox-short-lived-token',
  title: 'Dropbox short-lived access token',
  provider: 'Dropbox',
  severity: 'high',
  keywords: ['sl.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_-]{130,1500})(?![A-Za-z0-9_-])/,
  minEntropy: 4.5,
  remediation: {
    summary:
      'Revoke the token (POST /2/auth/token/revoke, or disconnect the app under Dropbox → Settings → Connected apps) and check the account’s file activity.',
    url: 'https://developers.dropbox.com/oauth-guide',
  },
  examples: {
    truePositives: () => [
      `DROPBOX_ACCESS_TOKEN=sl.${randomString(BASE64URL, 138)}`,
      `dbx = dropbox.Dropbox("sl.u.${randomString(ALNUM, 400)}")`,
    ],
    falsePositives: [
      'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxx',
      'import ssl.SSLContext',
      'DROPBOX_ACCESS_TOKEN=sl.<access-token>',
    ],
  },
};

export const dropboxLongLivedToken: SecretRule = {
  id: 'dropbox-long-lived-token',
  title: 'Dropbox long-lived access token (legacy)',
  provider: 'Dropbox',
  severity: 'high',
  keywords: ['dropbox'],
  // 11 characters, ten literal A's, 43 more: only recognisable next to "dropbox".
  pattern: keyedAssignmentPattern(['dropbox'], '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}', {
    orAfter: ['[Dd]ropbox\\(\\s{0,2}["\']'],
  }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token by disconnecting the app under Dropbox → Settings → Connected apps (or /2/auth/token/revoke) and move to short-lived tokens with refresh.',
    url: 'https://developers.dropbox.com/oauth-guide',
  },
  examples: {
    truePositives: () => [
      `DROPBOX_TOKEN=${randomString(ALNUM, 11)}AAAAAAAAAA${randomString(BASE64URL, 43)}`,
      `dbx = dropbox.Dropbox('${randomString(ALNUM, 11)}AAAAAAAAAA${randomString(ALNUM, 43)}')`,
    ],
    falsePositives: ['DROPBOX_TOKEN=${DROPBOX_TOKEN}', 'dropbox_token: <long-lived-token>'],
  },
};

export const boxDeveloperToken: SecretRule = {
  id: 'box-developer-token',
  title: 'Box developer token or client secret',
  provider: 'Box',
  severity: 'high',
  keywords: ['box'],
  pattern: keyedAssignmentPattern(['box'], '[A-Za-z0-9]{32}', {
    qualifiers: ['token', 'secret'],
    wordStart: true,
  }),
  minEntropy: 3.8,
  remediation: {
    summary:
      'Revoke the developer token or reset the client secret in the Box Developer Console → your app → Configuration, and re-authorize the app in the Admin Console if needed.',
    url: 'https://developer.box.com/guides/authentication/tokens/developer-tokens/',
  },
  examples: {
    truePositives: () => [
      `BOX_DEVELOPER_TOKEN=${randomString(ALNUM, 32)}`,
      `  box_client_secret: "${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: [
      'BOX_CLIENT_SECRET=${BOX_CLIENT_SECRET}',
      'box_developer_token: <token>',
      'inbox_count: 32',
    ],
  },
};

export const typeformPat: SecretRule = {
  id: 'typeform-pat',
  title: 'Typeform personal access token',
  provider: 'Typeform',
  severity: 'high',
  keywords: ['tfp_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>tfp_[A-Za-z0-9]{40,48}_[A-Za-z0-9]{10,16})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Delete the token under Typeform → Account → Personal tokens and create a new one with only the scopes it needs; it can read every response.',
    url: 'https://www.typeform.com/developers/get-started/personal-access-token/',
  },
  examples: {
    truePositives: () => [
      `TYPEFORM_TOKEN=tfp_${randomString(ALNUM, 44)}_${randomString(ALNUM, 14)}`,
      `headers: { Authorization: 'Bearer tfp_${randomString(ALNUM, 43)}_${randomString(ALNUM, 12)}' }`,
    ],
    falsePositives: ['Authorization: "Bearer tfp_pat_abc"', 'TYPEFORM_TOKEN=tfp_<your-token>'],
  },
};

function shopifyRule(
  kind: 'shpat' | 'shpca' | 'shppa' | 'shpss',
  id: string,
  title: string,
  summary: string,
): SecretRule {
  return {
    id,
    title,
    provider: 'Shopify',
    severity: kind === 'shpss' ? 'high' : 'critical',
    keywords: [`${kind}_`],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?<secret>${kind}_[a-fA-F0-9]{32})(?![A-Za-z0-9_])`),
    minEntropy: 3,
    remediation: { summary, url: SHOPIFY_URL },
    examples: {
      truePositives: () => [
        `SHOPIFY_ACCESS_TOKEN=${kind}_${randomString(HEX, 32)}`,
        `$token = "${kind}_${randomString(HEX, 32)}";`,
      ],
      falsePositives: [`SHOPIFY_ACCESS_TOKEN=${kind}_<token>`, `${kind}_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
    },
  };
}

export const shopifyAccessToken = shopifyRule(
  'shpat',
  'shopify-access-token',
  'Shopify Admin API access token',
  'Uninstall and reinstall the app (or rotate the token from the app’s API credentials page), then review the store’s orders, staff and app changes.',
);

export const shopifyCustomAppToken = shopifyRule(
  'shpca',
  'shopify-custom-app-token',
  'Shopify custom app access token',
  'Uninstall the custom app (or rotate its Admin API token under Settings → Apps → Develop apps) and review the store’s recent changes.',
);

export const shopifyPrivateAppToken = shopifyRule(
  'shppa',
  'shopify-private-app-token',
  'Shopify private app access token',
  'Delete the private app (or regenerate its password) under Apps → Manage private apps and move the integration to a custom app.',
);

export const shopifySharedSecret = shopifyRule(
  'shpss',
  'shopify-shared-secret',
  'Shopify app shared secret',
  'Rotate the API secret key in the Partner Dashboard → App setup, then update the app; it signs webhooks and OAuth exchanges.',
);

export const intercomAccessToken: SecretRule = {
  id: 'intercom-access-token',
  title: 'Intercom access token',
  provider: 'Intercom',
  severity: 'high',
  keywords: ['dg9roj', 'dg9rom'],
  // Base64 of `tok:<uuid with underscores>:<n>:<n>`; `dG9rO[jm]` encodes `tok:` and a hex digit.
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>dG9rO[jm][A-Za-z0-9+/]{40,80}={0,2})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4,
  validate: (secret) =>
    /^tok:[0-9a-f_-]{32,40}:\d+:\d+$/.test(Buffer.from(secret, 'base64').toString('latin1'))
      ? 'confirmed'
      : 'plausible',
  remediation: {
    summary:
      'Regenerate the access token on the app’s Authentication page in the Intercom Developer Hub and update the integration; it reads and writes conversations and contacts.',
    url: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
  },
  examples: {
    truePositives: () => [
      `INTERCOM_ACCESS_TOKEN=${intercomToken()}`,
      `curl https://api.intercom.io/me -H "Authorization: Bearer ${intercomToken()}"`,
    ],
    falsePositives: ['INTERCOM_ACCESS_TOKEN=dG9rOj...', 'Authorization: Bearer <intercom-token>'],
  },
};

function intercomToken(): string {
  return Buffer.from(`tok:${randomUUID().replace(/-/g, '_')}:1:0`).toString('base64');
}

export const zendeskApiToken: SecretRule = {
  id: 'zendesk-api-token',
  title: 'Zendesk API token',
  provider: 'Zendesk',
  severity: 'high',
  keywords: ['zendesk'],
  pattern: keyedAssignmentPattern(['zendesk'], '[A-Za-z0-9]{40}', { qualifiers: ['token', 'key', 'secret'] }),
  minEntropy: 3.8,
  remediation: {
    summary:
      'Delete the token in Admin Center → Apps and integrations → APIs → Zendesk API and create a new one; tokens act as any agent whose email is paired with them.',
    url: 'https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API',
  },
  examples: {
    truePositives: () => [
      `ZENDESK_API_TOKEN=${randomString(ALNUM, 40)}`,
      `  zendesk_token: '${randomString(ALNUM, 40)}'`,
    ],
    falsePositives: ['ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}', 'zendesk_token: <api-token>'],
  },
};

export const hubspotPrivateAppToken: SecretRule = {
  id: 'hubspot-private-app-token',
  title: 'HubSpot private app access token',
  provider: 'HubSpot',
  severity: 'high',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>pat-(?:na|eu|ap)[0-9]-${UUID_ANY_CASE})(?![A-Za-z0-9_-])`),
  minEntropy: 3,
  remediation: {
    summary:
      'Rotate the token on the private app’s Auth tab in HubSpot (Settings → Integrations → Private apps) and update the service; it reads CRM data within its scopes.',
    url: 'https://developers.hubspot.com/docs/api/private-apps',
  },
  examples: {
    truePositives: () => [
      `HUBSPOT_ACCESS_TOKEN=pat-na1-${randomUUID()}`,
      `Authorization: Bearer pat-eu1-${randomUUID()}`,
    ],
    falsePositives: [
      'HUBSPOT_ACCESS_TOKEN=pat-na1-<token>',
      'HUBSPOT_ACCESS_TOKEN=pat-na1-00000000-0000-0000-0000-000000000000',
    ],
  },
};

export const hubspotLegacyApiKey: SecretRule = {
  id: 'hubspot-legacy-api-key',
  title: 'HubSpot API key (legacy hapikey)',
  provider: 'HubSpot',
  severity: 'high',
  keywords: ['hubspot', 'hapikey', 'hapi_key'],
  pattern: keyedAssignmentPattern(['hubspot', 'hapikey', 'hapi_key'], UUID_ANY_CASE),
  minEntropy: 3,
  remediation: {
    summary:
      'Deactivate the API key in HubSpot (Settings → Integrations → API key, retired in 2022) and move the integration to a private app token.',
    url: 'https://developers.hubspot.com/docs/api/private-apps',
  },
  examples: {
    truePositives: () => [
      `HUBSPOT_API_KEY=${randomUUID()}`,
      `https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=${randomUUID()}`,
    ],
    falsePositives: ['HUBSPOT_API_KEY=${HUBSPOT_API_KEY}', 'hubspot_portal_id: 1234567'],
  },
};

export const salesforceAccessToken: SecretRule = {
  id: 'salesforce-access-token',
  title: 'Salesforce access token (session ID)',
  provider: 'Salesforce',
  severity: 'critical',
  keywords: ['00d'],
  // <15- or 18-char org id starting 00D>!<96-char opaque token>
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{96})(?![A-Za-z0-9._])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Revoke the session (Setup → Session Management, or POST /services/oauth2/revoke) and, if it came from a connected app, rotate that app’s consumer secret.',
    url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm&type=5',
  },
  examples: {
    truePositives: () => [
      `SF_ACCESS_TOKEN=00D${randomString(ALNUM, 12)}!${randomString(`${ALNUM}._`, 96)}`,
      `Access Token      00D${randomString(ALNUM, 15)}!${randomString(ALNUM, 96)}`,
    ],
    falsePositives: ['SF_ACCESS_TOKEN=00D<org-id>!<session>', 'Id                00D5fORGIDEXAMPLE'],
  },
};

export const salesforceRefreshToken: SecretRule = {
  id: 'salesforce-refresh-token',
  title: 'Salesforce OAuth refresh token',
  provider: 'Salesforce',
  severity: 'critical',
  keywords: ['5aep861'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>5Aep861[A-Za-z0-9._]{70,120})(?![A-Za-z0-9._])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Revoke the refresh token (Setup → Connected Apps OAuth Usage → Revoke, or POST /services/oauth2/revoke) and rotate the connected app’s consumer secret if it leaked too.',
    url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm&type=5',
  },
  examples: {
    truePositives: () => [
      `SF_REFRESH_TOKEN=5Aep861${randomString(`${ALNUM}.`, 80)}`,
      `"refresh_token": "5Aep861${randomString(ALNUM, 82)}"`,
    ],
    falsePositives: ['SF_REFRESH_TOKEN=5Aep861...', 'SF_REFRESH_TOKEN=5Aep861<token>'],
  },
};

export const freshdeskApiKey: SecretRule = {
  id: 'freshdesk-api-key',
  title: 'Freshdesk API key',
  provider: 'Freshdesk',
  severity: 'high',
  keywords: ['freshdesk'],
  pattern: keyedAssignmentPattern(['freshdesk'], '[A-Za-z0-9]{20}', { qualifiers: ['key', 'token'] }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Reset the API key under Profile settings → View API key → Reset in Freshdesk (the key acts as the agent) and update the integration.',
  },
  examples: {
    truePositives: () => [
      `FRESHDESK_API_KEY=${randomString(ALNUM, 20)}`,
      `  freshdesk_key: "${randomString(ALNUM, 20)}"`,
    ],
    falsePositives: ['FRESHDESK_API_KEY=${FRESHDESK_API_KEY}', 'freshdesk_key: <api-key>'],
  },
};

export const clickupPat: SecretRule = {
  id: 'clickup-pat',
  title: 'ClickUp personal API token',
  provider: 'ClickUp',
  severity: 'high',
  keywords: ['pk_'],
  // pk_<user id>_<32 upper-case alphanumerics>
  pattern: /(?<![A-Za-z0-9_])(?<secret>pk_[0-9]{6,12}_[A-Z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Regenerate the token under ClickUp → Settings → Apps → API Token (this revokes the old one) and update the integration.',
    url: 'https://developer.clickup.com/docs/authentication',
  },
  examples: {
    truePositives: () => [
      `CLICKUP_API_TOKEN=pk_${randomString(DIGITS, 8)}_${randomString(ALNUM_UPPER, 32)}`,
      `headers = {"Authorization": "pk_${randomString(DIGITS, 9)}_${randomString(ALNUM_UPPER, 32)}"}`,
    ],
    falsePositives: ['CLICKUP_API_TOKEN=pk_<user>_<token>', 'STRIPE_KEY=pk_live_<publishable>'],
  },
};

export const pipedriveApiToken: SecretRule = {
  id: 'pipedrive-api-token',
  title: 'Pipedrive API token',
  provider: 'Pipedrive',
  severity: 'high',
  keywords: ['pipedrive'],
  pattern: keyedAssignmentPattern(['pipedrive'], '[a-f0-9]{40}', { qualifiers: ['token', 'key'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Reset the personal API token under Pipedrive → Personal preferences → API and update the integration; it has the user’s full CRM access.',
  },
  examples: {
    truePositives: () => [
      `PIPEDRIVE_API_TOKEN=${randomString(HEX, 40)}`,
      `  pipedrive_token: "${randomString(HEX, 40)}"`,
    ],
    falsePositives: ['PIPEDRIVE_API_TOKEN=${PIPEDRIVE_API_TOKEN}', 'pipedrive_token: <api-token>'],
  },
};

export const todoistApiToken: SecretRule = {
  id: 'todoist-api-token',
  title: 'Todoist API token',
  provider: 'Todoist',
  severity: 'medium',
  keywords: ['todoist'],
  pattern: keyedAssignmentPattern(['todoist'], '[a-f0-9]{40}', { qualifiers: ['token', 'key'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Issue a new API token under Todoist → Settings → Integrations → Developer, which invalidates the old one.',
  },
  examples: {
    truePositives: () => [
      `TODOIST_API_TOKEN=${randomString(HEX, 40)}`,
      `todoist_token = "${randomString(HEX, 40)}"`,
    ],
    falsePositives: ['TODOIST_API_TOKEN=${TODOIST_API_TOKEN}', 'todoist_token: <token>'],
  },
};

export const lokaliseApiToken: SecretRule = {
  id: 'lokalise-api-token',
  title: 'Lokalise API token',
  provider: 'Lokalise',
  severity: 'high',
  keywords: ['lokalise'],
  pattern: keyedAssignmentPattern(['lokalise'], '[a-f0-9]{40}', { qualifiers: ['token', 'key'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the token under Lokalise → Profile settings → API tokens and create a read-only one where possible; it can change translations in every project you can.',
  },
  examples: {
    truePositives: () => [
      `LOKALISE_API_TOKEN=${randomString(HEX, 40)}`,
      `  lokalise_token: '${randomString(HEX, 40)}'`,
    ],
    falsePositives: ['LOKALISE_API_TOKEN=${LOKALISE_API_TOKEN}', 'lokalise_project_id: 3b335d612137'],
  },
};

export const smartsheetAccessToken: SecretRule = {
  id: 'smartsheet-access-token',
  title: 'Smartsheet API access token',
  provider: 'Smartsheet',
  severity: 'high',
  keywords: ['smartsheet'],
  // 26 lower-case alphanumerics (older) or 37 mixed-case (current), only next to the name.
  pattern: keyedAssignmentPattern(['smartsheet'], '[A-Za-z0-9]{37}|[a-z0-9]{26}', {
    qualifiers: ['token', 'key'],
  }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the token under Smartsheet → Account → Apps & Integrations → API Access and generate a new one; it acts as the user on every sheet they can open.',
  },
  examples: {
    truePositives: () => [
      `SMARTSHEET_ACCESS_TOKEN=${randomString(ALNUM, 37)}`,
      `  smartsheet_api_token: "${randomString(ALNUM_LOWER, 26)}"`,
    ],
    falsePositives: [
      'SMARTSHEET_ACCESS_TOKEN=${SMARTSHEET_ACCESS_TOKEN}',
      'smartsheet_sheet_id: 4583173393803140',
    ],
  },
};

export const shortcutApiToken: SecretRule = {
  id: 'shortcut-api-token',
  title: 'Shortcut (formerly Clubhouse) API token',
  provider: 'Shortcut',
  severity: 'high',
  keywords: ['shortcut', 'clubhouse'],
  pattern: keyedAssignmentPattern(['shortcut', 'clubhouse'], UUID_ANY_CASE, { qualifiers: ['token'] }),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the token under Shortcut → Settings → Your Account → API Tokens and create a new one; it has the member’s full workspace access.',
    url: 'https://developer.shortcut.com/api/rest/v3',
  },
  examples: {
    truePositives: () => [
      `SHORTCUT_API_TOKEN=${randomUUID()}`,
      `curl -H "Shortcut-Token: ${randomUUID()}" https://api.app.shortcut.com/api/v3/member`,
    ],
    falsePositives: [
      'SHORTCUT_API_TOKEN=${SHORTCUT_API_TOKEN}',
      'keyboard_shortcut_id: 00000000-0000-0000-0000-000000000000',
    ],
  },
};
