/** Deployment frequency: successful production deployments per week (or day) of the window. */
import type { ReleaseData } from '../collect/types.ts';
import { deploymentFrequencyBand } from './bands.ts';
import {
  confidenceForWeeks,
  deploymentLabel,
  EVIDENCE_CAP,
  firstSuccess,
  measured,
  notMeasured,
  t,
  windowWeeks,
} from './shared.ts';
import { round } from './stats.ts';
import type { Metric } from './types.ts';

export function deploymentFrequency(data: ReleaseData): Metric {
  const key = 'deploymentFrequency';
  const method =
    'Successful production deployments (first success status inside the observation window), per week of the window; per day when more than 7 a week.';
  if (data.deployments.status !== 'ok')
    return notMeasured(key, `Deployments are unavailable: ${data.deployments.reason}`, method);
  const production = data.deployments.data.filter((d) => d.isProduction);
  if (production.length === 0) {
    const seen = [...new Set(data.deployments.data.map((d) => d.environment))];
    return notMeasured(
      key,
      `No deployment went to a production environment (production-environments in the config)${seen.length > 0 ? `; environments seen: ${seen.join(', ')}` : ''}.`,
      method,
    );
  }
  const from = t(data.window.from);
  const to = t(data.window.to);
  const successes = production.filter((d) => {
    const at = firstSuccess(d);
    return at !== null && at >= from && at <= to;
  });
  const weeks = windowWeeks(data);
  const perWeek = successes.length / weeks;
  const perDay = perWeek / 7;
  const daily = perWeek > 7;
  return measured(key, {
    value: round(daily ? perDay : perWeek, 2),
    unit: daily ? 'per-day' : 'per-week',
    display: daily ? `${round(perDay)} / day` : `${round(perWeek)} / week`,
    details: { deployments: successes.length, windowDays: round(weeks * 7, 2), perWeek: round(perWeek, 2) },
    band: deploymentFrequencyBand(perWeek),
    evidence: successes.slice(0, EVIDENCE_CAP).map((d) => ({ label: deploymentLabel(d), url: d.url })),
    method,
    confidence: confidenceForWeeks(weeks),
  });
}
