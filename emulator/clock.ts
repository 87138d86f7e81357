/**
 * The emulator's notion of "now". Scenarios are written relative to it, and everything the emulator
 * creates is stamped with it, so tests can move time (e.g. past a maturity window) without sleeping.
 */
export class Clock {
  #now: number;

  constructor(iso: string) {
    this.#now = Date.parse(iso);
    if (Number.isNaN(this.#now)) throw new Error(`Clock: not a date: ${iso}`);
  }

  set(iso: string): void {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new Error(`Clock.set: not a date: ${iso}`);
    this.#now = t;
  }

  advance(ms: number): void {
    this.#now += ms;
  }

  nowMs(): number {
    return this.#now;
  }

  /** ISO 8601 without milliseconds, the way GitHub prints timestamps. */
  iso(): string {
    return toGitHubTime(this.#now);
  }
}

export function toGitHubTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Resolves a scenario time: an offset such as `-72h`, `+2d`, `-1d3h`, `-90m` relative to `nowMs`,
 * or an absolute ISO timestamp.
 */
export function resolveTime(value: string, nowMs: number): string {
  const offset = /^([+-])((?:\d+(?:\.\d+)?[smhdw])+)$/.exec(value);
  if (!offset) {
    const t = Date.parse(value);
    if (Number.isNaN(t)) throw new Error(`Scenario time is neither an offset nor a date: ${value}`);
    return toGitHubTime(t);
  }
  let ms = 0;
  for (const part of (offset[2] ?? '').matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) {
    ms += Number(part[1]) * (UNIT_MS[part[2] ?? ''] ?? 0);
  }
  return toGitHubTime(offset[1] === '-' ? nowMs - ms : nowMs + ms);
}
