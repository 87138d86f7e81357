/**
 * Our retry policy for server errors, as one `wrap` hook on the client.
 *
 * - A 5xx answer, or GitHub's transient GraphQL error ("Something went wrong while executing your query"),
 *   is retried up to `retries` times, waiting 1 s, 4 s, 9 s… between attempts.
 * - 4xx answers are never retried here: a 403 rate limit is the throttling plugin's job, and the others
 *   (bad request, missing permission, not found, validation) will not change by asking again.
 * - A creation (see `createsContent`) is never retried: GitHub can answer 5xx after it created the thing, and
 *   a blind retry would duplicate it. The run fails instead; the next run finds what exists (every object the
 *   action creates carries a hidden key) and creates only the rest.
 *
 * We do not use @octokit/plugin-retry: it schedules every request through a Bottleneck limiter, whose
 * zero-millisecond timers added about 5 ms to each request in our benchmark (docs/performance.md).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Octokit } from '@octokit/core';

export interface RetryPolicy {
  retries: number;
  /** Wait before retry n is n² × this, in ms. */
  baseDelayMs: number;
  /** Ends a wait between attempts when the run is over (client.ts). */
  signal?: AbortSignal;
}

/** GraphQL mutations that create something new each time they are sent. */
const CREATING_MUTATIONS = new Set(['CreateDiscussion', 'AddDiscussionComment']);
/** REST creations that GitHub does not reject as duplicates (labels, milestones and refs answer 422 instead). */
const CREATING_ROUTES = [/\/issues$/, /\/issues\/(\{issue_number\}|\d+)\/comments$/];

export function createsContent(method: string, url: string, query: unknown): boolean {
  if (method !== 'POST') return false;
  if (url === '/graphql' || url.endsWith('/graphql')) {
    const operation = typeof query === 'string' ? /^\s*mutation\s+(\w+)/.exec(query)?.[1] : undefined;
    return operation !== undefined && CREATING_MUTATIONS.has(operation);
  }
  return CREATING_ROUTES.some((route) => route.test(url));
}

const TRANSIENT_GRAPHQL = /Something went wrong while executing your query/;

function isServerError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 500;
}

function transientGraphqlError(response: { data?: unknown }): string | undefined {
  const errors = (response.data as { errors?: { message?: string }[] } | null | undefined)?.errors;
  const message = errors?.[0]?.message;
  return message && TRANSIENT_GRAPHQL.test(message) ? message : undefined;
}

const policies = new WeakMap<object, RetryPolicy>();

/** The server-error policy a client was built with, for the bulk readers that retry on their own. */
export function retryPolicyOf(octokit: object): RetryPolicy | undefined {
  return policies.get(octokit);
}

export function retryServerErrors(octokit: Octokit, policy: RetryPolicy): void {
  policies.set(octokit, policy);
  octokit.hook.wrap('request', async (request, options) => {
    const allowed = createsContent(options.method, options.url, options.query) ? 0 : policy.retries;
    for (let attempt = 0; ; attempt += 1) {
      const retry = async () => {
        if (attempt >= allowed) return false;
        // The run's signal ends the wait too: an abandoned read does not keep the process alive.
        await sleep(policy.baseDelayMs * (attempt + 1) ** 2, undefined, { signal: policy.signal });
        return true;
      };
      try {
        const response = await request(options);
        // GraphQL reports this failure with HTTP 200; the response is returned as is when out of retries,
        // so @octokit/graphql raises it with GitHub's message.
        if (transientGraphqlError(response) && (await retry())) continue;
        return response;
      } catch (error) {
        if (isServerError(error) && (await retry())) continue;
        throw policy.signal?.aborted ? error : unanswered(error, options, attempt + 1);
      }
    }
  });
}

/**
 * A request that got no answer at all (a reset connection, a DNS failure) reaches us as a status-500 error
 * without a response and a bare message such as "socket hang up". Say which request it was and how often it
 * was tried, so the job's error names what failed and that re-running is the fix.
 */
function unanswered(
  error: unknown,
  options: { method: string; url: string; query?: unknown },
  attempts: number,
) {
  const e = error as { status?: unknown; response?: unknown; message?: unknown } | null;
  if (!(error instanceof Error) || e?.status !== 500 || e.response !== undefined) return error;
  const operation =
    typeof options.query === 'string' ? /^\s*(query|mutation)\s+(\w+)/.exec(options.query) : null;
  const what = `${options.method} ${options.url}${operation ? ` (${operation[1]} ${operation[2]})` : ''}`;
  const tries =
    attempts === 1 ? 'once (a creation is never retried: it may have landed)' : `${attempts} times`;
  error.message = `GitHub did not answer ${what}, tried ${tries}: ${error.message}. Re-run the job; it continues where this one stopped.`;
  return error;
}
