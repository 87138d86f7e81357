import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DisplayUnit,
  formatDuration,
  formatRate,
  fromCanonical,
  toCanonical,
} from '../../src/domain/units.ts';
import { trendOf } from '../../src/metrics/index.ts';

describe('units', () => {
  it('formats durations one way everywhere', () => {
    expect([
      formatDuration(45 * 60_000),
      formatDuration(3.5 * 3_600_000),
      formatDuration(172.17 * 3_600_000),
      formatDuration(-1),
    ]).toEqual(['45 min', '3.5 h', '7 d 4 h', '—']);
  });

  it('shows a rate per day above 7 a week, else per week', () => {
    expect([formatRate(0.4), formatRate(7), formatRate(8.4)]).toEqual([
      '0.4 / week',
      '7 / week',
      '1.2 / day',
    ]);
  });

  it('trend direction does not depend on the unit a value was shown in', () => {
    const rate = fc.double({ min: 0.01, max: 500, noNaN: true });
    const unit = fc.constantFrom<DisplayUnit>('per-day', 'per-week');
    fc.assert(
      fc.property(rate, rate, unit, unit, (now, before, shownNow, shownBefore) => {
        // Each value goes through the unit it was displayed in and back, as a stored figure does.
        const stored = (v: number, u: DisplayUnit) => toCanonical(u, fromCanonical(u, v));
        const direct = trendOf('deploymentFrequency', now, [
          { tag: 'v1', metrics: { deploymentFrequencyPerWeek: before } },
        ]);
        const viaDisplay = trendOf('deploymentFrequency', stored(now, shownNow), [
          { tag: 'v1', metrics: { deploymentFrequencyPerWeek: stored(before, shownBefore) } },
        ]);
        expect(viaDisplay?.direction).toBe(direct?.direction);
        expect(viaDisplay?.improved).toBe(direct?.improved);
      }),
      { numRuns: 200 },
    );
  });
});
