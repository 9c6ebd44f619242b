import { parseArgs } from 'node:util';
import { RULES } from '../../core/secrets/rules/index.js';
import { type Command, EXIT_OK } from '../command.js';

const USAGE = `Usage: warden rules [--format text|json]

Lists every secret rule: id, severity, provider and title.`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List every secret-detection rule',
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT_OK;
    }
    if (values.format === 'json') {
      const rows = RULES.map(({ id, title, provider, severity, keywords, confidence, remediation }) => ({
        id,
        title,
        provider,
        severity,
        keywords,
        confidence: confidence ?? 'pattern',
        remediation,
      }));
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return EXIT_OK;
    }
    const width = Math.max(...RULES.map((rule) => rule.id.length));
    const lines = RULES.map(
      (rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.provider}: ${rule.title}`,
    );
    const providers = new Set(RULES.map((rule) => rule.provider)).size;
    io.stdout(`${lines.join('\n')}\n\n${RULES.length} rules, ${providers} providers.\n`);
    return EXIT_OK;
  },
};
