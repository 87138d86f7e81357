/**
 * What every lifecycle stage (open, command, finalize, remind) is given: built once in run(), passed down.
 * Stages never read the environment or build clients themselves, so they can be driven by the action,
 * the CLI and tests alike.
 */
import type { Config } from '../config/load.ts';
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import type { Identity } from '../github/identity.ts';
import type { WriteGateway } from '../github/writes.ts';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  /** What a run opened, decided or created, with its link: a notice annotation on the run (core.notice). */
  notice?(message: string): void;
}

/** Reports a result as a notice where the logger has them (the action), else as an info line. */
export function notice(log: Logger, message: string): void {
  (log.notice ?? log.info)(message);
}

export interface RetroContext {
  github: GitHub;
  /** A client authenticated with `project-token`, or null: GITHUB_TOKEN cannot reach Projects (v2). */
  projectGithub: GitHub | null;
  writes: WriteGateway;
  repo: RepoRef;
  config: Config;
  /** The clock. Injected so tests and the demo run at a fixed time. */
  now: Date;
  log: Logger;
  /** Where files for the job are written (GITHUB_WORKSPACE, or the CLI's working directory). */
  workspace: string;
  /** The `monitoring` input: a JSON or YAML file in the workspace written by an earlier step. */
  monitoringPath?: string | undefined;
  /** e.g. https://github.com, for links. */
  serverUrl: string;
  /**
   * Milliseconds to wait before reading a written record back (default 1,000: reconcile.ts's WRITE_TIMING);
   * RELEASE_RETRO_SETTLE_MS. Tests set 0 and make writes slow with the emulator's `hold` fault instead.
   */
  settleMs?: number;
  /** The workflow run's page, linked from the closing comment; absent outside a runner (the CLI, tests). */
  runUrl?: string | null;
  /**
   * Who the action writes as, read once from the API: its discussions, comments and issues are the only trusted
   * state, recognised by database id (src/github/identity.ts), never by login.
   */
  actor(): Promise<Identity>;
}

/** The action's outputs; every stage fills in what it knows. */
export interface Outputs {
  mode: string;
  'release-tag': string;
  'discussion-url': string;
  'discussion-number': string;
  'action-items': string;
  issues: string;
  'retrospective-path': string;
  metrics: string;
}

export const OUTPUT_NAMES: readonly (keyof Outputs)[] = [
  'mode',
  'release-tag',
  'discussion-url',
  'discussion-number',
  'action-items',
  'issues',
  'retrospective-path',
  'metrics',
];

export interface StageResult {
  outputs: Partial<Outputs>;
  /** Markdown for the job summary. */
  summary: string;
}
