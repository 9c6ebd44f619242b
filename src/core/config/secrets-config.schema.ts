import { z } from 'zod';

/** Severity names, most severe first, as config values. */
export const severitySchema = z.enum(['critical', 'high', 'medium', 'low']);

/** `secrets:` in `.github/warden.yml`: how the secret scan runs and when it fails. */
export const secretsConfigSchema = z
  .strictObject({
    /** Scan pull requests, pushes and folders for committed credentials. */
    enabled: z
      .boolean()
      .default(true)
      .describe('Scan pull requests, pushes and folders for committed credentials.'),
    /** The lowest severity that fails the check run, the Action step or the CLI (`never` to only report). */
    fail_on: z
      .union([severitySchema, z.literal('never')])
      .default('medium')
      .describe('The lowest severity that fails the check (critical, high, medium, low, or never).'),
    /** The lowest confidence worth reporting: `generic` reports everything. */
    min_confidence: z
      .enum(['generic', 'pattern', 'structure'])
      .default('generic')
      .describe(
        'The lowest confidence reported: generic (everything), pattern, or structure (checksum/parse verified).',
      ),
    /** Globs (gitignore-style, relative to the repository root) of paths never scanned. */
    ignore_paths: z
      .array(z.string().min(1))
      .default([])
      .describe('Glob patterns of paths never scanned, relative to the repository root.'),
    /** Rule ids to switch off (see docs/rules.md). */
    disable_rules: z
      .array(z.string().min(1))
      .default([])
      .describe('Rule ids to switch off (see docs/rules.md).'),
    /** Files larger than this many KiB are skipped, and the skip is reported. */
    max_file_size_kb: z
      .number()
      .int()
      .positive()
      .max(1024 * 1024)
      .default(10 * 1024)
      .describe('Files larger than this many KiB are skipped, and the skip is reported.'),
    /**
     * When the App opens a private draft security advisory for a leaked credential: never, when
     * it reaches the default or a protected branch, or on any branch push.
     */
    advisories: z
      .enum(['never', 'protected-branches', 'any-branch'])
      .default('protected-branches')
      .describe(
        'When a leak opens a private draft security advisory: never, protected-branches, or any-branch.',
      ),
  })
  .describe('The secret scan.');

export type SecretsConfig = z.infer<typeof secretsConfigSchema>;
