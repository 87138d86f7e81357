import type { Evidence } from '../collect/types.ts';

/** DORA performance bands, from the published DORA report thresholds. */
export type Band = 'elite' | 'high' | 'medium' | 'low';

export type Unit = 'hours' | 'days' | 'per-day' | 'per-week' | 'percent' | 'count';

/**
 * A number with the evidence behind it. A metric that could not be measured says so and why:
 * never a 0 standing in for a measure.
 */
export type Metric =
  | {
      key: MetricKey;
      name: string;
      measured: true;
      value: number;
      unit: Unit;
      /** Human form, e.g. "3.5 h", "2 / week", "25 %". */
      display: string;
      /** Extra figures (p90, sample size…) keyed by name. */
      details: Record<string, number>;
      band: Band | null;
      evidence: Evidence[];
      /** How it was measured, in one or two sentences. */
      method: string;
      confidence: 'high' | 'medium' | 'low';
      trend: Trend | null;
    }
  | { key: MetricKey; name: string; measured: false; reason: string; method: string };

export interface Trend {
  previousTag: string;
  previousValue: number;
  direction: 'up' | 'down' | 'flat';
  /** Whether the movement is an improvement for this metric (lower lead time is better, higher CI success is better). */
  improved: boolean | null;
}

export type MetricKey =
  | 'deploymentFrequency'
  | 'leadTime'
  | 'changeFailureRate'
  | 'timeToRestore'
  | 'ciSuccessRate'
  | 'ciFlakyRate'
  | 'bugInflow';

export type Metrics = Record<MetricKey, Metric>;

/** The numbers a retrospective stores in its state so later retrospectives can show trends. */
export type MetricsSnapshot = Partial<Record<MetricKey, number>>;
