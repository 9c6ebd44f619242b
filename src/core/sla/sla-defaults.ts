import type { SlaTargetLayer } from './sla-target-layer.js';

/**
 * Warden's targets where neither SECURITY.md nor config sets one: acknowledge in 3 business
 * days, triage in 10 business days, fix critical/high/medium/low in 14/30/60/90 days, disclose in
 * 90 days (the common coordinated-disclosure window). No default fix target for advisories
 * without a severity: their fix clock runs only when SECURITY.md or config sets `default`.
 */
export const DEFAULT_SLA_TARGETS: SlaTargetLayer = {
  acknowledge: { amount: 3, unit: 'business_days', from: 'report' },
  triage: { amount: 10, unit: 'business_days', from: 'report' },
  fix: {
    critical: { amount: 14, unit: 'days', from: 'report' },
    high: { amount: 30, unit: 'days', from: 'report' },
    medium: { amount: 60, unit: 'days', from: 'report' },
    low: { amount: 90, unit: 'days', from: 'report' },
  },
  disclose: { amount: 90, unit: 'days', from: 'report' },
};

/** Fraction of a stage's window left at which it turns `due-soon`. */
export const DEFAULT_DUE_SOON_FRACTION = 0.25;
