/**
 * Cursor pagination for the collectors' GraphQL reads, parsed with the built-in JSON.parse (see getJson in
 * util.ts: octokit's json-with-bigint parser cost more than a second of CPU on a 5,000-pull-request release).
 * Follows the `$cursor` convention of src/github/graphql/*.graphql: the connection's `pageInfo` says whether
 * to go on and from where. The caller decides when it has read enough and stops iterating.
 * A response with `errors` throws an error carrying them, like octokit's GraphqlResponseError, so a
 * FORBIDDEN source becomes an unavailable Section (errors.ts) and anything else propagates.
 */
import type { GitHub } from '../github/client.ts';
import { holdingFetch } from './util.ts';

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

export async function graphqlQuery<T>(
  github: GitHub,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await github.request('POST /graphql', {
    query,
    variables,
    request: { parseSuccessResponseBody: false, fetch: holdingFetch },
  });
  const body = response.data as unknown as ReadableStream<Uint8Array> | string | null;
  const text = typeof body === 'string' ? body : body === null ? '' : await new Response(body).text();
  const json = JSON.parse(text) as { data?: T; errors?: GraphqlErrors['errors'] };
  if (json.errors && json.errors.length > 0) throw new GraphqlErrors(json.errors, json.data);
  return json.data as T;
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
