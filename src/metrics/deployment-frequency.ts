/**
 * Deployment frequency: successful production deployments of new changes per week of the band period (a
 * trailing period, 30 days by default), so the figure and its band do not depend on when the retro opens.
 */
import type { DeploymentFact, ReleaseData } from '../collect/types.ts';
import { formatRate } from '../domain/units.ts';
import { deploymentFrequencyBand } from './bands.ts';
import { succeededBefore } from './deployment-index.ts';
import {
  bandPeriod,
  deploymentLabel,
  EVIDENCE_CAP,
  firstSuccess,
  measured,
  notMeasured,
  t,
  weeksOf,
} from './shared.ts';
import { round } from './stats.ts';
import type { Metric } from './types.ts';

/** A band period shorter than four weeks would rate a team from a few days (config allows 28 and more). */
const MIN_BAND_DAYS = 28;

export function deploymentFrequency(data: ReleaseData): Metric {
  const key = 'deploymentFrequency';
  const window = bandPeriod(data);
  const days = round((t(window.to) - t(window.from)) / 86_400_000, 1);
  const method = `Successful production deployments of new changes (first success inside the ${days}-day band period ending with the observation period), per week. Rollbacks and redeploys of a commit already deployed are not new changes: they are counted apart, and a rollback counts as a failure in the change failure rate.`;
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
  const from = t(window.from);
  const to = t(window.to);
  const inPeriod = production.filter((d) => {
    const at = firstSuccess(d);
    return at !== null && at >= from && at <= to;
  });
  // A change is new to an environment until it first succeeds there: a retry after a failed attempt is the
  // change's deployment, a later deployment of the same commit is a redeploy.
  const redeployed = succeededBefore(production);
  const isNew = (d: DeploymentFact) => {
    const at = firstSuccess(d);
    return !d.isRollback && at !== null && !redeployed(d, at);
  };
  const deployments = inPeriod.filter(isNew);
  const perWeek = deployments.length / weeksOf(window);
  const ofTrain = production.filter((d) => d.releaseTag && isNew(d)).length;
  return measured(key, {
    value: round(perWeek, 2),
    unit: 'per-week',
    display: formatRate(perWeek),
    window,
    details: {
      deployments: deployments.length,
      rollbacks: inPeriod.filter((d) => d.isRollback).length,
      redeploys: inPeriod.filter((d) => !d.isRollback && !isNew(d)).length,
      bandPeriodDays: days,
      releaseDeployments: ofTrain,
    },
    band: days >= MIN_BAND_DAYS ? deploymentFrequencyBand(perWeek) : null,
    bandSample: { count: Math.floor(days), needed: MIN_BAND_DAYS, of: 'days' },
    evidence: deployments
      .slice(-EVIDENCE_CAP)
      .reverse()
      .map((d) => ({ label: deploymentLabel(d), url: d.url })),
    method,
    confidence: deployments.length >= 10 ? 'high' : deployments.length >= 4 ? 'medium' : 'low',
  });
}
