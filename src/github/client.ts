/**
 * The only place that builds an HTTP client. Policy lives here, once: authentication, GitHub Enterprise
 * Server / emulator URLs, throttling, retries, pagination. The client is built once in run() and passed down.
 */
import { Octokit } from '@octokit/core';
import { paginateGraphQL } from '@octokit/plugin-paginate-graphql';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { requestLog } from '@octokit/plugin-request-log';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import { explainRefusals, type TokenInput } from './explain-refusals.ts';
import { Limiter, LimiterGroup } from './limiter.ts';
import { retryServerErrors } from './retry.ts';
import { transportFetch } from './transport.ts';
import { userAgent } from './user-agent.ts';

// @octokit/rest's Octokit without its REST endpoint methods: the code names every route (`request('GET
// /repos/{owner}/{repo}')`), and the methods' table is 93 KB that a cold run compiled and evaluated before its
// first request, about 15 ms. REST pagination, request logging (at debug level here), throttling and GraphQL
// pagination are the plugins. The action and the CLI both build it here.
const GitHubOctokit = Octokit.plugin(requestLog, paginateRest, throttling, paginateGraphQL);

/**
 * plugin-throttling's limits, on lean limiters (limiter.ts: Bottleneck's timers added 10–15 ms to every
 * request). Shared by every client of the process, as the plugin's own groups are. The global group keeps 10
 * requests in flight; auth and search stay one at a time, search 2 s apart. Writes and notifying writes are
 * not queued here: plugin-throttling queues every /graphql call, queries included, in its write group, one at
 * a time and 1 s apart, which would serialise all our reads; the write gateway (src/github/writes.ts), which
 * knows a query from a mutation, paces content-creating writes instead (GitHub's guidance is one second apart).
 */
const GROUPS = {
  global: new LimiterGroup({ maxConcurrent: 10 }),
  auth: new LimiterGroup({ maxConcurrent: 1 }),
  search: new LimiterGroup({ maxConcurrent: 1, minTime: 2000 }),
  write: new LimiterGroup(),
  notifications: new LimiterGroup(),
};
export type GitHub = InstanceType<typeof GitHubOctokit>;
export { createsContent } from './retry.ts';

export interface ClientLog {
  debug(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** REST root, e.g. https://api.github.com or https://ghes.example.com/api/v3 (GITHUB_API_URL). */
  apiUrl: string;
  /** GraphQL endpoint (GITHUB_GRAPHQL_URL); derived from apiUrl when absent. */
  graphqlUrl?: string;
  log: ClientLog;
  /** How many times a rate-limited request is retried before the run fails. */
  maxRateLimitRetries?: number;
  /** The action input the token came from, named when GitHub refuses it. */
  input?: TokenInput;
  /**
   * Wait before retry n of a server error is n² × this; default 1 s. A rate limit's `retry-after` seconds are
   * waited as that many times this (the same 1 s by default).
   */
  retryBaseDelayMs?: number;
  /**
   * Ends every request still in flight when aborted. run() aborts it when the run is over, so reads started
   * early for a run that then failed (a bad config) do not keep the process alive through their retries.
   */
  signal?: AbortSignal;
}

/**
 * GitHub serves GraphQL at <api>/graphql on github.com and the emulator, but at <host>/api/graphql on
 * GitHub Enterprise Server, whose REST root is <host>/api/v3. Octokit derives the GraphQL URL from baseUrl
 * by appending /graphql, so we pass the GraphQL URL explicitly instead of trusting that derivation.
 */
export function graphqlUrlFor(apiUrl: string, explicit?: string): string {
  if (explicit) return explicit;
  const root = apiUrl.replace(/\/+$/, '');
  return root.endsWith('/api/v3') ? `${root.slice(0, -'/v3'.length)}/graphql` : `${root}/graphql`;
}

export function createGitHubClient(options: ClientOptions): GitHub {
  const { log } = options;
  const maxRetries = options.maxRateLimitRetries ?? 3;
  const baseUrl = options.apiUrl.replace(/\/+$/, '');
  const graphqlUrl = graphqlUrlFor(baseUrl, options.graphqlUrl);

  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl,
    userAgent,
    request: { fetch: transportFetch },
    // @octokit/rest's request-log plugin reports every request at info and every failed one at error; our
    // callers handle failures (a missing optional file is a 404 on purpose), so both are debug detail.
    log: { debug: log.debug, info: log.debug, warn: log.warning, error: log.debug },
    throttle: {
      // The plugin takes its limiters from these options (it Object.assigns them over its defaults); the
      // typings name only some of them and expect Bottleneck's classes, hence the cast.
      ...({ ...GROUPS, retryLimiter: new Limiter() } as unknown as Partial<ThrottlingOptions>),
      // Milliseconds per second of the `retry-after` GitHub asks for (the plugin's default is 1,000). Scaled
      // with the 5xx backoff, so the emulator's harness (0) retries its rate limits at once, as it does 5xx.
      retryAfterBaseValue: options.retryBaseDelayMs ?? 1000,
      // Primary limit: the budget is spent until resetAt; waiting a few seconds is fine, an hour is not.
      onRateLimit: (
        retryAfter: number,
        req: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        log.warning(
          `Rate limit reached for ${req.method} ${req.url}; retry ${retryCount + 1} in ${retryAfter}s.`,
        );
        return retryCount < maxRetries && retryAfter <= 60;
      },
      // Secondary limit: GitHub says to wait retry-after and slow down, so we do, a bounded number of times.
      onSecondaryRateLimit: (
        retryAfter: number,
        req: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        log.warning(
          `Secondary rate limit for ${req.method} ${req.url}; retry ${retryCount + 1} in ${retryAfter}s.`,
        );
        return retryCount < maxRetries;
      },
    },
  });
  retryServerErrors(octokit, {
    retries: 3,
    baseDelayMs: options.retryBaseDelayMs ?? 1000,
    signal: options.signal,
  });

  // The GraphQL endpoint differs from `${baseUrl}/graphql` on GHES; route every graphql() call to it.
  octokit.hook.before('request', (request) => {
    if (request.url === '/graphql') request.url = graphqlUrl;
    if (options.signal) {
      options.signal.throwIfAborted();
      request.request = { ...request.request, signal: options.signal };
    }
  });
  if (options.input) explainRefusals(octokit, options.input);
  return octokit;
}
