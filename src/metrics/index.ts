/** ReleaseData -> Metrics (pure). */

export { changeFailureRateBand, deploymentFrequencyBand, leadTimeBand, timeToRestoreBand } from './bands.ts';
export type { HistoryEntry } from './compute.ts';
export { computeMetrics, SNAPSHOT_KEYS, snapshotOf, snapshotValue, trendOf } from './compute.ts';
export type { DeploymentSummary, EnvironmentSummary, TagDeployment } from './deployments.ts';
export { deploymentSummary } from './deployments.ts';
export type { LeadTimeSample } from './lead-time.ts';
export { leadTimeSamples } from './lead-time.ts';
export { METRIC_NAMES } from './shared.ts';
export { CANONICAL_UNITS } from './types.ts';
