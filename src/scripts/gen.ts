// Regenerates the files derived from code: docs/rules.md and schema/warden.schema.json.
// CI runs it and fails when the committed copies differ (`npm run gen:check`).
import { writeFileSync } from 'node:fs';
import { renderConfigSchema } from './render-config-schema.js';
import { renderRulesDoc } from './render-rules-doc.js';

const root = new URL('../../', import.meta.url);
writeFileSync(new URL('docs/rules.md', root), renderRulesDoc());
writeFileSync(new URL('schema/warden.schema.json', root), renderConfigSchema());
