/** Time to restore: incidents created to closed, and failed production deployments to recovery. */
import type { Evidence, ReleaseData } from '../collect/types.ts';
import { timeToRestoreBand } from './bands.ts';
import { recoveryAfter } from './deployment-index.ts';
import {
  bandFrom,
  deploymentLabel,
  EVIDENCE_CAP,
  HOUR,
  isFailedState,
  MIN_BAND_SAMPLES,
  measured,
  notMeasured,
  observationPeriod,
  t,
} from './shared.ts';
import { formatHours, median, percentile, round } from './stats.ts';
import type { Metric } from './types.ts';

export function timeToRestore(data: ReleaseData): Metric {
  const key = 'timeToRestore';
  const method =
    'Median of: each incident opened in the observation period, created to closed; and each failed production deployment status in the observation period, failure to the next successful production deployment to that environment.';
  if (data.incidents.status !== 'ok' && data.deployments.status !== 'ok') {
    return notMeasured(
      key,
      `Incidents and deployments are unavailable: ${data.incidents.reason}; ${data.deployments.reason}`,
      method,
    );
  }
  const samples: { hours: number; evidence: Evidence }[] = [];
  const incidents = data.incidents.status === 'ok' ? data.incidents.data : [];
  for (const i of incidents) {
    if (i.closedAt)
      samples.push({
        hours: (t(i.closedAt) - t(i.createdAt)) / HOUR,
        evidence: { label: `#${i.number} ${i.title}`, url: i.url },
      });
  }
  const stillOpen = incidents.filter((i) => !i.closedAt).length;
  let failedDeployments = 0;
  if (data.deployments.status === 'ok') {
    const from = t(data.window.from);
    const to = t(data.window.to);
    const production = data.deployments.data.filter((d) => d.isProduction);
    const recovery = recoveryAfter(production);
    for (const d of production) {
      const failure = d.statuses.find(
        (s) => isFailedState(s.state) && t(s.createdAt) >= from && t(s.createdAt) <= to,
      );
      if (!failure) continue;
      failedDeployments += 1;
      const at = t(failure.createdAt);
      const recovered = recovery(d, at);
      if (recovered !== undefined)
        samples.push({
          hours: (recovered - at) / HOUR,
          evidence: { label: `${deploymentLabel(d)} failed`, url: d.url },
        });
    }
  }
  if (samples.length === 0) {
    const open = stillOpen > 0 ? ` ${stillOpen} incident${stillOpen > 1 ? 's are' : ' is'} still open.` : '';
    return notMeasured(
      key,
      `Nothing was restored in the window: no closed incident and no recovered failed production deployment.${open}`,
      method,
    );
  }
  const hours = samples.map((s) => s.hours);
  const value = median(hours);
  return measured(key, {
    value: round(value, 2),
    unit: 'hours',
    display: formatHours(value),
    details: {
      samples: samples.length,
      incidents: incidents.length,
      failedDeployments,
      stillOpen,
      p90Hours: round(percentile(hours, 90), 2),
    },
    window: observationPeriod(data),
    ...bandFrom(timeToRestoreBand, value, {
      count: samples.length,
      needed: MIN_BAND_SAMPLES.timeToRestore,
      of: 'restorations',
    }),
    evidence: [...samples]
      .sort((a, b) => b.hours - a.hours)
      .slice(0, EVIDENCE_CAP)
      .map((s) => ({ ...s.evidence, label: `${s.evidence.label}: ${formatHours(s.hours)}` })),
    method,
    confidence: samples.length >= 5 ? 'high' : samples.length >= 2 ? 'medium' : 'low',
  });
}
