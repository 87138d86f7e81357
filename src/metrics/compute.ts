/**
 * ReleaseData -> Metrics. Pure functions; every figure carries its evidence, how it was measured and how sure
 * we are. A metric that cannot be measured says why (`measured: false`): never a 0 standing in.
 * docs/metrics.md states each formula.
 */
import type { ReleaseData } from '../collect/types.ts';
import { bugInflow } from './bug-inflow.ts';
import { changeFailureRate } from './change-failure-rate.ts';
import { ciMetrics } from './ci-health.ts';
import { deploymentFrequency } from './deployment-frequency.ts';
import { leadTime } from './lead-time.ts';
import { timeToRestore } from './time-to-restore.ts';
import type { MetricKey, Metrics, MetricsSnapshot, Trend } from './types.ts';

export { builds } from './ci-health.ts';

export interface HistoryEntry {
  tag: string;
  metrics: MetricsSnapshot;
}

/** Whether a higher value is better (for trends). */
const HIGHER_IS_BETTER: Record<MetricKey, boolean> = {
  deploymentFrequency: true,
  leadTime: false,
  changeFailureRate: false,
  timeToRestore: false,
  ciSuccessRate: true,
  ciFlakyRate: false,
  bugInflow: false,
};

/** Relative change under 1 % is flat. */
export function trendOf(key: MetricKey, value: number, history: readonly HistoryEntry[]): Trend | null {
  const previous = history.at(-1);
  const before = previous?.metrics[key];
  if (!previous || typeof before !== 'number') return null;
  const delta = value - before;
  const flat = Math.abs(delta) <= 0.01 * Math.max(Math.abs(before), Math.abs(value)) || delta === 0;
  const direction = flat ? 'flat' : delta > 0 ? 'up' : 'down';
  return {
    previousTag: previous.tag,
    previousValue: before,
    direction,
    improved: direction === 'flat' ? null : (direction === 'up') === HIGHER_IS_BETTER[key],
  };
}

export function computeMetrics(data: ReleaseData, history: readonly HistoryEntry[] = []): Metrics {
  const ci = ciMetrics(data);
  const metrics: Metrics = {
    deploymentFrequency: deploymentFrequency(data),
    leadTime: leadTime(data),
    changeFailureRate: changeFailureRate(data),
    timeToRestore: timeToRestore(data),
    ciSuccessRate: ci.success,
    ciFlakyRate: ci.flaky,
    bugInflow: bugInflow(data),
  };
  for (const metric of Object.values(metrics)) {
    if (metric.measured) metric.trend = trendOf(metric.key, metric.value, history);
  }
  return metrics;
}

export function snapshotOf(metrics: Metrics): MetricsSnapshot {
  const snapshot: MetricsSnapshot = {};
  for (const metric of Object.values(metrics)) {
    if (metric.measured) snapshot[metric.key] = metric.value;
  }
  return snapshot;
}
