import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clock, planAgenda, scaleMinutes } from '../../src/render/agenda.ts';
import { config } from './fixtures/retro-fixture.ts';

describe('scaleMinutes', () => {
  it('adds up exactly to the meeting, each item at least a minute, in proportion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 12, max: 240 }),
        (minutes, total) => {
          const scaled = scaleMinutes(minutes, total);
          expect(scaled.reduce((a, b) => a + b, 0)).toBe(total);
          expect(scaled.every((m) => m >= 1)).toBe(true);
          const planned = minutes.reduce((a, b) => a + b, 0);
          // Within a couple of minutes of the exact share (rounding, plus the one-minute floor).
          scaled.forEach((m, i) => {
            expect(Math.abs(m - ((minutes[i] ?? 0) / planned) * total)).toBeLessThan(2 + minutes.length / 2);
          });
        },
      ),
    );
  });

  it('keeps minutes that already add up', () => {
    expect(scaleMinutes([10, 15, 10, 15, 20, 5], 75)).toEqual([10, 15, 10, 15, 20, 5]);
  });

  it('refuses a meeting shorter than one minute an item', () => {
    expect(() => scaleMinutes([5, 5, 5], 2)).toThrow('A 2-minute meeting cannot hold 3 agenda items');
  });
});

describe('planAgenda', () => {
  it('uses the default plan as is: 75 minutes, no note', () => {
    const c = config();
    const agenda = planAgenda(c.agenda, c.meeting.minutes);
    expect(agenda.scaled).toBe(false);
    expect(agenda.note).toBeNull();
    expect(agenda.slots.map((s) => `${clock(s.start)}-${clock(s.end)}`)).toEqual([
      '0:00-0:10',
      '0:10-0:25',
      '0:25-0:35',
      '0:35-0:50',
      '0:50-1:10',
      '1:10-1:15',
    ]);
  });

  it('scales to a 90-minute meeting and says so', () => {
    const c = config('meeting:\n  minutes: 90\n');
    const agenda = planAgenda(c.agenda, c.meeting.minutes);
    expect(agenda.scaled).toBe(true);
    expect(agenda.slots.map((s) => s.minutes)).toEqual([12, 18, 12, 18, 24, 6]);
    expect(agenda.slots.at(-1)?.end).toBe(90);
    expect(agenda.note).toContain('add up to 75 minutes, but the meeting is 90 minutes');
  });
});
