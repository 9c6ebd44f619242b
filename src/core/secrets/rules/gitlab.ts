import { randomBytes } from 'node:crypto';
import {
  ALNUM,
  ALNUM_LOWER,
  BASE64URL,
  HEX,
  randomString,
  randomStringWithEntropy,
  sample,
} from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { gitlabRoutableCrc, hasGitLabRoutableChecksum } from '../structure/gitlab-routable-token.js';

// Token prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
const TOKENS_URL = 'https://docs.gitlab.com/security/tokens/';

/**
 * The routable format GitLab has rolled out since 17.x: a base64url payload (routing info, 16
 * random bytes, their length), an optional 2-char version, then the payload length and a CRC32,
 * both in base 36. The payload class has no dot, so the pattern cannot backtrack across parts.
 */
const ROUTABLE = '[0-9A-Za-z_-]{27,300}\\.(?:[0-9a-z]{2}\\.)?[0-9a-z]{9}';

/** A routable token as GitLab's `Authn::TokenField::Generator::RoutableToken` builds it. */
function routableToken(prefix: string): string {
  const routing = `o:${randomString(ALNUM_LOWER, 6)}\nu:${randomString(ALNUM_LOWER, 5)}`;
  const payload = Buffer.concat([Buffer.from(routing), randomBytes(16), Buffer.from([16])]).toString(
    'base64url',
  );
  const body = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`;
  return body + gitlabRoutableCrc(body);
}

/** Legacy tokens carry no checksum; a routable one is confirmed by its CRC. */
function checkRoutable(prefixOf: (secret: string) => string): (secret: string) => StructureVerdict {
  return (secret) =>
    secret.includes('.') && hasGitLabRoutableChecksum(secret, prefixOf(secret)) ? 'confirmed' : 'plausible';
}

/** A rule for a `gl…-` token that is 20+ random characters in its legacy form or routable. */
function legacyOrRoutable(prefix: string, legacy: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_-])(?<secret>${prefix}(?:${ROUTABLE}|${legacy}))(?![A-Za-z0-9_-])`);
}

export const gitlabPat: SecretRule = {
  id: 'gitlab-pat',
  title: 'GitLab personal, project or group access token',
  provider: 'GitLab',
  severity: 'critical',
  keywords: ['glpat-'],
  pattern: legacyOrRoutable('glpat-', '[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable(() => 'glpat-'),
  remediation: {
    summary:
      'Revoke the token under User settings → Access tokens (or the project/group Access tokens page), review the audit log for its use, and issue a replacement with the fewest scopes and an expiry date.',
    url: 'https://docs.gitlab.com/user/profile/personal_access_tokens/',
  },
  examples: {
    truePositives: () => [
      `GITLAB_TOKEN=${sample('glpat-', ALNUM, 20)}`,
      `  private_token: "${routableToken('glpat-')}"`,
      `curl --header "PRIVATE-TOKEN: ${sample('glpat-', ALNUM, 20)}" https://gitlab.example.com/api/v4/projects`,
      `const token = '${routableToken('glpat-')}';`,
    ],
    falsePositives: [
      'GITLAB_TOKEN=glpat-XXXXXXXXXXX-XXXXXXXX',
      'private_token: glpat-<your-token>',
      '# glpat-tooShort42 is too short',
      'GITLAB_TOKEN=glpat-${CI_JOB_TOKEN}',
    ],
  },
};

export const gitlabPipelineTriggerToken: SecretRule = {
  id: 'gitlab-pipeline-trigger-token',
  title: 'GitLab pipeline trigger token',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['glptt-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the trigger under Settings → CI/CD → Pipeline trigger tokens and create a new one; anyone holding it can run pipelines as its owner.',
    url: 'https://docs.gitlab.com/ci/triggers/',
  },
  examples: {
    truePositives: () => [
      `curl -X POST --fail -F token=${sample('glptt-', HEX, 40)} -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline`,
      `TRIGGER_TOKEN: "${sample('glptt-', HEX, 40)}"`,
    ],
    falsePositives: ['TRIGGER_TOKEN=glptt-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'token=glptt-0123'],
  },
};

export const gitlabRunnerRegistrationToken: SecretRule = {
  id: 'gitlab-runner-registration-token',
  title: 'GitLab runner registration token (legacy)',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['gr1348941'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GR1348941[0-9A-Za-z_-]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Reset the registration token on the project, group or instance Runners page (or migrate to runner authentication tokens) and remove any runners you did not register.',
    url: 'https://docs.gitlab.com/ci/runners/new_creation_workflow/',
  },
  examples: {
    truePositives: () => [
      `gitlab-runner register --url https://gitlab.com --registration-token ${sample('GR1348941', ALNUM, 20)}`,
      `REGISTRATION_TOKEN=${sample('GR1348941', ALNUM, 20)}`,
    ],
    falsePositives: ['REGISTRATION_TOKEN=GR1348941XXXXXXXXXXXXXXXXXXXX', 'GR134894112312312312312312312'],
  },
};

export const gitlabRunnerAuthToken: SecretRule = {
  id: 'gitlab-runner-auth-token',
  title: 'GitLab runner authentication token',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['glrt-', 'glrtr-'],
  // glrtr- marks runners that were registered with a legacy registration token.
  // Runners created in GitLab 16+ carry `t<n>_` (the token's type) before the 20 characters.
  pattern: legacyOrRoutable('glrtr?-', '(?:t\\d_)?[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable((secret) => /^glrtr?-(?:t\d_)?/.exec(secret)?.[0] ?? 'glrt-'),
  remediation: {
    summary:
      'Reset the runner authentication token from the runner’s page in CI/CD → Runners (or delete the runner), then update config.toml on the hosts that run it.',
    url: 'https://docs.gitlab.com/ci/runners/new_creation_workflow/',
  },
  examples: {
    truePositives: () => [
      `  token = "${sample('glrt-', ALNUM, 20)}"`,
      `CI_RUNNER_TOKEN=${sample('glrt-t1_', ALNUM, 20)}`,
      `gitlab-runner register --non-interactive --token ${routableToken('glrt-t1_')}`,
      `  token = "${sample('glrtr-', ALNUM, 20)}"`,
    ],
    falsePositives: ['  token = "glrt-REDACTED"', 'token = "glrt-xxxxxxxxxxxxxxxxxxxx"'],
  },
};

export const gitlabDeployToken: SecretRule = {
  id: 'gitlab-deploy-token',
  title: 'GitLab deploy token',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['gldt-'],
  pattern: legacyOrRoutable('gldt-', '[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable(() => 'gldt-'),
  remediation: {
    summary:
      'Revoke the deploy token under Settings → Repository → Deploy tokens; it can read (and possibly write) the repository, packages and container registry.',
    url: 'https://docs.gitlab.com/user/project/deploy_tokens/',
  },
  examples: {
    truePositives: () => [
      `DEPLOY_TOKEN=${sample('gldt-', ALNUM, 20)}`,
      `docker login registry.gitlab.com -u gitlab+deploy-token-7 -p ${sample('gldt-', ALNUM, 20)}`,
    ],
    falsePositives: ['DEPLOY_TOKEN=gldt-xxxxxxxxxxxxxxxxxxxx', 'see gldt-tokens in the docs'],
  },
};

export const gitlabScimToken: SecretRule = {
  id: 'gitlab-scim-token',
  title: 'GitLab SCIM OAuth access token',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['glsoat-'],
  pattern: legacyOrRoutable('glsoat-', '[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable(() => 'glsoat-'),
  remediation: {
    summary:
      'Reset the SCIM token in the group’s SAML SSO settings and update the identity provider; the token can create and deprovision group members.',
    url: 'https://docs.gitlab.com/user/group/saml_sso/scim_setup/',
  },
  examples: {
    truePositives: () => [`scim_token: ${sample('glsoat-', ALNUM, 20)}`, `"${sample('glsoat-', ALNUM, 20)}"`],
    falsePositives: ['scim_token: glsoat-xxxxxxxxxxxxxxxxxxxx', 'glsoat-short'],
  },
};

export const gitlabFeedToken: SecretRule = {
  id: 'gitlab-feed-token',
  title: 'GitLab feed token',
  provider: 'GitLab',
  severity: 'medium',
  keywords: ['glft-'],
  pattern: legacyOrRoutable('glft-', '[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable(() => 'glft-'),
  remediation: {
    summary:
      'Reset the feed token under User settings → Access tokens; it exposes RSS/Atom feeds and calendar of private projects.',
    url: TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `https://gitlab.com/dashboard/issues.atom?feed_token=${sample('glft-', ALNUM, 20)}&state=opened`,
      `FEED_TOKEN=${sample('glft-', ALNUM, 20)}`,
    ],
    falsePositives: ['feed_token=glft-xxxxxxxxxxxxxxxxxxxx', 'glft-1234'],
  },
};

export const gitlabCiJobToken: SecretRule = {
  id: 'gitlab-ci-job-token',
  title: 'GitLab CI/CD job token',
  provider: 'GitLab',
  severity: 'medium',
  keywords: ['glcbt-'],
  pattern: legacyOrRoutable('glcbt-', '[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable(() => 'glcbt-'),
  remediation: {
    summary:
      'A job token dies with its job, but a leaked one means the job log or artifact exposed it: cancel the job if still running and stop printing CI_JOB_TOKEN.',
    url: 'https://docs.gitlab.com/ci/jobs/ci_job_token/',
  },
  examples: {
    truePositives: () => [
      `CI_JOB_TOKEN=${sample('glcbt-', HEX, 2)}_${randomString(ALNUM, 20)}`,
      `curl --header "JOB-TOKEN: ${sample('glcbt-', HEX, 4)}_${randomString(ALNUM, 20)}" "$CI_API_V4_URL/jobs"`,
    ],
    falsePositives: ['CI_JOB_TOKEN=glcbt-64_xxxxxxxxxxxxxxxxxxxx', 'JOB-TOKEN: glcbt-$CI_JOB_TOKEN'],
  },
};

export const gitlabIncomingMailToken: SecretRule = {
  id: 'gitlab-incoming-mail-token',
  title: 'GitLab incoming email token',
  provider: 'GitLab',
  severity: 'medium',
  keywords: ['glimt-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glimt-[0-9A-Za-z_-]{25})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Reset the incoming email token under User settings → Access tokens; it lets anyone create issues and merge requests by email as you.',
    url: TOKENS_URL,
  },
  examples: {
    truePositives: () => [
      `gitlab_rails['incoming_email_token'] = '${sample('glimt-', ALNUM, 25)}'`,
      `INCOMING_EMAIL_TOKEN="${sample('glimt-', ALNUM, 25)}"`,
    ],
    falsePositives: ['INCOMING_EMAIL_TOKEN="glimt-xxxxxxxxxxxxxxxxxxxxxxxxx"', 'glimt-abc'],
  },
};

export const gitlabAgentToken: SecretRule = {
  id: 'gitlab-agent-token',
  title: 'GitLab agent for Kubernetes token',
  provider: 'GitLab',
  severity: 'critical',
  keywords: ['glagent-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>glagent-[0-9A-Za-z_-]{50})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Revoke the agent token under Operate → Kubernetes clusters → agent → Access tokens, create a new one and redeploy the agent; the token connects your cluster to GitLab.',
    url: 'https://docs.gitlab.com/user/clusters/agent/work_with_agent/',
  },
  examples: {
    truePositives: () => [
      `helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=${sample('glagent-', ALNUM, 50)}`,
      `  token: ${sample('glagent-', BASE64URL, 50)}`,
    ],
    falsePositives: [
      'config.token=glagent-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'glagent-token',
    ],
  },
};

export const gitlabOauthAppSecret: SecretRule = {
  id: 'gitlab-oauth-app-secret',
  title: 'GitLab OAuth application secret',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['gloas-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>gloas-[0-9A-Za-z_-]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Renew the secret on the OAuth application’s page (User/Group/Admin → Applications → Renew secret) and redeploy the client with the new one.',
    url: 'https://docs.gitlab.com/integration/oauth_provider/',
  },
  examples: {
    truePositives: () => [
      `GITLAB_CLIENT_SECRET=${sample('gloas-', HEX, 64)}`,
      `  client_secret: "${sample('gloas-', ALNUM, 64)}"`,
    ],
    falsePositives: ['GITLAB_CLIENT_SECRET=gloas-<secret>', 'client_secret: gloas-xxxxxxxx'],
  },
};

export const gitlabFeatureFlagClientToken: SecretRule = {
  id: 'gitlab-feature-flag-client-token',
  title: 'GitLab feature flags client token',
  provider: 'GitLab',
  severity: 'medium',
  keywords: ['glffct-'],
  pattern: legacyOrRoutable('glffct-', '[0-9A-Za-z_-]{20}'),
  minEntropy: 3,
  validate: checkRoutable(() => 'glffct-'),
  remediation: {
    summary:
      'Reset the instance ID/token under Deploy → Feature flags → Configure; it exposes the project’s flag definitions and user lists.',
    url: 'https://docs.gitlab.com/operations/feature_flags/',
  },
  examples: {
    truePositives: () => [
      `UNLEASH_INSTANCE_ID=${sample('glffct-', ALNUM, 20)}`,
      `instanceId: '${sample('glffct-', ALNUM, 20)}',`,
    ],
    falsePositives: ['UNLEASH_INSTANCE_ID=glffct-xxxxxxxxxxxxxxxxxxxx', 'glffct-'],
  },
};

export const gitlabSessionCookie: SecretRule = {
  id: 'gitlab-session-cookie',
  title: 'GitLab session cookie',
  provider: 'GitLab',
  severity: 'high',
  keywords: ['_gitlab_session'],
  pattern: /_gitlab_session=(?<secret>[0-9a-f]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Sign the session out (User settings → Active sessions → Revoke) and change the password if the cookie came from a browser export or HAR file.',
    url: 'https://docs.gitlab.com/user/profile/active_sessions/',
  },
  examples: {
    truePositives: () => [
      `curl -H "Cookie: _gitlab_session=${randomStringWithEntropy(HEX, 32, 3)}" https://gitlab.example.com/-/profile`,
      `Set-Cookie: _gitlab_session=${randomStringWithEntropy(HEX, 32, 3)}; path=/; HttpOnly`,
    ],
    falsePositives: [
      'Cookie: _gitlab_session=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '_gitlab_session=0123456789abcdef0123456789abcdef',
    ],
  },
};
