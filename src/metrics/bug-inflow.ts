/** Bug inflow: bug issues opened in the observation period, per week of it. */
import type { ReleaseData } from '../collect/types.ts';
import { formatDuration, formatRate } from '../domain/units.ts';
import {
  confidenceForWeeks,
  EVIDENCE_CAP,
  measured,
  notMeasured,
  observationPeriod,
  t,
  weeksOf,
} from './shared.ts';
import { round } from './stats.ts';
import type { Metric } from './types.ts';

export function bugInflow(data: ReleaseData): Metric {
  const key = 'bugInflow';
  const method = 'Issues with a bug label opened in the observation period, per week of the period.';
  if (data.bugs.status !== 'ok') return notMeasured(key, `Bugs are unavailable: ${data.bugs.reason}`, method);
  const window = observationPeriod(data);
  const weeks = weeksOf(window);
  const bugs = data.bugs.data.filter((b) => b.createdAt >= window.from && b.createdAt <= window.to);
  const perWeek = bugs.length / weeks;
  const length = formatDuration(t(window.to) - t(window.from));
  return measured(key, {
    value: round(perWeek, 2),
    unit: 'per-week',
    display: `${bugs.length} in ${length} (${formatRate(perWeek)})`,
    window,
    details: {
      bugs: bugs.length,
      linked: bugs.filter((b) => b.linkedBy.length > 0).length,
      open: bugs.filter((b) => b.state === 'open').length,
      windowDays: round(weeks * 7, 2),
    },
    band: null,
    bandSample: null,
    evidence: bugs.slice(0, EVIDENCE_CAP).map((b) => ({ label: `#${b.number} ${b.title}`, url: b.url })),
    method,
    confidence: confidenceForWeeks(weeks),
  });
}
