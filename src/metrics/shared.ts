/**
 * What every metric module shares: the shape of a measured or unmeasured figure, its display name, and the
 * time and deployment helpers the formulas use.
 */
import type { DeploymentFact, ReleaseData } from '../collect/types.ts';
import type { Metric, MetricKey } from './types.ts';

export const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
export const EVIDENCE_CAP = 10;
export const t = (iso: string) => Date.parse(iso);

const NAMES: Record<MetricKey, string> = {
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
  return { key, name: NAMES[key], measured: false, reason, method };
}

export function measured(key: MetricKey, draft: Draft): Metric {
  return { key, name: NAMES[key], measured: true, ...draft, trend: null };
}

/** A successful production deployment's first success time. */
export function firstSuccess(d: DeploymentFact): number | null {
  const s = d.statuses.find((x) => x.state === 'success');
  return s ? t(s.createdAt) : null;
}

export const sameEnvironment = (a: DeploymentFact, b: DeploymentFact) =>
  a.environment.toLowerCase() === b.environment.toLowerCase();

export const isFailedState = (state: string) => state === 'failure' || state === 'error';

export function windowWeeks(data: ReleaseData): number {
  return Math.max(t(data.window.to) - t(data.window.from), HOUR) / WEEK;
}

export function confidenceForWeeks(weeks: number): Measured['confidence'] {
  return weeks < 1 ? 'low' : weeks < 4 ? 'medium' : 'high';
}

export function deploymentLabel(d: DeploymentFact): string {
  return `deployment ${d.id} of ${d.sha.slice(0, 7)}${d.ref ? ` (${d.ref})` : ''} to ${d.environment}`;
}
