import { z } from 'zod';
import { wardenConfigSchema } from '../core/config/warden-config.schema.js';

/** schema/warden.schema.json: the config's JSON Schema, for editors (yaml-language-server). */
export function renderConfigSchema(): string {
  const schema = z.toJSONSchema(wardenConfigSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify({ ...schema, $id: 'https://warden.dev/schema/warden.schema.json', title: 'Warden configuration' }, null, 2)}\n`;
}
