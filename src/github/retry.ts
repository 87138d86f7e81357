/**
 * Our retry policy for server errors, as one `wrap` hook on the client.
 *
 * - A 5xx answer, or GitHub's transient GraphQL error ("Something went wrong while executing your query"),
 *   is retried up to `retries` times, waiting 1 s, 4 s, 9 s… between attempts.
 * - 4xx answers are never retried here: a 403 rate limit is the throttling plugin's job, and the others
 *   (bad request, missing permission, not found, validation) will not change by asking again.
 * - A certificate the connection did not trust is never retried either: it is the same certificate next time,
 *   and the job's error says how to trust it (`untrustedCertificate`).
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
        const certificate = untrustedCertificate(error);
        if (certificate) throw untrusted(error, options, certificate);
        if (isServerError(error) && (await retry())) continue;
        throw policy.signal?.aborted ? error : unanswered(error, options, attempt + 1);
      }
    }
  });
}

/** OpenSSL's and Node's codes for a server certificate that failed verification. */
const CERTIFICATE_CODE =
  /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_CERT_ALTNAME_INVALID)$/;

/**
 * The TLS error behind a request that got no answer, when the server's certificate was not trusted. Octokit
 * wraps fetch's TypeError, whose cause is the socket's error with OpenSSL's code (src/github/transport.ts).
 */
function untrustedCertificate(error: unknown): { code: string; message: string } | undefined {
  let current = error as { cause?: unknown; code?: unknown; message?: unknown } | null | undefined;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (typeof current.code === 'string' && CERTIFICATE_CODE.test(current.code))
      return { code: current.code, message: String(current.message ?? '') };
    current = current.cause as typeof current;
  }
  return undefined;
}

/**
 * A runner behind a proxy or firewall that inspects TLS sees that proxy's certificate instead of GitHub's, and
 * Node trusts only its own bundle of root certificates unless told otherwise. Say so, with the two settings
 * that fix it (nodejs.org/api/cli.html: NODE_EXTRA_CA_CERTS, NODE_USE_SYSTEM_CA), instead of "re-run the job".
 */
function untrusted(
  error: unknown,
  options: { method: string; url: string; baseUrl?: string },
  certificate: { code: string; message: string },
) {
  if (!(error instanceof Error)) return error;
  let host = '';
  try {
    host = ` of ${new URL(options.url, options.baseUrl).host}`;
  } catch {
    // a relative URL without a base: the request names the route anyway
  }
  error.message =
    `The TLS certificate${host} was not trusted on ${options.method} ${options.url} (${certificate.code}: ` +
    `${certificate.message}). If this runner reaches GitHub through a proxy or firewall that inspects TLS, give ` +
    `Node its root certificate: set NODE_EXTRA_CA_CERTS to the certificate's file, or NODE_USE_SYSTEM_CA to 1 to ` +
    `trust the runner's system store, in the step's env.`;
  return error;
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
