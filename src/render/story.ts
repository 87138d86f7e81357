/**
 * The release's story in one paragraph, generated from the data, for the top of the discussion's data and of
 * retrospective.md's summary: what shipped, what broke, how long it took to restore, the rollbacks and
 * hotfixes, and how the DORA keys moved against the previous retrospective. Every figure has its unit.
 */
import type { DeploymentFact, IssueFact, ReleaseData } from '../collect/types.ts';
import { formatDuration, formatValue } from '../domain/units.ts';
import type { MetricKey, Metrics } from '../metrics/types.ts';
import { between, formatTime, plural } from './format.ts';
import { escapeInline, link, quietMention } from './markdown.ts';

const DORA: readonly MetricKey[] = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'];
const MAX_INCIDENTS = 3;

function firstSuccessAt(d: DeploymentFact): string | null {
  return d.statuses.find((s) => s.state === 'success')?.createdAt ?? null;
}

/** "3 h after the release", or the time itself when it came before the release (a deploy before publishing). */
function afterRelease(releaseAt: string, at: string): string {
  const ms = between(releaseAt, at);
  return ms >= 0 ? `${formatDuration(ms)} after the release` : `at ${formatTime(at)}`;
}

function shipped(data: ReleaseData): string {
  const { release } = data.train;
  const name =
    release.name && release.name !== release.tag ? ` (${escapeInline(release.name, { maxLength: 80 })})` : '';
  const what = link(release.tag, release.url, { maxLength: 60 });
  if (data.changes.status !== 'ok') return `${what}${name} was published ${formatTime(release.publishedAt)}.`;
  const c = data.changes.data;
  return `${what}${name} shipped ${plural(c.pullRequests.length, 'pull request')} (${plural(c.totalCommits, 'commit')}) from ${plural(c.contributors.length, 'contributor')}, published ${formatTime(release.publishedAt)}.`;
}

function incidentSentence(issue: IssueFact, releaseAt: string): string {
  const severity = issue.severity ? ` (${escapeInline(issue.severity, { maxLength: 40 })})` : '';
  const restored = issue.closedAt
    ? `closed ${formatDuration(between(issue.createdAt, issue.closedAt))} later`
    : 'is still open';
  return `Incident ${link(`#${issue.number} ${issue.title}`, issue.url, { maxLength: 90 })}${severity} opened ${afterRelease(releaseAt, issue.createdAt)} and ${restored}.`;
}

function keysMoved(metrics: Metrics): string {
  const moved: string[] = [];
  let previousTag = '';
  for (const key of DORA) {
    const m = metrics[key];
    if (!m.measured || !m.trend) continue;
    previousTag = m.trend.previousTag;
    const verdict = m.trend.improved === true ? 'better' : m.trend.improved === false ? 'worse' : 'unchanged';
    moved.push(
      `${m.name.toLowerCase()} ${escapeInline(formatValue(m.unit, m.trend.previousValue))} → ${escapeInline(m.display)} (${verdict})`,
    );
  }
  if (moved.length === 0) return '';
  return `Against ${escapeInline(previousTag, { maxLength: 40 })}: ${moved.join('; ')}.`;
}

export function renderStory(data: ReleaseData, metrics: Metrics): string {
  const { train, window } = data;
  const releaseAt = train.release.publishedAt;
  const sentences = [shipped(data)];
  const inWindow = (at: string) => at >= window.from && at <= window.to;

  const production =
    data.deployments.status === 'ok'
      ? data.deployments.data
          .filter((d) => d.isProduction)
          .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      : [];
  const live = production.find((d) => d.releaseTag === train.release.tag && firstSuccessAt(d));
  const liveAt = live ? firstSuccessAt(live) : null;
  if (liveAt) sentences.push(`It reached production ${afterRelease(releaseAt, liveAt)}.`);

  if (data.incidents.status === 'ok') {
    const incidents = data.incidents.data;
    if (incidents.length === 0) sentences.push('No incident was opened in the observation period.');
    for (const issue of incidents.slice(0, MAX_INCIDENTS)) sentences.push(incidentSentence(issue, releaseAt));
    if (incidents.length > MAX_INCIDENTS)
      sentences.push(
        `${plural(incidents.length - MAX_INCIDENTS, 'more incident')} opened in the observation period.`,
      );
  }

  const failed = production.filter(
    (d) => inWindow(d.createdAt) && d.statuses.some((s) => s.state === 'failure' || s.state === 'error'),
  );
  if (failed.length > 0) sentences.push(`${plural(failed.length, 'production deployment')} failed.`);

  const rollbacks = production.filter((d) => d.isRollback && inWindow(d.createdAt));
  if (rollbacks.length === 0 && production.length > 0) sentences.push('Production was not rolled back.');
  for (const d of rollbacks) {
    const to = escapeInline(d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7), { maxLength: 40 });
    const by = d.creator ? ` by ${quietMention(d.creator)}` : '';
    sentences.push(
      `${link('Production was rolled back', d.url)} to ${to} ${afterRelease(releaseAt, d.createdAt)}${by}.`,
    );
  }

  if (train.hotfixes.length === 0) sentences.push('No hotfix was needed.');
  else
    sentences.push(
      `${train.hotfixes.length === 1 ? 'Hotfix' : 'Hotfixes'} ${train.hotfixes
        .map(
          (h) =>
            `${link(h.tag, h.url, { maxLength: 60 })} was published ${afterRelease(releaseAt, h.publishedAt)}`,
        )
        .join(', ')}.`,
    );

  const restore = metrics.timeToRestore;
  if (restore.measured) sentences.push(`Median time to restore: ${escapeInline(restore.display)}.`);
  const moved = keysMoved(metrics);
  if (moved) sentences.push(moved);
  return sentences.join(' ');
}
