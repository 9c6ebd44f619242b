import type { SlaTargetLayer } from '../sla-target-layer.js';

/** A published set of response targets that config can start from (`sla.preset`). */
export interface SlaPreset {
  /** The `sla.preset` value that selects it. */
  id: string;
  targets: SlaTargetLayer;
}
