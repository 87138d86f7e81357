/**
 * The data review's evidence from outside GitHub: the monitoring file's figures and series (with units, time
 * ranges and links) and what external monitors reported on the release commits (statuses and check runs).
 * Every text came from a file or an app the team does not fully control, so it is escaped like user text.
 */
import type { CommitCheck, CommitChecks } from '../collect/commit-checks.ts';
import type { Section } from '../collect/types.ts';
import type { VoiceData } from '../collect/voice.ts';
import type { MonitoringData, MonitoringFigure, MonitoringSeries } from '../monitoring/schema.ts';
import { unavailableNote } from './data-summary.ts';
import { formatTime } from './format.ts';
import { escapeInline, link, table } from './markdown.ts';
import { trendChart } from './mermaid.ts';

/** Evidence from outside the release's own GitHub data (src/retro/open/outside.ts gathers it). */
export interface OutsideData {
  /** null when no `monitoring` input was given. */
  monitoring: Section<MonitoringData> | null;
  checks: CommitChecks;
  /** null when neither voice source is configured. */
  voice: Section<VoiceData> | null;
}

/** A chart with more categories than this is unreadable on GitHub's width. */
export const MAX_CHART_POINTS = 24;
/** Charts beyond this many are left out (the series still gets its row with its link). */
export const MAX_CHARTS = 4;

/** A number as people read it: at most 3 decimals, no exponent for ordinary magnitudes. */
function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

function withUnit(value: number, unit: string): string {
  const u = escapeInline(unit, { maxLength: 30 });
  // "%" reads as part of the number; any other unit is a word after it.
  return unit === '%' ? `${num(value)} %` : `${num(value)} ${u}`;
}

function rangeText(range: { from: string; to: string } | undefined): string {
  return range ? `${formatTime(range.from)} → ${formatTime(range.to)}` : '—';
}

function nameCell(item: { name: string; link?: string | undefined; source?: string | undefined }): string {
  const name = item.link
    ? link(item.name, item.link, { maxLength: 100 })
    : escapeInline(item.name, { maxLength: 100 });
  return item.source ? `${name} (${escapeInline(item.source, { maxLength: 60 })})` : name;
}

function change(figure: MonitoringFigure): string {
  if (figure.baseline === undefined) return '—';
  const delta = figure.value - figure.baseline;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${withUnit(figure.baseline, figure.unit)} (${sign}${withUnit(Math.abs(delta), figure.unit)})`;
}

function figuresTable(figures: readonly MonitoringFigure[]): string {
  return table(
    ['Figure', 'Value', 'Before the release (change)', 'Period', 'Note'],
    figures.map((f) => [
      nameCell(f),
      `**${withUnit(f.value, f.unit)}**`,
      change(f),
      rangeText(f.range),
      f.note ? escapeInline(f.note, { maxLength: 300 }) : '',
    ]),
  );
}

/** Evenly spaced points, first and last kept, so a long series still charts its shape. */
export function samplePoints<T>(points: readonly T[], max = MAX_CHART_POINTS): T[] {
  if (points.length <= max) return [...points];
  return Array.from(
    { length: max },
    (_, i) => points[Math.round((i * (points.length - 1)) / (max - 1))] as T,
  );
}

function pointLabel(at: string, spanMs: number): string {
  const iso = new Date(at).toISOString();
  // Within two days the hour matters; beyond, the date is what people read.
  return spanMs <= 2 * 86_400_000 ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

function seriesBlock(series: MonitoringSeries, chart: boolean): string {
  const points = [...series.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const values = points.map((p) => p.value);
  const first = points[0];
  const last = points.at(-1);
  const range = series.range ?? (first && last ? { from: first.at, to: last.at } : undefined);
  const summary = [
    `**${nameCell(series)}** — ${points.length} values in ${escapeInline(series.unit, { maxLength: 30 })}, ${rangeText(range)}:`,
    `min ${withUnit(Math.min(...values), series.unit)}, max ${withUnit(Math.max(...values), series.unit)}, last ${withUnit(values.at(-1) ?? 0, series.unit)}.`,
    series.note ? escapeInline(series.note, { maxLength: 300 }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (!chart) return summary;
  const spanMs = first && last ? Date.parse(last.at) - Date.parse(first.at) : 0;
  const sampled = samplePoints(points);
  const chartText = trendChart(
    sampled.map((p) => ({ label: pointLabel(p.at, spanMs), value: p.value })),
    `${series.name} (${series.unit}, UTC)`,
    series.unit,
  );
  const note =
    sampled.length < points.length
      ? `\n\n_The chart shows ${sampled.length} of the ${points.length} values, evenly spaced._`
      : '';
  return `${summary}\n\n${chartText}${note}`;
}

/** The monitoring file's figures, series and links; null when no `monitoring` input was given. */
export function renderMonitoring(monitoring: Section<MonitoringData> | null): string {
  if (monitoring === null) {
    return '_No monitoring data was given. Add post-deployment figures from outside GitHub with the `monitoring` input (see the retrospective guide)._';
  }
  if (monitoring.status === 'unavailable') return unavailableNote('Monitoring data', monitoring);
  const { figures, series, links } = monitoring.data;
  const parts: string[] = [];
  if (figures.length > 0) parts.push(figuresTable(figures));
  series.forEach((s, i) => {
    parts.push(seriesBlock(s, i < MAX_CHARTS));
  });
  if (series.length > MAX_CHARTS) {
    parts.push(`_Charts are drawn for the first ${MAX_CHARTS} series; follow the links for the others._`);
  }
  if (links.length > 0) {
    parts.push(`**Dashboards:** ${links.map((l) => link(l.label, l.url, { maxLength: 100 })).join(' · ')}`);
  }
  return parts.join('\n\n');
}

const STATE_ICON: Record<string, string> = {
  success: '✅',
  failure: '❌',
  error: '❌',
  timed_out: '❌',
  action_required: '⚠️',
  cancelled: '⏹️',
  pending: '⏳',
  queued: '⏳',
  in_progress: '⏳',
  neutral: '➖',
  skipped: '➖',
  stale: '➖',
};

function checkRow(check: CommitCheck): string[] {
  const name = check.url
    ? link(check.name, check.url, { maxLength: 80 })
    : escapeInline(check.name, { maxLength: 80 });
  return [
    name,
    check.kind === 'status'
      ? 'status'
      : `check run${check.source ? ` (${escapeInline(check.source, { maxLength: 40 })})` : ''}`,
    `${STATE_ICON[check.state] ?? ''} ${escapeInline(check.state, { maxLength: 20 })}`.trim(),
    escapeInline(check.tag, { maxLength: 60 }),
    check.description ? escapeInline(check.description, { maxLength: 140 }) : '',
    check.at ? formatTime(check.at) : '—',
  ];
}

/** Statuses and check runs from external monitors on the release commits. */
export function renderCommitChecks(checks: CommitChecks): string {
  const { statuses, checkRuns } = checks;
  if (!statuses && !checkRuns) {
    // Opt-in: one quiet line that says how, for teams without external monitors.
    return '_Statuses and check runs from external monitors on the release commits are not read: set `external-checks.statuses` or `external-checks.check-runs` to `true` in the config, with `statuses: read` or `checks: read` in the job’s `permissions:`._';
  }
  const notes = [
    statuses ? unavailableNote('Commit statuses', statuses) : '',
    checkRuns ? unavailableNote('Check runs', checkRuns) : '',
  ].filter(Boolean);
  const read = [statuses, checkRuns].filter((s) => s?.status === 'ok');
  const rows = [
    ...(statuses?.status === 'ok' ? statuses.data : []),
    ...(checkRuns?.status === 'ok' ? checkRuns.data : []),
  ].map(checkRow);
  const body =
    rows.length > 0
      ? table(['Check', 'Kind', 'Result', 'On', 'Says', 'Reported'], rows)
      : read.length > 0
        ? `_No external monitor reported ${statuses?.status === 'ok' && checkRuns?.status === 'ok' ? 'a status or check run' : statuses?.status === 'ok' ? 'a status' : 'a check run'} on the release commits (GitHub Actions runs are under CI health)._`
        : '';
  return [body, ...notes].filter(Boolean).join('\n\n');
}
