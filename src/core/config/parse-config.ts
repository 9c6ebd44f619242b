import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkSlaConfig } from '../sla/check-sla-config.js';
import { type WardenConfig, wardenConfigSchema } from './warden-config.schema.js';

/** One problem with a config file: where (a dotted key path) and what. */
export interface ConfigIssue {
  path: string;
  message: string;
  /** 1-based line in the file, when the YAML parser or the key's position says so. */
  line?: number;
}

export type ConfigResult = { ok: true; config: WardenConfig } | { ok: false; issues: ConfigIssue[] };

/** Validates an already-parsed object (an org's merged config, a test's literal). */
export function validateConfig(raw: unknown): ConfigResult {
  const result = wardenConfigSchema.safeParse(raw ?? {});
  if (!result.success) return { ok: false, issues: result.error.issues.map(toConfigIssue) };
  // Rules JSON Schema cannot express (real time zones and dates) are checked after parsing.
  const issues = checkSlaConfig(result.data.sla);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, config: result.data };
}

/**
 * Parses and validates the text of a `warden.yml`. Every problem is reported at once, with its
 * key path and line, so a user fixes the file in one go; nothing falls back silently.
 */
export function parseConfig(text: string): ConfigResult {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => ({
        path: '(yaml)',
        message: error.message.split('\n')[0]!,
        ...(error.linePos?.[0] ? { line: error.linePos[0].line } : {}),
      })),
    };
  }
  const raw: unknown = document.toJS();
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    return {
      ok: false,
      issues: [{ path: '(root)', message: 'the file must be a YAML mapping of keys to values' }],
    };
  }
  const result = validateConfig(raw);
  if (result.ok) return result;
  const lineCounter = text.split('\n');
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ ...issue, ...lineOf(document, issue.path, lineCounter) })),
  };
}

function toConfigIssue(issue: z.core.$ZodIssue): ConfigIssue {
  const path = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => (path === '(root)' ? key : `${path}.${key}`));
    return {
      path: keys.join(', '),
      message: `unknown key${keys.length > 1 ? 's' : ''}: check the spelling against docs/configuration.md`,
    };
  }
  return { path, message: issue.message };
}

function lineOf(
  document: ReturnType<typeof parseDocument>,
  path: string,
  lines: string[],
): { line?: number } {
  const segments = path.split(', ')[0]!.split('.');
  const node = document.getIn(segments, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  if (offset === undefined) return {};
  let line = 1;
  let seen = 0;
  for (const text of lines) {
    seen += text.length + 1;
    if (seen > offset) break;
    line++;
  }
  return { line };
}

/** All issues as a readable table, one per line: `path (line N): message`. */
export function formatConfigIssues(source: string, issues: readonly ConfigIssue[]): string {
  const rows = issues.map(
    (issue) => `  ${issue.path}${issue.line ? ` (line ${issue.line})` : ''}: ${issue.message}`,
  );
  return `${source} is not a valid Warden config (${issues.length} problem${issues.length > 1 ? 's' : ''}):\n${rows.join('\n')}`;
}
