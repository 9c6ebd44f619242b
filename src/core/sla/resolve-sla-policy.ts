import {
  ADVISORY_SEVERITIES,
  type AdvisorySeverity,
  isEarlierAnchor,
  type ResponsePromise,
  type ResponseStage,
} from '../security-md/response-promise.js';
import { selectTargets } from '../security-md/select-targets.js';
import { SLA_PRESETS } from './presets/index.js';
import type { SlaConfig } from './sla-config.schema.js';
import { DEFAULT_DUE_SOON_FRACTION, DEFAULT_SLA_TARGETS } from './sla-defaults.js';
import type { LayerTarget, SlaTargetLayer } from './sla-target-layer.js';
import type { SlaPolicy, SlaTarget, TargetSource } from './sla-types.js';

/** What the policy is built from; both optional. */
export interface SlaPolicySources {
  /** The promises parsed from the repository's SECURITY.md. */
  promises?: readonly ResponsePromise[];
  /** The validated `sla` config section. */
  config?: SlaConfig;
}

interface SourcedLayer {
  source: TargetSource;
  targets: SlaTargetLayer;
}

/**
 * The targets Warden holds a repository to, stage by stage: SECURITY.md first, then config,
 * then the configured preset, then the defaults. For a fix target of severity S, each layer is
 * asked for S and then for its `default` before the next layer is asked, so "we fix every
 * vulnerability within 30 days" in SECURITY.md beats a configured critical target: the
 * repository's own promise comes first. A target counting from a stage that is not earlier
 * (a config mistake) counts from the report instead.
 */
export function resolveSlaPolicy(sources: SlaPolicySources = {}): SlaPolicy {
  const layers: SourcedLayer[] = [];
  if (sources.promises) layers.push({ source: 'security-md', targets: fromPromises(sources.promises) });
  if (sources.config) {
    layers.push({ source: 'config', targets: fromConfig(sources.config) });
    if (sources.config.preset) {
      const preset = SLA_PRESETS[sources.config.preset];
      layers.push({ source: `preset:${preset.id}`, targets: preset.targets });
    }
  }
  layers.push({ source: 'default', targets: DEFAULT_SLA_TARGETS });

  const fix = {} as SlaPolicy['fix'];
  for (const severity of [...ADVISORY_SEVERITIES, 'default' as const])
    fix[severity] = resolveFix(layers, severity);
  return {
    acknowledge: resolveStage(layers, 'acknowledge'),
    triage: resolveStage(layers, 'triage'),
    fix,
    disclose: resolveStage(layers, 'disclose'),
    dueSoonFraction: sources.config?.due_soon_fraction ?? DEFAULT_DUE_SOON_FRACTION,
  };
}

function resolveStage(
  layers: readonly SourcedLayer[],
  stage: 'acknowledge' | 'triage' | 'disclose',
): SlaTarget | null {
  for (const layer of layers) {
    const target = layer.targets[stage];
    if (target !== undefined) return withSource(target, layer.source, stage);
  }
  return null;
}

function resolveFix(
  layers: readonly SourcedLayer[],
  severity: AdvisorySeverity | 'default',
): SlaTarget | null {
  for (const layer of layers) {
    const own = layer.targets.fix?.[severity];
    if (own !== undefined) return withSource(own, layer.source, 'fix');
    const fallback = layer.targets.fix?.default;
    if (fallback !== undefined) return withSource(fallback, layer.source, 'fix');
  }
  return null;
}

function withSource(
  target: LayerTarget | null,
  source: TargetSource,
  stage: ResponseStage,
): SlaTarget | null {
  if (target === null) return null;
  const from = isEarlierAnchor(target.from, stage) ? target.from : 'report';
  return { amount: target.amount, unit: target.unit, from, source };
}

function fromPromises(promises: readonly ResponsePromise[]): SlaTargetLayer {
  const selected = selectTargets(promises);
  const toLayer = (promise: ResponsePromise | null): LayerTarget | undefined =>
    promise ? { amount: promise.amount, unit: promise.unit, from: promise.from } : undefined;
  const fix: SlaTargetLayer['fix'] = {};
  for (const severity of [...ADVISORY_SEVERITIES, 'default' as const]) {
    const target = toLayer(selected.fix[severity]);
    if (target) fix[severity] = target;
  }
  return {
    acknowledge: toLayer(selected.acknowledge),
    triage: toLayer(selected.triage),
    fix,
    disclose: toLayer(selected.disclose),
  };
}

function fromConfig(config: SlaConfig): SlaTargetLayer {
  const toLayer = (target: SlaConfig['targets']['acknowledge']): LayerTarget | null | undefined =>
    target === undefined || target === null
      ? target
      : { amount: target.value, unit: target.unit, from: target.from };
  const fix: SlaTargetLayer['fix'] = {};
  for (const severity of [...ADVISORY_SEVERITIES, 'default' as const]) {
    const target = toLayer(config.targets.fix[severity]);
    if (target !== undefined) fix[severity] = target;
  }
  return {
    acknowledge: toLayer(config.targets.acknowledge),
    triage: toLayer(config.targets.triage),
    fix,
    disclose: toLayer(config.targets.disclose),
  };
}
