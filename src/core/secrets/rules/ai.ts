import {
  ALNUM,
  ALNUM_LOWER,
  ALPHA_LOWER,
  ALPHA_UPPER,
  BASE64URL,
  HEX,
  randomString,
  sample,
} from '../sample.js';
import type { SecretRule, StructureVerdict } from '../secret-rule.js';
import { ASSIGNMENT, namedValuePattern } from '../structure/named-value-pattern.js';

const LETTERS = ALPHA_UPPER + ALPHA_LOWER;

/**
 * Every OpenAI secret key carries `T3BlbkFJ` (base64 of "OpenAI") between two random halves;
 * a key that has it is confirmed, one without it (a truncated copy) stays a plain pattern match.
 */
const OPENAI_MARKER = 'T3BlbkFJ';

function checkOpenAiMarker(secret: string): StructureVerdict {
  return secret.includes(OPENAI_MARKER) ? 'confirmed' : 'plausible';
}

/** A current-format OpenAI key: 74 characters, the marker, 74 more. */
function openAiKey(prefix: string): string {
  return `${prefix}${randomString(BASE64URL, 74)}${OPENAI_MARKER}${randomString(BASE64URL, 73)}A`;
}

function uuid(): string {
  return [8, 4, 4, 4, 12].map((n) => randomString(HEX, n)).join('-');
}

const OPENAI_URL = 'https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety';
const OPENAI_SUMMARY =
  'Delete the key on the OpenAI platform (Dashboard → API keys, or the project’s keys page), create a new one, and check the usage page for requests you did not make.';

export const openaiProjectKey: SecretRule = {
  id: 'openai-project-key',
  title: 'OpenAI project API key',
  provider: 'OpenAI',
  severity: 'high',
  keywords: ['sk-proj-', 'sk-none-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-(?:proj|None)-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: checkOpenAiMarker,
  remediation: { summary: OPENAI_SUMMARY, url: OPENAI_URL },
  examples: {
    truePositives: () => [
      `OPENAI_API_KEY=${openAiKey('sk-proj-')}`,
      `client = OpenAI(api_key="${sample('sk-proj-', ALNUM, 20)}${OPENAI_MARKER}${randomString(ALNUM, 20)}")`,
      `  "apiKey": "${openAiKey('sk-None-')}"`,
    ],
    falsePositives: [
      'OPENAI_API_KEY=sk-proj-...',
      'OPENAI_API_KEY=sk-proj-your-api-key-here',
      'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const openaiServiceAccountKey: SecretRule = {
  id: 'openai-service-account-key',
  title: 'OpenAI service account API key',
  provider: 'OpenAI',
  severity: 'high',
  keywords: ['sk-svcacct-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-svcacct-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: checkOpenAiMarker,
  remediation: { summary: OPENAI_SUMMARY, url: OPENAI_URL },
  examples: {
    truePositives: () => [
      `OPENAI_API_KEY=${openAiKey('sk-svcacct-')}`,
      `openai.api_key = '${openAiKey('sk-svcacct-')}'`,
    ],
    falsePositives: ['OPENAI_API_KEY=sk-svcacct-<service-account-key>', 'sk-svcacct-'],
  },
};

export const openaiAdminKey: SecretRule = {
  id: 'openai-admin-key',
  title: 'OpenAI organization admin key',
  provider: 'OpenAI',
  // Manages the organization: users, projects, keys, billing.
  severity: 'critical',
  keywords: ['sk-admin-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-admin-[A-Za-z0-9_-]{40,250})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  validate: checkOpenAiMarker,
  remediation: {
    summary:
      'Delete the admin key in the OpenAI organization settings (Admin keys), create a new one if still needed, and audit users, projects and API keys for changes.',
    url: OPENAI_URL,
  },
  examples: {
    truePositives: () => [
      `OPENAI_ADMIN_KEY=sk-admin-${randomString(BASE64URL, 58)}${OPENAI_MARKER}${randomString(BASE64URL, 57)}A`,
      `curl -H "Authorization: Bearer ${openAiKey('sk-admin-')}" https://api.openai.com/v1/organization/users`,
    ],
    falsePositives: ['OPENAI_ADMIN_KEY=sk-admin-...', 'sk-admin-panel-settings'],
  },
};

export const openaiLegacyApiKey: SecretRule = {
  id: 'openai-legacy-api-key',
  title: 'OpenAI user API key (legacy format)',
  provider: 'OpenAI',
  severity: 'high',
  keywords: ['t3blbkfj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: checkOpenAiMarker,
  remediation: { summary: OPENAI_SUMMARY, url: OPENAI_URL },
  examples: {
    truePositives: () => [
      `OPENAI_API_KEY=sk-${randomString(ALNUM, 20)}${OPENAI_MARKER}${randomString(ALNUM, 20)}`,
      `openai.api_key = "sk-${randomString(ALNUM, 20)}${OPENAI_MARKER}${randomString(ALNUM, 20)}"`,
    ],
    falsePositives: [
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      'OPENAI_API_KEY=sk-...T3BlbkFJ...',
    ],
  },
};

const ANTHROPIC_URL = 'https://console.anthropic.com/settings/keys';

export const anthropicApiKey: SecretRule = {
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  provider: 'Anthropic',
  severity: 'high',
  keywords: ['sk-ant-api03-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the key in the Anthropic Console (Settings → API keys), create a new one in the workspace that needs it, and check usage for requests you did not make.',
    url: ANTHROPIC_URL,
  },
  examples: {
    truePositives: () => [
      `ANTHROPIC_API_KEY=sk-ant-api03-${randomString(BASE64URL, 93)}AA`,
      `client = anthropic.Anthropic(api_key="sk-ant-api03-${randomString(BASE64URL, 93)}AA")`,
    ],
    falsePositives: ['ANTHROPIC_API_KEY=sk-ant-api03-...', 'ANTHROPIC_API_KEY=sk-ant-api03-your-key-here'],
  },
};

export const anthropicAdminKey: SecretRule = {
  id: 'anthropic-admin-key',
  title: 'Anthropic Admin API key',
  provider: 'Anthropic',
  severity: 'critical',
  keywords: ['sk-ant-admin01-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the Admin API key in the Anthropic Console (Settings → Admin keys) and audit workspaces, members and API keys for changes.',
    url: ANTHROPIC_URL,
  },
  examples: {
    truePositives: () => [
      `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${randomString(BASE64URL, 93)}AA`,
      `-H "x-api-key: sk-ant-admin01-${randomString(BASE64URL, 93)}AA"`,
    ],
    falsePositives: ['ANTHROPIC_ADMIN_KEY=sk-ant-admin01-...', 'sk-ant-admin01-'],
  },
};

export const anthropicOauthToken: SecretRule = {
  id: 'anthropic-oauth-token',
  title: 'Anthropic (Claude) OAuth access or refresh token',
  provider: 'Anthropic',
  severity: 'high',
  keywords: ['sk-ant-oat01-', 'sk-ant-ort01-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-o[ar]t01-[A-Za-z0-9_-]{80,200})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Sign out of the Claude client that issued the token (or revoke the authorization in the Claude account settings) and create a new token with `claude setup-token` if automation needs one.',
  },
  examples: {
    truePositives: () => [
      `CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-${randomString(BASE64URL, 93)}AA`,
      `"refreshToken": "sk-ant-ort01-${randomString(BASE64URL, 93)}AA"`,
    ],
    falsePositives: [
      'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...',
      'token: sk-ant-oat01-TEST_SETUP_TOKEN_NOT_REAL',
    ],
  },
};

const HF_URL = 'https://huggingface.co/docs/hub/security-tokens';

export const huggingfaceAccessToken: SecretRule = {
  id: 'huggingface-access-token',
  title: 'Hugging Face access token',
  provider: 'Hugging Face',
  severity: 'high',
  keywords: ['hf_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>hf_[A-Za-z]{34})(?![A-Za-z0-9_])/,
  // Letters only: entropy is what tells a token from `hf_` + a camel-case identifier.
  minEntropy: 3.6,
  remediation: {
    summary:
      'Invalidate or delete the token in Hugging Face (Settings → Access Tokens), create a fine-grained one with the repositories it needs, and check the repositories it could write to.',
    url: HF_URL,
  },
  examples: {
    truePositives: () => [
      `HF_TOKEN=${sample('hf_', LETTERS, 34)}`,
      `huggingface-cli login --token ${sample('hf_', LETTERS, 34)}`,
    ],
    falsePositives: [
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'hf_token = "ADD_YOUR_HUGGING_FACE_TOKEN_HERE"',
      'amazon.de#@#div[data-cel-widget="desktop-rhf_SponsoredProductsRemoteRHFSearchEXPSubsK2ClickPagination"]',
    ],
  },
};

export const huggingfaceOrgToken: SecretRule = {
  id: 'huggingface-org-token',
  title: 'Hugging Face organization API token (legacy)',
  provider: 'Hugging Face',
  severity: 'high',
  keywords: ['api_org_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>api_org_[A-Za-z]{34})(?![A-Za-z0-9_])/,
  minEntropy: 3.6,
  remediation: {
    summary:
      'Rotate the organization API token in the organization settings on Hugging Face and move automation to fine-grained user or organization tokens.',
    url: HF_URL,
  },
  examples: {
    truePositives: () => [
      `use_auth_token='${sample('api_org_', LETTERS, 34)}'`,
      `HF_ORG_TOKEN=${sample('api_org_', LETTERS, 34)}`,
    ],
    falsePositives: [
      'public static final String API_ORG_EXIST = "APIOrganizationExist";',
      'body = self.fixtures.load("api_org_96726c78_4ae3_402f_b08b_7a78c6903d2a.xml")',
    ],
  },
};

export const cohereApiKey: SecretRule = {
  id: 'cohere-api-key',
  title: 'Cohere API key',
  provider: 'Cohere',
  severity: 'high',
  keywords: ['cohere', 'co_api_key'],
  pattern: namedValuePattern(
    'cohere[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)|co[_.-]api[_.-]key',
    '[A-Za-z0-9]{40}',
  ),
  minEntropy: 3.6,
  remediation: {
    summary:
      'Delete the key in the Cohere dashboard (API keys), create a new one, and check usage for calls you did not make.',
    url: 'https://dashboard.cohere.com/api-keys',
  },
  examples: {
    truePositives: () => [
      `COHERE_API_KEY=${randomString(ALNUM, 40)}`,
      `export CO_API_KEY=${randomString(ALNUM, 40)}`,
    ],
    falsePositives: [
      'COHERE_API_KEY=your-cohere-api-key',
      'co = cohere.Client(os.environ["COHERE_API_KEY"])',
    ],
  },
};

export const groqApiKey: SecretRule = {
  id: 'groq-api-key',
  title: 'Groq API key',
  provider: 'Groq',
  severity: 'high',
  keywords: ['gsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  remediation: {
    summary: 'Delete the key in the GroqCloud console (API Keys), create a new one, and review usage.',
    url: 'https://console.groq.com/keys',
  },
  examples: {
    truePositives: () => [
      `GROQ_API_KEY=${sample('gsk_', ALNUM, 52)}`,
      `client = Groq(api_key="${sample('gsk_', ALNUM, 52)}")`,
    ],
    falsePositives: [
      'GROQ_API_KEY=gsk_...',
      'GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
};

export const replicateApiToken: SecretRule = {
  id: 'replicate-api-token',
  title: 'Replicate API token',
  provider: 'Replicate',
  severity: 'high',
  keywords: ['r8_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/,
  minEntropy: 3.6,
  remediation: {
    summary:
      'Delete the token in Replicate (Account → API tokens), create a new one, and review predictions and billing.',
    url: 'https://replicate.com/account/api-tokens',
  },
  examples: {
    truePositives: () => [
      `REPLICATE_API_TOKEN=${sample('r8_', ALNUM, 37)}`,
      `replicate = Client(api_token='${sample('r8_', ALNUM, 37)}')`,
    ],
    falsePositives: ['REPLICATE_API_TOKEN=r8_xxx', 'REPLICATE_API_TOKEN=r8_****************************'],
  },
};

export const mistralApiKey: SecretRule = {
  id: 'mistral-api-key',
  title: 'Mistral AI API key',
  provider: 'Mistral AI',
  severity: 'high',
  keywords: ['mistral'],
  pattern: namedValuePattern('mistral[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)', '[A-Za-z0-9]{32}'),
  minEntropy: 3.3,
  remediation: {
    summary: 'Delete the key in Mistral’s console (API keys), create a new one, and review usage.',
    url: 'https://console.mistral.ai/api-keys',
  },
  examples: {
    truePositives: () => [
      `MISTRAL_API_KEY=${randomString(ALNUM, 32)}`,
      `  mistral_key: "${randomString(ALNUM, 32)}"`,
    ],
    falsePositives: ['MISTRAL_API_KEY=your-key-here', 'MISTRAL_MODEL=mistral-large-latest'],
  },
};

export const perplexityApiKey: SecretRule = {
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  provider: 'Perplexity',
  severity: 'high',
  keywords: ['pplx-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Revoke the key in Perplexity (Settings → API), generate a new one, and review API usage and credits.',
    url: 'https://www.perplexity.ai/settings/api',
  },
  examples: {
    truePositives: () => [
      `PERPLEXITY_API_KEY=${sample('pplx-', ALNUM, 48)}`,
      `headers = {"Authorization": "Bearer ${sample('pplx-', ALNUM, 48)}"}`,
    ],
    falsePositives: ['PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'pplx-api'],
  },
};

export const xaiApiKey: SecretRule = {
  id: 'xai-api-key',
  title: 'xAI API key',
  provider: 'xAI',
  severity: 'high',
  keywords: ['xai-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the key in the xAI console (API Keys), create a new one with the models and endpoints needed, and review usage.',
    url: 'https://console.x.ai',
  },
  examples: {
    truePositives: () => [
      `XAI_API_KEY=${sample('xai-', ALNUM, 80)}`,
      `"xaiApiKey": "${sample('xai-', ALNUM, 80)}"`,
    ],
    falsePositives: ['XAI_API_KEY=xai-...', 'model: xai-grok-beta'],
  },
};

export const deepseekApiKey: SecretRule = {
  id: 'deepseek-api-key',
  title: 'DeepSeek API key',
  provider: 'DeepSeek',
  severity: 'high',
  keywords: ['deepseek'],
  // `sk-` and 32 hex is shared by other OpenAI-compatible providers, hence the required name.
  pattern: namedValuePattern(
    'deepseek[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)',
    'sk-[a-f0-9]{32}',
    '(?![A-Za-z0-9_-])',
  ),
  minEntropy: 2.8,
  remediation: {
    summary:
      'Delete the key on the DeepSeek platform (API keys), create a new one, and review usage and balance.',
    url: 'https://platform.deepseek.com/api_keys',
  },
  examples: {
    truePositives: () => [
      `DEEPSEEK_API_KEY=sk-${randomString(HEX, 32)}`,
      `  deepseek_key: 'sk-${randomString(HEX, 32)}'`,
    ],
    falsePositives: ['DEEPSEEK_API_KEY=sk-...', 'DEEPSEEK_API_KEY=sk-your-deepseek-key'],
  },
};

export const togetherApiKey: SecretRule = {
  id: 'together-api-key',
  title: 'Together AI API key',
  provider: 'Together AI',
  severity: 'high',
  keywords: ['tgp_v1_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>tgp_v1_[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary: 'Revoke the key in Together AI (Settings → API keys), create a new one, and review usage.',
    url: 'https://api.together.ai/settings/api-keys',
  },
  examples: {
    truePositives: () => [
      `TOGETHER_API_KEY=tgp_v1_${randomString(BASE64URL, 43)}`,
      `client = Together(api_key="tgp_v1_${randomString(BASE64URL, 43)}")`,
    ],
    falsePositives: ['TOGETHER_API_KEY=tgp_v1_...', 'TOGETHER_API_KEY=tgp_v1_your_together_api_key'],
  },
};

export const togetherLegacyApiKey: SecretRule = {
  id: 'together-legacy-api-key',
  title: 'Together AI API key (legacy hex format)',
  provider: 'Together AI',
  severity: 'high',
  keywords: ['together'],
  pattern: namedValuePattern('together[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)', '[a-f0-9]{64}'),
  minEntropy: 3.0,
  remediation: {
    summary: 'Revoke the key in Together AI (Settings → API keys), create a new one, and review usage.',
    url: 'https://api.together.ai/settings/api-keys',
  },
  examples: {
    truePositives: () => [
      `TOGETHER_API_KEY=${randomString(HEX, 64)}`,
      `together_key: "${randomString(HEX, 64)}"`,
    ],
    falsePositives: ['TOGETHER_API_KEY=<together-key>', 'TOGETHER_MODEL=meta-llama/Llama-3-70b-chat-hf'],
  },
};

export const fireworksApiKey: SecretRule = {
  id: 'fireworks-api-key',
  title: 'Fireworks AI API key',
  provider: 'Fireworks AI',
  severity: 'high',
  keywords: ['fw_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>fw_[A-Za-z0-9]{24,36})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  // `fw_` also prefixes firmware identifiers (`fw_getFirmwareVersion`), which entropy alone does
  // not separate from a key. A random 24-character base62 body lacks a digit 1.5% of the time;
  // an identifier nearly always does, so a digitless body is not taken for a key.
  validate: (secret) => (/\d/.test(secret.slice(3)) ? 'plausible' : 'rejected'),
  remediation: {
    summary: 'Delete the key in Fireworks AI (Account → API Keys), create a new one, and review usage.',
    url: 'https://fireworks.ai/account/api-keys',
  },
  examples: {
    truePositives: () => [
      `FIREWORKS_API_KEY=${sample('fw_3Z', ALNUM, 22)}`,
      `client = openai.OpenAI(base_url="https://api.fireworks.ai/inference/v1", api_key="${sample('fw_3Z', ALNUM, 31)}")`,
    ],
    falsePositives: [
      'FIREWORKS_API_KEY=fw_...',
      'static int fw_getFirmwareVersionFromDevice(void);',
      'FIREWORKS_API_KEY=fw_your_fireworks_key',
    ],
  },
};

export const openrouterApiKey: SecretRule = {
  id: 'openrouter-api-key',
  title: 'OpenRouter API key',
  provider: 'OpenRouter',
  severity: 'high',
  keywords: ['sk-or-v1-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the key in OpenRouter (Settings → Keys), create a new one with a credit limit, and review the activity page.',
    url: 'https://openrouter.ai/settings/keys',
  },
  examples: {
    truePositives: () => [
      `OPENROUTER_API_KEY=sk-or-v1-${randomString(HEX, 64)}`,
      `Authorization: Bearer sk-or-v1-${randomString(HEX, 64)}`,
    ],
    falsePositives: ['OPENROUTER_API_KEY=sk-or-v1-...', 'OPENROUTER_API_KEY=sk-or-v1-your-key'],
  },
};

export const langsmithApiKey: SecretRule = {
  id: 'langsmith-api-key',
  title: 'LangSmith API key',
  provider: 'LangSmith',
  severity: 'high',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  // Personal access tokens (`pt`) and service keys (`sk`).
  pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the key in LangSmith (Settings → API Keys), create a new one, and check the traces and datasets it could read.',
  },
  examples: {
    truePositives: () => [
      `LANGCHAIN_API_KEY=lsv2_pt_${randomString(HEX, 32)}_${randomString(HEX, 10)}`,
      `LANGSMITH_API_KEY="lsv2_sk_${randomString(HEX, 32)}_${randomString(HEX, 10)}"`,
    ],
    falsePositives: ['LANGCHAIN_API_KEY=lsv2_pt_...', 'LANGSMITH_API_KEY=lsv2_sk_<key>'],
  },
};

export const pineconeApiKey: SecretRule = {
  id: 'pinecone-api-key',
  title: 'Pinecone API key',
  provider: 'Pinecone',
  severity: 'high',
  keywords: ['pcsk_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the key in the Pinecone console (project → API keys), create a new one, and review index changes.',
    url: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
  },
  examples: {
    truePositives: () => [
      `PINECONE_API_KEY=pcsk_${randomString(ALNUM, 6)}_${randomString(ALNUM, 63)}`,
      `pc = Pinecone(api_key="pcsk_${randomString(ALNUM, 5)}_${randomString(ALNUM, 63)}")`,
    ],
    falsePositives: ['PINECONE_API_KEY=pcsk_...', 'PINECONE_API_KEY=pcsk_xxxxx_xxxxxxxx'],
  },
};

const ELEVENLABS_URL = 'https://elevenlabs.io/app/settings/api-keys';

export const elevenlabsApiKey: SecretRule = {
  id: 'elevenlabs-api-key',
  title: 'ElevenLabs API key',
  provider: 'ElevenLabs',
  severity: 'high',
  keywords: ['eleven', 'xi-api-key', 'xi_api_key'],
  // Assigned to an ElevenLabs-named variable or the `xi-api-key` header, or passed to the
  // `ElevenLabs(...)` client.
  pattern: new RegExp(
    `(?:(?<![A-Za-z0-9])eleven(?:[_.-]?labs)?[\\w.-]{0,20}?(?:api[_.-]?)?key${ASSIGNMENT}|elevenlabs\\(\\s{0,4}(?:api[_-]?key\\s{0,2}=\\s{0,2})?['"\`]|xi[_-]api[_-]key${ASSIGNMENT})(?<secret>sk_[a-f0-9]{48})(?![A-Za-z0-9_])`,
    'i',
  ),
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the key in ElevenLabs (Settings → API Keys), create a new one with the permissions needed, and review usage and voices.',
    url: ELEVENLABS_URL,
  },
  examples: {
    truePositives: () => [
      `ELEVENLABS_API_KEY=sk_${randomString(HEX, 48)}`,
      `client = ElevenLabs(api_key="sk_${randomString(HEX, 48)}")`,
      `-H "xi-api-key: sk_${randomString(HEX, 48)}"`,
    ],
    falsePositives: ['ELEVENLABS_API_KEY=sk_...', 'ELEVENLABS_API_KEY=sk_your_elevenlabs_key'],
  },
};

export const elevenlabsLegacyApiKey: SecretRule = {
  id: 'elevenlabs-legacy-api-key',
  title: 'ElevenLabs API key (legacy hex format)',
  provider: 'ElevenLabs',
  severity: 'high',
  keywords: ['eleven', 'xi-api-key', 'xi_api_key'],
  pattern: namedValuePattern(
    'eleven(?:[_.-]?labs)?[\\w.-]{0,20}?(?:api[_.-]?)?key|xi[_.-]api[_.-]key',
    '[a-f0-9]{32}',
  ),
  minEntropy: 2.5,
  remediation: {
    summary: 'Delete the key in ElevenLabs (Settings → API Keys), create a new one, and review usage.',
    url: ELEVENLABS_URL,
  },
  examples: {
    truePositives: () => [
      `ELEVEN_API_KEY=${randomString(HEX, 32)}`,
      `headers = {"xi-api-key": "${randomString(HEX, 32)}"}`,
    ],
    falsePositives: ['ELEVEN_API_KEY=<your-key>', 'ELEVENLABS_VOICE_ID=21m00Tcm4TlvDq8ikWAM'],
  },
};

export const assemblyaiApiKey: SecretRule = {
  id: 'assemblyai-api-key',
  title: 'AssemblyAI API key',
  provider: 'AssemblyAI',
  severity: 'high',
  keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
  pattern: namedValuePattern('assembly[_.-]?ai[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)', '[a-f0-9]{32}'),
  minEntropy: 2.5,
  remediation: {
    summary: 'Delete the key in the AssemblyAI dashboard (API Keys), create a new one, and review usage.',
  },
  examples: {
    truePositives: () => [
      `ASSEMBLYAI_API_KEY=${randomString(HEX, 32)}`,
      `  assemblyai_key: "${randomString(HEX, 32)}"`,
    ],
    falsePositives: ['ASSEMBLYAI_API_KEY=your-assemblyai-key', 'ASSEMBLYAI_API_KEY='],
  },
};

export const deepgramApiKey: SecretRule = {
  id: 'deepgram-api-key',
  title: 'Deepgram API key',
  provider: 'Deepgram',
  severity: 'high',
  keywords: ['deepgram'],
  pattern: namedValuePattern('deepgram[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token|secret)', '[a-f0-9]{40}'),
  minEntropy: 2.7,
  remediation: {
    summary:
      'Delete the key in the Deepgram console (project → API Keys), create a new one with the scopes needed, and review usage.',
    url: 'https://developers.deepgram.com/docs/create-additional-api-keys',
  },
  examples: {
    truePositives: () => [
      `DEEPGRAM_API_KEY=${randomString(HEX, 40)}`,
      `deepgram_key: '${randomString(HEX, 40)}'`,
    ],
    falsePositives: ['DEEPGRAM_API_KEY=YOUR_DEEPGRAM_API_KEY', 'DEEPGRAM_MODEL=nova-2'],
  },
};

export const wandbApiKey: SecretRule = {
  id: 'wandb-api-key',
  title: 'Weights & Biases API key',
  provider: 'Weights & Biases',
  severity: 'high',
  keywords: ['wandb'],
  // Assigned to a W&B-named variable, or passed to `wandb login`. Self-hosted keys add `local-`.
  pattern:
    /(?:(?<![A-Za-z0-9])wandb[\w.-]{0,20}?(?:api[_.-]?)?key['"\]]?\s{0,4}(?:=>|:=|=|:)\s{0,4}['"`]?|wandb\s{1,4}login\s{1,4}(?:--relogin\s{1,4})?)(?<secret>(?:local-)?[a-f0-9]{40})(?![A-Za-z0-9])/i,
  minEntropy: 2.7,
  remediation: {
    summary:
      'Revoke the key in Weights & Biases (User settings → API keys), create a new one, and review runs and artifacts for changes.',
    url: 'https://wandb.ai/authorize',
  },
  examples: {
    truePositives: () => [`WANDB_API_KEY=${randomString(HEX, 40)}`, `!wandb login ${randomString(HEX, 40)}`],
    falsePositives: ['WANDB_API_KEY=<your-api-key>', 'wandb login --relogin'],
  },
};

export const nvidiaApiKey: SecretRule = {
  id: 'nvidia-api-key',
  title: 'NVIDIA API key (build.nvidia.com / NGC)',
  provider: 'NVIDIA',
  severity: 'high',
  keywords: ['nvapi-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary:
      'Revoke the key in NVIDIA NGC (Setup → API Keys) or on build.nvidia.com, create a new one, and review usage.',
  },
  examples: {
    truePositives: () => [
      `NVIDIA_API_KEY=nvapi-${randomString(BASE64URL, 64)}`,
      `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="nvapi-${randomString(BASE64URL, 64)}")`,
    ],
    falsePositives: ['NVIDIA_API_KEY=nvapi-...', 'NVIDIA_API_KEY=nvapi-your-key-here'],
  },
};

export const langfuseSecretKey: SecretRule = {
  id: 'langfuse-secret-key',
  title: 'Langfuse secret key',
  provider: 'Langfuse',
  severity: 'high',
  keywords: ['sk-lf-'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  remediation: {
    summary:
      'Delete the API key pair in Langfuse (project Settings → API Keys), create a new one, and check the traces it could read.',
  },
  examples: {
    truePositives: () => [
      `LANGFUSE_SECRET_KEY=sk-lf-${uuid()}`,
      `langfuse = Langfuse(secret_key="sk-lf-${uuid()}")`,
    ],
    falsePositives: [
      // The public key half is meant for clients.
      'LANGFUSE_PUBLIC_KEY=pk-lf-00000000-0000-0000-0000-000000000000',
      'LANGFUSE_SECRET_KEY=sk-lf-...',
    ],
  },
};

export const stabilityApiKey: SecretRule = {
  id: 'stability-api-key',
  title: 'Stability AI API key',
  provider: 'Stability AI',
  severity: 'high',
  keywords: ['stability'],
  pattern: namedValuePattern(
    'stability[\\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)',
    'sk-[A-Za-z0-9]{48}',
    '(?![A-Za-z0-9_-])',
  ),
  minEntropy: 4,
  remediation: {
    summary:
      'Delete the key in the Stability AI platform (Account → API keys), create a new one, and review credit usage.',
  },
  examples: {
    truePositives: () => [
      `STABILITY_API_KEY=sk-${randomString(ALNUM, 48)}`,
      `  stability_key: "sk-${randomString(ALNUM, 48)}"`,
    ],
    falsePositives: ['STABILITY_API_KEY=sk-...', 'STABILITY_API_KEY=sk-your-stability-key'],
  },
};

export const cerebrasApiKey: SecretRule = {
  id: 'cerebras-api-key',
  title: 'Cerebras API key',
  provider: 'Cerebras',
  severity: 'high',
  keywords: ['csk-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>csk-[a-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  remediation: {
    summary: 'Delete the key in the Cerebras Cloud console (API Keys), create a new one, and review usage.',
  },
  examples: {
    truePositives: () => [
      `CEREBRAS_API_KEY=csk-${randomString(ALNUM_LOWER, 48)}`,
      `client = Cerebras(api_key="csk-${randomString(ALNUM_LOWER, 48)}")`,
    ],
    falsePositives: ['CEREBRAS_API_KEY=csk-...', 'CEREBRAS_API_KEY=csk-test'],
  },
};

export const jinaApiKey: SecretRule = {
  id: 'jina-api-key',
  title: 'Jina AI API key',
  provider: 'Jina AI',
  severity: 'high',
  keywords: ['jina_'],
  // 32 hex, then 28 base62 (occasionally `_` or `-`).
  pattern: /(?<![A-Za-z0-9_])(?<secret>jina_[a-f0-9]{32}[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
  remediation: {
    summary: 'Revoke the key on jina.ai (API key & billing), create a new one, and review token usage.',
  },
  examples: {
    truePositives: () => [
      `JINA_API_KEY=jina_${randomString(HEX, 32)}${randomString(ALNUM, 28)}`,
      `headers = {"Authorization": "Bearer jina_${randomString(HEX, 32)}${randomString(ALNUM, 28)}"}`,
    ],
    falsePositives: ['JINA_API_KEY=jina_...', 'jina_api_key=jina_api_key,'],
  },
};

export const firecrawlApiKey: SecretRule = {
  id: 'firecrawl-api-key',
  title: 'Firecrawl API key',
  provider: 'Firecrawl',
  severity: 'high',
  keywords: ['fc-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>fc-[a-f0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 2.7,
  remediation: {
    summary:
      'Delete the key in the Firecrawl dashboard (API Keys), create a new one, and review credit usage.',
  },
  examples: {
    truePositives: () => [
      `FIRECRAWL_API_KEY=fc-${randomString(HEX, 32)}`,
      `app = FirecrawlApp(api_key="fc-${randomString(HEX, 32)}")`,
    ],
    falsePositives: [
      'FIRECRAWL_API_KEY=fc-YOUR_API_KEY',
      'FIRECRAWL_API_KEY=fc-00000000000000000000000000000000',
    ],
  },
};
