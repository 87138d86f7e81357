/**
 * How the DORA keys moved across the last retrospectives of the line: one small line chart per key, from the
 * snapshots earlier retrospectives stored (in each metric's canonical unit, so points compare). Drawn once
 * there are at least three points: two points are a trend arrow, which the DORA table already shows.
 */
import { formatValue } from '../domain/units.ts';
import { CANONICAL_UNITS, type HistoryEntry, snapshotValue } from '../metrics/index.ts';
import type { MetricKey, Metrics } from '../metrics/types.ts';
import { escapeInline } from './markdown.ts';
import { trendChart } from './mermaid.ts';

/** A trend chart needs this many retrospectives with the metric measured, this one included. */
export const MIN_TREND_POINTS = 3;

/** The most retrospectives a trend chart shows, this one included. */
export const MAX_TREND_POINTS = 6;

const TREND_KEYS: readonly MetricKey[] = [
  'deploymentFrequency',
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
];

interface Axis {
  unit: string;
  /** From the canonical unit to the one the chart shows. */
  scale: number;
  range: { min: number; max: number };
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`: an axis top with round ticks. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * Durations in days once any point is two days or more, else in hours; rates per week; percentages 0–100.
 * Every axis starts at 0, so a line's slope is not exaggerated by a cut axis.
 */
function axisOf(key: MetricKey, values: readonly number[]): Axis {
  const top = (scale: number) => ({ min: 0, max: niceCeiling(Math.max(...values) * scale) });
  switch (key) {
    case 'deploymentFrequency':
      return { unit: 'deployments per week', scale: 1, range: top(1) };
    case 'changeFailureRate':
      return { unit: 'percent', scale: 1, range: { min: 0, max: 100 } };
    default:
      return Math.max(...values) >= 48
        ? { unit: 'days', scale: 1 / 24, range: top(1 / 24) }
        : { unit: 'hours', scale: 1, range: top(1) };
  }
}

/**
 * A point's value for its x-axis label. Mermaid labels cannot hold "%" (it starts a comment, and mermaidText
 * turns it into a full-width look-alike), so a percentage is written out.
 */
function axisValue(key: MetricKey, value: number): string {
  const unit = CANONICAL_UNITS[key];
  return unit === 'percent' ? `${Math.round(value * 10) / 10} percent` : formatValue(unit, value);
}

export interface TrendPoint {
  tag: string;
  /** In the metric's canonical unit. */
  value: number;
}

/** The points of one key, oldest first, this retrospective last; retrospectives that did not measure it are left out. */
export function trendPoints(
  key: MetricKey,
  metrics: Metrics,
  tag: string,
  history: readonly HistoryEntry[],
): TrendPoint[] {
  const earlier = history.flatMap((entry) => {
    const value = snapshotValue(entry.metrics, key);
    return value === undefined ? [] : [{ tag: entry.tag, value }];
  });
  const current = metrics[key];
  const points = current.measured ? [...earlier, { tag, value: current.value }] : earlier;
  return points.slice(-MAX_TREND_POINTS);
}

/** The trend charts, or '' while fewer than three retrospectives measured any key. */
export function renderTrends(metrics: Metrics, tag: string, history: readonly HistoryEntry[]): string {
  const charts = TREND_KEYS.flatMap((key) => {
    const points = trendPoints(key, metrics, tag, history);
    if (points.length < MIN_TREND_POINTS) return [];
    const axis = axisOf(
      key,
      points.map((p) => p.value),
    );
    const name = metrics[key].name;
    return [
      trendChart(
        // Each label carries its value with its unit, so the figure is read exactly, not off the axis.
        points.map((p) => ({
          label: `${p.tag} (${axisValue(key, p.value)})`,
          value: p.value * axis.scale,
        })),
        `${name} (${axis.unit})`,
        axis.unit,
        { yRange: axis.range, height: 250 },
      ),
    ];
  });
  if (charts.length === 0) return '';
  return [
    `**Trends** across the last retrospectives of this line (oldest first, ${escapeInline(tag, { maxLength: 60 })} last):`,
    ...charts,
  ].join('\n\n');
}
