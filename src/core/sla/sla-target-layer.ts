import type { AdvisorySeverity, DurationUnit, StageAnchor } from '../security-md/response-promise.js';

/** A target as a layer states it, before its source is recorded. */
export interface LayerTarget {
  amount: number;
  unit: DurationUnit;
  from: StageAnchor;
}

/**
 * Targets from one source (SECURITY.md, config, a preset, the defaults). `undefined` means this
 * layer says nothing, so the next one decides; `null` means the layer turns the stage off.
 */
export interface SlaTargetLayer {
  acknowledge?: LayerTarget | null;
  triage?: LayerTarget | null;
  fix?: Partial<Record<AdvisorySeverity | 'default', LayerTarget | null>>;
  disclose?: LayerTarget | null;
}
