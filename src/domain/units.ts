/**
 * Units are part of a value: every metric is stored in one canonical unit (`CANONICAL_UNIT`), converted
 * only for display, and compared only in that unit (a trend never compares per-day with per-week).
 * One duration formatter serves the metrics and every table.
 */

export type Unit = 'hours' | 'per-week' | 'percent';

/** How a value may be shown: the canonical unit, or a rate per day for frequent events. */
export type DisplayUnit = Unit | 'per-day';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** `45 min`, `3.5 h`, `2 d 4 h`. Negative or invalid durations are `—`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < HOUR_MS) return `${Math.round(ms / MINUTE_MS)} min`;
  if (ms < DAY_MS) {
    const hours = Math.round((ms / HOUR_MS) * 10) / 10;
    return hours >= 24 ? '1 d' : `${hours} h`;
  }
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.round((ms - days * DAY_MS) / HOUR_MS);
  if (hours === 24) return `${days + 1} d`;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}

export const formatHours = (hours: number) => formatDuration(hours * HOUR_MS);

const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

/** A rate per week shown per day once it is above one a day (a reader counts daily deploys by the day). */
export function formatRate(perWeek: number): string {
  return perWeek > 7 ? `${oneDecimal(perWeek / 7)} / day` : `${oneDecimal(perWeek)} / week`;
}

/** A value in its canonical unit, as people read it: always with its unit. */
export function formatValue(unit: Unit, value: number): string {
  switch (unit) {
    case 'hours':
      return formatHours(value);
    case 'per-week':
      return formatRate(value);
    case 'percent':
      return `${oneDecimal(value)} %`;
  }
}

/** Converts a value shown in `unit` to the canonical unit of its metric (per-day → per-week). */
export function toCanonical(unit: DisplayUnit, value: number): number {
  return unit === 'per-day' ? value * 7 : value;
}

export function fromCanonical(unit: DisplayUnit, value: number): number {
  return unit === 'per-day' ? value / 7 : value;
}
