import { certPreset } from './cert.preset.js';
import { hackeronePreset } from './hackerone.preset.js';
import type { SlaPreset } from './sla-preset.js';

/** Every preset by id, in alphabetical order. */
export const SLA_PRESETS: Readonly<Record<'cert' | 'hackerone', SlaPreset>> = {
  cert: certPreset,
  hackerone: hackeronePreset,
};
