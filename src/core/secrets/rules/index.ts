import type { SecretRule } from '../secret-rule.js';
import * as adyen from './adyen.js';
import * as ai from './ai.js';
import * as alibaba from './alibaba.js';
import * as atlassian from './atlassian.js';
import * as aws from './aws.js';
import * as azure from './azure.js';
import * as bitbucket from './bitbucket.js';
import * as chat from './chat.js';
import * as ciServices from './ci-services.js';
import * as cloudPlatforms from './cloud-platforms.js';
import * as collaboration from './collaboration.js';
import * as databaseUri from './database-uri.js';
import * as developerTools from './developer-tools.js';
import * as digitalocean from './digitalocean.js';
import * as frameworks from './frameworks.js';
import * as gcp from './gcp.js';
import * as generic from './generic.js';
import * as github from './github.js';
import * as gitlab from './gitlab.js';
import * as hashicorp from './hashicorp.js';
import * as ibm from './ibm.js';
import * as jwt from './jwt.js';
import * as keyManagement from './key-management.js';
import * as mail from './mail.js';
import * as observability from './observability.js';
import * as oracle from './oracle.js';
import * as packageRegistries from './package-registries.js';
import * as payments from './payments.js';
import * as privateKey from './private-key.js';
import * as socialAndAuth from './social-and-auth.js';
import * as stripe from './stripe.js';
import * as twilio from './twilio.js';
import * as urlCredentials from './url-credentials.js';

/**
 * Every rule module, one per provider family, in alphabetical order. Each exported
 * `SecretRule` of a module is registered; `rules.test.ts` checks every file here is listed.
 */
export const RULE_MODULES: Record<string, Record<string, unknown>> = {
  adyen,
  ai,
  alibaba,
  atlassian,
  aws,
  azure,
  bitbucket,
  chat,
  ciServices,
  cloudPlatforms,
  collaboration,
  databaseUri,
  developerTools,
  digitalocean,
  frameworks,
  gcp,
  generic,
  github,
  gitlab,
  hashicorp,
  ibm,
  jwt,
  keyManagement,
  mail,
  observability,
  oracle,
  packageRegistries,
  payments,
  privateKey,
  socialAndAuth,
  stripe,
  twilio,
  urlCredentials,
};

function isSecretRule(value: unknown): value is SecretRule {
  return typeof value === 'object' && value !== null && 'id' in value && 'pattern' in value;
}

/** The registry: every rule, sorted by id. */
export const RULES: readonly SecretRule[] = Object.values(RULE_MODULES)
  .flatMap((module) => Object.values(module).filter(isSecretRule))
  .sort((a, b) => a.id.localeCompare(b.id));
