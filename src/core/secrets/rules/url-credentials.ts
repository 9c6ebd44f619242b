import { isPlaceholder } from '../placeholder.js';
import { ALNUM, HEX, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { checkConnectionPassword } from '../structure/connection-password-verdict.js';
import { genericValueVerdict } from '../structure/generic-value-verdict.js';
import { hasProviderTokenPrefix } from '../structure/provider-token-prefix.js';
import { isWordlike } from '../structure/wordlike-value.js';

/*
 * Credentials in web, file-transfer and VCS URLs (`https://user:token@host/...`). Database
 * schemes have their own rules in database-uri.ts. These rules are `generic`: a provider token
 * in the password slot (`https://x-access-token:ghs_…@github.com`) is reported by the
 * provider's rule, which outranks this one on the same text.
 */

const URL_REMEDIATION_URL =
  'https://docs.github.com/en/get-started/git-basics/caching-your-github-credentials-in-git';

function checkUrlPassword(secret: string): StructureVerdict {
  if (hasProviderTokenPrefix(secret) || checkConnectionPassword(secret) === 'rejected') return 'rejected';
  // `x-oauth-basic`, `token-here`: words, not a password.
  if (isWordlike(secret) && !/\d/.test(secret)) return 'rejected';
  return 'plausible';
}

/** A random token this rule accepts (random strings are occasionally word-like). */
function gitToken(alphabet: string, length: number): string {
  for (;;) {
    const value = randomString(alphabet, length);
    if (genericValueVerdict(value, 'key') === 'plausible' && !isPlaceholder(value)) return value;
  }
}

function urlPassword(): string {
  for (;;) {
    const value = randomString(`${ALNUM}-_~`, 20);
    if (checkUrlPassword(value) === 'plausible' && /^[A-Za-z0-9]/.test(value)) return value;
  }
}

export const genericUrlCredentials: SecretRule = {
  id: 'generic-url-credentials',
  title: 'Password or token in a URL (user:password@host)',
  provider: 'Generic',
  severity: 'high',
  keywords: ['://'],
  // Anchored at `://`, with the scheme read behind it: one try per URL, not per position.
  pattern:
    /(?<=(?<![\w+.-])(?:https?|ftps?|sftp|ssh|git|svn(?:\+ssh)?|smb|rsync|wss?|socks5h?|telnet)):\/\/[^\s:@/?#'"<>`]{0,128}:(?<secret>[^\s@/?#'"<>`]{1,256})@(?=[\w[.%-])/i,
  anchor: 'keyword',
  minEntropy: 2,
  validate: checkUrlPassword,
  confidence: 'generic',
  remediation: {
    summary:
      'Change the password or revoke the token used in the URL, then use a credential helper or an Authorization header instead of embedding credentials in remotes, CI scripts or config.',
    url: URL_REMEDIATION_URL,
  },
  examples: {
    truePositives: () => [
      `git remote add origin https://deploy-bot:${urlPassword()}@git.internal.test/platform/api.git`,
      `PIP_INDEX_URL=https://ci:${urlPassword()}@pypi.internal.test/simple/`,
      `  proxy: "http://svc-proxy:${urlPassword()}@proxy.corp.test:3128"`,
      `curl -O ftp://backup:${urlPassword()}@files.internal.test/dumps/latest.sql.gz`,
      `lftp sftp://deploy:${urlPassword()}@files.internal.test`,
    ],
    falsePositives: [
      'https://user:password@example.com/path',
      'https://username:pass@host.test/',
      'git clone https://x-access-token:${GITHUB_TOKEN}@github.com/org/repo.git',
      'https://oauth2:${CI_JOB_TOKEN}@gitlab.com/group/project.git',
      'http://admin:admin@localhost:8080/manager/html',
      'https://<user>:<token>@git.internal.test/repo.git',
      'https://git.internal.test:8443/repo.git',
      'https://x-access-token:ghs_tooShort123@github.com/org/repo.git',
      'http://localhost:3000/@vite/client',
      'ssh://git@github.com:22/org/repo.git',
    ],
  },
};

/** Hosts where a token alone in the user part (`https://<token>@github.com`) authenticates git. */
const GIT_HOSTS = String.raw`(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|[\w-]{1,63}\.visualstudio\.com|gitee\.com|codeberg\.org)`;

export const genericGitTokenUrl: SecretRule = {
  id: 'generic-git-token-url',
  title: 'Access token as the user of a git hosting URL',
  provider: 'Generic',
  severity: 'high',
  keywords: [
    '@github.com',
    '@gitlab.com',
    '@bitbucket.org',
    '@dev.azure.com',
    '.visualstudio.com',
    '@gitee.com',
    '@codeberg.org',
  ],
  pattern: new RegExp(
    String.raw`(?<![\w+.-])https?://(?<secret>[A-Za-z0-9_-]{20,255})(?::x-oauth-basic)?@${GIT_HOSTS}(?![\w.-])`,
  ),
  minEntropy: 3,
  validate: (secret) => genericValueVerdict(secret, 'key'),
  confidence: 'generic',
  remediation: {
    summary:
      'Revoke the token on the git host (GitHub: Settings → Developer settings; GitLab: Access tokens; Azure DevOps: Personal access tokens), then use a credential helper instead of a token in the remote URL.',
    url: URL_REMEDIATION_URL,
  },
  examples: {
    truePositives: () => [
      `git clone https://${gitToken(HEX, 40)}@github.com/acme/infra.git`,
      `url = https://${gitToken(HEX, 40)}:x-oauth-basic@github.com/acme/site.git`,
      `git remote set-url origin https://${gitToken(ALNUM, 32)}@codeberg.org/acme/docs.git`,
    ],
    falsePositives: [
      'git clone https://contoso-engineering@dev.azure.com/contoso-engineering/Project/_git/Repo',
      'https://ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/org/repo.git',
      'https://${GITHUB_TOKEN}@github.com/org/repo.git',
      'https://YOUR_PERSONAL_ACCESS_TOKEN@github.com/org/repo.git',
    ],
  },
};
