// The public surface of the SLA core; the files hold the logic.
export { addBusinessTime } from './add-business-time.js';
export { addTarget } from './add-target.js';
export { checkSlaConfig } from './check-sla-config.js';
export { type ConfigIssue, formatIssuePath } from './config-issue.js';
export { evaluate } from './evaluate.js';
export { formatUtc } from './format-utc.js';
export {
  type AdvisoryInput,
  type OfflineAdvisory,
  offlineAdvisoriesSchema,
  offlineAdvisorySchema,
  parseOfflineAdvisories,
} from './parse-offline-advisories.js';
export { SLA_PRESETS } from './presets/index.js';
export type { SlaPreset } from './presets/sla-preset.js';
export { renderSlaText } from './render-sla-text.js';
export { resolveSlaPolicy, type SlaPolicySources } from './resolve-sla-policy.js';
export {
  type SlaConfig,
  type SlaConfigInput,
  type SlaTargetConfig,
  slaConfigSchema,
  slaTargetSchema,
  weekdaySchema,
} from './sla-config.schema.js';
export { DEFAULT_DUE_SOON_FRACTION, DEFAULT_SLA_TARGETS } from './sla-defaults.js';
export type { LayerTarget, SlaTargetLayer } from './sla-target-layer.js';
export type * from './sla-types.js';
export { toBusinessCalendar } from './to-business-calendar.js';
export type {
  SlaReport,
  SlaReportAdvisory,
  SlaReportStage,
  SlaReportSummary,
  SlaReportTarget,
} from './to-sla-report.js';
export { toSlaReport } from './to-sla-report.js';
