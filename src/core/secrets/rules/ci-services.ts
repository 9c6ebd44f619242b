import { randomBytes, randomUUID } from 'node:crypto';
import { ALNUM, ALNUM_LOWER, ALNUM_UPPER, BASE64URL, DIGITS, HEX, randomString } from '../sample.js';
import type { SecretRule } from '../secret-rule.js';
import { keyedAssignmentPattern } from '../structure/keyed-assignment-pattern.js';
import { UUID_ANY_CASE } from '../structure/uuid-pattern.js';

export const circleciToken: SecretRule = {
  id: 'circleci-token',
  title: 'CircleCI personal or project API token',
  provider: 'CircleCI',
  severity: 'critical',
  keywords: ['ccipat_', 'cciprj_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the token under User settings → Personal API Tokens (or Project settings → API Permissions), then rotate the project environment variables and contexts it could read.',
    url: 'https://circleci.com/docs/managing-api-tokens/',
  },
  examples: {
    truePositives: () => [
      `CIRCLECI_TOKEN=CCIPAT_${randomString(ALNUM, 22)}_${randomString(HEX, 40)}`,
      `curl -H "Circle-Token: CCIPRJ_${randomString(ALNUM, 22)}_${randomString(HEX, 40)}" https://circleci.com/api/v2/me`,
    ],
    falsePositives: [
      'CIRCLECI_TOKEN=CCIPAT_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CIRCLECI_TOKEN=CCIPAT_<your-token>',
    ],
  },
};

export const circleciLegacyToken: SecretRule = {
  id: 'circleci-legacy-token',
  title: 'CircleCI API token (legacy 40-hex format)',
  provider: 'CircleCI',
  severity: 'high',
  keywords: ['circle'],
  pattern: keyedAssignmentPattern(['circle'], '[a-f0-9]{40}', { qualifiers: ['token', 'key'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the token under User settings → Personal API Tokens or Project settings → API Permissions, and rotate secrets the project exposes to builds.',
    url: 'https://circleci.com/docs/managing-api-tokens/',
  },
  examples: {
    truePositives: () => [
      `CIRCLE_TOKEN=${randomString(HEX, 40)}`,
      `curl -H "Circle-Token: ${randomString(HEX, 40)}" https://circleci.com/api/v2/me`,
      `https://circleci.com/api/v1.1/project/github/acme/api?circle-token=${randomString(HEX, 40)}`,
    ],
    falsePositives: [
      'CIRCLE_TOKEN=${CIRCLE_TOKEN}',
      'circle_sha1: 0000000000000000000000000000000000000000',
      'CIRCLE_SHA1=3b335d612137949d2f21fcc6c8c8164db7603227',
    ],
  },
};

export const travisCiToken: SecretRule = {
  id: 'travis-ci-token',
  title: 'Travis CI API token',
  provider: 'Travis CI',
  severity: 'high',
  keywords: ['travis'],
  pattern: keyedAssignmentPattern(['travis'], '[A-Za-z0-9_-]{22}', { qualifiers: ['token', 'key'] }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Regenerate the token on travis-ci.com → Settings → API authentication (this invalidates the old one) and update scripts that use it.',
  },
  examples: {
    truePositives: () => [
      `TRAVIS_TOKEN=${randomString(ALNUM, 22)}`,
      `travis_api_token: "${randomString(ALNUM, 22)}"`,
    ],
    falsePositives: [
      'TRAVIS_TOKEN=${TRAVIS_TOKEN}',
      'travis_token: <travis-api-token>',
      'TRAVIS_KEY=aaaaaaaaaaaaaaaaaaaaaa',
    ],
  },
};

export const buildkiteApiToken: SecretRule = {
  id: 'buildkite-api-token',
  title: 'Buildkite API access token',
  provider: 'Buildkite',
  severity: 'critical',
  keywords: ['bkua_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>bkua_[a-z0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Revoke the token under Personal Settings → API Access Tokens (or ask an organization admin to), and create a new one with only the scopes and organizations it needs.',
    url: 'https://buildkite.com/docs/apis/managing-api-tokens',
  },
  examples: {
    truePositives: () => [
      `BUILDKITE_API_TOKEN=bkua_${randomString(HEX, 40)}`,
      `curl -H "Authorization: Bearer bkua_${randomString(ALNUM_LOWER, 40)}" https://api.buildkite.com/v2/user`,
    ],
    falsePositives: ['BUILDKITE_API_TOKEN=bkua_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'bkua_token'],
  },
};

export const droneCiToken: SecretRule = {
  id: 'drone-ci-token',
  title: 'Drone CI personal token',
  provider: 'Drone',
  severity: 'high',
  keywords: ['drone'],
  pattern: keyedAssignmentPattern(['drone'], '[A-Za-z0-9]{32}', { qualifiers: ['token', 'secret'] }),
  minEntropy: 3.5,
  remediation: {
    summary:
      'Rotate the token from the Drone user settings page (or `drone user update --token` for machine users) and update DRONE_TOKEN wherever it is set.',
  },
  examples: {
    truePositives: () => [
      `DRONE_TOKEN=${randomString(ALNUM, 32)}`,
      `export DRONE_TOKEN="${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: [
      'DRONE_TOKEN=${DRONE_TOKEN}',
      'drone_token: <token>',
      'DRONE_RPC_SECRET=change-me-please',
    ],
  },
};

export const codecovToken: SecretRule = {
  id: 'codecov-token',
  title: 'Codecov upload token',
  provider: 'Codecov',
  severity: 'medium',
  keywords: ['codecov'],
  // A bare UUID: only the variable name or the uploader's -t flag on a codecov line identifies it.
  pattern: keyedAssignmentPattern(['codecov'], UUID_ANY_CASE, {
    qualifiers: ['token'],
    orAfter: ['\\s-t\\s{1,3}', '--token[= ]{1,3}'],
  }),
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the repository upload token under the repository’s Configuration → General page on codecov.io and update CODECOV_TOKEN in CI secrets.',
    url: 'https://docs.codecov.com/docs/codecov-tokens',
  },
  examples: {
    truePositives: () => [
      `CODECOV_TOKEN=${randomUUID()}`,
      `bash <(curl -s https://codecov.io/bash) -t ${randomUUID()}`,
      `          codecov_token: "${randomUUID()}"`,
    ],
    falsePositives: [
      'CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}',
      'codecov_token: 00000000-0000-0000-0000-000000000000',
      'uses: codecov/codecov-action@v4',
    ],
  },
};

export const sonarqubeToken: SecretRule = {
  id: 'sonarqube-token',
  title: 'SonarQube / SonarCloud token',
  provider: 'SonarQube',
  severity: 'high',
  keywords: ['squ_', 'sqp_', 'sqa_'],
  // squ_ user, sqp_ project analysis, sqa_ global analysis tokens.
  pattern: /(?<![A-Za-z0-9_])(?<secret>sq[upa]_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Revoke the token under My Account → Security (or Administration → Security → Users), generate a project analysis token, and store it as a CI secret.',
    url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  },
  examples: {
    truePositives: () => [
      `SONAR_TOKEN=squ_${randomString(HEX, 40)}`,
      `mvn sonar:sonar -Dsonar.token=sqp_${randomString(HEX, 40)}`,
      `  sonar.login: sqa_${randomString(HEX, 40)}`,
    ],
    falsePositives: [
      'SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SONAR_TOKEN=sqp_${{ secrets.SONAR }}',
    ],
  },
};

export const sonarqubeLegacyToken: SecretRule = {
  id: 'sonarqube-legacy-token',
  title: 'SonarQube / SonarCloud token (unprefixed 40-hex format)',
  provider: 'SonarQube',
  severity: 'high',
  keywords: ['sonar'],
  pattern: keyedAssignmentPattern(['sonar'], '[a-f0-9]{40}', { qualifiers: ['login', 'token'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Revoke the token under My Account → Security on the SonarQube server or SonarCloud and replace it with a prefixed project analysis token kept in CI secrets.',
    url: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  },
  examples: {
    truePositives: () => [
      `sonar-scanner -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${randomString(HEX, 40)}`,
      `$sonarLogin = "${randomString(HEX, 40)}"`,
    ],
    falsePositives: [
      'sonarqube-reporter-1.4.0.tgz#eb9e15deb83e4ca532989df12b40fedd434ef89a',
      '/d:sonar.login=$(SONAR_LOGIN)',
      'SONAR_TOKEN=0000000000000000000000000000000000000000',
    ],
  },
};

export const snykToken: SecretRule = {
  id: 'snyk-token',
  title: 'Snyk API token',
  provider: 'Snyk',
  severity: 'high',
  keywords: ['snyk'],
  pattern: keyedAssignmentPattern(['snyk'], UUID_ANY_CASE, {
    qualifiers: ['token', 'key'],
    orAfter: ['[Ss]nyk\\s{1,3}auth\\s{1,3}'],
  }),
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke and regenerate the token under Account settings → General → Auth Token (or rotate the service account token) and update SNYK_TOKEN in CI.',
    url: 'https://docs.snyk.io/snyk-api/authentication-for-api',
  },
  examples: {
    truePositives: () => [
      `SNYK_TOKEN=${randomUUID()}`,
      `snyk auth ${randomUUID()}`,
      `  "snykApiKey": "${randomUUID()}",`,
    ],
    falsePositives: [
      'SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}',
      'snyk auth $SNYK_TOKEN',
      'snyk test --org=my-org',
    ],
  },
};

export const harnessToken: SecretRule = {
  id: 'harness-token',
  title: 'Harness personal access or service account token',
  provider: 'Harness',
  severity: 'critical',
  keywords: ['pat.', 'sat.'],
  // <pat|sat>.<account id>.<token id>.<secret>
  pattern:
    /(?<![A-Za-z0-9_.])(?<secret>(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.8,
  remediation: {
    summary:
      'Delete the token under My Profile → API Keys (or the service account’s API key) in Harness, then rotate any connectors or secrets it could read.',
    url: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/',
  },
  examples: {
    truePositives: () => [
      `HARNESS_API_KEY=pat.${randomString(BASE64URL, 22)}.${randomString(HEX, 24)}.${randomString(ALNUM, 20)}`,
      `x-api-key: sat.${randomString(ALNUM, 22)}.${randomString(HEX, 24)}.${randomString(ALNUM, 20)}`,
    ],
    falsePositives: ['HARNESS_API_KEY=pat.<account>.<token>.<secret>', 'see pat.md and sat.md'],
  },
};

export const octopusDeployApiKey: SecretRule = {
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
  provider: 'Octopus Deploy',
  severity: 'critical',
  keywords: ['api-'],
  // API- and 25–34 upper-case letters and digits; requiring a digit keeps out SHOUTED-WORDS. Not
  // after `/`: there `API-` starts a URL path segment (a Notion page titled "API" and its id).
  pattern: /(?<![A-Za-z0-9_/-])(?<secret>API-(?=[A-Z]{0,33}[0-9])[A-Z0-9]{25,34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  // 32 hex characters are an id or a digest (a Notion page, an MD5), not a key: a random key of
  // the 36-character alphabet is all hex once in 10^11.
  validate: (secret) => (/^API-[0-9A-F]{32}$/.test(secret) ? 'rejected' : 'plausible'),
  remediation: {
    summary:
      'Revoke the key under your profile → My API Keys (or the service account’s API keys) in Octopus and create a new one with an expiry; it can deploy to every environment the user can.',
    url: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
  },
  examples: {
    truePositives: () => [
      `OCTOPUS_API_KEY=API-${randomString(ALNUM_UPPER, 28)}7`,
      `octo push --package app.1.0.0.zip --server https://acme.octopus.app --apiKey API-${randomString(DIGITS, 2)}${randomString(ALNUM_UPPER, 30)}`,
    ],
    falsePositives: [
      'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'X-API-KEY-HEADER-NAME-IS-CONFIGURABLE',
      'API-GATEWAYDEPLOYMENTCONFIGURATIONS',
      'https://acme-docs.notion.site/API-0C41E7A2D95B4F318E6A20B7C9D54F13',
      'page id API-6E1F0A93C27D4B58A04F9E1BD3C7A286',
    ],
  },
};

/** A TeamCity token: fixed `{"typ": "TCV2"}` header, 27 random bytes, base64 of a UUID. */
function teamcityToken(): string {
  return `eyJ0eXAiOiAiVENWMiJ9.${randomBytes(27).toString('base64url')}.${Buffer.from(randomUUID()).toString('base64url')}`;
}

export const teamcityAccessToken: SecretRule = {
  id: 'teamcity-access-token',
  title: 'TeamCity access token',
  provider: 'TeamCity',
  severity: 'critical',
  keywords: ['eyj0exaioiaivenwmij9'],
  // The header decodes to {"typ": "TCV2"}; the last part is the base64 of a UUID.
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{36}\.[A-Za-z0-9_-]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: (secret) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
      Buffer.from(secret.slice(-48), 'base64url').toString('latin1'),
    )
      ? 'confirmed'
      : 'plausible',
  remediation: {
    summary:
      'Delete the token under Profile → Access Tokens on the TeamCity server, create a new one with an expiry and the narrowest permission scope, and check the audit log.',
    url: 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html',
  },
  examples: {
    truePositives: () => [
      `TEAMCITY_TOKEN=${teamcityToken()}`,
      `<add key="ClearTextPassword" value="${teamcityToken()}" />`,
    ],
    falsePositives: ['TEAMCITY_TOKEN=eyJ0eXAiOiAiVENWMiJ9.<token>', 'eyJ0eXAiOiAiVENWMiJ9'],
  },
};

export const jenkinsApiToken: SecretRule = {
  id: 'jenkins-api-token',
  title: 'Jenkins API token',
  provider: 'Jenkins',
  severity: 'critical',
  keywords: ['jenkins'],
  // Tokens since Jenkins 2.129 are "11" + 32 hex; legacy ones are 32 hex.
  pattern: keyedAssignmentPattern(['jenkins'], '(?:11)?[a-f0-9]{32}', {
    qualifiers: ['token', 'password', 'passwd', 'api_key', 'apikey', 'secret'],
  }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Revoke the token under the user’s Security → API Token page in Jenkins, create a new one, and review build history for jobs it triggered.',
    url: 'https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/',
  },
  examples: {
    truePositives: () => [
      `JENKINS_API_TOKEN=11${randomString(HEX, 32)}`,
      `jenkins_password = '${randomString(HEX, 32)}'`,
    ],
    falsePositives: [
      'JENKINS_API_TOKEN=${JENKINS_API_TOKEN}',
      'jenkins_token: <api-token>',
      'JENKINS_HOME=/var/lib/jenkins',
    ],
  },
};

export const cypressRecordKey: SecretRule = {
  id: 'cypress-record-key',
  title: 'Cypress Cloud record key',
  provider: 'Cypress',
  severity: 'medium',
  keywords: ['cypress', '--record'],
  pattern: keyedAssignmentPattern(['cypress'], UUID_ANY_CASE, {
    qualifiers: ['record_key', 'record-key', 'recordkey'],
    orAfter: ['--record\\s{1,3}--key[= ]{1,3}'],
  }),
  minEntropy: 3,
  remediation: {
    summary:
      'Create a new record key under Project settings → Record Keys in Cypress Cloud, delete the leaked one and update CYPRESS_RECORD_KEY in CI.',
    url: 'https://docs.cypress.io/cloud/account-management/projects',
  },
  examples: {
    truePositives: () => [
      `CYPRESS_RECORD_KEY=${randomUUID()}`,
      `npx cypress run --record --key ${randomUUID()}`,
    ],
    falsePositives: [
      'CYPRESS_RECORD_KEY: ${{ secrets.CYPRESS_RECORD_KEY }}',
      'npx cypress run --record --key $KEY',
    ],
  },
};

export const coverallsRepoToken: SecretRule = {
  id: 'coveralls-repo-token',
  title: 'Coveralls repository token',
  provider: 'Coveralls',
  severity: 'medium',
  keywords: ['coveralls'],
  pattern: keyedAssignmentPattern(['coveralls'], '[A-Za-z0-9]{32,37}', { qualifiers: ['token'] }),
  minEntropy: 3.8,
  remediation: {
    summary:
      'Regenerate the repo token on the repository’s settings page on coveralls.io and update COVERALLS_REPO_TOKEN in CI secrets.',
    url: 'https://docs.coveralls.io/',
  },
  examples: {
    truePositives: () => [
      `COVERALLS_REPO_TOKEN=${randomString(ALNUM, 33)}`,
      `  coveralls_repo_token: "${randomString(ALNUM, 35)}"`,
    ],
    falsePositives: ['COVERALLS_REPO_TOKEN: ${{ secrets.COVERALLS_REPO_TOKEN }}', 'coveralls_token: <token>'],
  },
};
