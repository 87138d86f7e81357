/**
 * The meeting agenda with time boxes. The plan's items carry minutes; the meeting has a length
 * (`meeting.minutes`). When they disagree (a user changed one and not the other), the time boxes are scaled
 * proportionally to the meeting's length and the body says so: a facilitator can still run the meeting,
 * and the note tells them what to fix. Failing the run instead would leave the team with no retrospective
 * over a few minutes of arithmetic.
 */
import type { Config } from '../config/load.ts';

export interface AgendaSlot {
  id: string;
  title: string;
  description: string;
  minutes: number;
  /** Minutes from the start of the meeting. */
  start: number;
  end: number;
  /** What the plan asked for, before scaling. */
  plannedMinutes: number;
}

export interface Agenda {
  slots: AgendaSlot[];
  totalMinutes: number;
  /** The plan's own total, before scaling. */
  plannedMinutes: number;
  scaled: boolean;
  /** Set when the time boxes were scaled: says what happened and what to change. */
  note: string | null;
}

/**
 * Scales integer minutes to sum exactly to `total`, proportionally, with every item at least one minute
 * (largest remainder method, ties to the earlier item). Needs `total >= items.length`.
 */
export function scaleMinutes(minutes: readonly number[], total: number): number[] {
  const planned = minutes.reduce((sum, m) => sum + m, 0);
  if (minutes.length === 0) return [];
  if (total < minutes.length) {
    throw new RangeError(
      `A ${total}-minute meeting cannot hold ${minutes.length} agenda items of a minute each.`,
    );
  }
  // Give each item its floor of the proportional share (at least 1), then hand out what is left by remainder.
  const exact = minutes.map((m) => (m / planned) * total);
  const result = exact.map((e) => Math.max(1, Math.floor(e)));
  let left = total - result.reduce((sum, m) => sum + m, 0);
  const byRemainder = exact
    .map((e, index) => ({ index, remainder: e - Math.floor(e) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length) {
    const index = byRemainder[i]?.index ?? 0;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  // Floors raised to 1 can overshoot: take the excess back from the largest items.
  while (left < 0) {
    const largest = result.indexOf(Math.max(...result));
    result[largest] = (result[largest] ?? 1) - 1;
    left++;
  }
  return result;
}

export function planAgenda(agenda: Config['agenda'], meetingMinutes: number): Agenda {
  const planned = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const scaled = planned !== meetingMinutes;
  const minutes = scaled
    ? scaleMinutes(
        agenda.map((item) => item.minutes),
        meetingMinutes,
      )
    : agenda.map((item) => item.minutes);
  let start = 0;
  const slots = agenda.map((item, index) => {
    const length = minutes[index] ?? item.minutes;
    const slot: AgendaSlot = {
      id: item.id,
      title: item.title,
      description: item.description,
      minutes: length,
      start,
      end: start + length,
      plannedMinutes: item.minutes,
    };
    start += length;
    return slot;
  });
  return {
    slots,
    totalMinutes: meetingMinutes,
    plannedMinutes: planned,
    scaled,
    note: scaled
      ? `The agenda's time boxes add up to ${planned} minutes, but the meeting is ${meetingMinutes} minutes ` +
        '(`meeting.minutes`), so each was scaled proportionally. To keep your own time boxes, make them add up ' +
        'to `meeting.minutes` in .github/release-retro.yml.'
      : null,
  };
}

/** `0:00`, `1:15`. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
