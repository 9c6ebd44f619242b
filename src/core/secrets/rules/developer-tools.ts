import { randomUUID } from 'node:crypto';
import { ALNUM, ALNUM_LOWER, BASE64URL, DIGITS, HEX, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { keyedAssignmentPattern } from '../structure/keyed-assignment-pattern.js';

export const linearApiKey: SecretRule = {
  id: 'linear-api-key',
  title: 'Linear personal API key',
  provider: 'Linear',
  severity: 'high',
  keywords: ['lin_api_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Revoke the key under Linear → Settings → Security & access → Personal API keys and create a new one with only the team and permission scope it needs.',
  },
  examples: {
    truePositives: () => [
      `LINEAR_API_KEY=lin_api_${randomString(ALNUM, 40)}`,
      `const linear = new LinearClient({ apiKey: "lin_api_${randomString(ALNUM, 40)}" });`,
    ],
    falsePositives: [
      'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'LINEAR_API_KEY=lin_api_<key>',
    ],
  },
};

export const notionIntegrationToken: SecretRule = {
  id: 'notion-integration-token',
  title: 'Notion integration token',
  provider: 'Notion',
  severity: 'high',
  keywords: ['ntn_'],
  // ntn_ + 11 digits + 35 base62 characters (internal integration secrets since 2024).
  pattern: /(?<![A-Za-z0-9_])(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Refresh the secret on the integration’s page at notion.so/profile/integrations (Configuration → Refresh) and review which pages were shared with the integration.',
    url: 'https://developers.notion.com/docs/authorization',
  },
  examples: {
    truePositives: () => [
      `NOTION_TOKEN=ntn_${randomString(DIGITS, 11)}${randomString(ALNUM, 35)}`,
      `const notion = new Client({ auth: 'ntn_${randomString(DIGITS, 11)}${randomString(ALNUM, 35)}' });`,
    ],
    falsePositives: [
      'NOTION_TOKEN=ntn_<your-integration-secret>',
      'NOTION_TOKEN=ntn_xxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const notionLegacyIntegrationToken: SecretRule = {
  id: 'notion-legacy-integration-token',
  title: 'Notion integration token (legacy secret_ format)',
  provider: 'Notion',
  severity: 'high',
  keywords: ['notion'],
  // `secret_` is too common a prefix on its own: require Notion named on the same line.
  pattern: /(?<![A-Za-z0-9_])(?<secret>secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Refresh the secret on the integration’s page at notion.so/profile/integrations and review which pages were shared with it.',
    url: 'https://developers.notion.com/docs/authorization',
  },
  examples: {
    truePositives: () => [
      `NOTION_API_KEY=secret_${randomString(ALNUM, 43)}`,
      `curl https://api.notion.com/v1/users -H "Authorization: Bearer secret_${randomString(ALNUM, 43)}"`,
    ],
    falsePositives: [
      'NOTION_API_KEY=secret_<your-token>',
      'notion: secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const figmaPat: SecretRule = {
  id: 'figma-pat',
  title: 'Figma personal access token',
  provider: 'Figma',
  severity: 'high',
  keywords: ['figd_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>figd_[A-Za-z0-9_-]{40,44})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Revoke the token under Figma → Settings → Security → Personal access tokens and create a new one with read-only scopes and an expiry.',
    url: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
  },
  examples: {
    truePositives: () => [
      `FIGMA_TOKEN=figd_${randomString(BASE64URL, 40)}`,
      `curl -H "X-Figma-Token: figd_${randomString(ALNUM, 40)}" https://api.figma.com/v1/me`,
    ],
    falsePositives: ['-H "X-Figma-Token: figd_xxx_xxx_xxx"', 'FIGMA_TOKEN=figd_...'],
  },
};

export const figmaLegacyPat: SecretRule = {
  id: 'figma-legacy-pat',
  title: 'Figma personal access token (legacy format)',
  provider: 'Figma',
  severity: 'high',
  keywords: ['figma'],
  // Before figd_, tokens were 4 hex + '-' + a UUID, recognisable only next to "figma".
  pattern: keyedAssignmentPattern(
    ['figma'],
    '[0-9a-f]{4}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token under Figma → Settings → Security → Personal access tokens and create a new scoped one.',
    url: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
  },
  examples: {
    truePositives: () => [
      `--header='X-Figma-Token: ${randomString(HEX, 4)}-${randomUUID()}'`,
      `FIGMA_ACCESS_TOKEN=${randomString(HEX, 4)}-${randomUUID()}`,
    ],
    falsePositives: [
      'FIGMA_ACCESS_TOKEN=${FIGMA_TOKEN}',
      'figma_file_id: 0000-00000000-0000-0000-0000-000000000000',
    ],
  },
};

export const postmanApiKey: SecretRule = {
  id: 'postman-api-key',
  title: 'Postman API key',
  provider: 'Postman',
  severity: 'high',
  keywords: ['pmak-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the key under Postman → Settings → API keys (team admins can revoke members’ keys) and review the workspaces, environments and their secrets it could read.',
    url: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  },
  examples: {
    truePositives: () => [
      `POSTMAN_API_KEY=PMAK-${randomString(HEX, 24)}-${randomString(HEX, 34)}`,
      `curl -H "X-Api-Key: PMAK-${randomString(HEX, 24)}-${randomString(HEX, 34)}" https://api.getpostman.com/me`,
    ],
    falsePositives: ['POSTMAN_API_KEY=PMAK-<your-key>', 'X-Api-Key: PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxx'],
  },
};

export const sourcegraphAccessToken: SecretRule = {
  id: 'sourcegraph-access-token',
  title: 'Sourcegraph access token',
  provider: 'Sourcegraph',
  severity: 'high',
  keywords: ['sgp_'],
  // sgp_<40 hex>, or with the instance identifier: sgp_<16 hex>_<40 hex> / sgp_local_<40 hex>.
  // Sourcegraph prints the hex in lower case; upper-case hex after `sgp_` is still no accident.
  pattern: /(?<![A-Za-z0-9_])(?<secret>sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the token under Sourcegraph → Settings → Access tokens (site admins can revoke any user’s) and create a new one; it can read all code the user can.',
    url: 'https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token',
  },
  examples: {
    truePositives: () => [
      `SRC_ACCESS_TOKEN=sgp_${randomString(HEX, 16)}_${randomString(HEX, 40)}`,
      `Authorization: token sgp_${randomString(HEX, 40)}`,
    ],
    falsePositives: [
      'SRC_ACCESS_TOKEN=sgp_<token>',
      'SRC_ACCESS_TOKEN=sgp_local_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const asanaPat: SecretRule = {
  id: 'asana-pat',
  title: 'Asana personal access token',
  provider: 'Asana',
  severity: 'high',
  // Not `token`: it is in most lines of auth code, so this search would run over them all. A
  // leaked token almost always sits next to Asana's name (`ASANA_TOKEN`, `app.asana.com`) or a
  // Bearer header.
  keywords: ['asana', 'bearer'],
  // 1/<user gid>:<32 chars> or 2/<user gid>/<token gid>:<32 chars>.
  pattern:
    /(?<![A-Za-z0-9_/])(?<secret>[12]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Deauthorize the token in Asana → My settings → Apps → Developer console → Personal access tokens and create a new one.',
    url: 'https://developers.asana.com/docs/personal-access-token',
  },
  examples: {
    truePositives: () => [
      `ASANA_TOKEN=2/${randomString(DIGITS, 16)}/${randomString(DIGITS, 16)}:${randomString(HEX, 32)}`,
      `curl -H "Authorization: Bearer 1/${randomString(DIGITS, 16)}:${randomString(HEX, 32)}" https://app.asana.com/api/1.0/users/me`,
    ],
    falsePositives: [
      'ASANA_TOKEN=1/<user-id>:<token>',
      'token: 1/1234567890123456:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const airtablePat: SecretRule = {
  id: 'airtable-pat',
  title: 'Airtable personal access token',
  provider: 'Airtable',
  severity: 'high',
  keywords: ['pat'],
  // pat<14-char token id>.<64 hex secret>
  pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/,
  anchor: 'keyword',
  firstChars: 'p',
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete or regenerate the token on airtable.com/create/tokens and create a new one limited to the bases and scopes it needs.',
    url: 'https://support.airtable.com/docs/creating-personal-access-tokens',
  },
  examples: {
    truePositives: () => [
      `AIRTABLE_API_KEY=pat${randomString(ALNUM, 14)}.${randomString(HEX, 64)}`,
      `new Airtable({ apiKey: 'pat${randomString(ALNUM, 14)}.${randomString(HEX, 64)}' }).base('appXXXX');`,
    ],
    falsePositives: ['AIRTABLE_API_KEY=patXXXXXXXXXXXXXX.xxxxxxxx', 'path.join(patternsDir, fileName)'],
  },
};

export const contentfulPat: SecretRule = {
  id: 'contentful-pat',
  title: 'Contentful personal access token',
  provider: 'Contentful',
  severity: 'high',
  keywords: ['cfpat-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Revoke the token under Contentful → Settings → CMA tokens (Personal access tokens) and create a new one; it has the user’s full content-management rights.',
    url: 'https://www.contentful.com/developers/docs/references/authentication/',
  },
  examples: {
    truePositives: () => [
      `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${randomString(BASE64URL, 43)}`,
      `contentful space list --management-token CFPAT-${randomString(ALNUM, 43)}`,
    ],
    falsePositives: [
      'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<token>',
      'CFPAT-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const readmeApiKey: SecretRule = {
  id: 'readme-api-key',
  title: 'ReadMe API key',
  provider: 'ReadMe',
  severity: 'high',
  keywords: ['rdme_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rdme_[a-z0-9]{70})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Revoke the key under the ReadMe project’s Configuration → API Keys and create a new one; it can overwrite the project’s docs and API definitions.',
  },
  examples: {
    truePositives: () => [
      `README_API_KEY=rdme_${randomString(ALNUM_LOWER, 70)}`,
      `npx rdme openapi ./openapi.json --key=rdme_${randomString(ALNUM_LOWER, 70)}`,
    ],
    falsePositives: ['README_API_KEY=rdme_<key>', 'rdme_xxxxxxxxxxxx'],
  },
};

export const youtrackPermanentToken: SecretRule = {
  id: 'youtrack-permanent-token',
  title: 'JetBrains YouTrack / Hub permanent token',
  provider: 'YouTrack',
  severity: 'high',
  keywords: ['perm:', 'perm-'],
  // perm:<base64 login>.<base64 token name>.<30 random characters>
  pattern:
    /(?<![A-Za-z0-9_])(?<secret>perm[:-][A-Za-z0-9+/]{2,64}={0,2}\.[A-Za-z0-9+/]{2,64}={0,2}\.[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  validate: (secret) => {
    const [login = '', name = ''] = secret.slice(5).split('.');
    const printable = (part: string) => /^[\x20-\x7e]+$/.test(Buffer.from(part, 'base64').toString('latin1'));
    return printable(login) && printable(name) ? 'confirmed' : 'plausible';
  },
  remediation: {
    summary:
      'Revoke the token under Profile → Account Security → Tokens in YouTrack/Hub and create a new one limited to the services it needs.',
    url: 'https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html',
  },
  examples: {
    truePositives: () => [
      `YOUTRACK_TOKEN=perm:${Buffer.from('root').toString('base64')}.${Buffer.from('ci-sync').toString('base64')}.${randomString(ALNUM, 30)}`,
      `headers['Authorization'] = 'Bearer perm-${Buffer.from('jdoe').toString('base64')}.${Buffer.from('44-7').toString('base64')}.${randomString(ALNUM, 30)}'`,
    ],
    falsePositives: [
      'Authorization: Bearer perm:<my token>',
      'Authorization: Bearer perm:$token',
      "token.replace('Bearer perm:', '')",
    ],
  },
};

export const giteaAccessToken: SecretRule = {
  id: 'gitea-access-token',
  title: 'Gitea / Forgejo access token',
  provider: 'Gitea',
  severity: 'critical',
  keywords: ['gitea', 'forgejo'],
  pattern: keyedAssignmentPattern(['gitea', 'forgejo'], '[a-f0-9]{40}', {
    qualifiers: ['token', 'password', 'key'],
  }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the token under Settings → Applications → Access tokens on the Gitea/Forgejo instance and create a new one with the narrowest scopes.',
    url: 'https://docs.gitea.com/development/api-usage',
  },
  examples: {
    truePositives: () => [
      `GITEA_TOKEN=${randomString(HEX, 40)}`,
      `  forgejo_token: "${randomString(HEX, 40)}"`,
    ],
    falsePositives: [
      'GITEA_TOKEN=${{ secrets.GITEA_TOKEN }}',
      'gitea_commit_sha: 3b335d612137949d2f21fcc6c8c8164db7603227',
    ],
  },
};

export const infracostApiKey: SecretRule = {
  id: 'infracost-api-key',
  title: 'Infracost API key',
  provider: 'Infracost',
  severity: 'medium',
  keywords: ['ico-'],
  // Not after `.`: `name.ico-<hash>.png` is a fingerprinted asset file, the hash a hex digest.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>ico-[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  // Keys are base62; 32 lower-case hex characters are an MD5 (an asset hash), which a random
  // base62 key is once in 10^18.
  validate: (secret) => (/^ico-[0-9a-f]{32}$/.test(secret) ? 'rejected' : 'plausible'),
  remediation: {
    summary:
      'Rotate the key in Infracost Cloud → Org settings → API keys (or `infracost auth login` again) and update INFRACOST_API_KEY in CI.',
    url: 'https://www.infracost.io/docs/',
  },
  examples: {
    truePositives: () => [
      `INFRACOST_API_KEY=ico-${randomString(ALNUM, 32)}`,
      `infracost configure set api_key ico-${randomString(ALNUM, 32)}`,
    ],
    falsePositives: [
      'INFRACOST_API_KEY=ico-<key>',
      '<span class="ico ico-level1"></span>',
      '<img src="/assets/media_box/video_box.ico-5b21d07c3a94e8f6102bd49ae7c35f08.png">',
      'cache/ico-9f3a61c0d28e4b7a51c6e09d3f7b2a84',
    ],
  },
};

export const stackhawkApiKey: SecretRule = {
  id: 'stackhawk-api-key',
  title: 'StackHawk API key',
  provider: 'StackHawk',
  severity: 'high',
  keywords: ['hawk.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hawk\.[A-Za-z0-9_-]{20}\.[A-Za-z0-9_-]{20})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Delete the key under StackHawk → Settings → API Keys and create a new one; it can read scan findings for every application in the organization.',
    url: 'https://docs.stackhawk.com/web-app/',
  },
  examples: {
    truePositives: () => [
      `HAWK_API_KEY="hawk.${randomString(ALNUM, 20)}.${randomString(ALNUM, 20)}"`,
      `hawk init --api-key hawk.${randomString(BASE64URL, 20)}.${randomString(ALNUM, 20)}`,
    ],
    falsePositives: [
      'HAWK_API_KEY=hawk.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx',
      'import hawk.scanner.config',
    ],
  },
};

export const dependencyTrackApiKey: SecretRule = {
  id: 'dependency-track-api-key',
  title: 'OWASP Dependency-Track API key',
  provider: 'Dependency-Track',
  severity: 'high',
  keywords: ['odt_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>odt_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Regenerate or delete the key on the team’s page under Administration → Access Management → Teams in Dependency-Track.',
    url: 'https://docs.dependencytrack.org/integrations/rest-api/',
  },
  examples: {
    truePositives: () => [
      `DTRACK_API_KEY=odt_${randomString(ALNUM, 32)}`,
      `X-Api-Key: odt_${randomString(ALNUM, 40)}`,
    ],
    falsePositives: ['DTRACK_API_KEY=odt_<api-key>', 'odt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
