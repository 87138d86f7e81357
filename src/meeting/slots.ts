/**
 * Meeting slots: the plan's weekly windows ("Tue 15:00" in `meeting.time-zone`) turned into the concrete
 * times a retrospective proposes. Time zones come from the runtime's Intl (Node ships full ICU), so a slot
 * stays at 15:00 local time across a daylight-saving change. Pure: the clock is passed in.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export interface MeetingPlan {
  minutes: number;
  slots: string[];
  timeZone: string;
  lookAheadDays: number;
  proposals: number;
  voteHours: number;
  quorum: number;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localParts(date: Date, timeZone: string): LocalParts {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: String(parts.weekday),
  };
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a wall-clock time in a zone stands for (a time skipped by a DST change moves forward). */
export function zonedTime(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const first = offsetMinutes(new Date(guess), timeZone);
  const second = offsetMinutes(new Date(guess - first * 60_000), timeZone);
  return new Date(guess - second * 60_000);
}

export interface ProposedSlot {
  /** ISO start, UTC. */
  start: string;
  end: string;
}

/** When the vote closes: `vote-hours` after the retrospective opened. */
export function voteClosesAt(openedAt: string, plan: MeetingPlan): string {
  return new Date(Date.parse(openedAt) + plan.voteHours * HOUR_MS).toISOString();
}

/**
 * The first `proposals` occurrences of the weekly slots that start after the vote closes and within
 * `look-ahead-days` of the opening, earliest first. Empty when no slot is planned or none falls in the window.
 */
export function proposeSlots(openedAt: string, plan: MeetingPlan): ProposedSlot[] {
  if (plan.slots.length === 0) return [];
  const opened = Date.parse(openedAt);
  const from = Date.parse(voteClosesAt(openedAt, plan));
  const until = opened + plan.lookAheadDays * DAY_MS;
  const starts = new Set<number>();
  // Walk the local calendar days of the window (one extra on each side for zones far from UTC).
  for (let t = opened - DAY_MS; t <= until + DAY_MS; t += DAY_MS) {
    const day = localParts(new Date(t), plan.timeZone);
    const weekday = WEEKDAYS[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()];
    for (const slot of plan.slots) {
      const [name, time] = slot.split(' ');
      if (name !== weekday || !time) continue;
      const [hour, minute] = time.split(':').map(Number);
      const start = zonedTime({ ...day, hour: hour ?? 0, minute: minute ?? 0 }, plan.timeZone).getTime();
      if (start >= from && start <= until) starts.add(start);
    }
  }
  return [...starts]
    .sort((a, b) => a - b)
    .slice(0, plan.proposals)
    .map((start) => ({
      start: new Date(start).toISOString(),
      end: new Date(start + plan.minutes * 60_000).toISOString(),
    }));
}

/** `Tue 24 Mar 2026, 15:00` in the zone: built from parts so the text does not depend on the ICU version. */
export function localLabel(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone);
  const month = new Date(Date.UTC(2000, p.month - 1, 1)).toLocaleString('en-US', {
    month: 'short',
    timeZone: 'UTC',
  });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.weekday} ${p.day} ${month} ${p.year}, ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `15:00` in the zone. */
export function localClock(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
