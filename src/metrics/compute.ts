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
import { CANONICAL_UNITS, type MetricKey, type Metrics, type MetricsSnapshot, type Trend } from './types.ts';

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

/** The snapshot key of a metric names its canonical unit, e.g. `leadTimeHours`, `deploymentFrequencyPerWeek`. */
export const SNAPSHOT_KEYS: Record<MetricKey, string> = {
  deploymentFrequency: 'deploymentFrequencyPerWeek',
  leadTime: 'leadTimeHours',
  changeFailureRate: 'changeFailureRatePercent',
  timeToRestore: 'timeToRestoreHours',
  ciSuccessRate: 'ciSuccessRatePercent',
  ciFlakyRate: 'ciFlakyRatePercent',
  bugInflow: 'bugInflowPerWeek',
};

/**
 * Snapshots written before keys carried units stored the bare metric key. Their unit is known for every
 * metric but deployment frequency, which was stored per day or per week depending on its size: those values
 * are never compared.
 */
const LEGACY_KEYS_WITH_KNOWN_UNIT: readonly MetricKey[] = [
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
  'ciSuccessRate',
  'ciFlakyRate',
  'bugInflow',
];

/** A metric's value from a stored snapshot, in its canonical unit, or undefined when it cannot be known. */
export function snapshotValue(snapshot: MetricsSnapshot, key: MetricKey): number | undefined {
  const value = snapshot[SNAPSHOT_KEYS[key]];
  if (typeof value === 'number') return value;
  const legacy = snapshot[key];
  return LEGACY_KEYS_WITH_KNOWN_UNIT.includes(key) && typeof legacy === 'number' ? legacy : undefined;
}

/**
 * The direction of a metric against the most recent retrospective. Both values are in the metric's canonical
 * unit (`CANONICAL_UNITS`), so a figure shown per day is never compared with one shown per week.
 * A relative change under 1 % is flat.
 */
export function trendOf(key: MetricKey, value: number, history: readonly HistoryEntry[]): Trend | null {
  const previous = history.at(-1);
  const before = previous ? snapshotValue(previous.metrics, key) : undefined;
  if (!previous || before === undefined) return null;
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
    if (!metric.measured) continue;
    if (metric.unit !== CANONICAL_UNITS[metric.key])
      throw new Error(`${metric.key} is in ${metric.unit}, not its canonical ${CANONICAL_UNITS[metric.key]}`);
    snapshot[SNAPSHOT_KEYS[metric.key]] = metric.value;
  }
  return snapshot;
}
