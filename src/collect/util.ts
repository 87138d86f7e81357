/** Small helpers shared by the collectors: time arithmetic, bot detection, bounded fan-out. */

import { Limiter } from '../github/limiter.ts';
import { bodyText } from '../github/transport.ts';

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
 * Bulk page fetches (compare pages, history windows, run pages, a line's per-item reads) in flight at once for
 * one client, all fan-outs together: below the client's 10, so the request chains that must wait for each other
 * (cursor pagination) always find a free slot. Two fan-outs of 6 each at once once filled all 10 slots, and a
 * chain's next page waited for a 3-second bulk request to finish.
 */
export const BULK_IN_FLIGHT = 6;

/** One limiter a client, shared by its fan-outs (a WeakMap: it goes with the client). */
const bulkLimiters = new WeakMap<object, Limiter>();

/**
 * Runs `fn` over `items`, results in order, sharing the client's BULK_IN_FLIGHT slots with its other fan-outs.
 * Once one item has failed, the items not started yet are not started: the caller has its answer (the error),
 * and a fallback it then tries should not wait behind requests whose results nobody reads.
 * `fn` must not itself call mapBulk with the same client: items holding every slot would wait for items that
 * cannot start.
 */
export async function mapBulk<T, R>(
  client: object,
  items: readonly T[],
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  let limiter = bulkLimiters.get(client);
  if (!limiter) {
    limiter = new Limiter({ maxConcurrent: BULK_IN_FLIGHT });
    bulkLimiters.set(client, limiter);
  }
  const shared = limiter;
  let failed: unknown = null;
  return Promise.all(
    items.map((item) =>
      shared.schedule<R>(async () => {
        if (failed !== null) throw failed;
        try {
          return await fn(item);
        } catch (error) {
          failed ??= error;
          throw error;
        }
      }),
    ),
  );
}

export function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? '';
}

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
    request: { parseSuccessResponseBody: false },
  });
  return { data: JSON.parse(bodyText(response.data)) as T, headers: response.headers };
}
