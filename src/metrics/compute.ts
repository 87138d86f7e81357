/**
 * ReleaseData -> Metrics. Pure functions; every figure carries its evidence, how it was measured and how sure
 * we are. A metric that cannot be measured says why (`measured: false`): never a 0 standing in.
 * docs/metrics.md states each formula.
 */
import type { DeploymentFact, Evidence, IssueFact, ReleaseData, WorkflowRunFact } from '../collect/types.ts';
import { changeFailureRateBand, deploymentFrequencyBand, leadTimeBand, timeToRestoreBand } from './bands.ts';
import { formatHours, median, percentile, round } from './stats.ts';
import type { Metric, MetricKey, Metrics, MetricsSnapshot, Trend } from './types.ts';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const EVIDENCE_CAP = 10;
const t = (iso: string) => Date.parse(iso);

export interface HistoryEntry {
  tag: string;
  metrics: MetricsSnapshot;
}

const NAMES: Record<MetricKey, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTime: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  timeToRestore: 'Time to restore',
  ciSuccessRate: 'CI success rate',
  ciFlakyRate: 'CI flaky rate',
  bugInflow: 'Bug inflow',
};

/** Whether a higher value is better (for trends). */
const HIGHER_IS_BETTER: Record<MetricKey, boolean> = {
  deploymentFrequency: true,
  leadTime: false,
  changeFailureRate: false,
  timeToRestore: false,
  ciSuccessRate: true,
  ciFlakyRate: false,
  bugInflow: false,
};

type Measured = Extract<Metric, { measured: true }>;
type Draft = Omit<Measured, 'key' | 'name' | 'measured' | 'trend'>;

function notMeasured(key: MetricKey, reason: string, method: string): Metric {
  return { key, name: NAMES[key], measured: false, reason, method };
}

function measured(key: MetricKey, draft: Draft): Metric {
  return { key, name: NAMES[key], measured: true, ...draft, trend: null };
}

/** A successful production deployment's first success time. */
function firstSuccess(d: DeploymentFact): number | null {
  const s = d.statuses.find((x) => x.state === 'success');
  return s ? t(s.createdAt) : null;
}

const sameEnvironment = (a: DeploymentFact, b: DeploymentFact) =>
  a.environment.toLowerCase() === b.environment.toLowerCase();

const isFailedState = (state: string) => state === 'failure' || state === 'error';

function windowWeeks(data: ReleaseData): number {
  return Math.max(t(data.window.to) - t(data.window.from), HOUR) / WEEK;
}

function confidenceForWeeks(weeks: number): Measured['confidence'] {
  return weeks < 1 ? 'low' : weeks < 4 ? 'medium' : 'high';
}

function deploymentLabel(d: DeploymentFact): string {
  return `deployment ${d.id} of ${d.sha.slice(0, 7)}${d.ref ? ` (${d.ref})` : ''} to ${d.environment}`;
}

// ---------------------------------------------------------------------------------------------------------

function deploymentFrequency(data: ReleaseData): Metric {
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

// ---------------------------------------------------------------------------------------------------------

interface Change {
  label: string;
  url: string;
  start: number;
  /** Position of the change's commit in the train's commit order, or -1. */
  index: number;
  releaseTag: string;
}

function changesOf(data: ReleaseData): Change[] {
  if (data.changes.status !== 'ok') return [];
  const order = new Map(data.changes.data.commits.map((c, i) => [c.sha, i]));
  const pulls = data.changes.data.pullRequests;
  if (pulls.length > 0) {
    return pulls.map((pr) => ({
      label: `#${pr.number} ${pr.title}`,
      url: pr.url,
      start: t(pr.firstCommitAt ?? pr.createdAt),
      index: pr.mergeCommitSha ? (order.get(pr.mergeCommitSha) ?? -1) : -1,
      releaseTag: pr.releaseTag,
    }));
  }
  return data.changes.data.commits.map((c, i) => ({
    label: `${c.sha.slice(0, 7)} ${c.headline}`,
    url: c.url,
    start: t(c.authoredAt),
    index: i,
    releaseTag: c.releaseTag,
  }));
}

function leadTime(data: ReleaseData): Metric {
  const key = 'leadTime';
  if (data.changes.status !== 'ok') {
    return notMeasured(key, `Changes are unavailable: ${data.changes.reason}`, 'First commit to production.');
  }
  const changes = changesOf(data);
  const unit = data.changes.data.pullRequests.length > 0 ? 'pull request' : 'commit';
  if (changes.length === 0)
    return notMeasured(key, 'The release has no commits.', 'First commit to production.');

  const order = new Map(data.changes.data.commits.map((c, i) => [c.sha, i]));
  const tagCommits = data.changes.data.tagCommits ?? {};
  const deploys =
    data.deployments.status === 'ok'
      ? data.deployments.data
          .filter((d) => d.isProduction && !d.isRollback)
          .map((d) => {
            const at = firstSuccess(d);
            const viaTag = d.releaseTag ? tagCommits[d.releaseTag] : undefined;
            const index = order.get(d.sha) ?? (viaTag ? (order.get(viaTag) ?? -1) : -1);
            return { d, at, index };
          })
          .filter((x): x is { d: DeploymentFact; at: number; index: number } => x.at !== null && x.index >= 0)
          .sort((a, b) => a.at - b.at)
      : [];
  const published = new Map([data.train.release, ...data.train.hotfixes].map((r) => [r.tag, r]));
  const samples: { change: Change; hours: number; via: 'deployment' | 'publish'; end: Evidence }[] = [];
  for (const change of changes) {
    const deploy =
      change.index >= 0 ? deploys.find((x) => x.index >= change.index && x.at >= change.start) : undefined;
    if (deploy) {
      samples.push({
        change,
        hours: (deploy.at - change.start) / HOUR,
        via: 'deployment',
        end: { label: deploymentLabel(deploy.d), url: deploy.d.url },
      });
      continue;
    }
    const release = published.get(change.releaseTag);
    if (release) {
      samples.push({
        change,
        hours: (t(release.publishedAt) - change.start) / HOUR,
        via: 'publish',
        end: { label: `${release.tag} published`, url: release.url },
      });
    }
  }
  const toDeployment = samples.filter((s) => s.via === 'deployment').length;
  const method =
    toDeployment === samples.length
      ? `First commit of each ${unit} to the first successful production deployment containing it (deployment method).`
      : toDeployment === 0
        ? `First commit of each ${unit} to the publish of the release containing it (release method: no production deployment contains these changes).`
        : `First commit of each ${unit} to the first successful production deployment containing it (${toDeployment} of ${samples.length}); the others to the publish of the release containing them.`;
  if (samples.length === 0)
    return notMeasured(key, 'No change could be placed in a release or deployment.', method);
  const hours = samples.map((s) => s.hours);
  const value = median(hours);
  const slowest = [...samples].sort((a, b) => b.hours - a.hours).slice(0, EVIDENCE_CAP);
  const ends = [...new Map(slowest.map((s) => [s.end.url + s.end.label, s.end])).values()];
  return measured(key, {
    value: round(value, 2),
    unit: 'hours',
    display: formatHours(value),
    details: {
      p90Hours: round(percentile(hours, 90), 2),
      samples: samples.length,
      toDeployment,
      toPublish: samples.length - toDeployment,
    },
    band: leadTimeBand(value),
    evidence: [
      ...slowest.map((s) => ({ label: `${s.change.label}: ${formatHours(s.hours)}`, url: s.change.url })),
      ...ends,
    ],
    method,
    confidence:
      samples.length < 3 || toDeployment === 0
        ? 'low'
        : samples.length < 10 || toDeployment < samples.length
          ? 'medium'
          : 'high',
  });
}

// ---------------------------------------------------------------------------------------------------------

function linkedIncidents(data: ReleaseData): IssueFact[] {
  return data.incidents.status === 'ok' ? data.incidents.data.filter((i) => i.linkedBy.length > 0) : [];
}

function changeFailureRate(data: ReleaseData): Metric {
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
    let failed = 0;
    let failedStatuses = 0;
    let rolledBack = 0;
    let hotfixed = 0;
    let withIncident = 0;
    for (const d of forward) {
      const next = byTime.find((x) => sameEnvironment(x, d) && t(x.createdAt) > t(d.createdAt));
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
      const lastOfTag = !forward.some(
        (x) =>
          x !== d &&
          sameEnvironment(x, d) &&
          x.releaseTag === d.releaseTag &&
          t(x.createdAt) > t(d.createdAt),
      );
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
      band: changeFailureRateBand(value),
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
    band: changeFailureRateBand(value),
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

// ---------------------------------------------------------------------------------------------------------

function timeToRestore(data: ReleaseData): Metric {
  const key = 'timeToRestore';
  const method =
    'Median of: each incident opened in the window, created to closed; and each failed production deployment status in the window, failure to the next successful production deployment to that environment.';
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
    for (const d of production) {
      const failure = d.statuses.find(
        (s) => isFailedState(s.state) && t(s.createdAt) >= from && t(s.createdAt) <= to,
      );
      if (!failure) continue;
      failedDeployments += 1;
      const at = t(failure.createdAt);
      const recovered = production
        .filter((x) => sameEnvironment(x, d))
        .map(firstSuccess)
        .filter((s): s is number => s !== null && s > at)
        .sort((a, b) => a - b)[0];
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
    band: timeToRestoreBand(value),
    evidence: [...samples]
      .sort((a, b) => b.hours - a.hours)
      .slice(0, EVIDENCE_CAP)
      .map((s) => ({ ...s.evidence, label: `${s.evidence.label}: ${formatHours(s.hours)}` })),
    method,
    confidence: samples.length >= 5 ? 'high' : samples.length >= 2 ? 'medium' : 'low',
  });
}

// ---------------------------------------------------------------------------------------------------------

const COUNTED = new Set(['success', 'failure', 'timed_out', 'startup_failure']);

/** One build per workflow and commit; its outcome is its latest attempt (GitHub lists a re-run as the same run). */
export function builds(runs: readonly WorkflowRunFact[]): { run: WorkflowRunFact; attempts: number }[] {
  const groups = new Map<string, WorkflowRunFact[]>();
  for (const run of runs) {
    const k = `${run.name}\u0000${run.headSha}`;
    groups.set(k, [...(groups.get(k) ?? []), run]);
  }
  return [...groups.values()].map((group) => {
    const latest = [...group].sort(
      (a, b) => b.runAttempt - a.runAttempt || t(b.createdAt) - t(a.createdAt),
    )[0] as WorkflowRunFact;
    return { run: latest, attempts: Math.max(...group.map((r) => r.runAttempt)) };
  });
}

function ciMetrics(data: ReleaseData): { success: Metric; flaky: Metric } {
  const successMethod =
    'Builds on the default branch while the release was built (one per workflow and commit, judged by its latest attempt) that succeeded, over builds that succeeded, failed or timed out.';
  const flakyMethod =
    'Builds on the default branch that failed and then passed on a re-run of the same commit (run attempt above 1), over all judged builds.';
  if (data.workflowRuns.status !== 'ok') {
    const reason = `Workflow runs are unavailable: ${data.workflowRuns.reason}`;
    return {
      success: notMeasured('ciSuccessRate', reason, successMethod),
      flaky: notMeasured('ciFlakyRate', reason, flakyMethod),
    };
  }
  const judged = builds(data.workflowRuns.data.branchRuns).filter(
    (b) => b.run.status === 'completed' && COUNTED.has(b.run.conclusion ?? ''),
  );
  if (judged.length === 0) {
    const reason = `No completed workflow run on ${data.repository.defaultBranch} while the release was built.`;
    return {
      success: notMeasured('ciSuccessRate', reason, successMethod),
      flaky: notMeasured('ciFlakyRate', reason, flakyMethod),
    };
  }
  const passed = judged.filter((b) => b.run.conclusion === 'success');
  const flaky = passed.filter((b) => b.attempts > 1);
  const failed = judged.filter((b) => b.run.conclusion !== 'success');
  const durations = judged.map((b) => b.run.durationMs).filter((d): d is number => d !== null);
  const confidence: Measured['confidence'] =
    judged.length >= 20 ? 'high' : judged.length >= 5 ? 'medium' : 'low';
  const success = (passed.length / judged.length) * 100;
  const flakyRate = (flaky.length / judged.length) * 100;
  return {
    success: measured('ciSuccessRate', {
      value: round(success, 1),
      unit: 'percent',
      display: `${round(success)} %`,
      details: {
        builds: judged.length,
        succeeded: passed.length,
        failed: failed.length,
        runs: data.workflowRuns.data.branchRuns.length,
        ...(durations.length > 0 ? { medianDurationMinutes: round(median(durations) / 60_000, 1) } : {}),
      },
      band: null,
      evidence: failed.slice(0, EVIDENCE_CAP).map((b) => ({
        label: `${b.run.name} on ${b.run.headSha.slice(0, 7)} ${b.run.conclusion}`,
        url: b.run.url,
      })),
      method: successMethod,
      confidence,
    }),
    flaky: measured('ciFlakyRate', {
      value: round(flakyRate, 1),
      unit: 'percent',
      display: `${round(flakyRate)} %`,
      details: { builds: judged.length, flaky: flaky.length },
      band: null,
      evidence: flaky.slice(0, EVIDENCE_CAP).map((b) => ({
        label: `${b.run.name} on ${b.run.headSha.slice(0, 7)} passed on attempt ${b.attempts}`,
        url: b.run.url,
      })),
      method: flakyMethod,
      confidence,
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------

function bugInflow(data: ReleaseData): Metric {
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

// ---------------------------------------------------------------------------------------------------------

/** Relative change under 1 % is flat. */
export function trendOf(key: MetricKey, value: number, history: readonly HistoryEntry[]): Trend | null {
  const previous = history.at(-1);
  const before = previous?.metrics[key];
  if (!previous || typeof before !== 'number') return null;
  const delta = value - before;
  const flat = Math.abs(delta) <= 0.01 * Math.max(Math.abs(before), Math.abs(value)) || delta === 0;
  const direction = flat ? 'flat' : delta > 0 ? 'up' : 'down';
  return {
    previousTag: previous.tag,
    previousValue: before,
    direction,
    improved: direction === 'flat' ? null : (direction === 'up') === HIGHER_IS_BETTER[key],
  };
}

export function computeMetrics(data: ReleaseData, history: readonly HistoryEntry[] = []): Metrics {
  const ci = ciMetrics(data);
  const metrics: Metrics = {
    deploymentFrequency: deploymentFrequency(data),
    leadTime: leadTime(data),
    changeFailureRate: changeFailureRate(data),
    timeToRestore: timeToRestore(data),
    ciSuccessRate: ci.success,
    ciFlakyRate: ci.flaky,
    bugInflow: bugInflow(data),
  };
  for (const metric of Object.values(metrics)) {
    if (metric.measured) metric.trend = trendOf(metric.key, metric.value, history);
  }
  return metrics;
}

export function snapshotOf(metrics: Metrics): MetricsSnapshot {
  const snapshot: MetricsSnapshot = {};
  for (const metric of Object.values(metrics)) {
    if (metric.measured) snapshot[metric.key] = metric.value;
  }
  return snapshot;
}
