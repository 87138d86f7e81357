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
  PullRequestFact,
  ReleaseData,
  ReleaseRef,
  Section,
  WorkflowRunFact,
} from '../collect/types.ts';
import { formatValue } from '../domain/units.ts';
import type { Band, Metric, MetricKey, Metrics, MetricWindow } from '../metrics/types.ts';
import { between, formatDuration, formatTime, plural, REACTION_EMOJI } from './format.ts';
import { escapeInline, link, quietMention, table } from './markdown.ts';
import { type Bucket, deploymentGantt, type GanttTask, leadTimeChart } from './mermaid.ts';

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

const MAX_GANTT_TASKS = 40;

function lastStatus(d: DeploymentFact): DeploymentFact['statuses'][number] | undefined {
  const meaningful = d.statuses.filter((s) => s.state !== 'inactive');
  return [...meaningful].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).at(-1);
}

export function ganttTaskOf(d: DeploymentFact): GanttTask {
  const last = lastStatus(d);
  const end = last ? new Date(last.createdAt) : new Date(d.createdAt);
  let status: GanttTask['status'];
  if (!last || last.state === 'pending' || last.state === 'queued' || last.state === 'in_progress')
    status = 'active';
  else if (last.state === 'failure' || last.state === 'error') status = 'failure';
  else status = d.isRollback ? 'rollback' : 'success';
  const what = d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7);
  return {
    section: d.environment,
    label: `${what}${d.isRollback ? ' rollback' : d.isRedeploy ? ' redeploy' : ''}`,
    start: new Date(d.createdAt),
    end,
    status,
  };
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
  const shown = deployments.slice(-MAX_GANTT_TASKS);
  const chart = deploymentGantt(shown.map(ganttTaskOf));
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
  const parts = [
    chart,
    '_Green bars succeeded, red ones failed or were rolled back. Times in UTC._',
    '<details><summary>Deployments</summary>',
    table(['Environment', 'Deployed', 'Started', 'Outcome', 'Kind', 'By'], rows),
    '</details>',
  ];
  if (deployments.length > shown.length) {
    parts.splice(1, 0, `_Showing the last ${shown.length} of ${deployments.length} deployments._`);
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

/** A pull request's lead time: its first commit (or its opening) to the publication of the release that shipped it. */
export function pullLeadTimeMs(pr: PullRequestFact, data: ReleaseData): number | null {
  const shipped =
    [data.train.release, ...data.train.hotfixes].find((r) => r.tag === pr.releaseTag) ?? data.train.release;
  const start = pr.firstCommitAt ?? pr.createdAt;
  const ms = between(start, shipped.publishedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export function leadTimeBuckets(data: ReleaseData): Bucket[] {
  const counts = LEAD_TIME_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  if (data.changes.status !== 'ok') return counts;
  for (const pr of data.changes.data.pullRequests) {
    const ms = pullLeadTimeMs(pr, data);
    if (ms === null) continue;
    const index = LEAD_TIME_BUCKETS.findIndex((b) => ms < b.maxMs);
    const bucket = counts[index];
    if (bucket) bucket.count++;
  }
  return counts;
}

export function renderLeadTime(data: ReleaseData, metrics: Metrics): string {
  if (data.changes.status === 'unavailable') return unavailableNote('Lead times', data.changes);
  const chart = leadTimeChart(leadTimeBuckets(data), 'Pull requests by lead time');
  if (!chart) return '_No merged pull requests in this release, so there is no lead time to show._';
  const m = metrics.leadTime;
  const summary = m.measured
    ? `Lead time for changes: **${escapeInline(m.display)}** (${evidenceLinks(m.evidence, 2)}).`
    : `Lead time for changes was not measured: ${escapeInline(m.reason)}`;
  return [
    chart,
    `_Each bar counts pull requests by the time from their first commit to the publication of the release that shipped them._ ${summary}`,
  ].join('\n\n');
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
  for (const run of runs) byName.set(run.name, [...(byName.get(run.name) ?? []), run]);
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
  const rows = prs.map((pr) => {
    const lead = pullLeadTimeMs(pr, data);
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
