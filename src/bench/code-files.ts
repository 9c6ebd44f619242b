import { fillLines } from './fill-lines.js';
import type { Random } from './prng.js';
import {
  camel,
  hex,
  hostname,
  kebab,
  NOUNS,
  packageName,
  pascal,
  screaming,
  sentence,
  snake,
  uuid,
  VERBS,
} from './vocabulary.js';

/** Generates the lines of one source file of about `targetChars` characters. */
export type LinesGenerator = (rng: Random, targetChars: number) => string[];

const TOKEN_VARS = ['token', 'accessToken', 'authToken', 'apiKey', 'sessionToken', 'bearer'];
/**
 * Names that UUID literals are assigned to. A UUID in `password = "…"` may well be a real
 * credential, so unplanted UUIDs never sit under a secret-ish name.
 */
const ID_VARS = [
  'requestId',
  'traceId',
  'correlationId',
  'tenantId',
  'eventId',
  'nodeId',
  'orderId',
  'jobId',
];

function snakeId(rng: Random): string {
  return rng.pick(ID_VARS).replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

function tsStatement(rng: Random, indent: string, typed: boolean): string {
  const v = camel(rng);
  const other = camel(rng);
  switch (rng.int(16)) {
    case 0:
      return `${indent}const ${v} = await ${camel(rng, 1)}.${rng.pick(VERBS)}${pascal(rng, 1)}(${other});`;
    case 1:
      return `${indent}if (!${v}) throw new Error('${sentence(rng, rng.range(4, 9)).replace(/'/g, '')}');`;
    case 2:
      return `${indent}logger.debug({ ${v}, ${other} }, '${sentence(rng, rng.range(3, 7))}');`;
    case 3:
      return `${indent}const ${v} = process.env.${screaming(rng)} ?? '${kebab(rng)}';`;
    case 4:
      return `${indent}headers.authorization = \`Bearer \${${rng.pick(TOKEN_VARS)}}\`;`;
    case 5:
      return `${indent}const ${v} = createHash('sha256').update(${other}).digest('hex');`;
    case 6:
      return `${indent}for (const ${v} of ${other}s) ${camel(rng, 1)}.push(${v}.${camel(rng, 1)});`;
    case 7:
      return `${indent}const ${rng.pick(ID_VARS)} = '${uuid(rng)}';`;
    case 8:
      return `${indent}// ${sentence(rng)}`;
    case 9:
      return `${indent}const ${v} = new URL(\`https://${hostname(rng)}/api/v${rng.range(1, 4)}/${rng.pick(NOUNS)}s/\${${other}}\`);`;
    case 10:
      return `${indent}const { ${v}, ${other} } = ${camel(rng, 1)};`;
    case 11:
      return `${indent}const ${v}${typed ? `: ${rng.pick(['number', 'string', 'boolean'])}` : ''} = ${rng.range(1, 600)} * 60 * 1000;`;
    case 12:
      return `${indent}if (${v}.length > ${rng.range(8, 512)}) return ${v}.slice(0, ${rng.range(4, 64)});`;
    case 13:
      return `${indent}const ${rng.pick(TOKEN_VARS)} = options.${camel(rng, 1)}Token ?? (await ${camel(rng)}());`;
    case 14:
      return `${indent}const etag = 'W/"${hex(rng, 40)}"';`;
    default:
      return `${indent}${v}.set('${kebab(rng)}', ${other});`;
  }
}

function tsBlock(rng: Random, out: string[], typed: boolean): void {
  const kind = rng.int(typed ? 5 : 4);
  if (kind === 0 || kind === 1) {
    const name = camel(rng, rng.range(2, 3));
    const params = Array.from({ length: rng.range(0, 3) }, () =>
      typed ? `${camel(rng, 1)}: ${pascal(rng, 1)}` : camel(rng, 1),
    );
    out.push('/**', ` * ${sentence(rng)}`, ' */');
    out.push(
      `export ${rng.chance(0.5) ? 'async ' : ''}function ${name}(${params.join(', ')})${typed ? `: Promise<${pascal(rng)}>` : ''} {`,
    );
    const statements = rng.range(3, 14);
    for (let i = 0; i < statements; i++) out.push(tsStatement(rng, '  ', typed));
    out.push(`  return ${camel(rng)};`, '}', '');
  } else if (kind === 2) {
    out.push(`export class ${pascal(rng, 2)} {`);
    out.push(`  constructor(private readonly ${camel(rng, 1)}: ${pascal(rng, 1)}) {}`, '');
    const methods = rng.range(1, 4);
    for (let m = 0; m < methods; m++) {
      out.push(`  async ${camel(rng, 2)}(${camel(rng, 1)}${typed ? ': string' : ''}) {`);
      const statements = rng.range(2, 8);
      for (let i = 0; i < statements; i++) out.push(tsStatement(rng, '    ', typed));
      out.push('  }', '');
    }
    out.push('}', '');
  } else if (kind === 3) {
    out.push(`export const ${camel(rng, 2)} = {`);
    const keys = rng.range(3, 10);
    for (let i = 0; i < keys; i++) {
      const value = rng.pick([
        `'${kebab(rng)}'`,
        String(rng.range(0, 10_000)),
        'true',
        `process.env.${screaming(rng)}`,
        `'https://${hostname(rng)}'`,
      ]);
      out.push(`  ${camel(rng)}: ${value},`);
    }
    out.push('};', '');
  } else {
    out.push(`export interface ${pascal(rng, 2)} {`);
    const fields = rng.range(3, 9);
    for (let i = 0; i < fields; i++) {
      out.push(`  /** ${sentence(rng, rng.range(4, 10))} */`);
      out.push(
        `  ${camel(rng)}${rng.chance(0.3) ? '?' : ''}: ${rng.pick(['string', 'number', 'boolean', pascal(rng, 1), 'string[]'])};`,
      );
    }
    out.push('}', '');
  }
}

export const typescriptLines: LinesGenerator = (rng, target) => {
  const head = Array.from(
    { length: rng.range(2, 7) },
    () =>
      `import { ${camel(rng)}, ${camel(rng)} } from '${rng.chance(0.5) ? `./${kebab(rng)}.js` : packageName(rng)}';`,
  );
  return fillLines(target, (out) => tsBlock(rng, out, true), [...head, '']);
};

export const javascriptLines: LinesGenerator = (rng, target) => {
  const head = Array.from(
    { length: rng.range(2, 6) },
    () => `const { ${camel(rng)} } = require('${packageName(rng)}');`,
  );
  return fillLines(target, (out) => tsBlock(rng, out, false), ["'use strict';", '', ...head, '']);
};

function pyStatement(rng: Random, indent: string): string[] {
  const v = snake(rng);
  const other = snake(rng);
  switch (rng.int(12)) {
    case 0:
      return [`${indent}${v} = ${snake(rng, 1)}.${rng.pick(VERBS)}_${snake(rng, 1)}(${other})`];
    case 1:
      return [`${indent}if not ${v}:`, `${indent}    raise ValueError("${sentence(rng, rng.range(4, 9))}")`];
    case 2:
      return [`${indent}logger.debug("${sentence(rng, rng.range(3, 7))} %s", ${v})`];
    case 3:
      return [`${indent}${v} = os.environ.get("${screaming(rng)}", "${kebab(rng)}")`];
    case 4:
      return [`${indent}headers["Authorization"] = f"Bearer {${snake(rng, 1)}_token}"`];
    case 5:
      return [`${indent}${v} = hashlib.sha256(${other}.encode()).hexdigest()`];
    case 6:
      return [
        `${indent}for ${v} in ${other}s:`,
        `${indent}    ${snake(rng, 1)}.append(${v}.${snake(rng, 1)})`,
      ];
    case 7:
      return [`${indent}# ${sentence(rng)}`];
    case 8:
      return [`${indent}${snakeId(rng)} = "${uuid(rng)}"`];
    case 9:
      return [`${indent}${v} = f"https://${hostname(rng)}/api/{${other}}"`];
    case 10:
      return [`${indent}${v} = {"${snake(rng)}": ${other}, "${snake(rng)}": ${rng.range(0, 999)}}`];
    default:
      return [
        `${indent}${v}.${snake(rng, 1)} = ${other} or ${rng.pick(['None', 'True', 'False', '0', '""'])}`,
      ];
  }
}

export const pythonLines: LinesGenerator = (rng, target) => {
  const head = [
    `"""${sentence(rng)}"""`,
    'import hashlib',
    'import logging',
    'import os',
    `from ${snake(rng, 1)}.${snake(rng, 1)} import ${pascal(rng)}, ${snake(rng)}`,
    '',
    'logger = logging.getLogger(__name__)',
    '',
  ];
  return fillLines(
    target,
    (out) => {
      if (rng.chance(0.3)) {
        out.push(
          `class ${pascal(rng, 2)}(${rng.pick(['object', 'BaseModel', 'Exception', pascal(rng, 1)])}):`,
        );
        out.push(`    """${sentence(rng)}"""`, '');
        const fields = rng.range(1, 5);
        for (let i = 0; i < fields; i++)
          out.push(`    ${snake(rng)}: ${rng.pick(['str', 'int', 'bool', 'Optional[str]'])} = None`);
        out.push('', `    def ${snake(rng, 2)}(self, ${snake(rng, 1)}):`);
        const statements = rng.range(2, 8);
        for (let i = 0; i < statements; i++) out.push(...pyStatement(rng, '        '));
        out.push(`        return ${snake(rng)}`, '');
        return;
      }
      out.push(`def ${snake(rng, rng.range(2, 3))}(${snake(rng, 1)}, ${snake(rng, 1)}=None):`);
      out.push(`    """${sentence(rng)}"""`);
      const statements = rng.range(3, 12);
      for (let i = 0; i < statements; i++) out.push(...pyStatement(rng, '    '));
      out.push(`    return ${snake(rng)}`, '', '');
    },
    head,
  );
};

function goStatement(rng: Random): string[] {
  const v = camel(rng);
  switch (rng.int(9)) {
    case 0:
      return [
        `\t${v}, err := s.${camel(rng, 1)}.${pascal(rng, 2)}(ctx, ${camel(rng, 1)})`,
        '\tif err != nil {',
        `\t\treturn nil, fmt.Errorf("${kebab(rng, 2).replace(/-/g, ' ')}: %w", err)`,
        '\t}',
      ];
    case 1:
      return [`\t${v} := os.Getenv("${screaming(rng)}")`];
    case 2:
      return [`\treq.Header.Set("Authorization", "Bearer "+${rng.pick(TOKEN_VARS)})`];
    case 3:
      return [`\tsum := sha256.Sum256([]byte(${v}))`, `\t_ = hex.EncodeToString(sum[:])`];
    case 4:
      return [
        `\tfor _, ${v} := range ${camel(rng)}s {`,
        `\t\t${camel(rng, 1)} = append(${camel(rng, 1)}, ${v}.${pascal(rng, 1)})`,
        '\t}',
      ];
    case 5:
      return [`\t// ${sentence(rng)}`];
    case 6:
      return [`\tlog.Printf("${sentence(rng, rng.range(3, 6))} %v", ${v})`];
    case 7:
      return [`\t${v} := time.Duration(${rng.range(1, 300)}) * time.Second`];
    default:
      return [`\t${rng.pick(ID_VARS)} := "${uuid(rng)}"`];
  }
}

export const goLines: LinesGenerator = (rng, target) => {
  const head = [
    `package ${snake(rng, 1)}`,
    '',
    'import (',
    '\t"context"',
    '\t"crypto/sha256"',
    '\t"encoding/hex"',
    '\t"fmt"',
    '\t"log"',
    '\t"os"',
    '\t"time"',
    ')',
    '',
  ];
  return fillLines(
    target,
    (out) => {
      if (rng.chance(0.35)) {
        const type = pascal(rng, 2);
        out.push(`// ${type} ${sentence(rng)}`, `type ${type} struct {`);
        const fields = rng.range(2, 8);
        for (let i = 0; i < fields; i++) {
          const field = pascal(rng);
          out.push(
            `\t${field} ${rng.pick(['string', 'int', 'bool', '[]string', 'time.Time', '*Client'])} \`json:"${snake(rng)}"\``,
          );
        }
        out.push('}', '');
        return;
      }
      const name = pascal(rng, 2);
      out.push(`// ${name} ${sentence(rng)}`);
      out.push(
        `func (s *${pascal(rng, 1)}) ${name}(ctx context.Context, ${camel(rng, 1)} string) (*${pascal(rng, 1)}, error) {`,
      );
      const statements = rng.range(2, 9);
      for (let i = 0; i < statements; i++) out.push(...goStatement(rng));
      out.push(`\treturn &${pascal(rng, 1)}{${pascal(rng, 1)}: ${camel(rng, 1)}}, nil`, '}', '');
    },
    head,
  );
};

function javaStatement(rng: Random): string[] {
  const v = camel(rng);
  const type = pascal(rng, 1);
  switch (rng.int(9)) {
    case 0:
      return [`        ${type} ${v} = ${camel(rng, 1)}.${camel(rng, 2)}(${camel(rng, 1)});`];
    case 1:
      return [
        `        if (${v} == null) {`,
        `            throw new IllegalStateException("${sentence(rng, rng.range(3, 8))}");`,
        '        }',
      ];
    case 2:
      return [`        LOG.debug("${sentence(rng, rng.range(3, 6))} {}", ${v});`];
    case 3:
      return [`        String ${v} = System.getenv("${screaming(rng)}");`];
    case 4:
      return [`        request.setHeader("Authorization", "Bearer " + ${rng.pick(TOKEN_VARS)});`];
    case 5:
      return [
        `        for (${type} ${v} : ${camel(rng)}s) {`,
        `            ${camel(rng, 1)}.add(${v}.get${pascal(rng, 1)}());`,
        '        }',
      ];
    case 6:
      return [`        // ${sentence(rng)}`];
    case 7:
      return [`        UUID ${rng.pick(ID_VARS)} = UUID.fromString("${uuid(rng)}");`];
    default:
      return [`        ${v}.put("${kebab(rng)}", ${rng.range(0, 9999)});`];
  }
}

export const javaLines: LinesGenerator = (rng, target) => {
  const head = [
    `package com.acme.${snake(rng, 1)}.${snake(rng, 1)};`,
    '',
    'import java.io.IOException;',
    'import java.util.*;',
    'import org.slf4j.Logger;',
    'import org.slf4j.LoggerFactory;',
    '',
    `/** ${sentence(rng)} */`,
    `public class ${pascal(rng, 2)} {`,
    `    private static final Logger LOG = LoggerFactory.getLogger(${pascal(rng, 1)}.class);`,
    `    private static final String ${screaming(rng)} = "${kebab(rng)}";`,
    '',
  ];
  const lines = fillLines(
    target,
    (out) => {
      out.push('    /**', `     * ${sentence(rng)}`, '     */');
      out.push(
        `    public ${pascal(rng, 1)} ${camel(rng, 2)}(${pascal(rng, 1)} ${camel(rng, 1)}) throws IOException {`,
      );
      const statements = rng.range(2, 9);
      for (let i = 0; i < statements; i++) out.push(...javaStatement(rng));
      out.push(`        return ${camel(rng)};`, '    }', '');
    },
    head,
  );
  lines.push('}');
  return lines;
};
