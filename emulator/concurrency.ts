/**
 * A workflow's `concurrency` group, as GitHub Actions runs one, for tests that deliver events the way GitHub
 * starts workflow runs. What GitHub documents
 * (https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/control-the-concurrency-of-workflows-and-jobs):
 * - "there can be at most one running job or workflow in a concurrency group at any time";
 * - a run queued while another is in progress is pending, and "by default, any existing pending job or
 *   workflow in the same concurrency group will be canceled and the new queued job or workflow will take its
 *   place" (so of three comments in a burst, the middle one's run never starts);
 * - with `queue: max` (github.com since 2026-05, only with cancel-in-progress false or unset), up to 100
 *   runs wait and start in order
 *   (https://github.blog/changelog/2026-05-07-github-actions-concurrency-groups-now-allow-larger-queues).
 * `cancel-in-progress: true` is not modelled: no workflow of this project sets it (a run killed half-way is
 * tested with the emulator's `hang` fault instead). An event that is never delivered is simply never passed
 * to `deliver`.
 */

/** The documented queue size with `queue: max`. */
export const MAX_QUEUED = 100;

export type Queue = 'single' | 'max';

export interface GroupRun<E, R> {
  event: E;
  /** `cancelled`: GitHub replaced it while pending; it never ran. */
  outcome: 'completed' | 'cancelled';
  result?: R;
  /** The harness itself failed to start or watch the run (not the run failing: that is in `result`). */
  error?: unknown;
}

export class ConcurrencyGroup<E, R> {
  /** Every delivered event in delivery order, with what became of it. */
  readonly runs: GroupRun<E, R>[] = [];
  #pending: GroupRun<E, R>[] = [];
  #running: Promise<void> | null = null;
  #idle: (() => void)[] = [];

  constructor(
    private readonly start: (event: E) => Promise<R>,
    private readonly queue: Queue = 'single',
  ) {}

  /** A run is queued for the event: started at once if the group is free, else pending. */
  deliver(event: E): void {
    const run: GroupRun<E, R> = { event, outcome: 'completed' };
    this.runs.push(run);
    if (!this.#running) {
      this.#begin(run);
      return;
    }
    if (this.queue === 'single') {
      for (const replaced of this.#pending) replaced.outcome = 'cancelled';
      this.#pending = [run];
      return;
    }
    if (this.#pending.length >= MAX_QUEUED) {
      // GitHub does not say what a 101st run does; a test that gets here models something unknown.
      throw new Error(`More than ${MAX_QUEUED} runs pending in one concurrency group.`);
    }
    this.#pending.push(run);
  }

  /** Resolves once no run is in progress or pending. */
  idle(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  get cancelled(): number {
    return this.runs.filter((r) => r.outcome === 'cancelled').length;
  }

  #begin(run: GroupRun<E, R>): void {
    this.#running = this.start(run.event).then(
      (result) => {
        run.result = result;
        this.#next();
      },
      (error: unknown) => {
        run.error = error;
        this.#next();
      },
    );
  }

  #next(): void {
    const next = this.#pending.shift();
    if (next) {
      this.#begin(next);
      return;
    }
    this.#running = null;
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
