/** What every resolver gets, the error type GitHub uses, and the connection/pagination helper. */
import { GraphQLError } from 'graphql';
import type { Clock } from '../clock.ts';
import type { RateLimiter } from '../ratelimit.ts';
import type { EmulatorState } from '../state.ts';
import type { Token, User } from '../types.ts';

export interface GqlCtx {
  state: EmulatorState;
  clock: Clock;
  limits: RateLimiter;
  token: Token;
  viewer: User;
  baseUrl: string;
  /** Filled in before execution, read by `rateLimit { cost nodeCount }`. */
  cost: number;
  nodeCount: number;
}

/** A GraphQL object handed to the default field resolver: plain values, or functions `(args, ctx)` for fields with arguments. */
export type View = { __typename: string } & Record<string, unknown>;

export type GitHubErrorType = 'NOT_FOUND' | 'FORBIDDEN' | 'UNPROCESSABLE' | 'INTERNAL';

/** GitHub puts an error `type` beside `message`; it is copied there when errors are formatted. */
export class GitHubGraphQLError extends GraphQLError {
  constructor(
    readonly type: GitHubErrorType,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new GitHubGraphQLError('NOT_FOUND', message);
export const forbidden = (message: string) => new GitHubGraphQLError('FORBIDDEN', message);
export const unprocessable = (message: string) => new GitHubGraphQLError('UNPROCESSABLE', message);

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const encodeCursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
function decodeCursor(c: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(c, 'base64').toString('utf8'));
  if (!m) throw new GitHubGraphQLError('UNPROCESSABLE', `\`${c}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

/** A Relay connection over an already filtered and ordered list. */
export function connection<T>(
  items: T[],
  args: PageArgs,
  toView: (item: T) => unknown,
  extra: Record<string, unknown> = {},
): View {
  let start = args.after ? decodeCursor(args.after) + 1 : 0;
  let end = args.before ? decodeCursor(args.before) : items.length;
  if (typeof args.first === 'number') end = Math.min(end, start + args.first);
  if (typeof args.last === 'number') start = Math.max(start, end - args.last);
  const indices: number[] = [];
  for (let i = start; i < end; i += 1) indices.push(i);
  const views = indices.map((i) => toView(items[i] as T));
  return {
    __typename: 'Connection',
    totalCount: items.length,
    nodes: views,
    // Built only when a query selects them: most pages ask for `nodes`, and a cursor per node is garbage.
    edges: () =>
      views.map((node, k) => ({ __typename: 'Edge', cursor: encodeCursor(indices[k] as number), node })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: indices.length > 0 ? encodeCursor(indices[0] as number) : null,
      endCursor: indices.length > 0 ? encodeCursor(indices.at(-1) as number) : null,
    },
    ...extra,
  };
}

/** Sorts by `orderBy: { field, direction }` with a mapping from GitHub's order field names to keys. */
export function ordered<T>(
  items: T[],
  orderBy: { field?: string; direction?: string } | null | undefined,
  keys: Record<string, (item: T) => string | number>,
  fallback: { field: string; direction: 'ASC' | 'DESC' },
): T[] {
  const field = orderBy?.field ?? fallback.field;
  const key = keys[field] ?? keys[fallback.field];
  if (!key) return items;
  const sign = (orderBy?.direction ?? fallback.direction) === 'DESC' ? -1 : 1;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -sign : ka > kb ? sign : 0;
  });
}
