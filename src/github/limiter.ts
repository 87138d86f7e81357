/**
 * Lean stand-ins for the Bottleneck limiters that @octokit/plugin-throttling schedules every request through
 * (its retry limiter, then the global, auth, search, write or notifications group). Bottleneck's local
 * datastore awaits a 0 ms timer at each step of a job (submit, register, free, done), so the two or three
 * limiters a request passes cost 10–15 ms of added latency per request, measured against the emulator:
 * on a chain of 50 cursor pages that is most of a second spent waiting for timers. These implement what the
 * plugin uses, with the same limits (`maxConcurrent`, `minTime`) and retry protocol (a `failed` listener
 * returning a delay in ms retries the job, as Bottleneck does), and only wait when a limit says so.
 */

type Listener = (error: unknown, info: FailedInfo) => unknown;

export interface FailedInfo {
  args: unknown[];
  options: JobOptions;
  retryCount: number;
}

export interface JobOptions {
  /** 0 lets a job run past `maxConcurrent` (the plugin schedules retries that way). */
  weight?: number;
  priority?: number;
  expiration?: number;
}

export interface LimiterOptions {
  /** Jobs running at once; null or undefined for no limit. */
  maxConcurrent?: number | null;
  /** Least time between two job starts, in ms. */
  minTime?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Limiter {
  readonly #maxConcurrent: number;
  readonly #minTime: number;
  #running = 0;
  #waiting: (() => void)[] = [];
  #nextStart = 0;
  #listeners: Listener[] = [];

  constructor(options: LimiterOptions = {}) {
    this.#maxConcurrent = options.maxConcurrent ?? Number.POSITIVE_INFINITY;
    this.#minTime = options.minTime ?? 0;
  }

  /** Only `failed` matters to the plugin; its listener's number (ms) means "retry after". */
  on(event: string, listener: Listener): this {
    if (event === 'failed') this.#listeners.push(listener);
    return this;
  }

  /** Bottleneck's `schedule([options], fn, ...args)`. */
  schedule<R>(...input: unknown[]): Promise<R> {
    const options = (typeof input[0] === 'function' ? {} : input.shift()) as JobOptions;
    const [fn, ...args] = input as [(...a: unknown[]) => R | Promise<R>, ...unknown[]];
    return this.#run(fn, args, options);
  }

  async #run<R>(fn: (...a: unknown[]) => R | Promise<R>, args: unknown[], options: JobOptions): Promise<R> {
    const counted = options.weight !== 0;
    if (counted) await this.#acquire();
    await this.#space();
    try {
      for (let retryCount = 0; ; retryCount += 1) {
        try {
          return await fn(...args);
        } catch (error) {
          const delay = await this.#failed(error, { args, options, retryCount });
          if (delay === null) throw error;
          await sleep(delay);
        }
      }
    } finally {
      if (counted) this.#release();
    }
  }

  /**
   * A listener that throws says nothing about retrying: the job fails with its own error, not the listener's.
   * plugin-throttling's listener reads `error.response.headers` for every failed /graphql call, and a request
   * that got no answer at all (a reset connection) has no response: its TypeError would replace the real error
   * and hide it from our retry policy (Bottleneck, too, reports a listener's error apart from the job's).
   */
  async #failed(error: unknown, info: FailedInfo): Promise<number | null> {
    const answers = await Promise.all(
      this.#listeners.map(async (listener) => {
        try {
          return await listener(error, info);
        } catch {
          return null;
        }
      }),
    );
    const retry = answers.find((a) => a !== null && a !== undefined);
    return retry === undefined ? null : Math.max(0, Math.trunc(Number(retry)) || 0);
  }

  async #acquire(): Promise<void> {
    if (this.#running < this.#maxConcurrent) {
      this.#running += 1;
      return;
    }
    // The slot is handed over by #release, so #running already counts this job when it resumes.
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running -= 1;
  }

  async #space(): Promise<void> {
    if (this.#minTime <= 0) return;
    const now = Date.now();
    const start = Math.max(now, this.#nextStart);
    this.#nextStart = start + this.#minTime;
    if (start > now) await sleep(start - now);
  }
}

/** Bottleneck.Group: one limiter per key, each with the group's limits. */
export class LimiterGroup {
  readonly #limiters = new Map<string, Limiter>();

  constructor(private readonly options: LimiterOptions = {}) {}

  key(id = ''): Limiter {
    let limiter = this.#limiters.get(id);
    if (!limiter) {
      limiter = new Limiter(this.options);
      this.#limiters.set(id, limiter);
    }
    return limiter;
  }
}
