/** Small helpers shared by the collectors: time arithmetic, bot detection, bounded fan-out. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function ms(iso: string): number {
  return Date.parse(iso);
}

export function iso(time: number | Date): string {
  return new Date(time).toISOString();
}

/** GitHub shows apps as `name[bot]` in REST and as type `Bot` in both REST and GraphQL. */
export function isBot(login: string | null | undefined, type?: string | null): boolean {
  if (!login) return false;
  return login.endsWith('[bot]') || type === 'Bot';
}

/** GraphQL gives a bot's login without the `[bot]` suffix REST uses; normalise to the REST form. */
export function actorLogin(actor: { login: string; __typename?: string } | null | undefined): string | null {
  if (!actor) return null;
  if (actor.__typename === 'Bot' && !actor.login.endsWith('[bot]')) return `${actor.login}[bot]`;
  return actor.login;
}

/** Humans only, deduplicated, sorted case-insensitively. */
export function people(logins: Iterable<string | null | undefined>): string[] {
  const seen = new Map<string, string>();
  for (const login of logins) {
    if (!login || isBot(login)) continue;
    if (!seen.has(login.toLowerCase())) seen.set(login.toLowerCase(), login);
  }
  return [...seen.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

/**
 * Runs `fn` over `items` with at most `limit` in flight. The client's global throttle allows 10 concurrent
 * requests; bulk fan-outs (compare pages, run pages) stay below that so the request chains that must wait for
 * each other (cursor pagination) always find a free slot and the critical path is not stretched by queueing.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? '';
}

/**
 * Keeps each fetch Response alive while its body stream is: with `parseSuccessResponseBody: false` octokit
 * hands back only `response.body`, and undici cancels the stream of a Response that is garbage-collected
 * unread ("Response object has been garbage collected"), which then fails as "Response body object should not
 * be disturbed or locked". A WeakMap keyed by the stream holds the Response exactly as long as the stream.
 */
const responsesByBody = new WeakMap<object, Response>();
export const holdingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (response.body) responsesByBody.set(response.body, response);
  return response;
};

/**
 * A GET whose JSON body is parsed with the built-in JSON.parse. Octokit parses every body with
 * json-with-bigint, which profiling showed at several times JSON.parse's cost on bulk pages (a page of 100
 * compare commits is ~200 kB); nothing in these payloads exceeds 2^53. Errors still arrive as RequestError.
 */
export async function getJson<T>(
  github: {
    request: (
      route: string,
      params: Record<string, unknown>,
    ) => Promise<{ data: unknown; headers: Record<string, unknown> }>;
  },
  route: string,
  params: Record<string, unknown>,
): Promise<{ data: T; headers: Record<string, unknown> }> {
  const response = await github.request(route, {
    ...params,
    request: { parseSuccessResponseBody: false, fetch: holdingFetch },
  });
  const body = response.data as ReadableStream<Uint8Array> | string | null;
  const text = typeof body === 'string' ? body : body === null ? '' : await new Response(body).text();
  return { data: JSON.parse(text) as T, headers: response.headers };
}
