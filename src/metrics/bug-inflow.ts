/** Bug inflow: bug issues opened per week of the window. */
import type { ReleaseData } from '../collect/types.ts';
import { confidenceForWeeks, EVIDENCE_CAP, measured, notMeasured, windowWeeks } from './shared.ts';
import { round } from './stats.ts';
import type { Metric } from './types.ts';

export function bugInflow(data: ReleaseData): Metric {
  const key = 'bugInflow';
  const method = 'Issues with a bug label opened in the observation window, per week of the window.';
  if (data.bugs.status !== 'ok') return notMeasured(key, `Bugs are unavailable: ${data.bugs.reason}`, method);
  const weeks = windowWeeks(data);
  const bugs = data.bugs.data;
  const perWeek = bugs.length / weeks;
  return measured(key, {
    value: round(perWeek, 2),
    unit: 'per-week',
    display: `${round(perWeek)} / week`,
    details: {
      bugs: bugs.length,
      linked: bugs.filter((b) => b.linkedBy.length > 0).length,
      open: bugs.filter((b) => b.state === 'open').length,
      windowDays: round(weeks * 7, 2),
    },
    band: null,
    evidence: bugs.slice(0, EVIDENCE_CAP).map((b) => ({ label: `#${b.number} ${b.title}`, url: b.url })),
    method,
    confidence: confidenceForWeeks(weeks),
  });
}
