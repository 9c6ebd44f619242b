import type { SlaPreset } from './sla-preset.js';

/**
 * CERT/CC's vulnerability disclosure policy: vulnerabilities reported to it are published 45
 * days after the initial report, whether or not a fix exists ("we generally target publication
 * of details … 45 days after our initial contact attempt",
 * https://certcc.github.io/CERT-Guide-to-CVD/tutorials/coord_certcc/vendor). CERT/CC sets no
 * acknowledge, triage or fix times, so those stay Warden's defaults.
 */
export const certPreset: SlaPreset = {
  id: 'cert',
  targets: {
    disclose: { amount: 45, unit: 'days', from: 'report' },
  },
};
