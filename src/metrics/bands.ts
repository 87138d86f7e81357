/**
 * DORA performance bands for the four keys, from the software delivery performance clusters of the
 * 2023 Accelerate State of DevOps Report (DORA). docs/metrics.md explains how the clusters map to boundaries.
 */
import type { Band } from './types.ts';

const HOURS_PER_DAY = 24;
const WEEKS_PER_MONTH = 30.44 / 7;

/** Elite: on demand (more than once a day); high: daily to weekly; medium: weekly to monthly; low: less. */
export function deploymentFrequencyBand(perWeek: number): Band {
  if (perWeek > 7) return 'elite';
  if (perWeek >= 1) return 'high';
  if (perWeek >= 1 / WEEKS_PER_MONTH) return 'medium';
  return 'low';
}

/** Elite: under a day; high: a day to a week; medium: a week to a month; low: longer. */
export function leadTimeBand(hours: number): Band {
  if (hours < HOURS_PER_DAY) return 'elite';
  if (hours < 7 * HOURS_PER_DAY) return 'high';
  if (hours < 30 * HOURS_PER_DAY) return 'medium';
  return 'low';
}

/** Cluster values 5 %, 10 %, 15 %, 64 %: at most 5 % elite, at most 10 % high, at most 15 % medium. */
export function changeFailureRateBand(percent: number): Band {
  if (percent <= 5) return 'elite';
  if (percent <= 10) return 'high';
  if (percent <= 15) return 'medium';
  return 'low';
}

/** Failed deployment recovery time: elite under an hour; high under a day; medium under a week; low longer. */
export function timeToRestoreBand(hours: number): Band {
  if (hours < 1) return 'elite';
  if (hours < HOURS_PER_DAY) return 'high';
  if (hours < 7 * HOURS_PER_DAY) return 'medium';
  return 'low';
}
