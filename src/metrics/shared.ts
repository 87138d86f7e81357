/**
 * What every metric module shares: the shape of a measured or unmeasured figure, its display name, and the
 * time and deployment helpers the formulas use.
 */
import type { DeploymentFact, ReleaseData } from '../collect/types.ts';
import type { Band, BandSample, Metric, MetricKey, MetricWindow } from './types.ts';

export const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
export const EVIDENCE_CAP = 10;
export const t = (iso: string) => Date.parse(iso);

export const METRIC_NAMES: Record<MetricKey, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTime: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  timeToRestore: 'Time to restore',
  ciSuccessRate: 'CI success rate',
  ciFlakyRate: 'CI flaky rate',
  bugInflow: 'Bug inflow',
};

export type Measured = Extract<Metric, { measured: true }>;
export type Draft = Omit<Measured, 'key' | 'name' | 'measured' | 'trend'>;

export function notMeasured(key: MetricKey, reason: string, method: string): Metric {
  return { key, name: METRIC_NAMES[key], measured: false, reason, method };
}

export function measured(key: MetricKey, draft: Draft): Metric {
  return { key, name: METRIC_NAMES[key], measured: true, ...draft, trend: null };
}

/** A successful production deployment's first success time. */
export function firstSuccess(d: DeploymentFact): number | null {
  const s = d.statuses.find((x) => x.state === 'success');
  return s ? t(s.createdAt) : null;
}

/** What identifies a deployment's environment: GitHub compares environment names case-insensitively. */
export const environmentKey = (d: DeploymentFact) => d.environment.toLowerCase();

export const isFailedState = (state: string) => state === 'failure' || state === 'error';

/** A window's length in weeks (at least an hour, so a rate never divides by zero). */
export function weeksOf(window: { from: string; to: string }): number {
  return Math.max(t(window.to) - t(window.from), HOUR) / WEEK;
}

/** The observation period: the train's first publish to its maturity (bounded), the next release or now. */
export function observationPeriod(data: ReleaseData): MetricWindow {
  return { name: 'observation period', ...data.window };
}

/** The trailing period DORA frequency is rated over (`metrics.band-period-days`, ending with the observation). */
export function bandPeriod(data: ReleaseData): MetricWindow {
  return { name: 'band period', ...data.bandPeriod };
}

/**
 * The release cycle: the previous release's publish (or, for a first release, its own creation) to the
 * train's last publish. The train's changes were made in it; the figures over them do not change with
 * the time a retrospective opens.
 */
export function releaseCycle(data: ReleaseData): MetricWindow {
  const { train } = data;
  return {
    name: 'release cycle',
    from: train.previous?.publishedAt ?? train.release.createdAt,
    to: train.last.publishedAt,
  };
}

/**
 * The least samples a DORA band is read from: below these a band says more about chance than about the team
 * (docs/metrics.md "Minimum samples").
 */
export const MIN_BAND_SAMPLES = { leadTime: 5, changeFailureRate: 5, timeToRestore: 3 } as const;

/** A band only from enough samples: otherwise null, and the sample says how far short it is. */
export function bandFrom(
  rate: (value: number) => Band,
  value: number,
  sample: BandSample,
): { band: Band | null; bandSample: BandSample } {
  return { band: sample.count >= sample.needed ? rate(value) : null, bandSample: sample };
}

export function confidenceForWeeks(weeks: number): Measured['confidence'] {
  return weeks < 1 ? 'low' : weeks < 4 ? 'medium' : 'high';
}

export function deploymentLabel(d: DeploymentFact): string {
  return `deployment ${d.id} of ${d.sha.slice(0, 7)}${d.ref ? ` (${d.ref})` : ''} to ${d.environment}`;
}
