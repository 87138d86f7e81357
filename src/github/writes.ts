/**
 * The one choke point for writes. Every request that changes something on GitHub goes through
 * `WriteGateway.write`, which
 *  - in dry-run records the intent (what, where, a payload summary) and sends nothing;
 *  - otherwise runs writes one at a time, at least `intervalMs` apart, as GitHub asks for
 *    content-creating requests ("at least one second between each request", REST best practices).
 */

export interface WriteIntent {
  /** What kind of write, e.g. "create discussion", "add comment", "create issue". */
  action: string;
  /** Where, e.g. "acme/shop discussion #12". */
  target: string;
  /** A short payload summary, safe to print (never a token). */
  summary: string;
  /** The full text a person would want to read in a dry run (a body), printed in full. */
  body?: string;
}

export interface WriteLog {
  info(message: string): void;
}

export class WriteGateway {
  readonly intents: WriteIntent[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private lastWriteAt = 0;

  constructor(private readonly options: { dryRun: boolean; intervalMs: number; log: WriteLog }) {}

  get dryRun(): boolean {
    return this.options.dryRun;
  }

  /**
   * Sends a write through `send`, or in dry-run records it and returns `dryRunResult` (a stand-in shaped like
   * the real answer, so later steps of a dry run can go on).
   */
  write<T>(intent: WriteIntent, send: () => Promise<T>, dryRunResult: T): Promise<T> {
    this.intents.push(intent);
    if (this.options.dryRun) {
      this.options.log.info(`[dry-run] would ${intent.action} on ${intent.target}: ${intent.summary}`);
      if (intent.body !== undefined) this.options.log.info(intent.body);
      return Promise.resolve(dryRunResult);
    }
    const run = this.queue.then(async () => {
      const wait = this.lastWriteAt + this.options.intervalMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      try {
        return await send();
      } finally {
        this.lastWriteAt = Date.now();
      }
    });
    // A failed write must not poison the queue for the writes after it.
    this.queue = run.catch(() => undefined);
    return run;
  }
}
