/** Lead time for changes: first commit of each change to the production deployment or release holding it. */
import type { DeploymentFact, Evidence, ReleaseData } from '../collect/types.ts';
import { leadTimeBand } from './bands.ts';
import {
  bandFrom,
  deploymentLabel,
  EVIDENCE_CAP,
  firstSuccess,
  HOUR,
  MIN_BAND_SAMPLES,
  measured,
  notMeasured,
  releaseCycle,
  t,
} from './shared.ts';
import { formatHours, median, percentile, round } from './stats.ts';
import type { Metric } from './types.ts';

interface Change {
  label: string;
  url: string;
  start: number;
  /** Position of the change's commit in the train's commit order, or -1. */
  index: number;
  releaseTag: string;
  pullNumber: number | null;
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
      pullNumber: pr.number,
    }));
  }
  return data.changes.data.commits.map((c, i) => ({
    label: `${c.sha.slice(0, 7)} ${c.headline}`,
    url: c.url,
    start: t(c.authoredAt),
    index: i,
    releaseTag: c.releaseTag,
    pullNumber: null,
  }));
}

/** One change's lead time, as the metric measures it. */
export interface LeadTimeSample {
  /** `#12 title` for a pull request, `abc1234 headline` for a commit. */
  label: string;
  url: string;
  /** The pull request's number, or null for a commit (a train without pull requests). */
  pullNumber: number | null;
  hours: number;
  /** Where the lead time ends: the first production deployment containing the change, else the release publish. */
  via: 'deployment' | 'publish';
  end: Evidence;
}

/**
 * Every change's lead time: its first commit to the first successful production deployment containing it, or,
 * when none does, to the publish of the train release that contains it. The lead-time chart and the pull
 * request table use these, so they say what the metric says.
 */
export function leadTimeSamples(data: ReleaseData): readonly LeadTimeSample[] {
  let samples = samplesOf.get(data);
  if (!samples) {
    samples = measureSamples(data);
    samplesOf.set(data, samples);
  }
  return samples;
}

// The metric, the lead-time chart and the pull request table each ask for a release's samples, and collected
// data is never changed after collection: each release's are measured once (at 5,000 pull requests and 25,000
// commits a measure builds two maps of every commit, tens of milliseconds between the last read and the post).
const samplesOf = new WeakMap<ReleaseData, readonly LeadTimeSample[]>();

function measureSamples(data: ReleaseData): readonly LeadTimeSample[] {
  if (data.changes.status !== 'ok') return [];
  const changes = changesOf(data);
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
  const samples: LeadTimeSample[] = [];
  for (const change of changes) {
    const base = { label: change.label, url: change.url, pullNumber: change.pullNumber };
    const deploy =
      change.index >= 0 ? deploys.find((x) => x.index >= change.index && x.at >= change.start) : undefined;
    if (deploy) {
      samples.push({
        ...base,
        hours: (deploy.at - change.start) / HOUR,
        via: 'deployment',
        end: { label: deploymentLabel(deploy.d), url: deploy.d.url },
      });
      continue;
    }
    const release = published.get(change.releaseTag);
    if (release) {
      samples.push({
        ...base,
        hours: (t(release.publishedAt) - change.start) / HOUR,
        via: 'publish',
        end: { label: `${release.tag} published`, url: release.url },
      });
    }
  }
  return samples;
}

export function leadTime(data: ReleaseData): Metric {
  const key = 'leadTime';
  if (data.changes.status !== 'ok') {
    return notMeasured(key, `Changes are unavailable: ${data.changes.reason}`, 'First commit to production.');
  }
  const start =
    data.changes.data.pullRequests.length > 0
      ? 'First commit of each pull request'
      : 'Author date of each commit';
  if (data.changes.data.pullRequests.length === 0 && data.changes.data.commits.length === 0)
    return notMeasured(key, 'The release has no commits.', 'First commit to production.');
  const samples = leadTimeSamples(data);
  const toDeployment = samples.filter((s) => s.via === 'deployment').length;
  const method =
    toDeployment === samples.length
      ? `${start} to the first successful production deployment containing it (deployment method).`
      : toDeployment === 0
        ? `${start} to the publish of the release containing it (release method: no production deployment contains these changes).`
        : `${start} to the first successful production deployment containing it (${toDeployment} of ${samples.length}); the others to the publish of the release containing them.`;
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
    window: releaseCycle(data),
    ...bandFrom(leadTimeBand, value, {
      count: samples.length,
      needed: MIN_BAND_SAMPLES.leadTime,
      of: 'changes',
    }),
    evidence: [
      ...slowest.map((s) => ({ label: `${s.label}: ${formatHours(s.hours)}`, url: s.url })),
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
