import { randomUUID } from 'node:crypto';
import { ALNUM, BASE64URL, DIGITS, randomString } from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { UUID } from '../structure/uuid-pattern.js';

const VAULT_REVOKE_URL = 'https://developer.hashicorp.com/vault/docs/commands/token/revoke';

/** Short Vault tokens are 24 random base62 characters: all-letter words are identifiers. */
function vaultTokenVerdict(secret: string): StructureVerdict {
  const random = secret.slice(secret.indexOf('.') + 1);
  if (random.length <= 24 && !/[0-9]/.test(random)) return 'rejected';
  // Long (1.10+) service tokens are base64url of a protobuf whose first field tag is `CAES`.
  return random.startsWith('CAES') ? 'confirmed' : 'plausible';
}

function shortVaultToken(prefix: string): string {
  return `${prefix}${randomString(DIGITS, 1)}${randomString(ALNUM, 23)}`;
}

export const hashicorpVaultServiceToken: SecretRule = {
  id: 'hashicorp-vault-service-token',
  title: 'HashiCorp Vault service or recovery token',
  provider: 'HashiCorp Vault',
  severity: 'critical',
  keywords: ['hvs.', 'hvr.'],
  // Vault 1.10+: `hvs.` (service) or `hvr.` (recovery), then 24 base62 characters for a local
  // token or 90-120 base64url characters for the HMAC-carrying form.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hv[sr]\.(?:[A-Za-z0-9]{24}|[A-Za-z0-9_-]{90,120}))(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  validate: vaultTokenVerdict,
  remediation: {
    summary:
      'Revoke the token (`vault token revoke <token>` or revoke its accessor), then find and rotate whatever secrets it could read; shorten token TTLs.',
    url: VAULT_REVOKE_URL,
  },
  examples: {
    truePositives: () => [
      `VAULT_TOKEN=${shortVaultToken('hvs.')}`,
      `X-Vault-Token: hvs.CAESI${randomString(BASE64URL, 90)}`,
      `vault login ${shortVaultToken('hvs.')}`,
    ],
    falsePositives: [
      'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx',
      'VAULT_TOKEN=hvs.<root-token>',
      'const prefix = "hvs.";',
      'token: hvs.ThisStringHasNoDigitsInIt',
    ],
  },
};

export const hashicorpVaultLegacyToken: SecretRule = {
  id: 'hashicorp-vault-legacy-token',
  title: 'HashiCorp Vault service token (pre-1.10 format)',
  provider: 'HashiCorp Vault',
  severity: 'critical',
  keywords: ['vault'],
  // `s.` + 24 base62 is too short to stand alone: require a Vault token name or `vault login`.
  pattern:
    /(?:(?<![A-Za-z0-9])vault[\w.-]{0,20}?token['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?|(?<![A-Za-z0-9])vault\s{1,4}login\s{1,4}(?:-method=token\s{1,4})?(?:token=)?)(?<secret>s\.[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/i,
  minEntropy: 3.2,
  validate: vaultTokenVerdict,
  remediation: {
    summary:
      'Revoke the token (`vault token revoke <token>`), rotate the secrets it could read, and upgrade clients to short-lived tokens.',
    url: VAULT_REVOKE_URL,
  },
  examples: {
    truePositives: () => [
      `VAULT_TOKEN=${shortVaultToken('s.')}`,
      `  vault_token: "${shortVaultToken('s.')}"`,
      `vault login ${shortVaultToken('s.')}`,
    ],
    falsePositives: [
      'VAULT_TOKEN=s.xxxxxxxxxxxxxxxxxxxxxxxx',
      'vault_token: s.AcceptanceTimeoutSeconds',
      'VAULT_TOKEN=${VAULT_TOKEN}',
      'token: s.makeKubeConfigController1',
    ],
  },
};

export const hashicorpVaultBatchToken: SecretRule = {
  id: 'hashicorp-vault-batch-token',
  title: 'HashiCorp Vault batch token',
  provider: 'HashiCorp Vault',
  severity: 'high',
  keywords: ['hvb.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hvb\.[A-Za-z0-9_-]{100,300})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Batch tokens cannot be revoked individually: revoke their parent token or lease, rotate the secrets they could read, and keep batch TTLs short.',
    url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens',
  },
  examples: {
    truePositives: () => [
      `VAULT_TOKEN=hvb.AAAAAQ${randomString(BASE64URL, 110)}`,
      `"client_token": "hvb.${randomString(BASE64URL, 110)}"`,
    ],
    falsePositives: ['VAULT_TOKEN=hvb.<batch-token>', 'type = "hvb."', 'VAULT_TOKEN=hvb.short123'],
  },
};

export const hashicorpTerraformApiToken: SecretRule = {
  id: 'hashicorp-terraform-api-token',
  title: 'HCP Terraform / Terraform Enterprise API token',
  provider: 'HashiCorp Terraform Cloud',
  severity: 'critical',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the user, team or organization token in HCP Terraform (User settings → Tokens, or the team/organization API token page) and create a new one.',
    url: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
  },
  examples: {
    truePositives: () => [
      `TF_TOKEN_app_terraform_io=${randomString(ALNUM, 14)}.atlasv1.${randomString(ALNUM, 67)}`,
      `credentials "app.terraform.io" { token = "${randomString(ALNUM, 14)}.atlasv1.${randomString(BASE64URL, 67)}" }`,
    ],
    falsePositives: [
      'credentials "app.terraform.io" { token = "<api-token>" }',
      'TFE_TOKEN=xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'the token format is <id>.atlasv1.<secret>',
    ],
  },
};

export const hashicorpConsulAclToken: SecretRule = {
  id: 'hashicorp-consul-acl-token',
  title: 'HashiCorp Consul ACL token',
  provider: 'HashiCorp Consul',
  severity: 'high',
  keywords: ['consul'],
  // ACL tokens are bare UUIDs: only after `CONSUL_HTTP_TOKEN`-style names, the HTTP header or
  // a `consul … -token=` command line.
  pattern: new RegExp(
    String.raw`(?:(?<![A-Za-z0-9])consul[\w.-]{0,25}?token['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?|x-consul-token['"]?\s{0,4}[:=]\s{0,4}['"]?|(?<![A-Za-z0-9])consul\s[^\n]{0,80}?\s-token(?:=|\s{1,4})['"]?)(?<secret>${UUID})(?![A-Za-z0-9-])`,
    'i',
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the token (`consul acl token delete -accessor-id …`), create a replacement with a least-privilege policy, and rotate any agent or service configuration that embedded it.',
    url: 'https://developer.hashicorp.com/consul/commands/acl/token/delete',
  },
  examples: {
    truePositives: () => [
      `CONSUL_HTTP_TOKEN=${randomUUID()}`,
      `curl --header "X-Consul-Token: ${randomUUID()}" http://127.0.0.1:8500/v1/kv/app`,
      `consul kv get -token=${randomUUID()} app/config`,
    ],
    falsePositives: [
      'CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000002',
      'CONSUL_HTTP_TOKEN=<acl-token>',
      'service_id = "1a2b3c4d-0000-4000-8000-00000000000a"',
    ],
  },
};

export const hashicorpNomadAclToken: SecretRule = {
  id: 'hashicorp-nomad-acl-token',
  title: 'HashiCorp Nomad ACL token secret ID',
  provider: 'HashiCorp Nomad',
  severity: 'high',
  keywords: ['nomad'],
  pattern: new RegExp(
    String.raw`(?:(?<![A-Za-z0-9])nomad[\w.-]{0,25}?token['"]?\s{0,4}(?::=|=>|[:=])\s{0,4}['"]?|x-nomad-token['"]?\s{0,4}[:=]\s{0,4}['"]?|(?<![A-Za-z0-9])nomad\s[^\n]{0,80}?\s-token(?:=|\s{1,4})['"]?)(?<secret>${UUID})(?![A-Za-z0-9-])`,
    'i',
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the token (`nomad acl token delete <accessor>`), issue a replacement bound to a least-privilege policy, and review job changes made with it.',
    url: 'https://developer.hashicorp.com/nomad/docs/commands/acl/token/delete',
  },
  examples: {
    truePositives: () => [
      `NOMAD_TOKEN=${randomUUID()}`,
      `curl -H "X-Nomad-Token: ${randomUUID()}" https://nomad.internal:4646/v1/jobs`,
    ],
    falsePositives: ['NOMAD_TOKEN=<secret-id>', 'NOMAD_TOKEN=${NOMAD_TOKEN}', 'nomad_token_ttl = "1h"'],
  },
};
