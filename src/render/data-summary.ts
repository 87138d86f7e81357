/**
 * The data summary of a retrospective, one markdown block per topic: release facts, DORA, the deployment
 * timeline, lead times, incidents and bugs, CI health, feedback and the changes themselves.
 *
 * Every figure links to its evidence (the compare view, the pull request, the issue, the workflow run), so
 * anyone can check a number instead of arguing about it. A source GitHub refused is shown as unavailable with
 * the reason and what to change, never as a zero. All text from GitHub users (titles, labels, logins,
 * environment names) goes through escapeInline/link/mermaidText; logins are shown without notifying.
 */
import type {
  DeploymentFact,
  Evidence,
  IssueFact,
  ReleaseData,
  ReleaseRef,
  Section,
  WorkflowRunFact,
} from '../collect/types.ts';
import { formatValue } from '../domain/units.ts';
import { type LeadTimeSample, leadTimeSamples } from '../metrics/index.ts';
import type { Band, Metric, MetricKey, Metrics, MetricWindow } from '../metrics/types.ts';
import { between, formatDuration, formatTime, plural, REACTION_EMOJI } from './format.ts';
import { escapeInline, link, quietMention, table } from './markdown.ts';
import { type Bucket, countChart, deploymentGantt, type GanttTask, ganttLegend } from './mermaid.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export function evidenceLinks(evidence: readonly Evidence[], max = 3): string {
  if (evidence.length === 0) return '—';
  const shown = evidence.slice(0, max).map((e) => link(e.label, e.url, { maxLength: 70 }));
  const more = evidence.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** A permission like `deployments: read` is our own text, but it goes into a code span: keep it plain. */
function permissionSpan(permission: string): string {
  return /^[a-z-]+: (read|write)$/.test(permission) ? `\`${permission}\`` : escapeInline(permission);
}

/** The note shown in place of a section GitHub refused or that is switched off. */
export function unavailableNote(what: string, section: Section<unknown>): string {
  if (section.status === 'ok') return '';
  const fix = section.hint
    ? escapeInline(section.hint, { maxLength: 400 })
    : section.permission
      ? `Give the workflow job ${permissionSpan(section.permission)} in its \`permissions:\` block.`
      : '';
  return [
    `> ⚠️ **${escapeInline(what)} unavailable.** ${escapeInline(section.reason, { maxLength: 400 })}`,
    ...(fix ? ['>', `> **To include it:** ${fix}`] : []),
  ].join('\n');
}

function compareUrl(data: ReleaseData): string | null {
  const previous = data.train.previous;
  if (!previous) return null;
  const enc = (tag: string) => encodeURIComponent(tag);
  return `${data.repository.url}/compare/${enc(previous.tag)}...${enc(data.train.last.tag)}`;
}

function releaseLink(release: ReleaseRef): string {
  return link(release.tag, release.url, { maxLength: 60 });
}

// ---------------------------------------------------------------------------------------------------------
// Release facts

export function renderReleaseFacts(data: ReleaseData): string {
  const { train } = data;
  const compare = compareUrl(data);
  const viaCompare = (text: string) => (compare ? link(text, compare) : text);
  const rows: string[][] = [
    [
      'Release',
      `${releaseLink(train.release)}${train.release.name && train.release.name !== train.release.tag ? ` (${escapeInline(train.release.name, { maxLength: 80 })})` : ''}, published ${formatTime(train.release.publishedAt)} by ${quietMention(train.release.author)}`,
    ],
  ];
  if (train.hotfixes.length > 0) {
    rows.push([
      'Hotfixes',
      train.hotfixes
        .map(
          (h) =>
            `${releaseLink(h)} at ${formatTime(h.publishedAt)} (+${formatDuration(between(train.release.publishedAt, h.publishedAt))})`,
        )
        .join(', '),
    ]);
  } else {
    rows.push(['Hotfixes', 'none']);
  }
  rows.push([
    'Previous release',
    train.previous
      ? `${releaseLink(train.previous)}, published ${formatTime(train.previous.publishedAt)}`
      : 'none (first release of this line)',
  ]);
  rows.push(['Observed', `${formatTime(data.window.from)} → ${formatTime(data.window.to)}`]);
  if (data.changes.status === 'ok') {
    const c = data.changes.data;
    const commits =
      c.totalCommits > c.commits.length
        ? `${c.totalCommits} (${c.commits.length} read)`
        : String(c.totalCommits);
    rows.push(['Pull requests merged', viaCompare(String(c.pullRequests.length))]);
    rows.push(['Commits', viaCompare(commits)]);
    rows.push([
      'Contributors',
      c.contributors.length === 0
        ? '0'
        : `${c.contributors.length}: ${c.contributors
            .slice(0, 12)
            .map((login) => quietMention(login))
            .join(', ')}${c.contributors.length > 12 ? ` and ${c.contributors.length - 12} more` : ''}`,
    ]);
    rows.push([
      'Reverts',
      c.reverts.length === 0
        ? '0'
        : `${c.reverts.length}: ${c.reverts.map((r) => link(r.title, r.url, { maxLength: 60 })).join(', ')}`,
    ]);
  } else {
    rows.push(['Pull requests, commits, contributors', 'unavailable (see below)']);
  }
  const parts = [table(['Fact', 'Value'], rows)];
  if (data.changes.status === 'unavailable') parts.push(unavailableNote('Changes', data.changes));
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// Metrics tables

/**
 * Band wording that cannot be misread: "low" next to a change failure rate would read as a low failure
 * rate, so the band names the team's delivery performance.
 */
const BAND_LABEL: Record<Band, string> = {
  elite: '🟢 elite performance',
  high: '🔵 high performance',
  medium: '🟡 medium performance',
  low: '🔴 low performance',
};

export function bandCell(metric: Metric): string {
  if (!metric.measured || !metric.bandSample) return '—';
  const confidence = `confidence ${metric.confidence}`;
  if (metric.band) return `${BAND_LABEL[metric.band]} (${confidence})`;
  const { count, needed, of } = metric.bandSample;
  return `not enough data for a band: ${count} ${of}, at least ${needed} needed (${confidence})`;
}

function trendCell(metric: Metric): string {
  if (!metric.measured || !metric.trend) return '—';
  const { trend } = metric;
  const arrow = trend.direction === 'up' ? '↑' : trend.direction === 'down' ? '↓' : '→';
  const verdict = trend.improved === true ? ' better' : trend.improved === false ? ' worse' : '';
  return `${arrow}${verdict} (was ${escapeInline(formatValue(metric.unit, trend.previousValue))} in ${escapeInline(trend.previousTag, { maxLength: 40 })})`;
}

/** The window a metric is measured over, named as in docs/metrics.md, with its length. */
export function windowCell(window: MetricWindow): string {
  const length = formatDuration(between(window.from, window.to));
  return `${window.name}, ${length}`;
}

function metricRow(metric: Metric): string[] {
  if (!metric.measured) {
    return [
      escapeInline(metric.name),
      'not measured',
      '—',
      '—',
      '—',
      escapeInline(metric.reason, { maxLength: 200 }),
    ];
  }
  return [
    escapeInline(metric.name),
    `**${escapeInline(metric.display)}**`,
    windowCell(metric.window),
    bandCell(metric),
    trendCell(metric),
    evidenceLinks(metric.evidence),
  ];
}

export function metricsTable(metrics: Metrics, keys: readonly MetricKey[]): string {
  return table(
    ['Metric', 'Value', 'Window', 'DORA band', 'Trend', 'Evidence'],
    keys.map((key) => metricRow(metrics[key])),
  );
}

/** The windows the metrics in `keys` use, each once, with their dates. */
export function windowsLegend(metrics: Metrics, keys: readonly MetricKey[]): string {
  const seen = new Map<string, MetricWindow>();
  for (const key of keys) {
    const m = metrics[key];
    if (m.measured && !seen.has(m.window.name)) seen.set(m.window.name, m.window);
  }
  if (seen.size === 0) return '';
  return `_Windows: ${[...seen.values()]
    .map((w) => `${w.name} ${formatTime(w.from)} → ${formatTime(w.to)}`)
    .join('; ')}._`;
}

export const DORA_KEYS: readonly MetricKey[] = [
  'deploymentFrequency',
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
];

export function renderDora(metrics: Metrics): string {
  const methods = DORA_KEYS.map((key) => metrics[key])
    .map((m) => `- **${escapeInline(m.name)}**: ${escapeInline(m.method, { maxLength: 400 })}`)
    .join('\n');
  return [
    metricsTable(metrics, DORA_KEYS),
    '',
    windowsLegend(metrics, DORA_KEYS),
    '',
    'Bands rate delivery performance with the 2023 DORA report thresholds, only from enough data (docs/metrics.md). Arrows compare with the previous retrospective.',
    '',
    '<details><summary>How each figure is measured</summary>',
    '',
    methods,
    '',
    '</details>',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Deployment timeline

const MAX_DEPLOYMENT_ROWS = 40;

function lastStatus(d: DeploymentFact): DeploymentFact['statuses'][number] | undefined {
  const meaningful = d.statuses.filter((s) => s.state !== 'inactive');
  return [...meaningful].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).at(-1);
}

const firstSuccessAt = (d: DeploymentFact): number | null => {
  const s = d.statuses.find((x) => x.state === 'success');
  return s ? Date.parse(s.createdAt) : null;
};

/**
 * The part of time the timeline draws: the observation period, with a lead-in of a tenth of it (at least an
 * hour) so the deployments that went out just before the publish (staging, a production deploy ahead of the
 * release notes) are on it. Everything earlier in the release cycle is summarised, not drawn to scale: on an
 * axis of weeks a deploy, its rollback and the hotfix hours later would be one cluster of labels.
 */
export function timelineSpan(data: ReleaseData): { from: Date; to: Date } {
  const from = Date.parse(data.window.from);
  const to = Date.parse(data.window.to);
  const leadIn = Math.max(HOUR_MS, (to - from) / 10);
  return { from: new Date(from - leadIn), to: new Date(Math.max(to, from + HOUR_MS)) };
}

/** At most `max` characters, with an ellipsis when cut (a long label spills past its bar at GitHub's width). */
function shortLabel(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function shortDate(ms: number): string {
  return new Date(ms).toISOString().slice(5, 16).replace('T', ' ');
}

/**
 * The bars of the timeline. A deployment's bar runs from its first success until the next successful
 * deployment to the same environment replaced it (or the end of the span): the chart shows what was live,
 * so a rollback and the hotfix after it read as the story they are. A failed deployment is a bar from its
 * creation to its failure. Incidents are bars from opened to closed; releases are milestones.
 */
export function timelineTasks(data: ReleaseData, span: { from: Date; to: Date }): GanttTask[] {
  const deployments = data.deployments.status === 'ok' ? data.deployments.data : [];
  const byTime = [...deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const spanTo = span.to.getTime();
  const tasks: GanttTask[] = [];
  for (const release of [data.train.release, ...data.train.hotfixes]) {
    const at = new Date(release.publishedAt);
    const hotfix = release !== data.train.release;
    tasks.push({
      section: 'releases',
      label: `${release.tag}${hotfix ? ' hotfix' : ''} published`,
      start: at,
      end: at,
      outcome: 'release',
    });
  }
  // Production first: it carries the story; then the other environments in first-seen order.
  const environments = [...new Map(byTime.map((d) => [d.environment.toLowerCase(), d])).values()]
    .sort((a, b) => Number(b.isProduction) - Number(a.isProduction))
    .map((d) => d.environment.toLowerCase());
  for (const environment of environments) {
    const list = byTime.filter((d) => d.environment.toLowerCase() === environment);
    for (const [i, d] of list.entries()) {
      const what = d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7);
      const success = firstSuccessAt(d);
      const last = lastStatus(d);
      if (success === null) {
        const failed = last && (last.state === 'failure' || last.state === 'error');
        tasks.push({
          section: d.environment,
          label: `${what} ${failed ? 'failed' : 'in progress'}`,
          start: new Date(d.createdAt),
          end: failed ? new Date(last.createdAt) : new Date(spanTo),
          outcome: failed ? 'failed' : 'in-progress',
        });
        continue;
      }
      // The first later deployment to this environment that succeeded no earlier: scanned in place, since
      // copying the rest of the list for every deployment was quadratic in a busy environment's deployments.
      let replacedBy: DeploymentFact | undefined;
      for (let j = i + 1; j < list.length && replacedBy === undefined; j += 1) {
        const candidate = list[j] as DeploymentFact;
        const at = firstSuccessAt(candidate);
        if (at !== null && at >= success) replacedBy = candidate;
      }
      const end = replacedBy ? (firstSuccessAt(replacedBy) ?? spanTo) : spanTo;
      const next = list[i + 1];
      const outcome: GanttTask['outcome'] = d.isRollback
        ? 'rollback'
        : next?.isRollback
          ? 'rolled-back'
          : 'succeeded';
      const kind =
        outcome === 'rollback'
          ? ' (rollback)'
          : outcome === 'rolled-back'
            ? ' (rolled back)'
            : d.isRedeploy
              ? ' (redeploy)'
              : '';
      const since = success < span.from.getTime() ? ` since ${shortDate(success).slice(0, 5)}` : '';
      tasks.push({
        section: d.environment,
        label: `${what}${kind}${since}`,
        start: new Date(success),
        end: new Date(end),
        outcome,
      });
    }
  }
  if (data.incidents.status === 'ok') {
    for (const issue of data.incidents.data) {
      tasks.push({
        section: 'incidents',
        // "#" would be drawn as a full-width "＃" (see mermaidText); the section already says "incidents".
        label: shortLabel(`${issue.number} · ${issue.title}`, 40),
        start: new Date(issue.createdAt),
        end: new Date(issue.closedAt ?? spanTo),
        outcome: 'incident',
      });
    }
  }
  return tasks;
}

/** "3 earlier deployments (production 1, staging 2; 1 failed)": what the timeline does not draw. */
function earlierSummary(earlier: readonly DeploymentFact[], before: Date): string {
  if (earlier.length === 0) return '';
  const byEnv = new Map<string, number>();
  for (const d of earlier) byEnv.set(d.environment, (byEnv.get(d.environment) ?? 0) + 1);
  const envs = [...byEnv].map(([env, n]) => `${escapeInline(env, { maxLength: 40 })} ${n}`).join(', ');
  const failed = earlier.filter((d) => d.statuses.some((s) => s.state === 'failure' || s.state === 'error'));
  const rollbacks = earlier.filter((d) => d.isRollback).length;
  const notes = [
    failed.length > 0 ? `${failed.length} failed` : '',
    rollbacks > 0 ? plural(rollbacks, 'rollback') : '',
  ].filter(Boolean);
  return (
    `_Earlier in the release cycle, before ${formatTime(before.toISOString())}: ${plural(earlier.length, 'deployment')} ` +
    `(${envs}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}). They are not drawn to scale (the chart starts at that ` +
    'time, with what was live then) and are listed in the table below._'
  );
}

export function renderTimeline(data: ReleaseData): string {
  if (data.deployments.status === 'unavailable') return unavailableNote('Deployments', data.deployments);
  const deployments = [...data.deployments.data].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
  if (deployments.length === 0) {
    return (
      '_No deployments were recorded for this release. If you deploy with GitHub Actions, give the deploy job an ' +
      '`environment:` so GitHub records deployments, or create them with the Deployments API._'
    );
  }
  const span = timelineSpan(data);
  const tasks = timelineTasks(data, span).filter(
    (t) => t.end.getTime() >= span.from.getTime() && t.start.getTime() <= span.to.getTime(),
  );
  const chart = deploymentGantt(tasks, { span });
  const earlier = deployments.filter((d) => {
    const end = lastStatus(d)?.createdAt ?? d.createdAt;
    return Date.parse(end) < span.from.getTime();
  });
  const shown = deployments.slice(-MAX_DEPLOYMENT_ROWS);
  const rows = shown.map((d) => {
    const last = lastStatus(d);
    return [
      escapeInline(d.environment, { maxLength: 40 }),
      link(d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7), d.url, { maxLength: 40 }),
      formatTime(d.createdAt),
      last ? escapeInline(last.state) : '—',
      d.isRollback ? 'rollback' : d.isRedeploy ? 'redeploy' : '',
      quietMention(d.creator),
    ];
  });
  const legend = ganttLegend(tasks.map((t) => t.outcome)).join(' · ');
  const parts = [
    chart,
    `_${legend}. A deployment's bar runs from its success until the next deployment to that environment replaced it. ` +
      `Shown: the observation period (${formatTime(data.window.from)} → ${formatTime(data.window.to)}) and the hours before it; times in UTC._`,
    earlierSummary(earlier, span.from),
    '<details><summary>Deployments</summary>',
    table(['Environment', 'Deployed', 'Started', 'Outcome', 'Kind', 'By'], rows),
    '</details>',
  ].filter(Boolean);
  if (deployments.length > shown.length) {
    parts.splice(
      parts.length - 3,
      0,
      `_The table lists the last ${shown.length} of ${deployments.length} deployments._`,
    );
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// Lead time

export const LEAD_TIME_BUCKETS: readonly { label: string; maxMs: number }[] = [
  { label: 'under 1 h', maxMs: HOUR_MS },
  { label: '1 h – 1 d', maxMs: DAY_MS },
  { label: '1 – 3 d', maxMs: 3 * DAY_MS },
  { label: '3 – 7 d', maxMs: 7 * DAY_MS },
  { label: '1 – 2 w', maxMs: 14 * DAY_MS },
  { label: 'over 2 w', maxMs: Number.POSITIVE_INFINITY },
];

/** Changes per lead-time bucket, each lead time measured as the metric measures it (`leadTimeSamples`). */
export function leadTimeBuckets(samples: readonly LeadTimeSample[]): Bucket[] {
  const counts = LEAD_TIME_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const sample of samples) {
    const ms = sample.hours * HOUR_MS;
    if (!Number.isFinite(ms) || ms < 0) continue;
    const bucket = counts[LEAD_TIME_BUCKETS.findIndex((b) => ms < b.maxMs)];
    if (bucket) bucket.count++;
  }
  return counts;
}

/** The caption says where the bars' lead times end, as the metric's method does. */
function leadTimeCaption(samples: readonly LeadTimeSample[], what: string): string {
  const toDeployment = samples.filter((s) => s.via === 'deployment').length;
  const end =
    toDeployment === samples.length
      ? 'the first successful production deployment containing it'
      : toDeployment === 0
        ? 'the publish of the release containing it (no production deployment contains them)'
        : `the first successful production deployment containing it (${toDeployment} of ${samples.length}; the others to the publish of their release)`;
  return `_Each bar counts ${what} by the time from their first commit to ${end}._`;
}

export function renderLeadTime(data: ReleaseData, metrics: Metrics): string {
  if (data.changes.status === 'unavailable') return unavailableNote('Lead times', data.changes);
  const samples = leadTimeSamples(data);
  const pulls = samples.some((s) => s.pullNumber !== null);
  const what = pulls ? 'pull requests' : 'commits';
  const chart = countChart(
    leadTimeBuckets(samples),
    `${pulls ? 'Pull requests' : 'Commits'} by lead time`,
    what,
  );
  if (!chart) return '_No merged pull requests in this release, so there is no lead time to show._';
  const m = metrics.leadTime;
  const summary = m.measured
    ? `Lead time for changes: **${escapeInline(m.display)}** (${evidenceLinks(m.evidence, 2)}).`
    : `Lead time for changes was not measured: ${escapeInline(m.reason)}`;
  return [chart, `${leadTimeCaption(samples, what)} ${summary}`].join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// Incidents and bugs

function issueLink(issue: IssueFact): string {
  return link(`#${issue.number} ${issue.title}`, issue.url, { maxLength: 90 });
}

function linkedByCell(issue: IssueFact): string {
  return issue.linkedBy.length === 0 ? 'by time only' : evidenceLinks(issue.linkedBy, 2);
}

function restoreCell(issue: IssueFact, now: string): string {
  if (issue.closedAt) return formatDuration(between(issue.createdAt, issue.closedAt));
  return `open for ${formatDuration(between(issue.createdAt, now))}`;
}

export function renderIncidents(data: ReleaseData, metrics: Metrics): string {
  const parts: string[] = [];
  if (data.incidents.status === 'unavailable') {
    parts.push(unavailableNote('Incidents', data.incidents));
  } else if (data.incidents.data.length === 0) {
    parts.push('**Incidents:** none were opened in the observation window. 🎉');
  } else {
    const rows = data.incidents.data.map((issue) => [
      issueLink(issue),
      issue.severity ? escapeInline(issue.severity, { maxLength: 40 }) : '—',
      formatTime(issue.createdAt),
      issue.closedAt ? formatTime(issue.closedAt) : 'still open',
      restoreCell(issue, data.collectedAt),
      linkedByCell(issue),
    ]);
    parts.push(
      `**Incidents** (${data.incidents.data.length}):`,
      table(['Incident', 'Severity', 'Opened', 'Restored', 'Time to restore', 'Tied to the release'], rows),
    );
  }
  if (data.bugs.status === 'unavailable') {
    parts.push(unavailableNote('Bugs', data.bugs));
  } else if (data.bugs.data.length === 0) {
    parts.push('**Bugs:** none were opened in the observation window.');
  } else {
    const rows = data.bugs.data.map((issue) => [
      issueLink(issue),
      formatTime(issue.createdAt),
      issue.state === 'closed'
        ? `closed after ${formatDuration(between(issue.createdAt, issue.closedAt ?? issue.createdAt))}`
        : 'open',
      linkedByCell(issue),
    ]);
    parts.push(
      `**Bugs** (${data.bugs.data.length}):`,
      table(['Bug', 'Opened', 'State', 'Tied to the release'], rows),
    );
  }
  // Change failure rate and time to restore are in the DORA table; only bug inflow is new here.
  parts.push(metricsTable(metrics, ['bugInflow']));
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// CI health

interface WorkflowHealth {
  name: string;
  runs: number;
  failures: number;
  reruns: number;
  medianMs: number | null;
  example: WorkflowRunFact;
}

export function workflowHealth(runs: readonly WorkflowRunFact[]): WorkflowHealth[] {
  const byName = new Map<string, WorkflowRunFact[]>();
  for (const run of runs) {
    const list = byName.get(run.name);
    if (list) list.push(run);
    else byName.set(run.name, [run]);
  }
  return [...byName.entries()]
    .map(([name, list]) => {
      const durations = list
        .map((r) => r.durationMs)
        .filter((d): d is number => d !== null)
        .sort((a, b) => a - b);
      const failed = list.filter((r) => r.conclusion === 'failure' || r.conclusion === 'timed_out');
      return {
        name,
        runs: list.length,
        failures: failed.length,
        reruns: list.filter((r) => r.runAttempt > 1).length,
        medianMs: durations.length > 0 ? (durations[Math.floor((durations.length - 1) / 2)] ?? null) : null,
        example: failed[0] ?? (list[0] as WorkflowRunFact),
      };
    })
    .sort((a, b) => b.runs - a.runs || a.name.localeCompare(b.name));
}

export function renderCi(data: ReleaseData, metrics: Metrics): string {
  if (data.workflowRuns.status === 'unavailable') return unavailableNote('Workflow runs', data.workflowRuns);
  const runs = [...data.workflowRuns.data.tagRuns, ...data.workflowRuns.data.branchRuns];
  const parts = [metricsTable(metrics, ['ciSuccessRate', 'ciFlakyRate'])];
  if (runs.length === 0) {
    parts.push('_No workflow runs were found for the release tags or the default branch in the window._');
    return parts.join('\n\n');
  }
  const rows = workflowHealth(runs).map((w) => [
    escapeInline(w.name, { maxLength: 60 }),
    String(w.runs),
    w.failures === 0 ? '0' : link(String(w.failures), w.example.url),
    String(w.reruns),
    w.medianMs === null ? '—' : formatDuration(w.medianMs),
  ]);
  parts.push(
    table(['Workflow', 'Runs (with re-runs)', 'Failed runs', 'Re-runs', 'Median duration'], rows),
    '_Runs of the release tags, and of the default branch during the release cycle. A failed run links to an example._',
  );
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// Feedback

export function renderFeedback(data: ReleaseData): string {
  if (data.feedback.status === 'unavailable') return unavailableNote('Feedback', data.feedback);
  const { issues, releaseReactions } = data.feedback.data;
  const reactions = Object.entries(releaseReactions)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${REACTION_EMOJI[name] ?? escapeInline(name, { maxLength: 20 })} ${n}`);
  const parts = [
    `**Reactions on the release${data.train.hotfixes.length > 0 ? 's' : ''}:** ${reactions.length > 0 ? reactions.join(' · ') : 'none'} (${releaseLink(data.train.release)}).`,
  ];
  const { issuesUnavailable } = data.feedback.data;
  if (issuesUnavailable) {
    parts.push(
      unavailableNote('Feedback issues', {
        status: 'unavailable',
        reason: issuesUnavailable.reason,
        ...(issuesUnavailable.hint ? { hint: issuesUnavailable.hint } : {}),
      }),
    );
  } else if (issues.length === 0) {
    parts.push('**Feedback issues:** none were opened in the observation window.');
  } else {
    parts.push(
      `**Feedback issues** (${issues.length}):`,
      table(
        ['Issue', 'From', 'Opened', 'State'],
        issues.map((i) => [issueLink(i), quietMention(i.author), formatTime(i.createdAt), i.state]),
      ),
    );
  }
  return parts.join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// Changes

export function renderChanges(data: ReleaseData): string {
  if (data.changes.status === 'unavailable') return unavailableNote('Changes', data.changes);
  const prs = [...data.changes.data.pullRequests].sort(
    (a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt),
  );
  if (prs.length === 0) return '_No pull requests were merged in this release._';
  const leadTimes = new Map(
    leadTimeSamples(data).flatMap((s) => (s.pullNumber === null ? [] : [[s.pullNumber, s.hours * HOUR_MS]])),
  );
  const rows = prs.map((pr) => {
    const lead = leadTimes.get(pr.number) ?? null;
    return [
      link(`#${pr.number} ${pr.title}`, pr.url, { maxLength: 90 }),
      quietMention(pr.author),
      pr.labels.length > 0 ? pr.labels.map((l) => escapeInline(l, { maxLength: 30 })).join(', ') : '—',
      escapeInline(pr.releaseTag, { maxLength: 40 }),
      lead === null ? '—' : formatDuration(lead),
      `+${pr.additions} −${pr.deletions}`,
      pr.isRevert ? '↩️ revert' : '',
    ];
  });
  return [
    `<details><summary>${plural(prs.length, 'pull request')} merged</summary>`,
    '',
    table(['Pull request', 'Author', 'Labels', 'Shipped in', 'Lead time', 'Size', ''], rows),
    '',
    '</details>',
  ].join('\n');
}
