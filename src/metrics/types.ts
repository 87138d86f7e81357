import type { Evidence } from '../collect/types.ts';
import type { Unit } from '../domain/units.ts';

export type { Unit } from '../domain/units.ts';

/** DORA performance bands, from the published DORA report thresholds. */
export type Band = 'elite' | 'high' | 'medium' | 'low';

/**
 * A number with the evidence behind it. A metric that could not be measured says so and why:
 * never a 0 standing in for a measure.
 */
export type Metric =
  | {
      key: MetricKey;
      name: string;
      measured: true;
      /** In the metric's one canonical unit (`CANONICAL_UNITS`), so values of two retrospectives compare. */
      value: number;
      unit: Unit;
      /** Human form, always with its unit, e.g. "3.5 h", "2 / week", "25 %". */
      display: string;
      /** The period the value is measured over (docs/metrics.md "Windows"). */
      window: MetricWindow;
      /**
       * For the DORA keys: how many samples the band rests on and how many it needs. Below the minimum the
       * band is null and the table says "not enough data for a band". Null for metrics without a band.
       */
      bandSample: BandSample | null;
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

export type WindowName = 'release cycle' | 'observation period' | 'band period' | 'build window';

export interface MetricWindow {
  name: WindowName;
  /** ISO 8601. */
  from: string;
  to: string;
}

export interface BandSample {
  count: number;
  needed: number;
  /** What is counted, plural: "changes", "deployments", "restorations", "days". */
  of: string;
}

export interface Trend {
  previousTag: string;
  /** In the metric's canonical unit, like `value`. */
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

/** The one unit each metric is computed, stored and compared in. */
export const CANONICAL_UNITS: Record<MetricKey, Unit> = {
  deploymentFrequency: 'per-week',
  leadTime: 'hours',
  changeFailureRate: 'percent',
  timeToRestore: 'hours',
  ciSuccessRate: 'percent',
  ciFlakyRate: 'percent',
  bugInflow: 'per-week',
};

/**
 * The numbers a retrospective stores in its state (and retrospective.md's front matter) so later
 * retrospectives can show trends. Keys name their unit (`leadTimeHours`, `deploymentFrequencyPerWeek`): a
 * stored number is never read without knowing what it counts.
 */
export type MetricsSnapshot = Record<string, number>;
