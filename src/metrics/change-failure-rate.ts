/** Change failure rate: failed production deployments of the train, or failed releases when no deployment is known. */
import type { Evidence, IssueFact, ReleaseData } from '../collect/types.ts';
import { changeFailureRateBand } from './bands.ts';
import { laterOfSameTag, nextInEnvironment } from './deployment-index.ts';
import {
  bandFrom,
  deploymentLabel,
  firstSuccess,
  isFailedState,
  MIN_BAND_SAMPLES,
  measured,
  releaseCycle,
  t,
} from './shared.ts';
import { round } from './stats.ts';
import type { Metric } from './types.ts';

function linkedIncidents(data: ReleaseData): IssueFact[] {
  return data.incidents.status === 'ok' ? data.incidents.data.filter((i) => i.linkedBy.length > 0) : [];
}

export function changeFailureRate(data: ReleaseData): Metric {
  const key = 'changeFailureRate';
  const releases = [data.train.release, ...data.train.hotfixes];
  const lastTag = data.train.last.tag;
  const incidents = linkedIncidents(data);
  const evidence: Evidence[] = [];

  const production =
    data.deployments.status === 'ok' ? data.deployments.data.filter((d) => d.isProduction) : [];
  const forward = production
    .filter((d) => d.releaseTag && !d.isRollback)
    .sort((a, b) => t(a.createdAt) - t(b.createdAt));
  if (forward.length > 0) {
    const byTime = [...production].sort((a, b) => t(a.createdAt) - t(b.createdAt));
    const replacement = nextInEnvironment(byTime);
    const supersededInTag = laterOfSameTag(forward);
    let failed = 0;
    let failedStatuses = 0;
    let rolledBack = 0;
    let hotfixed = 0;
    let withIncident = 0;
    for (const d of forward) {
      const next = replacement(d);
      const liveFrom = firstSuccess(d);
      const liveTo = next ? t(next.createdAt) : Number.POSITIVE_INFINITY;
      const reasons: string[] = [];
      if (d.statuses.some((s) => isFailedState(s.state))) {
        reasons.push('failed');
        failedStatuses += 1;
      }
      if (next?.isRollback) {
        reasons.push('rolled back');
        rolledBack += 1;
      }
      const lastOfTag = !supersededInTag(d);
      if (d.releaseTag !== lastTag && lastOfTag) {
        reasons.push('needed a hotfix');
        hotfixed += 1;
      }
      const hit =
        liveFrom === null
          ? []
          : incidents.filter((i) => t(i.createdAt) >= liveFrom && t(i.createdAt) < liveTo);
      if (hit.length > 0) {
        reasons.push(`incident ${hit.map((i) => `#${i.number}`).join(', ')}`);
        withIncident += 1;
        evidence.push(...hit.map((i) => ({ label: `#${i.number} ${i.title}`, url: i.url })));
      }
      if (reasons.length > 0) {
        failed += 1;
        evidence.unshift({ label: `${deploymentLabel(d)}: ${reasons.join(', ')}`, url: d.url });
      }
    }
    const value = (failed / forward.length) * 100;
    return measured(key, {
      value: round(value, 1),
      unit: 'percent',
      display: `${round(value)} %`,
      details: {
        deployments: forward.length,
        failed,
        failedStatuses,
        rolledBack,
        hotfixed,
        withLinkedIncident: withIncident,
      },
      window: releaseCycle(data),
      ...bandFrom(changeFailureRateBand, value, {
        count: forward.length,
        needed: MIN_BAND_SAMPLES.changeFailureRate,
        of: 'deployments',
      }),
      evidence: dedupe(evidence),
      method:
        "Production deployments of the train's commits that failed, were rolled back, were superseded by a hotfix of the train, or were live when an incident linked to the release was opened, over all production deployments of the train's commits (each deployment counts once).",
      confidence: forward.length >= 10 ? 'high' : forward.length >= 4 ? 'medium' : 'low',
    });
  }

  let failed = 0;
  releases.forEach((release, i) => {
    const next = releases[i + 1];
    const hit = incidents.filter(
      (inc) =>
        t(inc.createdAt) >= t(release.publishedAt) && (!next || t(inc.createdAt) < t(next.publishedAt)),
    );
    const reasons = [
      ...(next ? [`hotfixed by ${next.tag}`] : []),
      ...hit.map((inc) => `incident #${inc.number}`),
    ];
    if (reasons.length > 0) {
      failed += 1;
      evidence.push({ label: `${release.tag}: ${reasons.join(', ')}`, url: release.url });
      evidence.push(...hit.map((inc) => ({ label: `#${inc.number} ${inc.title}`, url: inc.url })));
    }
  });
  const value = (failed / releases.length) * 100;
  const why =
    data.deployments.status === 'ok'
      ? "no production deployment of the train's commits was found"
      : `deployments are unavailable (${data.deployments.reason})`;
  return measured(key, {
    value: round(value, 1),
    unit: 'percent',
    display: `${round(value)} %`,
    details: {
      releases: releases.length,
      failed,
      hotfixes: data.train.hotfixes.length,
      linkedIncidents: incidents.length,
    },
    window: releaseCycle(data),
    ...bandFrom(changeFailureRateBand, value, {
      count: releases.length,
      needed: MIN_BAND_SAMPLES.changeFailureRate,
      of: 'releases',
    }),
    evidence: dedupe(evidence),
    method: `Releases of the train that needed a hotfix or had an incident linked to them while current, over the train's releases (release method: ${why}).`,
    confidence: 'low',
  });
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.label}\u0000${e.url}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
