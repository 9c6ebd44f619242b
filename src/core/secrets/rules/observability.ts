import { crc32 } from 'node:zlib';
import {
  ALNUM,
  ALNUM_LOWER,
  ALPHA_LOWER,
  ALPHA_UPPER,
  BASE64,
  BASE64URL,
  HEX,
  randomString,
} from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { decodeBase64Json } from '../structure/base64-json.js';
import { ASSIGNMENT, namedValuePattern } from '../structure/named-value-pattern.js';
import { UUID } from '../structure/uuid-pattern.js';

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => randomString(HEX, n)).join('-');
}

function base64Json(value: unknown, url = false): string {
  return Buffer.from(JSON.stringify(value)).toString(url ? 'base64url' : 'base64');
}

// --- Datadog ---------------------------------------------------------------------------------

const DATADOG_URL = 'https://docs.datadoghq.com/account_management/api-app-keys/';

export const datadogApiKey: SecretRule = {
  id: 'datadog-api-key',
  title: 'Datadog API key',
  provider: 'Datadog',
  // Submits metrics, logs and events; with an application key it also reads and configures.
  severity: 'high',
  keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
  pattern: namedValuePattern('(?:datadog|dd)[\\w.-]{0,20}?api[_.-]?key', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Create a new API key in Datadog (Organization Settings → API Keys), roll it out to agents and integrations, then revoke the leaked one.',
    url: DATADOG_URL,
  },
  examples: {
    truePositives: () => [
      `DD_API_KEY=${randomString(HEX, 32)}`,
      `  datadog_api_key: "${randomString(HEX, 32)}"`,
      `curl -X POST https://api.datadoghq.com/api/v2/series -H "DD-API-KEY: ${randomString(HEX, 32)}"`,
    ],
    falsePositives: [
      'DD_API_KEY=<DATADOG_API_KEY>',
      'DD_API_KEY=${DD_API_KEY}',
      // RUM client tokens are public and carry the `pub` prefix.
      'DD_CLIENT_TOKEN=pub0123456789abcdef0123456789abcdef',
    ],
  },
};

export const datadogApplicationKey: SecretRule = {
  id: 'datadog-application-key',
  title: 'Datadog application key',
  provider: 'Datadog',
  severity: 'high',
  keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp', 'dd_application'],
  pattern: namedValuePattern('(?:datadog|dd)[\\w.-]{0,20}?app(?:lication)?[_.-]?key', '[a-f0-9]{40}'),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Revoke the application key in Datadog (Organization Settings → Application Keys, or the owner’s personal settings), create a scoped replacement, and review the audit trail.',
    url: DATADOG_URL,
  },
  examples: {
    truePositives: () => [
      `DD_APP_KEY=${randomString(HEX, 40)}`,
      `-H "DD-APPLICATION-KEY: ${randomString(HEX, 40)}"`,
      `datadog_application_key = "${randomString(HEX, 40)}"`,
    ],
    falsePositives: ['DD_APP_KEY=<DATADOG_APP_KEY>', 'DD_APP_KEY=your_application_key'],
  },
};

// --- New Relic ------------------------------------------------------------------------------

const NEW_RELIC_URL = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';

export const newRelicUserApiKey: SecretRule = {
  id: 'new-relic-user-api-key',
  title: 'New Relic user API key',
  provider: 'New Relic',
  severity: 'high',
  keywords: ['nrak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Za-z0-9]{27})(?![A-Za-z0-9_-])/,
  minEntropy: 3.3,
  remediation: {
    summary:
      'Delete the user key in New Relic (API keys UI), create a new one, and review NerdGraph activity for changes made with it.',
    url: NEW_RELIC_URL,
  },
  examples: {
    truePositives: () => [
      `NEW_RELIC_API_KEY=NRAK-${randomString(`${ALPHA_UPPER}0123456789`, 27)}`,
      `provider "newrelic" { api_key = "NRAK-${randomString(`${ALPHA_UPPER}0123456789`, 27)}" }`,
    ],
    falsePositives: ['NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX', 'NEW_RELIC_API_KEY=NRAK-...'],
  },
};

export const newRelicLicenseKey: SecretRule = {
  id: 'new-relic-license-key',
  title: 'New Relic ingest license key',
  provider: 'New Relic',
  // Ingest only: sends data into the account, reads nothing.
  severity: 'medium',
  keywords: ['nral'],
  // 40 characters ending in `FFFFNRAL`; EU-region keys begin with a region code such as `eu01xx`.
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?:[a-f0-9]{32}|[a-z]{2}\d{2}xx[a-f0-9]{26})FFFFNRAL)(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Create a new ingest license key in New Relic (API keys UI), roll it out to agents, then delete the leaked key.',
    url: NEW_RELIC_URL,
  },
  examples: {
    truePositives: () => [
      `NEW_RELIC_LICENSE_KEY=${randomString(HEX, 32)}FFFFNRAL`,
      `  license_key: 'eu01xx${randomString(HEX, 26)}FFFFNRAL'`,
    ],
    falsePositives: ['NEW_RELIC_LICENSE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxFFFFNRAL', 'license_key: <NRAL>'],
  },
};

export const newRelicBrowserKey: SecretRule = {
  id: 'new-relic-browser-key',
  title: 'New Relic browser ingest key',
  provider: 'New Relic',
  // Shipped in every page the browser agent runs on.
  severity: 'low',
  keywords: ['nrjs-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])/,
  minEntropy: 2.8,
  remediation: {
    summary:
      'Browser keys are public by design; if it is being abused, create a new browser key in New Relic and update the browser agent snippet.',
    url: NEW_RELIC_URL,
  },
  examples: {
    truePositives: () => [
      `;NREUM.loader_config={licenseKey:"NRJS-${randomString(HEX, 19)}",applicationID:"123456"}`,
      `NEW_RELIC_BROWSER_KEY=NRJS-${randomString(HEX, 19)}`,
    ],
    falsePositives: ['NEW_RELIC_BROWSER_KEY=NRJS-xxxxxxxxxxxxxxxxxxx', 'licenseKey:"NRJS-..."'],
  },
};

export const newRelicInsertKey: SecretRule = {
  id: 'new-relic-insert-key',
  title: 'New Relic Insights insert key',
  provider: 'New Relic',
  severity: 'medium',
  keywords: ['nrii-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the insert key in New Relic (API keys UI → Insights insert keys) and create a new one for the sender.',
    url: NEW_RELIC_URL,
  },
  examples: {
    truePositives: () => [
      `NEW_RELIC_INSERT_KEY=NRII-${randomString(BASE64URL, 32)}`,
      `-H "X-Insert-Key: NRII-${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: ['NEW_RELIC_INSERT_KEY=NRII-<insert-key>', 'X-Insert-Key: NRII-...'],
  },
};

export const newRelicQueryKey: SecretRule = {
  id: 'new-relic-query-key',
  title: 'New Relic Insights query key',
  provider: 'New Relic',
  severity: 'medium',
  keywords: ['nriq-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRIQ-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the query key in New Relic (API keys UI → Insights query keys); it reads every event in the account.',
    url: NEW_RELIC_URL,
  },
  examples: {
    truePositives: () => [
      `NEW_RELIC_QUERY_KEY=NRIQ-${randomString(BASE64URL, 32)}`,
      `-H "X-Query-Key: NRIQ-${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: ['NEW_RELIC_QUERY_KEY=NRIQ-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'X-Query-Key: NRIQ-...'],
  },
};

// --- Sentry ---------------------------------------------------------------------------------

const SENTRY_URL = 'https://docs.sentry.io/account/auth-tokens/';

/** Org auth tokens wrap JSON metadata (`iat`, `url`, `region_url`, `org`) before the secret. */
function checkSentryOrgToken(secret: string): StructureVerdict {
  const payload = secret.slice('sntrys_'.length, secret.lastIndexOf('_'));
  const json = decodeBase64Json(payload);
  return json && 'iat' in json && 'org' in json ? 'confirmed' : 'plausible';
}

function sentryOrgToken(): string {
  const payload = base64Json({
    iat: 1700000000 + Math.floor(Math.random() * 1e8),
    url: 'https://sentry.io',
    region_url: 'https://us.sentry.io',
    org: randomString(ALPHA_LOWER, 8),
  });
  return `sntrys_${payload}_${randomString(BASE64, 43)}`;
}

export const sentryOrgAuthToken: SecretRule = {
  id: 'sentry-org-auth-token',
  title: 'Sentry organization auth token',
  provider: 'Sentry',
  severity: 'high',
  keywords: ['sntrys_'],
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>sntrys_eyJ[A-Za-z0-9+/]{20,400}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_])/,
  minEntropy: 4,
  validate: checkSentryOrgToken,
  remediation: {
    summary:
      'Revoke the token in Sentry (Settings → Developer Settings → Organization Tokens), create a new one for the CI job that uploads source maps or releases.',
    url: SENTRY_URL,
  },
  examples: {
    truePositives: () => [`SENTRY_AUTH_TOKEN=${sentryOrgToken()}`, `  authToken: "${sentryOrgToken()}",`],
    falsePositives: ['SENTRY_AUTH_TOKEN=sntrys_...', 'SENTRY_AUTH_TOKEN=sntrys_eyJ<token>_secret'],
  },
};

export const sentryUserAuthToken: SecretRule = {
  id: 'sentry-user-auth-token',
  title: 'Sentry user auth token',
  provider: 'Sentry',
  severity: 'high',
  keywords: ['sntryu_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token in Sentry (User Settings → Personal Tokens) and create a new one with the scopes needed.',
    url: SENTRY_URL,
  },
  examples: {
    truePositives: () => [
      `SENTRY_AUTH_TOKEN=sntryu_${randomString(HEX, 64)}`,
      `auth.token=sntryu_${randomString(HEX, 64)}`,
    ],
    falsePositives: ['SENTRY_AUTH_TOKEN=sntryu_...', `sntryu_${'a'.repeat(64)}`],
  },
};

export const sentryLegacyDsn: SecretRule = {
  id: 'sentry-legacy-dsn',
  title: 'Sentry DSN with secret key (legacy)',
  provider: 'Sentry',
  // Modern DSNs carry only the public key and are meant for clients; the legacy `public:secret`
  // form also authenticated the old store API.
  severity: 'medium',
  keywords: ['sentry'],
  pattern:
    /(?<secret>https?:\/\/[a-f0-9]{32}:[a-f0-9]{32}@[A-Za-z0-9.-]{1,100}(?::\d{1,5})?\/\d{1,12})(?![A-Za-z0-9])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the key in Sentry (Project Settings → Client Keys (DSN)), create a new one, and update SDK configuration to the public-key-only DSN.',
    url: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  },
  examples: {
    truePositives: () => [
      `SENTRY_DSN=https://${randomString(HEX, 32)}:${randomString(HEX, 32)}@sentry.io/1234567`,
      `Raven.config('https://${randomString(HEX, 32)}:${randomString(HEX, 32)}@sentry.acme-corp.io/42').install();`,
    ],
    falsePositives: [
      'SENTRY_DSN=https://0123456789abcdef0123456789abcdef@o123456.ingest.sentry.io/1234567',
      'SENTRY_DSN=https://<key>:<secret>@sentry.io/<project>',
    ],
  },
};

// --- Grafana --------------------------------------------------------------------------------

/** Cloud access policy tokens wrap JSON (`o` org, `n` name, `k` secret, `m.r` region). */
function checkGrafanaCloudToken(secret: string): StructureVerdict {
  const json = decodeBase64Json(secret.slice('glc_'.length));
  return json && typeof json.k === 'string' && 'o' in json ? 'confirmed' : 'plausible';
}

function grafanaCloudToken(): string {
  return `glc_${base64Json({
    o: String(100000 + Math.floor(Math.random() * 900000)),
    n: `stack-${randomString(HEX, 6)}-write`,
    k: randomString(ALNUM, 24),
    m: { r: 'prod-us-east-0' },
  })}`;
}

/** Service account tokens end in the CRC32 (little-endian hex) of `glsa_<secret>`. */
function grafanaChecksum(prefixAndSecret: string): string {
  const sum = crc32(prefixAndSecret);
  return [sum, sum >>> 8, sum >>> 16, sum >>> 24]
    .map((b) => (b & 0xff).toString(16).padStart(2, '0'))
    .join('');
}

function checkGrafanaServiceAccountToken(secret: string): StructureVerdict {
  const cut = secret.lastIndexOf('_');
  return grafanaChecksum(secret.slice(0, cut)) === secret.slice(cut + 1) ? 'confirmed' : 'plausible';
}

function grafanaServiceAccountToken(): string {
  const head = `glsa_${randomString(ALNUM, 32)}`;
  return `${head}_${grafanaChecksum(head)}`;
}

/** Legacy API keys are base64 JSON: `{"k": <secret>, "n": <name>, "id": <org>}`. */
function checkGrafanaLegacyKey(secret: string): StructureVerdict {
  const json = decodeBase64Json(secret);
  return json && typeof json.k === 'string' && 'n' in json ? 'confirmed' : 'plausible';
}

function grafanaLegacyKey(): string {
  return base64Json({ k: randomString(ALNUM, 32), n: `deploy-${randomString(ALPHA_LOWER, 5)}`, id: 1 });
}

export const grafanaCloudAccessToken: SecretRule = {
  id: 'grafana-cloud-access-token',
  title: 'Grafana Cloud access policy token',
  provider: 'Grafana',
  severity: 'high',
  keywords: ['glc_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=_])/,
  minEntropy: 4,
  validate: checkGrafanaCloudToken,
  remediation: {
    summary:
      'Delete the token in Grafana Cloud (Administration → Cloud access policies → token), create a new one, and review what its policy’s scopes allowed.',
    url: 'https://grafana.com/docs/grafana-cloud/account-management/authentication-and-permissions/access-policies/',
  },
  examples: {
    truePositives: () => [
      `GRAFANA_CLOUD_TOKEN=${grafanaCloudToken()}`,
      `  password: "${grafanaCloudToken()}"`,
    ],
    falsePositives: [
      'API_KEY="glc_111111111111111111111111111111111111111111="',
      'GRAFANA_CLOUD_TOKEN=glc_...',
    ],
  },
};

export const grafanaServiceAccountTokenRule: SecretRule = {
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  provider: 'Grafana',
  severity: 'high',
  keywords: ['glsa_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: checkGrafanaServiceAccountToken,
  remediation: {
    summary:
      'Delete the token from the service account in Grafana (Administration → Service accounts), add a new one, and review the service account’s role.',
    url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  },
  examples: {
    truePositives: () => [
      `GRAFANA_TOKEN=${grafanaServiceAccountToken()}`,
      `-H "Authorization: Bearer ${grafanaServiceAccountToken()}"`,
    ],
    falsePositives: [
      'GRAFANA_TOKEN=glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA',
      'GRAFANA_TOKEN=glsa_...',
    ],
  },
};

export const grafanaLegacyApiKey: SecretRule = {
  id: 'grafana-legacy-api-key',
  title: 'Grafana API key (legacy)',
  provider: 'Grafana',
  severity: 'high',
  keywords: ['eyjrijoi'],
  // base64 of `{"k":"` — the start of every legacy key's JSON.
  pattern: /(?<![A-Za-z0-9+/])(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  validate: checkGrafanaLegacyKey,
  remediation: {
    summary:
      'Delete the API key in Grafana (Administration → API keys, or migrate it to a service account) and create a service account token instead.',
    url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  },
  examples: {
    truePositives: () => [
      `GRAFANA_API_KEY=${grafanaLegacyKey()}`,
      `"Authorization": "Bearer ${grafanaLegacyKey()}"`,
    ],
    falsePositives: ['GRAFANA_API_KEY=eyJrIjoi...', 'GRAFANA_API_KEY=eyJrIjoiXXXXXXXX'],
  },
};

// --- Honeycomb ------------------------------------------------------------------------------

const HONEYCOMB_URL = 'https://docs.honeycomb.io/get-started/configure/environments/manage-api-keys/';

export const honeycombIngestKey: SecretRule = {
  id: 'honeycomb-ingest-key',
  title: 'Honeycomb ingest key',
  provider: 'Honeycomb',
  // Ingest keys only write telemetry (and may create datasets).
  severity: 'medium',
  keywords: ['hc'],
  // `hc`, a letter Honeycomb assigns, `ik`/`ic`, then a 26-character key ID and 32-character
  // secret written together.
  pattern: /(?<![A-Za-z0-9_])(?<secret>hc[a-z]i[kc]_[A-Za-z0-9]{58})(?![A-Za-z0-9_])/,
  anchor: 'keyword',
  firstChars: 'h',
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the ingest key in Honeycomb (Environment settings → API Keys), create a new one, and update the OpenTelemetry exporters that send with it.',
    url: HONEYCOMB_URL,
  },
  examples: {
    truePositives: () => [
      `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=hcaik_01${randomString('0123456789abcdefghjkmnpqrstvwxyz', 56)}"`,
      `HONEYCOMB_API_KEY=hcxik_${randomString(ALNUM, 58)}`,
    ],
    falsePositives: [
      'HONEYCOMB_API_KEY=hcaik_xxxxxxxxxxxx',
      'x-honeycomb-team=hcaik_01hs6b0zv51w28xxxxxxxxxxxxxxxxxxxxxx8wy5w2h0dhhr3wry9',
    ],
  },
};

export const honeycombManagementKey: SecretRule = {
  id: 'honeycomb-management-key',
  title: 'Honeycomb management key',
  provider: 'Honeycomb',
  // Manages environments and API keys across the team.
  severity: 'high',
  keywords: ['mk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>hc[a-z]mk_[A-Za-z0-9]{26}:[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the management key in Honeycomb (Team settings → API Keys → Management keys), create a new one with the scopes needed, and review API keys and environments for changes.',
    url: HONEYCOMB_URL,
  },
  examples: {
    truePositives: () => [
      `HONEYCOMB_MANAGEMENT_KEY=hcamk_${randomString(ALNUM, 26)}:${randomString(ALNUM, 32)}`,
      `-H "Authorization: Bearer hcxmk_${randomString(ALNUM, 26)}:${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: [
      'honeycombVaultKeyID = "hcxmk_e2e-key-id"',
      'HONEYCOMB_MANAGEMENT_KEY=hcxmk_<id>:<secret>',
    ],
  },
};

export const honeycombClassicKey: SecretRule = {
  id: 'honeycomb-classic-api-key',
  title: 'Honeycomb configuration API key (unprefixed)',
  provider: 'Honeycomb',
  severity: 'high',
  keywords: ['honeycomb'],
  pattern: namedValuePattern(
    'x-honeycomb-team|honeycomb[\\w.-]{0,20}?(?:api[_.-]?|write[_.-]?|config[_.-]?)?(?:key|team)',
    '[a-f0-9]{32}|[A-Za-z0-9]{22}',
  ),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Delete the key in Honeycomb (Environment settings → API Keys), replace it with an ingest key for senders and a configuration key with the fewest permissions for tools.',
    url: HONEYCOMB_URL,
  },
  examples: {
    truePositives: () => [
      `HONEYCOMB_API_KEY=${randomString(HEX, 32)}`,
      `-H "X-Honeycomb-Team: ${randomString(ALNUM, 22)}"`,
    ],
    falsePositives: ['HONEYCOMB_API_KEY="<your API key>"', 'HONEYCOMB_API_KEY=your_honeycomb_api_key'],
  },
};

// --- PagerDuty ------------------------------------------------------------------------------

const PAGERDUTY_URL = 'https://support.pagerduty.com/main/docs/api-access-keys';

export const pagerdutyApiKey: SecretRule = {
  id: 'pagerduty-api-key',
  title: 'PagerDuty REST API key',
  provider: 'PagerDuty',
  severity: 'high',
  keywords: ['pagerduty', 'pager_duty', 'pager-duty', 'pd_', 'pd-', 'token token='],
  // General access keys and user tokens (`u+...`), both 20 characters; also the documented
  // `Authorization: Token token=...` header.
  pattern: namedValuePattern(
    '(?:pagerduty|pager[_.-]duty|pd)[\\w.-]{0,20}?(?:key|token)|token\\s{1,4}token',
    '[A-Za-z0-9_+-]{20}',
    '(?![A-Za-z0-9_+-])',
  ),
  minEntropy: 2.8,
  // PagerDuty's API reference example key.
  validate: (secret) => (secret === 'y_NbAkKc66ryYTWUXYEu' ? 'rejected' : 'plausible'),
  remediation: {
    summary:
      'Delete the key in PagerDuty (Integrations → API Access Keys, or the user’s User Settings → API Access for user tokens) and create a new one, read-only if possible.',
    url: PAGERDUTY_URL,
  },
  examples: {
    truePositives: () => [
      `PAGERDUTY_API_KEY=${randomString(ALNUM, 20)}`,
      `Authorization: Token token=u+${randomString(BASE64URL, 18)}`,
      `  pd_token: "${randomString(ALNUM, 20)}"`,
    ],
    falsePositives: [
      'curl -H "Authorization: Token token=y_NbAkKc66ryYTWUXYEu" https://api.pagerduty.com/incidents',
      'PAGERDUTY_API_KEY=your_pagerduty_key',
    ],
  },
};

export const pagerdutyIntegrationKey: SecretRule = {
  id: 'pagerduty-integration-key',
  title: 'PagerDuty Events API integration (routing) key',
  provider: 'PagerDuty',
  // Triggers and resolves incidents on one service.
  severity: 'medium',
  keywords: ['pagerduty', 'pager_duty', 'pager-duty', 'pd_', 'pd-', 'routing_key'],
  pattern: namedValuePattern(
    '(?:pagerduty|pager[_.-]duty|pd)[\\w.-]{0,20}?(?:integration|routing|service|events?)[_.-]?key|"routing_key"',
    '[a-f0-9]{32}',
  ),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Regenerate the integration key on the PagerDuty service (Integrations tab → the integration → regenerate), and update the monitoring tools that send events.',
    url: 'https://support.pagerduty.com/main/docs/services-and-integrations',
  },
  examples: {
    truePositives: () => [
      `PAGERDUTY_ROUTING_KEY=${randomString(HEX, 32)}`,
      `{"routing_key": "${randomString(HEX, 32)}", "event_action": "trigger"}`,
    ],
    falsePositives: ['PAGERDUTY_INTEGRATION_KEY=<integration-key>', '"routing_key": "YOUR_ROUTING_KEY"'],
  },
};

// --- Dynatrace, Splunk, Elastic -------------------------------------------------------------

export const dynatraceApiToken: SecretRule = {
  id: 'dynatrace-api-token',
  title: 'Dynatrace API token',
  provider: 'Dynatrace',
  severity: 'high',
  keywords: ['dt0c01.'],
  // Issued in upper-case base32; any case is accepted, since `dt0c01.` and the two lengths are
  // distinctive enough and a copy may have been case-folded.
  pattern: /(?<![A-Za-z0-9_.])(?<secret>dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  // The token Dynatrace's documentation prints.
  validate: (secret) =>
    secret ===
    'dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM'
      ? 'rejected'
      : 'plausible',
  remediation: {
    summary:
      'Revoke the token in Dynatrace (Access tokens → token → Revoke, or the tokens API), create a new one with the fewest scopes, and review the audit log.',
    url: 'https://docs.dynatrace.com/docs/dynatrace-api/basics/dynatrace-api-authentication',
  },
  examples: {
    truePositives: () => [
      `DT_API_TOKEN=dt0c01.${randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 24)}.${randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 64)}`,
      `  apiToken: "dt0c01.${randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 24)}.${randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 64)}"`,
    ],
    falsePositives: [
      'dt_api_token = "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"',
      '"id": "dt0c01.ST2EY72KQINMH574WMNVI7YN",',
    ],
  },
};

export const splunkHecToken: SecretRule = {
  id: 'splunk-hec-token',
  title: 'Splunk HTTP Event Collector token',
  provider: 'Splunk',
  // Writes events into the indexes the token allows.
  severity: 'medium',
  keywords: ['splunk'],
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])splunk[\\w.-]{0,20}?(?:hec[_.-]?)?token${ASSIGNMENT}|splunk\\s{1,4})(?<secret>${UUID})(?![A-Za-z0-9-])`,
    'i',
  ),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Disable or delete the token in Splunk (Settings → Data inputs → HTTP Event Collector), create a new one for the sender, and check the indexes it could write to.',
    url: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
  },
  examples: {
    truePositives: () => [
      `SPLUNK_HEC_TOKEN=${uuid()}`,
      `curl -k https://splunk.example.com:8088/services/collector -H "Authorization: Splunk ${uuid()}"`,
    ],
    falsePositives: [
      'SPLUNK_HEC_TOKEN=<hec-token>',
      'Authorization: Splunk 00000000-0000-0000-0000-000000000000',
    ],
  },
};

export const splunkObservabilityToken: SecretRule = {
  id: 'splunk-observability-token',
  title: 'Splunk Observability Cloud (SignalFx) access token',
  provider: 'Splunk',
  severity: 'high',
  keywords: ['signalfx', 'sfx', 'x-sf-token', 'splunk'],
  pattern: namedValuePattern(
    'x-sf-token|(?:signalfx|sfx|splunk[\\w.-]{0,20}?(?:observability|o11y|access|ingest))[\\w.-]{0,20}?token',
    '[A-Za-z0-9_-]{22}',
    '(?![A-Za-z0-9_-])',
  ),
  minEntropy: 3.0,
  remediation: {
    summary:
      'Rotate or disable the org access token in Splunk Observability Cloud (Settings → Access Tokens) and update the collectors and integrations that use it.',
    url: 'https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html',
  },
  examples: {
    truePositives: () => [
      `SPLUNK_ACCESS_TOKEN=${randomString(BASE64URL, 22)}`,
      `curl -X POST https://ingest.us1.signalfx.com/v2/datapoint -H "X-SF-Token: ${randomString(ALNUM, 22)}"`,
    ],
    falsePositives: ['SPLUNK_ACCESS_TOKEN=<access-token>', 'X-SF-Token: YOUR_ORG_TOKEN'],
  },
};

/** An Elasticsearch API key credential is base64 of `<id>:<api_key>`. */
function checkElasticApiKey(secret: string): StructureVerdict {
  if (secret === 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==') return 'rejected';
  const text = Buffer.from(secret.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,64}$/.test(text) ? 'confirmed' : 'rejected';
}

function elasticApiKey(): string {
  return Buffer.from(`${randomString(BASE64URL, 20)}:${randomString(BASE64URL, 22)}`).toString('base64');
}

export const elasticApiKeyRule: SecretRule = {
  id: 'elastic-api-key',
  title: 'Elasticsearch / Elastic Cloud API key',
  provider: 'Elastic',
  severity: 'high',
  keywords: ['elastic', 'apikey '],
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])elastic[\\w.-]{0,20}?api[_.-]?key${ASSIGNMENT}|apikey\\s{1,4})(?<secret>[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=])`,
    'i',
  ),
  minEntropy: 4,
  validate: checkElasticApiKey,
  remediation: {
    summary:
      'Invalidate the API key (Kibana → Stack Management → API keys, or the invalidate API key API), create a new one with the fewest privileges, and review the audit log.',
    url: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html',
  },
  examples: {
    truePositives: () => [
      `ELASTIC_API_KEY=${elasticApiKey()}`,
      `curl -H "Authorization: ApiKey ${elasticApiKey()}" https://localhost:9200/_cluster/health`,
    ],
    falsePositives: [
      // Elastic's documentation example.
      'curl -H "Authorization: ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==" http://localhost:9200',
      'ELASTIC_API_KEY=<encoded-api-key>',
    ],
  },
};

// --- Search, maps, error tracking -----------------------------------------------------------

export const algoliaAdminKey: SecretRule = {
  id: 'algolia-admin-key',
  title: 'Algolia admin API key',
  provider: 'Algolia',
  // Full control of every index: read, write, delete, and manage other keys.
  severity: 'high',
  keywords: ['algolia'],
  pattern: namedValuePattern('algolia[\\w.-]{0,20}?admin[\\w.-]{0,10}?key', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Regenerate the admin API key in the Algolia dashboard (Settings → API Keys → Regenerate), update back-end indexing jobs, and check indices and rules for changes.',
    url: 'https://www.algolia.com/doc/guides/security/api-keys/',
  },
  examples: {
    truePositives: () => [
      `ALGOLIA_ADMIN_API_KEY=${randomString(HEX, 32)}`,
      `  algoliaAdminKey: '${randomString(HEX, 32)}',`,
    ],
    falsePositives: [
      // Search-only keys are meant for browsers.
      'ALGOLIA_SEARCH_KEY=search_only_key_here',
      'ALGOLIA_ADMIN_API_KEY=<ADMIN_API_KEY>',
    ],
  },
};

/** Mapbox tokens: `sk.` + base64url JSON (`u` user, `a` token id) + `.` + 22-char signature. */
function checkMapboxToken(secret: string): StructureVerdict {
  const json = decodeBase64Json(secret.slice(3, secret.lastIndexOf('.')));
  return json && typeof json.u === 'string' ? 'confirmed' : 'plausible';
}

function mapboxToken(prefix: string): string {
  const payload = base64Json({ u: randomString(ALPHA_LOWER, 8), a: randomString(ALNUM_LOWER, 25) }, true);
  return `${prefix}.${payload}.${randomString(BASE64URL, 22)}`;
}

export const mapboxSecretToken: SecretRule = {
  id: 'mapbox-secret-token',
  title: 'Mapbox secret access token',
  provider: 'Mapbox',
  severity: 'high',
  keywords: ['sk.eyj'],
  // Public `pk.` tokens are meant for browsers and are not matched.
  pattern:
    /(?<![A-Za-z0-9_.-])(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: checkMapboxToken,
  remediation: {
    summary:
      'Delete the secret token on the Mapbox account’s Tokens page, create a new one with the scopes needed, and review the account’s statistics and uploads.',
    url: 'https://docs.mapbox.com/accounts/guides/tokens/',
  },
  examples: {
    truePositives: () => [
      `MAPBOX_DOWNLOADS_TOKEN=${mapboxToken('sk')}`,
      `mapbox.secretToken = "${mapboxToken('sk')}"`,
    ],
    falsePositives: [
      'mapboxgl.accessToken = "pk.eyJ1IjoibWFwYm94IiwiYSI6ImNpejY4M29iazA2Z2gycXA4N2pmbDZmangifQ.-g_vE53SD2WrJ6tFX7QHmA";',
      'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1...',
    ],
  },
};

export const bugsnagApiKey: SecretRule = {
  id: 'bugsnag-api-key',
  title: 'Bugsnag notifier API key',
  provider: 'Bugsnag',
  // Notifier keys ship inside apps; they only submit error reports.
  severity: 'low',
  keywords: ['bugsnag'],
  pattern: namedValuePattern('bugsnag[\\w.-]{0,20}?(?:api[_.-]?|notifier[_.-]?)?key', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Notifier keys are embedded in clients; if it is abused, regenerate the project’s notifier API key in Bugsnag (Project settings) and ship the new one.',
  },
  examples: {
    truePositives: () => [
      `BUGSNAG_API_KEY=${randomString(HEX, 32)}`,
      `  bugsnag_notifier_key: '${randomString(HEX, 32)}'`,
    ],
    falsePositives: ['BUGSNAG_API_KEY=your-bugsnag-api-key', 'BUGSNAG_RELEASE_STAGE=production'],
  },
};

export const bugsnagAuthToken: SecretRule = {
  id: 'bugsnag-auth-token',
  title: 'Bugsnag personal auth token',
  provider: 'Bugsnag',
  severity: 'high',
  keywords: ['bugsnag'],
  pattern: namedValuePattern(
    'bugsnag[\\w.-]{0,20}?(?:auth|access|personal|data[_.-]?access)[_.-]?(?:api[_.-]?)?token',
    UUID,
    '(?![A-Za-z0-9-])',
  ),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Revoke the personal auth token in Bugsnag (My account → Personal auth tokens) and create a new one; it reads every error and its metadata.',
  },
  examples: {
    truePositives: () => [`BUGSNAG_AUTH_TOKEN=${uuid()}`, `  bugsnag_personal_token: "${uuid()}"`],
    falsePositives: ['BUGSNAG_AUTH_TOKEN=<personal-auth-token>', 'BUGSNAG_AUTH_TOKEN='],
  },
};

export const rollbarAccessToken: SecretRule = {
  id: 'rollbar-access-token',
  title: 'Rollbar access token',
  provider: 'Rollbar',
  // Server tokens post items, read/write tokens read errors and change settings; client tokens
  // are public but look the same.
  severity: 'medium',
  keywords: ['rollbar'],
  pattern: namedValuePattern('rollbar[\\w.-]{0,20}?(?:token|key)', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Disable or rotate the token in Rollbar (Project Settings → Project Access Tokens, or account access tokens) and update the services that use it.',
    url: 'https://docs.rollbar.com/docs/access-tokens',
  },
  examples: {
    truePositives: () => [
      `ROLLBAR_ACCESS_TOKEN=${randomString(HEX, 32)}`,
      `rollbar.server_token: '${randomString(HEX, 32)}'`,
    ],
    falsePositives: ['ROLLBAR_ACCESS_TOKEN=POST_SERVER_ITEM_ACCESS_TOKEN', 'ROLLBAR_ACCESS_TOKEN=<token>'],
  },
};

// --- Log shipping ---------------------------------------------------------------------------

export const logzioApiToken: SecretRule = {
  id: 'logzio-api-token',
  title: 'Logz.io API token',
  provider: 'Logz.io',
  severity: 'high',
  keywords: ['logz'],
  pattern: namedValuePattern('logz(?:[_.-]?io)?[\\w.-]{0,20}?api[_.-]?token', UUID, '(?![A-Za-z0-9-])'),
  minEntropy: 2.7,
  remediation: {
    summary: 'Delete the API token in Logz.io (Settings → Manage tokens → API tokens) and create a new one.',
  },
  examples: {
    truePositives: () => [`LOGZIO_API_TOKEN=${uuid()}`, `  logz_api_token: "${uuid()}"`],
    falsePositives: ['LOGZIO_API_TOKEN=<<API-TOKEN>>', 'LOGZIO_API_TOKEN='],
  },
};

export const logzioShippingToken: SecretRule = {
  id: 'logzio-shipping-token',
  title: 'Logz.io data shipping token',
  provider: 'Logz.io',
  severity: 'medium',
  keywords: ['logz'],
  pattern: namedValuePattern(
    'logz(?:[_.-]?io)?[\\w.-]{0,20}?(?:shipping|listener|logs?|metrics?|traces?)[_.-]?token',
    '[A-Za-z]{32}',
  ),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the shipping token in Logz.io (Settings → Manage tokens → Data shipping tokens), create a new one and update the shippers.',
  },
  examples: {
    truePositives: () => [
      `LOGZIO_SHIPPING_TOKEN=${randomString(ALPHA_UPPER + ALPHA_LOWER, 32)}`,
      `  logzio_logs_token: "${randomString(ALPHA_UPPER + ALPHA_LOWER, 32)}"`,
    ],
    falsePositives: ['LOGZIO_SHIPPING_TOKEN=<<LOG-SHIPPING-TOKEN>>', 'LOGZIO_LISTENER=listener.logz.io'],
  },
};

export const logglyCustomerToken: SecretRule = {
  id: 'loggly-customer-token',
  title: 'Loggly customer token',
  provider: 'Loggly',
  severity: 'medium',
  keywords: ['loggly'],
  // Assigned to a Loggly-named variable, or written into an input URL.
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])loggly[\\w.-]{0,20}?(?:customer[_.-]?|input[_.-]?)?(?:token|key)${ASSIGNMENT}|loggly\\.com/(?:inputs|bulk)/)(?<secret>${UUID})(?![A-Za-z0-9-])`,
    'i',
  ),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Delete the customer token in Loggly (Source Setup → Customer Tokens), create a new one and update the log senders.',
  },
  examples: {
    truePositives: () => [
      `LOGGLY_TOKEN=${uuid()}`,
      `curl -d "hello" https://logs-01.loggly.com/inputs/${uuid()}/tag/http/`,
    ],
    falsePositives: ['LOGGLY_TOKEN=TOKEN', 'https://logs-01.loggly.com/inputs/TOKEN/tag/http/'],
  },
};

const SUMO_URL = 'https://help.sumologic.com/docs/manage/security/access-keys/';

export const sumologicAccessId: SecretRule = {
  id: 'sumologic-access-id',
  title: 'Sumo Logic access ID',
  provider: 'Sumo Logic',
  // The user-name half of an access key pair.
  severity: 'low',
  keywords: ['sumo'],
  pattern: namedValuePattern('sumo[\\w.-]{0,20}?access[_.-]?id', 'su[A-Za-z0-9]{12}'),
  minEntropy: 2.5,
  remediation: {
    summary:
      'Access IDs identify a key; check whether the access key was leaked with it and delete the pair if so.',
    url: SUMO_URL,
  },
  examples: {
    truePositives: () => [
      `SUMOLOGIC_ACCESSID=su${randomString(ALNUM, 12)}`,
      `sumo_access_id = "su${randomString(ALNUM, 12)}"`,
    ],
    falsePositives: ['sumologic_access_id         = ""', 'SUMO_ACCESS_ID=<access-id>'],
  },
};

export const sumologicAccessKey: SecretRule = {
  id: 'sumologic-access-key',
  title: 'Sumo Logic access key',
  provider: 'Sumo Logic',
  severity: 'high',
  keywords: ['sumo'],
  pattern: namedValuePattern('sumo[\\w.-]{0,20}?access[_.-]?key', '[A-Za-z0-9]{64}'),
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the access key in Sumo Logic (Preferences → Access Keys, or Administration → Security → Access Keys) and create a new one with the scopes needed.',
    url: SUMO_URL,
  },
  examples: {
    truePositives: () => [
      `export SUMOLOGIC_ACCESSKEY="${randomString(ALNUM, 64)}"`,
      `sumo_access_key = "${randomString(ALNUM, 64)}"`,
    ],
    falsePositives: [
      '-e SUMO_ACCESS_KEY=`etcdctl get /sumologic_secret`',
      'sumo_access_key   = "<SUMOLOGIC ACCESS KEY>"',
    ],
  },
};

export const sumologicHttpSourceUrl: SecretRule = {
  id: 'sumologic-http-source-url',
  title: 'Sumo Logic HTTP source URL',
  provider: 'Sumo Logic',
  // The URL is the credential: anyone holding it can send data to the collector.
  severity: 'medium',
  keywords: ['sumologic.com/receiver/'],
  pattern:
    /https:\/\/endpoint\d{1,2}\.collection\.(?:[a-z0-9]{2,5}\.)?sumologic\.com\/receiver\/v1\/(?:http|otlp)\/(?<secret>[A-Za-z0-9_=-]{40,300})/,
  minEntropy: 4,
  remediation: {
    summary:
      'Regenerate the source URL in Sumo Logic (Collection → the HTTP source → Show URL → New URL) and update the senders.',
  },
  examples: {
    truePositives: () => [
      `SUMO_ENDPOINT=https://endpoint1.collection.us2.sumologic.com/receiver/v1/http/${randomString(BASE64URL, 110)}==`,
      `  url: "https://endpoint4.collection.sumologic.com/receiver/v1/http/${randomString(ALNUM, 96)}"`,
    ],
    falsePositives: [
      'https://endpoint1.collection.sumologic.com/receiver/v1/http/<unique-http-collector-code>',
      'https://endpoint1.collection.us2.sumologic.com/receiver/v1/http/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  },
};

const AXIOM_URL = 'https://axiom.co/docs/reference/tokens';

export const axiomApiToken: SecretRule = {
  id: 'axiom-api-token',
  title: 'Axiom API token',
  provider: 'Axiom',
  severity: 'high',
  keywords: ['xaat-'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>xaat-${UUID})(?![A-Za-z0-9-])`),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the API token in Axiom (Settings → API tokens), create a new one limited to the datasets needed.',
    url: AXIOM_URL,
  },
  examples: {
    truePositives: () => [
      `AXIOM_TOKEN=xaat-${uuid()}`,
      `const axiom = new Axiom({ token: 'xaat-${uuid()}' });`,
    ],
    falsePositives: [
      'NEXT_PUBLIC_AXIOM_TOKEN=xaat-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'token="xaat-test-token"',
    ],
  },
};

export const axiomPersonalToken: SecretRule = {
  id: 'axiom-personal-token',
  title: 'Axiom personal access token',
  provider: 'Axiom',
  severity: 'high',
  keywords: ['xapt-'],
  pattern: new RegExp(`(?<![A-Za-z0-9_-])(?<secret>xapt-${UUID})(?![A-Za-z0-9-])`),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the personal token in Axiom (Profile → Personal tokens) and create a new one; it acts with your full permissions.',
    url: AXIOM_URL,
  },
  examples: {
    truePositives: () => [`AXIOM_TOKEN=xapt-${uuid()}`, `axiom auth login --token xapt-${uuid()}`],
    falsePositives: ['AXIOM_TOKEN=xapt-...', 'AXIOM_TOKEN=xapt-your-personal-token'],
  },
};

export const betterStackSourceToken: SecretRule = {
  id: 'betterstack-source-token',
  title: 'Better Stack (Logtail) source token',
  provider: 'Better Stack',
  severity: 'medium',
  keywords: ['logtail', 'betterstack', 'better_stack', 'better-stack'],
  pattern: namedValuePattern(
    '(?:logtail|better[_.-]?stack)[\\w.-]{0,20}?(?:source[_.-]?)?(?:token|key)',
    '[A-Za-z0-9]{24}',
  ),
  minEntropy: 3.1,
  remediation: {
    summary:
      'Delete the source (or reset its token) in Better Stack Telemetry (Sources → source → Configure) and update the log shippers.',
  },
  examples: {
    truePositives: () => [
      `LOGTAIL_SOURCE_TOKEN=${randomString(ALNUM, 24)}`,
      `  betterstack_token: "${randomString(ALNUM, 24)}"`,
    ],
    falsePositives: ['LOGTAIL_SOURCE_TOKEN=$SOURCE_TOKEN', 'BETTERSTACK_TOKEN=<source-token>'],
  },
};
