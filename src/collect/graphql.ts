/**
 * Cursor pagination for the collectors' GraphQL reads, parsed with the built-in JSON.parse (see getJson in
 * util.ts: octokit's json-with-bigint parser cost more than a second of CPU on a 5,000-pull-request release).
 * Follows the `$cursor` convention of src/github/graphql/*.graphql: the connection's `pageInfo` says whether
 * to go on and from where. The caller decides when it has read enough and stops iterating.
 * A response with `errors` throws an error carrying them, like octokit's GraphqlResponseError, so a
 * FORBIDDEN source becomes an unavailable Section (errors.ts) and anything else propagates.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHub } from '../github/client.ts';
import { retryPolicyOf } from '../github/retry.ts';
import { bodyText } from '../github/transport.ts';

export class GraphqlErrors extends Error {
  constructor(
    readonly errors: { type?: string; message: string; path?: unknown[] }[],
    readonly data: unknown,
  ) {
    super(`GraphQL: ${errors.map((e) => e.message).join('; ')}`);
    this.name = 'GraphqlErrors';
  }
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * How the bulk reads retry what GitHub answers with HTTP 200 and `errors`: the client's retry hook and
 * plugin-throttling read `data.errors`, which is a stream here (`parseSuccessResponseBody: false`), so they
 * never see these. Same policy as the client: the transient error ("Something went wrong while executing your
 * query") up to 3 times, 1 s, 4 s, 9 s apart; RATE_LIMITED only when the limit resets within a minute.
 */
export const BULK_RETRY = { retries: 3, baseDelayMs: 1000, maxRateLimitWaitMs: 60_000 };

/** The client's own base delay when it has one (RELEASE_RETRO_RETRY_BASE_DELAY_MS), else BULK_RETRY's. */
function baseDelayOf(github: GitHub): number {
  return retryPolicyOf(github)?.baseDelayMs ?? BULK_RETRY.baseDelayMs;
}

const TRANSIENT_GRAPHQL = /Something went wrong while executing your query/;

/** How long to wait before asking again, or null when this answer is not worth another try. */
function retryDelay(
  errors: GraphqlErrors['errors'],
  headers: Record<string, unknown>,
  attempt: number,
  baseDelayMs: number,
): number | null {
  if (attempt >= BULK_RETRY.retries) return null;
  if (errors.some((e) => e.type === 'RATE_LIMITED')) {
    const reset = Number(headers['x-ratelimit-reset']);
    const wait = Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) : baseDelayMs;
    return wait <= BULK_RETRY.maxRateLimitWaitMs ? wait : null;
  }
  if (errors.some((e) => TRANSIENT_GRAPHQL.test(e.message))) return baseDelayMs * (attempt + 1) ** 2;
  return null;
}

export async function graphqlQuery<T>(
  github: GitHub,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await github.request('POST /graphql', {
      query,
      variables,
      request: { parseSuccessResponseBody: false },
    });
    const json = JSON.parse(bodyText(response.data)) as { data?: T; errors?: GraphqlErrors['errors'] };
    if (!json.errors || json.errors.length === 0) return json.data as T;
    const delay = retryDelay(
      json.errors,
      response.headers as Record<string, unknown>,
      attempt,
      baseDelayOf(github),
    );
    if (delay === null) throw new GraphqlErrors(json.errors, json.data);
    await sleep(delay, undefined, { signal: retryPolicyOf(github)?.signal });
  }
}

/** Yields every page of the connection `connection(page)` selects, passing `cursor` until the last page. */
export async function* graphqlPages<T>(
  github: GitHub,
  query: string,
  variables: Record<string, unknown>,
  connection: (page: T) => { pageInfo: PageInfo },
): AsyncGenerator<T> {
  let cursor: string | null = null;
  for (;;) {
    const page: T = await graphqlQuery<T>(github, query, { ...variables, cursor });
    yield page;
    const { hasNextPage, endCursor } = connection(page).pageInfo;
    if (!hasNextPage || !endCursor || endCursor === cursor) return;
    cursor = endCursor;
  }
}
