import { randomBytes, randomUUID } from 'node:crypto';
import {
  ALNUM,
  ALNUM_LOWER,
  BASE64URL,
  checksummedToken,
  HEX,
  randomString,
  randomStringWithEntropy,
} from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { issuedTokenVerdict } from '../structure/base62-checksum.js';
import { keyedAssignmentPattern } from '../structure/keyed-assignment-pattern.js';
import { UUID_ANY_CASE } from '../structure/uuid-pattern.js';

/**
 * A PyPI API token: `pypi-` + base64url of a v2 macaroon (location, UUID identifier, one
 * caveat, then the 32-byte signature field `06 20 …`).
 */
function pypiToken(location: string): string {
  const caveat = Buffer.from('{"permissions": "user", "version": 1}');
  const macaroon = Buffer.concat([
    Buffer.from([0x02, 0x01, location.length]),
    Buffer.from(location),
    Buffer.from([0x02, 36]),
    Buffer.from(randomUUID()),
    Buffer.from([0x00, 0x02, caveat.length]),
    caveat,
    Buffer.from([0x00, 0x00, 0x06, 0x20]),
    randomBytes(32),
  ]);
  return `pypi-${macaroon.toString('base64url')}`;
}

/** A macaroon that decodes and ends in its 32-byte signature field is a whole token. */
function checkMacaroon(secret: string): StructureVerdict {
  const bytes = Buffer.from(secret.slice(5), 'base64url');
  return bytes.length > 40 && bytes[bytes.length - 34] === 0x06 && bytes[bytes.length - 33] === 0x20
    ? 'confirmed'
    : 'plausible';
}

export const npmAccessToken: SecretRule = {
  id: 'npm-access-token',
  title: 'npm access token',
  provider: 'npm',
  severity: 'critical',
  keywords: ['npm_'],
  // 30 random base62 characters and their 6-character base62 CRC32, as GitHub's tokens.
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: issuedTokenVerdict('npm_'),
  remediation: {
    summary:
      'Revoke the token on npmjs.com → Access Tokens (or `npm token revoke <id>`), check recent package versions for unexpected publishes, and use a granular token with an expiry.',
    url: 'https://docs.npmjs.com/revoking-access-tokens',
  },
  examples: {
    truePositives: () => [
      `//registry.npmjs.org/:_authToken=${checksummedToken('npm_')}`,
      `NPM_TOKEN=${checksummedToken('npm_')}`,
      `  "npmToken": "${checksummedToken('npm_')}",`,
    ],
    falsePositives: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'npm_config_registry=https://registry.npmjs.org/',
    ],
  },
};

export const npmLegacyAuthToken: SecretRule = {
  id: 'npm-legacy-auth-token',
  title: 'npm legacy access token (UUID)',
  provider: 'npm',
  severity: 'critical',
  keywords: ['_authtoken', 'npm'],
  // Pre-2021 npm tokens are bare UUIDs: found after `_authToken=` in .npmrc or an NPM_TOKEN name.
  pattern: keyedAssignmentPattern(['npm'], UUID_ANY_CASE, {
    qualifiers: ['token'],
    orAfter: ['_auth[Tt]oken\\s{0,3}=\\s{0,3}["\']?'],
  }),
  minEntropy: 3,
  remediation: {
    summary:
      'Revoke the token on npmjs.com → Access Tokens (legacy tokens are being retired) and replace it with a granular access token with an expiry.',
    url: 'https://docs.npmjs.com/revoking-access-tokens',
  },
  examples: {
    truePositives: () => [
      `//registry.npmjs.org/:_authToken=${randomUUID()}`,
      `export NPM_TOKEN="${randomUUID()}"`,
      `//npm.pkg.example.com/:_authToken="${randomUUID()}"`,
    ],
    falsePositives: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      'NPM_TOKEN=00000000-0000-0000-0000-000000000000',
      'npm install --save uuid',
    ],
  },
};

export const npmrcBasicAuth: SecretRule = {
  id: 'npmrc-basic-auth',
  title: 'npm registry credentials in .npmrc (_auth)',
  provider: 'npm',
  severity: 'high',
  keywords: ['_auth'],
  // `_auth` is base64 of `user:password` for a registry (npm, Artifactory, Nexus, …).
  pattern: /(?<![A-Za-z0-9])_auth\s{0,3}=\s{0,3}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 3,
  validate: (secret) => {
    const decoded = Buffer.from(secret, 'base64').toString('latin1');
    return /^[\x20-\x7e]{1,200}:[\x20-\x7e]{1,200}$/.test(decoded) ? 'confirmed' : 'rejected';
  },
  remediation: {
    summary:
      'Change the password (or API key) of the registry account encoded in _auth, and switch the .npmrc to a token read from an environment variable.',
    url: 'https://docs.npmjs.com/cli/configuring-npm/npmrc',
  },
  examples: {
    truePositives: () => [
      `_auth=${Buffer.from(`deploy:${randomString(ALNUM, 16)}`).toString('base64')}`,
      `//nexus.example.com/repository/npm/:_auth="${Buffer.from(`ci-bot:${randomString(ALNUM, 20)}`).toString('base64')}"`,
    ],
    falsePositives: ['_auth=${NPM_AUTH}', '_auth = <base64 user:password>', 'always-auth=true'],
  },
};

export const pypiUploadToken: SecretRule = {
  id: 'pypi-upload-token',
  title: 'PyPI API token',
  provider: 'PyPI',
  severity: 'critical',
  keywords: ['pypi-ageichlwas5vcmc'],
  // `AgEIcHlwaS5vcmc` is the macaroon header for location `pypi.org`.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: checkMacaroon,
  remediation: {
    summary:
      'Delete the token under pypi.org → Account settings → API tokens (PyPI also revokes tokens reported to it), review the project’s release history, and prefer Trusted Publishing.',
    url: 'https://pypi.org/help/#apitoken',
  },
  examples: {
    truePositives: () => [
      `password = ${pypiToken('pypi.org')}`,
      `TWINE_PASSWORD=${pypiToken('pypi.org')}`,
      `  password: "${pypiToken('pypi.org')}"`,
    ],
    falsePositives: [
      'TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc...',
      'password = pypi-<your-token>',
      'pip install pypi-simple',
    ],
  },
};

export const testPypiUploadToken: SecretRule = {
  id: 'pypi-test-upload-token',
  title: 'TestPyPI API token',
  provider: 'PyPI',
  severity: 'medium',
  keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
  // Macaroon header for location `test.pypi.org`.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: checkMacaroon,
  remediation: {
    summary:
      'Delete the token under test.pypi.org → Account settings → API tokens; it only uploads to TestPyPI, but often sits next to the real one.',
    url: 'https://test.pypi.org/help/#apitoken',
  },
  examples: {
    truePositives: () => [
      `TEST_PYPI_API_TOKEN=${pypiToken('test.pypi.org')}`,
      `          password: ${pypiToken('test.pypi.org')}`,
    ],
    falsePositives: [
      'password = pypi-AgENdGVzdC5weXBpLm9yZw<token>',
      'repository: https://test.pypi.org/legacy/',
    ],
  },
};

export const rubygemsApiKey: SecretRule = {
  id: 'rubygems-api-key',
  title: 'RubyGems API key',
  provider: 'RubyGems',
  severity: 'critical',
  keywords: ['rubygems_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the key under rubygems.org → Settings → API keys, check the owned gems for unexpected versions, and create a scoped key limited to one gem with MFA.',
    url: 'https://guides.rubygems.org/api-key-scopes/',
  },
  examples: {
    truePositives: () => [
      `:rubygems_api_key: rubygems_${randomString(HEX, 48)}`,
      `GEM_HOST_API_KEY=rubygems_${randomString(HEX, 48)}`,
    ],
    falsePositives: [':rubygems_api_key: rubygems_<key>', 'GEM_HOST_API_KEY=rubygems_xxxxxxxx'],
  },
};

export const nugetApiKey: SecretRule = {
  id: 'nuget-api-key',
  title: 'NuGet.org API key',
  provider: 'NuGet',
  severity: 'critical',
  keywords: ['oy2'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>oy2[a-z0-9]{43})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete or regenerate the key under nuget.org → API Keys, review recent package versions, and create a key scoped to specific packages with an expiry.',
    url: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys',
  },
  examples: {
    truePositives: () => [
      `dotnet nuget push "*.nupkg" --api-key oy2${randomString(ALNUM_LOWER, 43)} -s https://api.nuget.org/v3/index.json`,
      `NUGET_API_KEY=oy2${randomString(ALNUM_LOWER, 43)}`,
    ],
    falsePositives: [
      'NUGET_API_KEY=oy2xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'dotnet nuget push --api-key $NUGET_KEY',
    ],
  },
};

export const dockerHubPat: SecretRule = {
  id: 'docker-hub-pat',
  title: 'Docker Hub personal access token',
  provider: 'Docker Hub',
  severity: 'high',
  keywords: ['dckr_pat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Delete the token under Docker Hub → Account settings → Personal access tokens, check the repositories for images pushed with it, and create a read-only token where possible.',
    url: 'https://docs.docker.com/security/access-tokens/',
  },
  examples: {
    truePositives: () => [
      `echo ${'$'}X | docker login -u acme -p dckr_pat_${randomString(ALNUM, 27)}`,
      `DOCKERHUB_TOKEN=dckr_pat_${randomString(BASE64URL, 27)}`,
    ],
    falsePositives: [
      'DOCKERHUB_TOKEN=dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'docker login -p dckr_pat_<token>',
    ],
  },
};

export const dockerHubOat: SecretRule = {
  id: 'docker-hub-oat',
  title: 'Docker Hub organization access token',
  provider: 'Docker Hub',
  severity: 'high',
  keywords: ['dckr_oat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_oat_[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: {
    summary:
      'Deactivate or delete the token under Organization settings → Access tokens in Docker Hub and create a new one limited to the repositories it needs.',
  },
  examples: {
    truePositives: () => [
      `DOCKER_PASSWORD=dckr_oat_${randomString(ALNUM, 32)}`,
      `docker login --username acme --password dckr_oat_${randomString(BASE64URL, 32)}`,
    ],
    falsePositives: ['DOCKER_PASSWORD=dckr_oat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'dckr_oat_<org-token>'],
  },
};

export const jfrogApiKey: SecretRule = {
  id: 'jfrog-api-key',
  title: 'JFrog Artifactory API key',
  provider: 'JFrog',
  severity: 'critical',
  keywords: ['akcp'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])/,
  minEntropy: 4.5,
  remediation: {
    summary:
      'Revoke the API key in the JFrog profile page (API keys are deprecated) and move the client to a scoped access token with an expiry.',
    url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
  },
  examples: {
    truePositives: () => [
      `ARTIFACTORY_API_KEY=AKCp${randomString(ALNUM, 69)}`,
      `curl -H "X-JFrog-Art-Api: AKCp${randomString(ALNUM, 69)}" https://acme.jfrog.io/artifactory/api/repositories`,
    ],
    falsePositives: [
      'lowEntropy := AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'ARTIFACTORY_API_KEY=AKCp<api-key>',
    ],
  },
};

/** A reference token is base64 of `reftkn:01:<10-digit expiry>:<27 random alnum>`. */
function referenceToken(): string {
  return Buffer.from(
    `reftkn:01:${1_700_000_000 + Math.floor(Math.random() * 99_999_999)}:${randomString(ALNUM, 27)}`,
  ).toString('base64');
}

export const jfrogReferenceToken: SecretRule = {
  id: 'jfrog-reference-token',
  title: 'JFrog reference / identity token',
  provider: 'JFrog',
  severity: 'critical',
  keywords: ['cmvmdgtu'],
  // `cmVmdGtu` is base64 of `reftkn`.
  pattern: /(?<![A-Za-z0-9_+/])(?<secret>cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9_+/=])/,
  minEntropy: 4,
  validate: (secret) =>
    /^reftkn:\d\d:\d{10}:/.test(Buffer.from(secret, 'base64').toString('latin1')) ? 'confirmed' : 'plausible',
  remediation: {
    summary:
      'Revoke the token under the JFrog user profile → Identity/Access Tokens (or Administration → User Management → Access Tokens) and issue a new scoped one with an expiry.',
    url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
  },
  examples: {
    truePositives: () => [
      `curl -u admin:${referenceToken()} -T app.war "https://acme.jfrog.io/artifactory/libs-release/app.war"`,
      `ARTIFACTORY_ACCESS_TOKEN=${referenceToken()}`,
    ],
    falsePositives: [
      'lowEntropy := cmVmdXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'ARTIFACTORY_ACCESS_TOKEN=cmVmdGtu<token>',
    ],
  },
};

export const packagistToken: SecretRule = {
  id: 'packagist-token',
  title: 'Private Packagist token',
  provider: 'Private Packagist',
  severity: 'high',
  keywords: ['packagist_'],
  // ort_ org read-only, out_ org update, uut_ user update, cut_ Conductor update.
  pattern: /(?<![A-Za-z0-9_])(?<secret>packagist_(?:ort|out|uut|cut)_[a-f0-9]{68})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Delete the token under the organization’s Settings → Authentication tokens (or your profile) on packagist.com and create a read-only token for CI installs.',
  },
  examples: {
    truePositives: () => [
      `composer config --global --auth http-basic.repo.packagist.com acme packagist_uut_${randomString(HEX, 68)}`,
      `PACKAGIST_TOKEN=packagist_ort_${randomString(HEX, 68)}`,
    ],
    falsePositives: ['PACKAGIST_TOKEN=packagist_uut_...', 'packagist_ort_<token>'],
  },
};

export const cratesIoToken: SecretRule = {
  id: 'crates-io-token',
  title: 'crates.io API token',
  provider: 'crates.io',
  severity: 'critical',
  keywords: ['cio'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>cio[A-Za-z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  // Real tokens are mixed-case base62; a 35-letter lower-case word starting with "cio" is not one.
  validate: (secret) =>
    /[A-Z]/.test(secret.slice(3)) && /[a-z]/.test(secret.slice(3)) ? 'plausible' : 'rejected',
  remediation: {
    summary:
      'Revoke the token under crates.io → Account Settings → API Tokens, check the owned crates for unexpected versions, and use a token scoped to publish-update on one crate.',
    url: 'https://doc.rust-lang.org/cargo/reference/publishing.html',
  },
  examples: {
    truePositives: () => [
      `CARGO_REGISTRY_TOKEN=cio${randomString(ALNUM, 30)}aZ`,
      `token = "cio${randomString(ALNUM, 31)}Q"`,
    ],
    falsePositives: [
      'CARGO_REGISTRY_TOKEN=cio<your-token>',
      'precio_unitario_con_descuento_aplicado',
      'token = "cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
  },
};

export const clojarsDeployToken: SecretRule = {
  id: 'clojars-deploy-token',
  title: 'Clojars deploy token',
  provider: 'Clojars',
  severity: 'high',
  keywords: ['clojars_'],
  // 60 lower-case characters after the prefix (hex in the tokens seen, but not documented so).
  pattern: /(?<![A-Za-z0-9_])(?<secret>CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])/,
  minEntropy: 3.2,
  remediation: {
    summary:
      'Disable the token under clojars.org → Deploy Tokens, check the group’s artifacts for unexpected versions, and create a token scoped to one artifact.',
    url: 'https://github.com/clojars/clojars-web/wiki/Deploy-Tokens',
  },
  examples: {
    truePositives: () => [
      `CLOJARS_PASSWORD=CLOJARS_${randomString(HEX, 60)}`,
      `:password "CLOJARS_${randomString(HEX, 60)}"`,
    ],
    falsePositives: [':password :env/clojars_password', 'export CLOJARS_USERNAME=username'],
  },
};

export const cloudsmithApiKey: SecretRule = {
  id: 'cloudsmith-api-key',
  title: 'Cloudsmith API key',
  provider: 'Cloudsmith',
  severity: 'high',
  keywords: ['cloudsmith'],
  pattern: keyedAssignmentPattern(['cloudsmith'], '[a-f0-9]{40}', { qualifiers: ['key', 'token'] }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Refresh the API key under Cloudsmith → User settings → API Settings (or the service account’s key) and update CLOUDSMITH_API_KEY in CI.',
  },
  examples: {
    truePositives: () => [
      `CLOUDSMITH_API_KEY=${randomString(HEX, 40)}`,
      `  cloudsmith_token: "${randomString(HEX, 40)}"`,
    ],
    falsePositives: ['CLOUDSMITH_API_KEY: ${{ secrets.CLOUDSMITH_API_KEY }}', 'cloudsmith_key: <api-key>'],
  },
};

export const hexPmApiKey: SecretRule = {
  id: 'hex-pm-api-key',
  title: 'Hex.pm API key',
  provider: 'Hex',
  severity: 'high',
  keywords: ['hex'],
  pattern: keyedAssignmentPattern(['hex'], '[a-f0-9]{32}', {
    qualifiers: ['api_key', 'apikey'],
    wordStart: true,
  }),
  minEntropy: 3.2,
  remediation: {
    summary:
      'Revoke the key with `mix hex.user key revoke <name>` (or on hex.pm → Dashboard → Keys) and generate a new one with only the `api:write` permission it needs.',
    url: 'https://hex.pm/docs/publish',
  },
  examples: {
    truePositives: () => [
      `HEX_API_KEY=${randomStringWithEntropy(HEX, 32, 3.2)}`,
      `  hexpm_api_key: "${randomStringWithEntropy(HEX, 32, 3.2)}"`,
    ],
    falsePositives: ['HEX_API_KEY: ${{ secrets.HEX_API_KEY }}', 'HEX_API_KEY=<key>'],
  },
};

export const gradlePluginPortalKey: SecretRule = {
  id: 'gradle-plugin-portal-key',
  title: 'Gradle Plugin Portal publishing key or secret',
  provider: 'Gradle Plugin Portal',
  severity: 'high',
  keywords: ['gradle.publish', 'gradle_publish'],
  pattern: keyedAssignmentPattern(['gradle.publish', 'gradle_publish'], '[A-Za-z0-9]{32}', {
    qualifiers: ['key', 'secret'],
  }),
  minEntropy: 3.8,
  remediation: {
    summary:
      'Regenerate the API keys on plugins.gradle.org → your profile → API Keys (this invalidates both) and store them as CI secrets, not in gradle.properties.',
    url: 'https://docs.gradle.org/current/userguide/publishing_gradle_plugins.html',
  },
  examples: {
    truePositives: () => [
      `gradle.publish.key=${randomString(ALNUM, 32)}`,
      `GRADLE_PUBLISH_SECRET=${randomString(ALNUM, 32)}`,
    ],
    falsePositives: ['gradle.publish.key=${GRADLE_KEY}', 'gradle.publish.secret=<secret>'],
  },
};

export const chocolateyApiKey: SecretRule = {
  id: 'chocolatey-api-key',
  title: 'Chocolatey community repository API key',
  provider: 'Chocolatey',
  severity: 'high',
  keywords: ['choco'],
  // A bare UUID: after a choco/chocolatey key name, or the --api-key/--key flag on a choco line.
  pattern: keyedAssignmentPattern(['chocolatey', 'choco'], UUID_ANY_CASE, {
    qualifiers: ['key'],
    orAfter: ['--(?:api-?)?key[= ]{1,3}["\']?'],
  }),
  minEntropy: 3,
  remediation: {
    summary:
      'Regenerate the API key on community.chocolatey.org → Account and update CI; check your packages for versions you did not push.',
    url: 'https://docs.chocolatey.org/en-us/create/commands/api-key/',
  },
  examples: {
    truePositives: () => [
      `choco push app.1.0.0.nupkg --source https://push.chocolatey.org/ --api-key ${randomUUID()}`,
      `CHOCOLATEY_API_KEY=${randomUUID()}`,
    ],
    falsePositives: [
      'choco apikey --key $env:CHOCO_KEY --source https://push.chocolatey.org/',
      'CHOCOLATEY_API_KEY=${{ secrets.CHOCO }}',
    ],
  },
};
