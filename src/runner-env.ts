/**
 * The runner's environment, read in one place and checked: which event, which repository, which API.
 * A missing variable is reported by name, with what it means, instead of failing later with a stack trace.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from './config/errors.ts';

export interface RunnerEnv {
  eventName: string;
  payload: Record<string, unknown>;
  repository: { owner: string; name: string };
  apiUrl: string;
  graphqlUrl: string | undefined;
  serverUrl: string;
  workspace: string;
  now: Date;
  writeIntervalMs: number;
  /** Wait before retry n of a 5xx is n² × this (RELEASE_RETRO_RETRY_BASE_DELAY_MS, default 1 s). */
  retryBaseDelayMs: number;
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

export function readRunnerEnv(env: NodeJS.ProcessEnv, repositoryInput: string | undefined): RunnerEnv {
  requireRunnerEnv(env, Boolean(repositoryInput), true);
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = repositoryInput ?? env.GITHUB_REPOSITORY ?? '';
  const [owner, name] = repository.split('/');
  if (!owner || !name) {
    throw new ConfigError(
      `The repository (the repository input or GITHUB_REPOSITORY) must look like owner/name, but is "${repository}".`,
    );
  }

  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(
        `GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}) is not a readable JSON event: ${(error as Error).message}`,
      );
    }
  }
  const writeIntervalMs = millisecondsFrom(env, 'RELEASE_RETRO_WRITE_INTERVAL_MS', 1000);
  const retryBaseDelayMs = millisecondsFrom(env, 'RELEASE_RETRO_RETRY_BASE_DELAY_MS', 1000);
  return {
    eventName,
    payload,
    repository: { owner, name },
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    now: parseNow(env.RELEASE_RETRO_NOW),
    writeIntervalMs,
    retryBaseDelayMs,
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
