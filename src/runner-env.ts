/**
 * The runner's environment, read in one place and checked: which event, which repository, which API.
 * A missing variable is reported by name, with what it means, instead of failing later with a stack trace.
 */
import { existsSync } from 'node:fs';
import { ConfigError } from './config/config-error.ts';

/** What @actions/github's `context` holds that a run uses (its event, payload and URLs). */
export interface ActionsContext {
  eventName: string | undefined;
  payload: Record<string, unknown>;
  apiUrl: string;
  serverUrl: string;
  runId: number;
}

/**
 * The runner context, from @actions/github. Imported when called, not at start-up: the package reads
 * GITHUB_EVENT_PATH as it loads, and an unreadable event would otherwise crash the bundle with a stack trace
 * before run() can say which variable is wrong.
 */
export async function loadActionsContext(env: NodeJS.ProcessEnv): Promise<ActionsContext> {
  const path = env.GITHUB_EVENT_PATH;
  // @actions/github only prints a line for a missing event file and carries on with an empty payload.
  if (path && !existsSync(path)) {
    throw new ConfigError(
      `GITHUB_EVENT_PATH (${path}) is not a readable JSON event: the file does not exist.`,
    );
  }
  try {
    const { context } = await import('@actions/github');
    return context as unknown as ActionsContext;
  } catch (error) {
    throw new ConfigError(
      `GITHUB_EVENT_PATH (${path}) is not a readable JSON event: ${(error as Error).message}`,
    );
  }
}

export interface RunnerEnv {
  eventName: string;
  payload: Record<string, unknown>;
  repository: { owner: string; name: string };
  apiUrl: string;
  graphqlUrl: string | undefined;
  serverUrl: string;
  /** The workflow run (GITHUB_RUN_ID), for links to its log and job summary; absent outside a runner. */
  runId: number | undefined;
  /**
   * This workflow run's page (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID: the repository
   * the workflow runs in, which a `repository` input does not change), or null outside a runner.
   */
  runUrl: string | null;
  workspace: string;
  now: Date;
  writeIntervalMs: number;
  /** Wait before retry n of a 5xx is n² × this (RELEASE_RETRO_RETRY_BASE_DELAY_MS, default 1 s). */
  retryBaseDelayMs: number;
  /** RELEASE_RETRO_SETTLE_MS: the pause before a written record is read back (tests: 0). */
  settleMs: number;
}

/** Parses an ISO time for RELEASE_RETRO_NOW, the clock used by the tests and the demo. */
function parseNow(text: string | undefined): Date {
  if (!text) return new Date();
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ConfigError(`RELEASE_RETRO_NOW is not an ISO date: "${text}".`);
  return date;
}

/** Throws one message naming every variable a runner would have set but this environment lacks. */
export function requireRunnerEnv(
  env: NodeJS.ProcessEnv,
  repositoryGiven: boolean,
  tokenGiven: boolean,
): void {
  const missing: string[] = [];
  if (!tokenGiven) missing.push('the github-token input (INPUT_GITHUB-TOKEN)');
  if (!env.GITHUB_EVENT_NAME) missing.push('GITHUB_EVENT_NAME (the event that started the workflow)');
  if (!repositoryGiven && !env.GITHUB_REPOSITORY)
    missing.push('GITHUB_REPOSITORY or the `repository` input (owner/name)');
  if (missing.length > 0) {
    throw new ConfigError(
      `release-retro runs inside a GitHub Actions job; this environment lacks ${missing.join(', ')}. ` +
        'To run it locally use the CLI: `release-retro preview --repo owner/name --tag v1.2.3`.',
    );
  }
}

export function readRunnerEnv(
  env: NodeJS.ProcessEnv,
  context: ActionsContext,
  repositoryInput: string | undefined,
): RunnerEnv {
  requireRunnerEnv(env, Boolean(repositoryInput), true);
  const eventName = context.eventName ?? '';
  const repository = repositoryInput ?? env.GITHUB_REPOSITORY ?? '';
  const [owner, name] = repository.split('/');
  if (!owner || !name) {
    throw new ConfigError(
      `The repository (the repository input or GITHUB_REPOSITORY) must look like owner/name, but is "${repository}".`,
    );
  }

  const writeIntervalMs = millisecondsFrom(env, 'RELEASE_RETRO_WRITE_INTERVAL_MS', 1000);
  const retryBaseDelayMs = millisecondsFrom(env, 'RELEASE_RETRO_RETRY_BASE_DELAY_MS', 1000);
  const settleMs = millisecondsFrom(env, 'RELEASE_RETRO_SETTLE_MS', 1000);
  return {
    eventName,
    payload: context.payload,
    repository: { owner, name },
    apiUrl: context.apiUrl || 'https://api.github.com',
    // Not context.graphqlUrl: it falls back to github.com's endpoint, where GitHub Enterprise Server's is
    // derived from the REST root (client.ts, graphqlUrlFor).
    graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
    serverUrl: context.serverUrl || 'https://github.com',
    runId: Number.isSafeInteger(context.runId) && context.runId > 0 ? context.runId : undefined,
    runUrl:
      Number.isSafeInteger(context.runId) && context.runId > 0 && env.GITHUB_REPOSITORY
        ? `${context.serverUrl || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${context.runId}`
        : null,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    now: parseNow(env.RELEASE_RETRO_NOW),
    writeIntervalMs,
    retryBaseDelayMs,
    settleMs,
  };
}

/**
 * A pacing knob in milliseconds. The defaults are GitHub's advice (a second between writes; back off on 5xx);
 * the emulator's harness and the demo set them to 0, since the emulator asks for no pacing and the tests must
 * not wait on real time.
 */
function millisecondsFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  const value = text === undefined || text === '' ? fallback : Number(text);
  if (!Number.isFinite(value) || value < 0) {
    throw new ConfigError(`${name} must be a number of milliseconds, but is "${text}".`);
  }
  return value;
}
