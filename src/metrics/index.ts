/** ReleaseData -> Metrics (pure). */

export { changeFailureRateBand, deploymentFrequencyBand, leadTimeBand, timeToRestoreBand } from './bands.ts';
export type { HistoryEntry } from './compute.ts';
export { computeMetrics, snapshotOf, trendOf } from './compute.ts';
export type { DeploymentSummary, EnvironmentSummary, TagDeployment } from './deployments.ts';
export { deploymentSummary } from './deployments.ts';
