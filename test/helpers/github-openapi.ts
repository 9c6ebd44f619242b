import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule, { type ValidateFunction } from 'ajv';

/**
 * Checks requests against GitHub's own REST description (`@octokit/openapi`): the method and
 * path must be a real operation, and a JSON body must match the operation's request schema.
 * A request the real API would reject fails the test that sent it.
 */
export interface RequestCheck {
  operationId?: string;
  errors: string[];
}

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const require = createRequire(import.meta.url);
let loaded:
  | { spec: OpenApi; routes: Array<{ method: string; pattern: RegExp; template: string }> }
  | undefined;
const validators = new Map<string, ValidateFunction>();
const Ajv = AjvModule.default;
let ajv: InstanceType<typeof Ajv> | undefined;

function load() {
  if (loaded) return loaded;
  const path = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(path, 'utf8'), (_key, value) => toJsonSchema(value)) as OpenApi;
  const routes = Object.entries(spec.paths).flatMap(([template, methods]) =>
    Object.keys(methods)
      .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map((method) => ({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
        ),
      })),
  );
  // Literal segments must win over parameters (`/rules/branches/{branch}` vs `/rulesets/{id}`).
  routes.sort((a, b) => paramCount(a.template) - paramCount(b.template));
  loaded = { spec, routes };
  ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  ajv.addSchema({ components: spec.components } as Schema, 'github');
  return loaded;
}

const paramCount = (template: string) => (template.match(/\{/g) ?? []).length;

/** OpenAPI 3.0's `nullable: true` is JSON Schema's `type: [T, "null"]`. */
function toJsonSchema(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && (value as Schema).nullable === true) {
    const schema = { ...(value as Schema) };
    delete schema.nullable;
    if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
    if (Array.isArray(schema.enum)) schema.enum = [...schema.enum, null];
    if (!schema.type && (schema.$ref || schema.allOf || schema.oneOf || schema.anyOf))
      return { anyOf: [schema, { type: 'null' }] };
    return schema;
  }
  return value;
}

function rebaseRefs(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"github#/components/'));
}

/** Checks one request: method, path (with `/api/v3` stripped for GHES) and JSON body. */
export function checkRequest(method: string, url: string, body: unknown): RequestCheck {
  const { spec, routes } = load();
  const path = new URL(url, 'https://api.github.com').pathname.replace(/^\/api\/v3(?=\/)/, '');
  const route = routes.find(
    (candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path),
  );
  if (!route) return { errors: [`${method} ${path} is not an operation in GitHub's REST description`] };
  const operation = spec.paths[route.template]![method.toLowerCase()]!;
  const errors: string[] = [];
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const hasBody = body !== undefined && body !== '' && body !== null;
  if (operation.requestBody?.required && !hasBody)
    errors.push(`${operation.operationId}: a request body is required`);
  if (schema && hasBody) {
    let validate = validators.get(operation.operationId);
    if (!validate) {
      validate = ajv!.compile(rebaseRefs(schema) as Schema);
      validators.set(operation.operationId, validate);
    }
    const parsed = typeof body === 'string' ? JSON.parse(body) : body;
    if (!validate(parsed)) {
      for (const error of validate.errors ?? []) {
        errors.push(
          `${operation.operationId}: body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`,
        );
      }
    }
  }
  return { operationId: operation.operationId, errors };
}
