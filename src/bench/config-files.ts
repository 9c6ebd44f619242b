import type { LinesGenerator } from './code-files.js';
import { fillLines } from './fill-lines.js';
import type { Random } from './prng.js';
import {
  camel,
  hex,
  hostname,
  kebab,
  NOUNS,
  packageName,
  screaming,
  semver,
  sentence,
  snake,
  timestamp,
  uuid,
} from './vocabulary.js';

function yamlDocument(rng: Random, out: string[]): void {
  const name = kebab(rng, 2);
  switch (rng.int(4)) {
    case 0:
      out.push(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${name}`,
        '  labels:',
        `    app.kubernetes.io/name: ${name}`,
        'spec:',
        `  replicas: ${rng.range(1, 6)}`,
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: ${name}`,
        `          image: ghcr.io/acme/${name}@sha256:${hex(rng, 64)}`,
        '          env:',
      );
      for (let i = rng.range(2, 8); i > 0; i--) {
        const env = screaming(rng);
        if (rng.chance(0.4)) {
          out.push(
            `            - name: ${env}`,
            '              valueFrom:',
            '                secretKeyRef:',
            `                  name: ${name}-secrets`,
            `                  key: ${kebab(rng)}`,
          );
        } else {
          out.push(`            - name: ${env}`, `              value: "${kebab(rng)}"`);
        }
      }
      break;
    case 1:
      out.push(`name: ${kebab(rng)}`, 'on:', '  push:', '    branches: [main]', 'jobs:', `  ${kebab(rng)}:`);
      out.push('    runs-on: ubuntu-latest', '    steps:');
      out.push(`      - uses: actions/checkout@${hex(rng, 40)}`);
      for (let i = rng.range(2, 6); i > 0; i--) {
        out.push(`      - name: ${sentence(rng, rng.range(2, 5))}`, `        run: npm run ${kebab(rng, 1)}`);
        if (rng.chance(0.4))
          out.push('        env:', `          ${screaming(rng)}: \${{ secrets.${screaming(rng)}_TOKEN }}`);
      }
      break;
    case 2:
      out.push('services:', `  ${name}:`, `    image: ${kebab(rng, 1)}:${semver(rng)}`, '    ports:');
      out.push(`      - "${rng.range(3000, 9000)}:${rng.range(3000, 9000)}"`, '    environment:');
      for (let i = rng.range(2, 7); i > 0; i--)
        out.push(
          `      ${screaming(rng)}: ${rng.pick(['${DB_PASSWORD}', kebab(rng), String(rng.range(1, 9999))])}`,
        );
      break;
    default:
      out.push(`${camel(rng, 1)}:`);
      for (let i = rng.range(3, 12); i > 0; i--) {
        out.push(
          `  ${camel(rng)}: ${rng.pick([kebab(rng), 'true', 'false', String(rng.range(0, 9999)), `"${hostname(rng)}"`])}`,
        );
      }
  }
  out.push('---');
}

export const yamlLines: LinesGenerator = (rng, target) => fillLines(target, (out) => yamlDocument(rng, out));

function jsonRecord(rng: Random): Record<string, unknown> {
  return {
    id: rng.range(1, 99_999_999),
    node_id: Buffer.from(`${rng.pick(NOUNS)}:${rng.range(1, 99_999)}`).toString('base64'),
    name: kebab(rng, 2),
    full_name: `acme/${kebab(rng, 2)}`,
    sha: hex(rng, 40),
    url: `https://${hostname(rng)}/${rng.pick(NOUNS)}s/${rng.range(1, 9999)}`,
    created_at: timestamp(rng),
    request_id: uuid(rng),
    token_type: rng.pick(['bearer', 'basic', 'installation']),
    [snake(rng)]: rng.chance(0.5) ? sentence(rng, rng.range(3, 8)) : rng.range(0, 100_000),
    private: rng.chance(0.3),
  };
}

export const jsonLines: LinesGenerator = (rng, target) => {
  if (rng.chance(0.3)) {
    const manifest = {
      name: packageName(rng),
      version: semver(rng),
      description: sentence(rng),
      type: 'module',
      scripts: Object.fromEntries(Array.from({ length: 6 }, () => [kebab(rng, 1), `node ${kebab(rng)}.js`])),
      dependencies: {} as Record<string, string>,
    };
    let size = 0;
    while (size < target) {
      const name = packageName(rng);
      manifest.dependencies[name] = `^${semver(rng)}`;
      size += name.length + 18;
    }
    return JSON.stringify(manifest, null, 2).split('\n');
  }
  const records: Record<string, unknown>[] = [];
  let size = 0;
  while (size < target) {
    const record = jsonRecord(rng);
    records.push(record);
    size += 420;
  }
  return JSON.stringify(records, null, 2).split('\n');
};

function markdownSection(rng: Random, out: string[]): void {
  out.push(`## ${sentence(rng, rng.range(2, 5)).slice(0, -1)}`, '');
  for (let p = rng.range(1, 3); p > 0; p--) {
    const sentences = Array.from({ length: rng.range(2, 5) }, () => sentence(rng));
    out.push(sentences.join(' '), '');
  }
  switch (rng.int(4)) {
    case 0:
      out.push('```bash', `npm install ${packageName(rng)}`, `export ${screaming(rng)}=${kebab(rng)}`);
      out.push(
        `curl -H "Authorization: Bearer $${screaming(rng)}_TOKEN" https://${hostname(rng)}/api`,
        '```',
        '',
      );
      break;
    case 1:
      out.push('| Name | Default | Description |', '| --- | --- | --- |');
      for (let i = rng.range(2, 8); i > 0; i--)
        out.push(
          `| \`${camel(rng)}\` | \`${rng.pick(['true', 'false', '""', String(rng.range(1, 999))])}\` | ${sentence(rng)} |`,
        );
      out.push('');
      break;
    case 2:
      for (let i = rng.range(2, 6); i > 0; i--)
        out.push(`- ${sentence(rng)} See [${kebab(rng)}](https://${hostname(rng)}/${kebab(rng)}).`);
      out.push('');
      break;
    default:
      out.push(
        '```yaml',
        `${snake(rng)}:`,
        `  ${snake(rng)}: ${kebab(rng)}`,
        `  token: \${{ secrets.GITHUB_TOKEN }}`,
        '```',
        '',
      );
  }
}

export const markdownLines: LinesGenerator = (rng, target) =>
  fillLines(target, (out) => markdownSection(rng, out), [`# ${kebab(rng, 2)}`, '', sentence(rng), '']);

export const envLines: LinesGenerator = (rng, target) =>
  fillLines(
    target,
    (out) => {
      const name = screaming(rng);
      switch (rng.int(8)) {
        case 0:
          out.push(`# ${sentence(rng, rng.range(3, 8))}`);
          break;
        case 1:
          out.push(`${name}=`);
          break;
        case 2:
          out.push(`${name}_URL=https://${hostname(rng)}:${rng.range(1000, 9999)}`);
          break;
        case 3:
          out.push(`${name}=\${${screaming(rng)}}`);
          break;
        case 4:
          out.push(`${name}_SECRET=changeme`);
          break;
        default:
          out.push(`${name}=${rng.pick([kebab(rng), String(rng.range(0, 65535)), 'true', 'false'])}`);
      }
    },
    ['# Local development settings. Copy to .env.local and fill in.'],
  );

export const propertiesLines: LinesGenerator = (rng, target) =>
  fillLines(
    target,
    (out) => {
      const key = `${rng.pick(['spring', 'server', 'logging', 'management', 'app', 'kafka'])}.${snake(rng, 1)}.${kebab(rng)}`;
      switch (rng.int(6)) {
        case 0:
          out.push(`# ${sentence(rng, rng.range(3, 8))}`);
          break;
        case 1:
          out.push(`spring.datasource.url=jdbc:postgresql://${hostname(rng)}:5432/${snake(rng, 1)}`);
          break;
        case 2:
          out.push(`${key}=\${${screaming(rng)}:${kebab(rng, 1)}}`);
          break;
        default:
          out.push(`${key}=${rng.pick([kebab(rng), String(rng.range(0, 65535)), 'true', 'DEBUG', 'INFO'])}`);
      }
    },
    [`# ${sentence(rng)}`, `server.port=${rng.range(8000, 8999)}`],
  );
