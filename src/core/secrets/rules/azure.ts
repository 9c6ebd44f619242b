import { randomBytes } from 'node:crypto';
import { ALNUM, BASE64, HEX, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { caskChecksum } from '../structure/azure-cask-checksum.js';
import { hasAzureIdentifiableChecksum } from '../structure/azure-identifiable-checksum.js';
import { isCanonicalBase64 } from '../structure/canonical-base64.js';
import { entraSecretChecksum } from '../structure/entra-secret-checksum.js';
import { marvin32 } from '../structure/marvin32.js';

/*
 * Microsoft's "identifiable" keys carry a fixed signature at a fixed offset (`+ASt` at 76 of an
 * 88-character storage key, `+ASb` at 33 of a 44-character Service Bus key, …) and a Marvin32
 * checksum. Those shapes get their own rules below; the context rules for the older random
 * keys skip them (negative lookaheads) so each key is reported once, by its most specific rule.
 */

/** Publicly documented development keys: the Azurite storage emulator and the Cosmos DB emulator. */
const EMULATOR_KEYS = new Set([
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
]);

/** Random account keys are canonical base64 of 64 or 32 bytes, and never an emulator's key. */
function accountKeyVerdict(secret: string): StructureVerdict {
  return EMULATOR_KEYS.has(secret) || !isCanonicalBase64(secret) ? 'rejected' : 'plausible';
}

function identifiableVerdict(seeds: readonly bigint[]): (secret: string) => StructureVerdict {
  return (secret) => {
    if (!isCanonicalBase64(secret)) return 'rejected';
    return hasAzureIdentifiableChecksum(secret, seeds) ? 'confirmed' : 'plausible';
  };
}

function caskVerdict(secret: string): StructureVerdict {
  return secret.length >= 84 && secret.slice(80, 84) === caskChecksum(secret.slice(0, 80))
    ? 'confirmed'
    : 'plausible';
}

/** A random 32- or 64-byte account key, in canonical base64. */
function accountKey(bytes: 32 | 64 = 64): string {
  return randomBytes(bytes).toString('base64');
}

/**
 * An identifiable key: `prefixLength` random characters, the signature, then the checksum of the
 * decoded bytes under `seed`, encoded the way the service encodes it.
 */
function identifiableKey(
  prefixLength: number,
  signature: string,
  seed: bigint,
  encoding: 'base64' | 'base64url' | 'alnum' = 'base64',
): string {
  const alphabet = encoding === 'base64url' ? `${ALNUM}-_` : encoding === 'alnum' ? ALNUM : BASE64;
  for (;;) {
    // Six zero-valued characters hold the checksum's place; decoding pads the bit count.
    const text = `${randomString(alphabet, prefixLength)}${signature}AAAAAA`;
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    bytes.writeUInt32LE(marvin32(bytes.subarray(0, bytes.length - 4), seed), bytes.length - 4);
    if (encoding === 'base64') return bytes.toString('base64');
    const url = bytes.toString('base64url');
    if (encoding === 'base64url') return url.padEnd(Math.ceil(url.length / 4) * 4, '=');
    if (/^[A-Za-z0-9]+$/.test(url)) return url;
  }
}

/** A common annotated security key (84 characters, `JQQJ99` at 52) for `provider` + `signature`. */
function caskKey(provider: string, signature: string): string {
  const body = `${randomString(ALNUM, 52)}JQQJ99${randomString(ALNUM, 1)}${randomString('ABCDEFGHIJKL', 1)}${randomString(ALNUM, 12)}${provider}${signature}`;
  return body + caskChecksum(body);
}

function entraSecret(): string {
  const text = `${randomString(ALNUM, 3)}8Q~${randomString(ALNUM, 14)}~${randomString(ALNUM, 16)}`;
  return text + entraSecretChecksum(text);
}

export const azureEntraClientSecret: SecretRule = {
  id: 'azure-entra-client-secret',
  title: 'Microsoft Entra ID (Azure AD) application client secret',
  provider: 'Microsoft Entra ID',
  severity: 'critical',
  keywords: ['q~'],
  // Current secrets: 3 characters, a version digit (7, 8), `Q~`, then 31-34 more characters.
  pattern:
    /(?<![A-Za-z0-9_~.+/-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.+/-])/,
  minEntropy: 3.5,
  // `8Q~` secrets end with 3 checksum characters; `7Q~` ones carry none.
  validate: (secret) =>
    secret.slice(3, 6) === '8Q~' && secret.slice(-3) === entraSecretChecksum(secret.slice(0, -3))
      ? 'confirmed'
      : 'plausible',
  remediation: {
    summary:
      'Delete the secret under App registrations → the app → Certificates & secrets, add a new one (or switch to a certificate or federated credential), and review the sign-in logs of the service principal.',
    url: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
  },
  examples: {
    truePositives: () => [
      `AZURE_CLIENT_SECRET=${entraSecret()}`,
      `  "clientSecret": "${entraSecret()}",`,
      `az login --service-principal -u 00000000-aaaa-bbbb-cccc-000000000000 -p '${entraSecret()}' --tenant contoso.onmicrosoft.com`,
      `client_secret = "${randomString(ALNUM, 3)}7Q~${randomString(ALNUM, 34)}"`,
    ],
    falsePositives: [
      'AZURE_CLIENT_SECRET=abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_CLIENT_SECRET=<client-secret>',
      'path = "~/abc8Q~/short"',
      'AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}',
    ],
  },
};

export const azureStorageAccountKey: SecretRule = {
  id: 'azure-storage-account-key',
  title: 'Azure Storage account access key',
  provider: 'Azure',
  severity: 'critical',
  keywords: ['storage', 'accountkey', 'account_key', 'account-key', 'account.key', 'primary', 'secondary'],
  // 64 random bytes in base64, named as a storage/account key. `;AccountKey=` inside a
  // connection string belongs to the connection-string rules.
  pattern:
    /(?:storage[\w.-]{0,20}?key|(?<![A-Za-z0-9;])account[_.-]?key|(?<![A-Za-z0-9])(?:primary|secondary)[_.-]?(?:access[_.-]?)?key)['"]?(?:\s{0,4}(?::=|=>|[:=])\s{0,4}|\s{1,4})['"]?(?![A-Za-z0-9+/]{76}(?:\+ASt|ACDb|\+ABa|\+AMC|APIM))(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4.5,
  validate: accountKeyVerdict,
  remediation: {
    summary:
      'Rotate the key under Storage account → Security + networking → Access keys (regenerate the leaked key1/key2 after moving clients to the other), and consider disabling shared key access in favour of Entra ID.',
    url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  },
  examples: {
    truePositives: () => [
      `AZURE_STORAGE_KEY=${accountKey()}`,
      `  "storageAccountKey": "${accountKey()}",`,
      `azure_storage_access_key = "${accountKey()}"`,
      `az storage blob upload --account-name acct --account-key ${accountKey()} -f a.txt`,
    ],
    falsePositives: [
      // The Azurite emulator's published development key.
      'AZURE_STORAGE_KEY=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
      'AZURE_STORAGE_KEY=<storage-account-key>',
      'storage_account_key = azurerm_storage_account.main.primary_access_key',
      'AZURE_STORAGE_KEY=${STORAGE_KEY}',
    ],
  },
};

export const azureStorageConnectionString: SecretRule = {
  id: 'azure-storage-connection-string',
  title: 'Azure Storage connection string with account key',
  provider: 'Azure',
  severity: 'critical',
  keywords: ['accountkey='],
  pattern:
    /(?<![A-Za-z0-9])AccountName=[A-Za-z0-9-]{1,64};\s?AccountKey=(?![A-Za-z0-9+/]{76}\+ASt)(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4.5,
  validate: accountKeyVerdict,
  remediation: {
    summary:
      'Regenerate the account key named in the connection string (Storage account → Access keys), update clients, and prefer managed identities or user-delegation SAS over shared keys.',
    url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  },
  examples: {
    truePositives: () => [
      `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${accountKey()};EndpointSuffix=core.windows.net"`,
      `  "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=fnstore01;AccountKey=${accountKey()}",`,
    ],
    falsePositives: [
      'AzureWebJobsStorage=UseDevelopmentStorage=true',
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;',
      'DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<key>;EndpointSuffix=core.windows.net',
      'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${STORAGE_KEY}',
    ],
  },
};

export const azureCosmosDbKey: SecretRule = {
  id: 'azure-cosmos-db-key',
  title: 'Azure Cosmos DB account key',
  provider: 'Azure',
  severity: 'critical',
  keywords: ['documents.azure.com', 'cosmos'],
  pattern:
    /(?:AccountEndpoint=https:\/\/[A-Za-z0-9-]{3,50}\.documents\.azure\.com(?::\d{1,5})?\/?;\s?AccountKey=|cosmos[\w.-]{0,25}?key['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?)(?![A-Za-z0-9+/]{76}ACDb)(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/i,
  minEntropy: 4.5,
  validate: accountKeyVerdict,
  remediation: {
    summary:
      'Regenerate the leaked primary or secondary key (Cosmos DB account → Keys) after moving clients to the other one, and prefer Entra ID role-based access.',
    url: 'https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data',
  },
  examples: {
    truePositives: () => [
      `COSMOS_CONNECTION_STRING="AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=${accountKey()};"`,
      `COSMOS_DB_KEY=${accountKey()}`,
      `  "CosmosDbAuthKey": "${accountKey()}",`,
    ],
    falsePositives: [
      // The Cosmos DB emulator's published key.
      'COSMOS_KEY=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
      'AccountEndpoint=https://<account>.documents.azure.com:443/;AccountKey=<key>;',
      'COSMOS_KEY=${COSMOS_KEY}',
    ],
  },
};

function sasSignature(): string {
  return encodeURIComponent(randomBytes(32).toString('base64'));
}

export const azureSasToken: SecretRule = {
  id: 'azure-sas-token',
  title: 'Azure shared access signature (SAS) token',
  provider: 'Azure',
  severity: 'high',
  keywords: ['sig='],
  // `sv=<version date>` then up to 16 other `&name=value` parameters, then the HMAC-SHA256
  // signature: 44 base64 characters, usually URL-encoded.
  pattern:
    /(?<![A-Za-z0-9])sv=\d{4}-\d{2}-\d{2}(?:&(?:amp;)?(?!sig=)[a-z]{2,6}=[^&=\s'"<>;]{1,120}){0,16}&(?:amp;)?sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:%3[Dd]|=))(?![A-Za-z0-9%+/=])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'A SAS cannot be revoked on its own: rotate the account key that signed it (or revoke user delegation keys / delete the stored access policy it references), then issue short-lived SAS tokens.',
    url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview',
  },
  examples: {
    truePositives: () => [
      `https://contoso.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2025-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=${sasSignature()}`,
      `BlobEndpoint=https://contoso.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=bfqt&srt=sco&sp=rl&se=2024-06-01T00:00:00Z&sig=${sasSignature()}`,
      `SAS_TOKEN="?sv=2020-08-04&sr=c&sp=r&se=2024-01-01&sig=${randomBytes(32).toString('base64')}"`,
    ],
    falsePositives: [
      'https://contoso.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>',
      'SAS_TOKEN="?sv=2020-08-04&ss=b&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D"',
      'url = base + "&sig=" + signature',
      'https://example.org/search?q=sv=2020&sig=short',
    ],
  },
};

const MESSAGING_IDENTIFIABLE = /(?![A-Za-z0-9+/]{33}(?:\+ASb|\+AEh|\+ARm|AIoT|AzCa|AZEG))/.source;

export const azureServiceBusConnectionString: SecretRule = {
  id: 'azure-service-bus-connection-string',
  title: 'Azure Service Bus / Event Hubs / Relay connection string',
  provider: 'Azure',
  severity: 'high',
  keywords: ['servicebus.'],
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9])Endpoint=sb://[A-Za-z0-9.-]{1,100}\.servicebus\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)/?;\s?SharedAccessKeyName=[^;\s'"]{1,256};\s?SharedAccessKey=${MESSAGING_IDENTIFIABLE}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])`,
    'i',
  ),
  minEntropy: 4,
  validate: accountKeyVerdict,
  remediation: {
    summary:
      'Regenerate the primary or secondary key of the named shared access policy (namespace or entity → Shared access policies), and prefer managed identities for senders and receivers.',
    url: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
  },
  examples: {
    truePositives: () => [
      `SERVICEBUS_CONNECTION="Endpoint=sb://orders-ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${accountKey(32)}"`,
      `  "EventHubConnection": "Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${accountKey(32)};EntityPath=events",`,
    ],
    falsePositives: [
      'Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>',
      'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}',
      'Endpoint=sb://ns.servicebus.windows.net/;Authentication=Managed Identity',
    ],
  },
};

export const azureIotHubConnectionString: SecretRule = {
  id: 'azure-iot-hub-connection-string',
  title: 'Azure IoT Hub connection string',
  provider: 'Azure',
  severity: 'high',
  keywords: ['azure-devices'],
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9])HostName=[A-Za-z0-9.-]{1,100}\.azure-devices(?:-provisioning)?\.net;\s?(?:SharedAccessKeyName|DeviceId|ModuleId)=[^;\s'"]{1,256};\s?(?:DeviceId=[^;\s'"]{1,256};\s?)?SharedAccessKey=${MESSAGING_IDENTIFIABLE}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])`,
    'i',
  ),
  minEntropy: 4,
  validate: accountKeyVerdict,
  remediation: {
    summary:
      'Regenerate the key of the shared access policy or device identity in the IoT hub, and move devices to X.509 certificates where possible.',
    url: 'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas',
  },
  examples: {
    truePositives: () => [
      `IOTHUB_CONNECTION_STRING="HostName=plant-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${accountKey(32)}"`,
      `const conn = "HostName=plant-hub.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=${accountKey(32)}";`,
    ],
    falsePositives: [
      'HostName=<hub>.azure-devices.net;DeviceId=<device>;SharedAccessKey=<key>',
      'HostName=hub.azure-devices.net;DeviceId=dev1;x509=true',
    ],
  },
};

export const azureCacheForRedisConnectionString: SecretRule = {
  id: 'azure-cache-for-redis-connection-string',
  title: 'Azure Cache for Redis connection string',
  provider: 'Azure',
  severity: 'high',
  keywords: ['redis.cache.windows.net', 'redis.azure.net'],
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9-])[A-Za-z0-9-]{1,63}\.redis\.(?:cache\.windows|azure)\.net(?::\d{2,5})?,\s?password=${MESSAGING_IDENTIFIABLE}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])`,
    'i',
  ),
  minEntropy: 4,
  validate: accountKeyVerdict,
  remediation: {
    summary:
      'Regenerate the leaked access key (cache → Authentication → Access keys) after moving clients to the other key, or disable access-key authentication in favour of Entra ID.',
    url: 'https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-keys',
  },
  examples: {
    truePositives: () => [
      `REDIS_CONNECTION="sessions.redis.cache.windows.net:6380,password=${accountKey(32)},ssl=True,abortConnect=False"`,
      `"Redis": "cache01.redis.cache.windows.net:6380,password=${accountKey(32)},ssl=True"`,
    ],
    falsePositives: [
      'REDIS_CONNECTION="sessions.redis.cache.windows.net:6380,password=<access-key>,ssl=True"',
      'REDIS_CONNECTION="sessions.redis.cache.windows.net:6380,ssl=True,abortConnect=False"',
    ],
  },
};

/** Legacy PATs: 32 random bytes in lower-case base32, 52 characters. */
function legacyPatVerdict(secret: string): StructureVerdict {
  return /^[a-z2-7]{52}$/.test(secret) ? 'plausible' : 'rejected';
}

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

export const azureDevopsPat: SecretRule = {
  id: 'azure-devops-pat',
  title: 'Azure DevOps personal access token (52-character format)',
  provider: 'Azure DevOps',
  severity: 'critical',
  keywords: [
    'azure',
    'devops',
    'azdo',
    'ado',
    'vsts',
    'tfs',
    // A bare `pat` is the start of every `path` and `pattern`; the name is only ever followed
    // by a quote, a blank or the assignment.
    ...['=', ':', '"', "'", ' ', '\t'].map((next) => `pat${next}`),
    'personal',
    'dev.azure.com',
    'visualstudio.com',
  ],
  // Context first (`AZURE_DEVOPS_PAT=`, `$pat = `, `https://user:<pat>@dev.azure.com`), then 52
  // base32 characters. The flag `i` is for the names; `validate` keeps the value lower-case.
  pattern:
    /(?:(?:(?<![A-Za-z0-9])(?:azure[_.-]?devops|azdo|ado|vsts|tfs)[\w.-]{0,25}?(?:pat|token|key|password|pwd|secret)|personal[_.-]?access[_.-]?token|(?<![A-Za-z0-9])\$?pat)['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?|https:\/\/(?:[\w.%-]{1,64}:)?(?=[a-z2-7]{52}@(?:dev\.azure\.com|[\w-]{1,64}\.visualstudio\.com)))(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])/i,
  // The names have no literal start, so the pattern would be tried at every position of every
  // line with `pat` (`path`) or `ado`: first look for the token's 52 lower-case base32
  // characters (`validate` rejects any other case).
  gate: /[:=>/][\s'"]{0,5}[a-z2-7]{52}/,
  minEntropy: 3.5,
  validate: legacyPatVerdict,
  remediation: {
    summary:
      'Revoke the token under User settings → Personal access tokens (or have an administrator revoke it via the PAT lifecycle API), then create a new one with the narrowest scopes and shortest lifetime.',
    url: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  },
  examples: {
    truePositives: () => [
      `AZURE_DEVOPS_EXT_PAT=${randomString(BASE32_LOWER, 52)}`,
      `$pat = "${randomString(BASE32_LOWER, 52)}"`,
      `git clone https://build:${randomString(BASE32_LOWER, 52)}@dev.azure.com/contoso/app/_git/app`,
      `  ado_token: ${randomString(BASE32_LOWER, 52)}`,
    ],
    falsePositives: [
      'AZURE_DEVOPS_EXT_PAT=<personal-access-token>',
      'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)',
      `pat: "${'abcd'.repeat(13)}"`,
      'AZURE_DEVOPS_PAT=${{ secrets.ADO_PAT }}',
    ],
  },
};

export const azureDevopsIdentifiablePat: SecretRule = {
  id: 'azure-devops-identifiable-pat',
  title: 'Azure DevOps personal access token (84-character format)',
  provider: 'Azure DevOps',
  severity: 'critical',
  keywords: ['azdo'],
  // 84 characters with the fixed `AZDO` signature at offset 76 (and `JQQJ` at 52).
  pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  validate: caskVerdict,
  remediation: {
    summary:
      'Revoke the token under User settings → Personal access tokens (administrators can revoke any user’s PAT), then issue a short-lived, narrowly scoped replacement or move to Entra ID tokens.',
    url: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
  },
  examples: {
    truePositives: () => [
      `AZURE_DEVOPS_EXT_PAT=${caskKey('AAAA', 'AZDO')}`,
      `  "personalAccessToken": "${caskKey('AAAA', 'AZDO')}",`,
      `PAT=${randomString(ALNUM, 76)}AZDO${randomString(ALNUM, 4)}`,
    ],
    falsePositives: [
      'AZURE_DEVOPS_EXT_PAT=<84-character-pat-with-AZDO-signature>',
      'AZURE_DEVOPS_EXT_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAZDOxxxx',
      'provider: AZDO',
    ],
  },
};

export const azureAiServicesKey: SecretRule = {
  id: 'azure-ai-services-key',
  title: 'Azure AI services / Azure OpenAI / API Management subscription key',
  provider: 'Azure',
  severity: 'high',
  keywords: ['azure', 'cognitive', 'openai', 'ocp-apim-subscription-key'],
  // 32 lower-case hex characters: only with an Azure-flavoured key name or the APIM header.
  pattern:
    /(?:(?<![A-Za-z0-9])(?:azure|cognitive|openai)[\w.-]{0,30}?key|ocp-apim-subscription-key)['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/i,
  minEntropy: 2.8,
  remediation: {
    summary:
      'Regenerate the leaked key (resource → Keys and Endpoint → Regenerate Key 1/2, or the API Management subscription’s keys) after moving clients to the other key; prefer Entra ID auth.',
    url: 'https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys',
  },
  examples: {
    truePositives: () => [
      `AZURE_OPENAI_API_KEY=${randomString(HEX, 32)}`,
      `Ocp-Apim-Subscription-Key: ${randomString(HEX, 32)}`,
      `  "CognitiveServicesKey": "${randomString(HEX, 32)}",`,
      `AZURE_SPEECH_KEY = "${randomString(HEX, 32)}"`,
    ],
    falsePositives: [
      'AZURE_OPENAI_API_KEY=<your-azure-openai-key>',
      'AZURE_OPENAI_API_KEY=00000000000000000000000000000000',
      'Ocp-Apim-Subscription-Key: {{subscriptionKey}}',
      'AZURE_OPENAI_ENDPOINT=https://myres.openai.azure.com/',
    ],
  },
};

export const azureAiServicesIdentifiableKey: SecretRule = {
  id: 'azure-ai-services-identifiable-key',
  title: 'Azure AI services / Azure OpenAI key (84-character format)',
  provider: 'Azure',
  severity: 'high',
  keywords: ['acog'],
  pattern:
    /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{12}AAA[A-Za-z]ACOG[A-Za-z0-9]{4}(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  validate: caskVerdict,
  remediation: {
    summary:
      'Regenerate the key (resource → Keys and Endpoint → Regenerate) after moving clients to the other key, and prefer Entra ID authentication for the resource.',
    url: 'https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys',
  },
  examples: {
    truePositives: () => [
      `AZURE_OPENAI_API_KEY=${caskKey('AAAB', 'ACOG')}`,
      `{"apiKey": "${caskKey('AAAA', 'ACOG')}"}`,
    ],
    falsePositives: ['key = "<84-character-key>ACOG"', 'signature: AAABACOG'],
  },
};

export const azureIdentifiableKey: SecretRule = {
  id: 'azure-identifiable-key',
  title: 'Azure common annotated security key (other services)',
  provider: 'Azure',
  severity: 'high',
  keywords: ['jqqj'],
  // Azure DevOps (`AZDO`) and AI services (`ACOG`) keys of this shape have their own rules.
  pattern:
    /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{12}(?![A-Za-z0-9]{4}AZDO|AAA[A-Za-z]ACOG)[A-Za-z0-9]{4}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9+/=])/,
  minEntropy: 4,
  validate: caskVerdict,
  remediation: {
    summary:
      'Find the Azure resource that issued the key from its signature (Event Grid, App Configuration, Maps, Communication Services, …), regenerate the key there and update clients.',
    url: 'https://github.com/microsoft/security-utilities',
  },
  examples: {
    truePositives: () => [
      `EVENTGRID_KEY=${caskKey('AAAA', 'AZEG')}`,
      `"accessKey": "${caskKey('AAAA', 'AZMP')}"`,
    ],
    falsePositives: ['JQQJ99 is the common annotated key signature', 'key: <52 chars>JQQJ99<28 chars>'],
  },
};

interface IdentifiableSpec {
  id: string;
  title: string;
  /** The fixed signature(s) in the key, also the prefilter keywords. */
  signatures: readonly string[];
  pattern: RegExp;
  seeds: readonly bigint[];
  severity: SecretRule['severity'];
  summary: string;
  url: string;
  sample: () => string;
  names: readonly [string, string];
}

function identifiableRule(spec: IdentifiableSpec): SecretRule {
  return {
    id: spec.id,
    title: spec.title,
    provider: 'Azure',
    severity: spec.severity,
    keywords: spec.signatures.map((signature) => signature.toLowerCase()),
    pattern: spec.pattern,
    minEntropy: 4,
    validate: identifiableVerdict(spec.seeds),
    remediation: { summary: spec.summary, url: spec.url },
    examples: {
      truePositives: () => [`${spec.names[0]}=${spec.sample()}`, `  "${spec.names[1]}": "${spec.sample()}",`],
      falsePositives: [
        `${spec.names[0]}=<key>`,
        `${spec.names[0]}=\${${spec.names[0]}}`,
        `The signature ${spec.signatures[0]} marks identifiable keys.`,
      ],
    },
  };
}

const STORAGE_SEEDS = [0x44656661756c7430n];
const COSMOS_SEEDS = [
  0x456e637279703030n,
  0x4d617374524f3030n,
  0x4d61737452573030n,
  0x5265736f75723030n,
  0x537973416c6c3030n,
  0x53797374524f3030n,
  0x5379737452573030n,
];
const MESSAGING_SEEDS = [
  0x53656e6430303030n,
  0x4c697374656e3030n,
  0x4d616e6167653030n,
  0x53797374656d3030n,
  0x556e6b6e6f776e30n,
];
const APIM_SEEDS = [0x54656e616e743030n, 0x496f544875623030n, 0x4761746577793030n, 0x4769744b65793030n];
const IOT_SEEDS = [0x496f544875623030n, 0x4470734b65793030n, 0x4465766963653030n];
const FUNCTION_SEEDS = [0x4d61737465723030n, 0x53797374656d3030n, 0x46756e6374693030n];
const SEARCH_SEEDS = [0x5175657279303030n, 0x5041646d696e3030n];

export const azureStorageIdentifiableKey = identifiableRule({
  id: 'azure-storage-identifiable-key',
  signatures: ['+ASt'],
  title: 'Azure Storage account key (identifiable format)',
  pattern:
    /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  seeds: STORAGE_SEEDS,
  severity: 'critical',
  summary:
    'Regenerate the key under Storage account → Access keys after moving clients to the other key, and consider disabling shared key access.',
  url: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
  sample: () => identifiableKey(76, '+ASt', STORAGE_SEEDS[0]!),
  names: ['AZURE_STORAGE_KEY', 'AccountKey'],
});

export const azureCosmosDbIdentifiableKey = identifiableRule({
  id: 'azure-cosmos-db-identifiable-key',
  signatures: ['ACDb'],
  title: 'Azure Cosmos DB key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  seeds: COSMOS_SEEDS,
  severity: 'critical',
  summary:
    'Regenerate the key under the Cosmos DB account → Keys, and prefer Entra ID role-based data access.',
  url: 'https://learn.microsoft.com/en-us/azure/cosmos-db/secure-access-to-data',
  sample: () => identifiableKey(76, 'ACDb', COSMOS_SEEDS[2]!),
  names: ['COSMOS_KEY', 'primaryMasterKey'],
});

export const azureBatchIdentifiableKey = identifiableRule({
  id: 'azure-batch-identifiable-key',
  signatures: ['+ABa'],
  title: 'Azure Batch account key (identifiable format)',
  pattern:
    /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}\+ABa[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  seeds: [0x4162416363743030n],
  severity: 'high',
  summary:
    'Regenerate the key under the Batch account → Keys, and use Entra ID authentication for Batch clients.',
  url: 'https://learn.microsoft.com/en-us/azure/batch/security-best-practices',
  sample: () => identifiableKey(76, '+ABa', 0x4162416363743030n),
  names: ['BATCH_ACCOUNT_KEY', 'batchAccountKey'],
});

export const azureApimIdentifiableKey = identifiableRule({
  id: 'azure-apim-identifiable-key',
  signatures: ['APIM'],
  title: 'Azure API Management key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{76}APIM[A-Za-z0-9+/]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  seeds: APIM_SEEDS,
  severity: 'high',
  summary:
    'Regenerate the subscription, gateway or management key in the API Management instance, then update the clients that use it.',
  url: 'https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions',
  sample: () => identifiableKey(76, 'APIM', APIM_SEEDS[1]!),
  names: ['APIM_SUBSCRIPTION_KEY', 'subscriptionKey'],
});

export const azureMessagingIdentifiableKey = identifiableRule({
  id: 'azure-messaging-identifiable-key',
  signatures: ['+ASb', '+AEh', '+ARm'],
  title: 'Azure Service Bus / Event Hubs / Relay key (identifiable format)',
  pattern:
    /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}\+A(?:Sb|Eh|Rm)[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  seeds: MESSAGING_SEEDS,
  severity: 'high',
  summary:
    'Regenerate the key of the shared access policy (namespace or entity → Shared access policies) and move clients to managed identities.',
  url: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas',
  sample: () => identifiableKey(33, '+ASb', MESSAGING_SEEDS[0]!),
  names: ['SERVICEBUS_KEY', 'SharedAccessKey'],
});

export const azureIotIdentifiableKey = identifiableRule({
  id: 'azure-iot-identifiable-key',
  signatures: ['AIoT'],
  title: 'Azure IoT Hub / device / DPS key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AIoT[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  seeds: IOT_SEEDS,
  severity: 'high',
  summary:
    'Regenerate the key of the IoT hub policy, device or enrollment that owns it, then re-provision devices.',
  url: 'https://learn.microsoft.com/en-us/azure/iot-hub/authenticate-authorize-sas',
  sample: () => identifiableKey(33, 'AIoT', IOT_SEEDS[2]!),
  names: ['IOT_DEVICE_KEY', 'primaryKey'],
});

export const azureCacheForRedisIdentifiableKey = identifiableRule({
  id: 'azure-cache-for-redis-identifiable-key',
  signatures: ['AzCa'],
  title: 'Azure Cache for Redis access key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AzCa[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  seeds: [0x4163636573733030n],
  severity: 'high',
  summary:
    'Regenerate the access key of the cache after moving clients to the other key, or switch to Entra ID auth.',
  url: 'https://learn.microsoft.com/en-us/azure/azure-cache-for-redis/cache-configure#access-keys',
  sample: () => identifiableKey(33, 'AzCa', 0x4163636573733030n),
  names: ['REDIS_KEY', 'redisPassword'],
});

export const azureEventGridIdentifiableKey = identifiableRule({
  id: 'azure-event-grid-identifiable-key',
  signatures: ['AZEG'],
  title: 'Azure Event Grid access key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{33}AZEG[A-P][A-Za-z0-9+/]{5}=)(?![A-Za-z0-9+/=_-])/,
  seeds: [0x53656e6452656376n],
  severity: 'high',
  summary:
    'Regenerate the topic or domain access key in Event Grid and update publishers; prefer Entra ID auth.',
  url: 'https://learn.microsoft.com/en-us/azure/event-grid/authenticate-with-access-keys-shared-access-signatures',
  sample: () => identifiableKey(33, 'AZEG', 0x53656e6452656376n),
  names: ['EVENTGRID_KEY', 'aeg-sas-key'],
});

export const azureFunctionIdentifiableKey = identifiableRule({
  id: 'azure-function-identifiable-key',
  signatures: ['AzFu'],
  title: 'Azure Functions access key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==)(?![A-Za-z0-9+/=_-])/,
  seeds: FUNCTION_SEEDS,
  severity: 'high',
  summary:
    'Renew the function, host or master key (Function App → App keys / the function’s Function keys) and update callers.',
  url: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to',
  sample: () => identifiableKey(44, 'AzFu', FUNCTION_SEEDS[2]!, 'base64url'),
  names: ['FUNCTION_KEY', 'x-functions-key'],
});

export const azureSearchIdentifiableKey = identifiableRule({
  id: 'azure-search-identifiable-key',
  signatures: ['AzSe'],
  title: 'Azure AI Search admin or query key (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9]{42}AzSe[A-D][A-Za-z0-9]{5})(?![A-Za-z0-9+/=_-])/,
  seeds: SEARCH_SEEDS,
  severity: 'high',
  summary:
    'Regenerate the admin key (or delete the query key) under the search service → Keys, and prefer Entra ID roles.',
  url: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys',
  sample: () => identifiableKey(42, 'AzSe', SEARCH_SEEDS[1]!, 'alnum'),
  names: ['AZURE_SEARCH_KEY', 'api-key'],
});

export const azureContainerRegistryIdentifiableKey = identifiableRule({
  id: 'azure-container-registry-identifiable-key',
  signatures: ['+ACR'],
  title: 'Azure Container Registry password (identifiable format)',
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-D][A-Za-z0-9+/]{5})(?![A-Za-z0-9+/=_-])/,
  seeds: [0x41435244666c7430n],
  severity: 'critical',
  summary:
    'Regenerate the admin user password or the token password (registry → Access keys / Tokens), and prefer Entra ID or managed identity pulls.',
  url: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication',
  sample: () => identifiableKey(42, '+ACR', 0x41435244666c7430n),
  names: ['ACR_PASSWORD', 'password'],
});
