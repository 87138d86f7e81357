/** Request/response plumbing shared by the REST handlers: errors, bodies, pagination with Link headers. */
import type { Clock } from './clock.ts';
import type { RateLimiter } from './ratelimit.ts';
import type { EmulatorState } from './state.ts';
import type { Repo, Token, User } from './types.ts';

export const DOCS = 'https://docs.github.com/rest';

/** Thrown by handlers; the server turns it into GitHub's `{ message, documentation_url }` body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = () => new HttpError(404, 'Not Found');

/** GitHub's 422 shape: `Validation Failed` plus an `errors` array saying which field and why. */
export function validationFailed(errors: Record<string, unknown>[]): HttpError {
  return new HttpError(422, 'Validation Failed', { errors });
}

export interface Ctx {
  state: EmulatorState;
  clock: Clock;
  /** The emulator's own base URL, used in `url` fields and Link headers. */
  baseUrl: string;
  method: string;
  url: URL;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The request's Accept header ('' when absent): a few routes answer in another media type. */
  accept: string;
  token: Token;
  viewer: User;
  limits: RateLimiter;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One REST route; `path` is written exactly as in GitHub's OpenAPI description so a test can check it exists there. */
export interface Route {
  method: Method;
  path: string;
  handler: (ctx: Ctx) => Reply | Promise<Reply>;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A JSON body serialised ahead of time (UTF-8 bytes or text), sent as is with JSON's content type: bulk pages
 * that never change (compare commits) are serialised once, not on every request.
 */
export class JsonText {
  /** `nodes`: the items the body returns, for the latency model (emulator/latency.ts). */
  constructor(
    readonly text: string | Buffer,
    readonly nodes = 0,
  ) {}
}

export const ok = (body: unknown, headers?: Record<string, string>): Reply => ({
  status: 200,
  body,
  headers,
});
export const created = (body: unknown): Reply => ({ status: 201, body });
export const noContent = (): Reply => ({ status: 204 });

export function repoOf(ctx: Ctx): Repo {
  const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw notFound();
  // A private repo the caller cannot read looks absent, as on GitHub.
  if (repo.private && !ctx.state.role(repo, ctx.viewer.login)) throw notFound();
  return repo;
}

export function intParam(ctx: Ctx, name: string): number {
  const v = Number(ctx.params[name]);
  if (!Number.isInteger(v)) throw notFound();
  return v;
}

/**
 * Slices a list by `page`/`per_page` (default 30, capped at 100) and builds the RFC 5988 `Link` header
 * with the emulator's own URL, keeping the caller's other query parameters.
 */
export function paginate<T>(
  ctx: Ctx,
  items: T[],
  defaultPerPage = 30,
): { page: T[]; headers: Record<string, string> } {
  const perPage = clamp(Number(ctx.query.get('per_page') ?? defaultPerPage) || defaultPerPage, 1, 100);
  const page = Math.max(1, Math.floor(Number(ctx.query.get('page') ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  return { page: slice, headers: linkHeader(ctx, page, last) };
}

export function linkHeader(ctx: Ctx, page: number, last: number): Record<string, string> {
  const link = (p: number, rel: string) => {
    const u = new URL(ctx.url.pathname + ctx.url.search, ctx.baseUrl);
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(link(page - 1, 'prev'));
  if (page < last) parts.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) parts.push(link(1, 'first'));
  return parts.length > 0 ? { link: parts.join(', ') } : {};
}

export function listReply<T>(ctx: Ctx, items: T[], serialize: (item: T) => unknown): Reply {
  const { page, headers } = paginate(ctx, items);
  return ok(page.map(serialize), headers);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Strings from a JSON body, rejecting wrong types with GitHub's 422 instead of coercing silently. */
export function bodyString(ctx: Ctx, key: string, required = false): string | undefined {
  const v = ctx.body[key];
  if (v === undefined || v === null) {
    if (required) throw validationFailed([{ resource: 'Body', field: key, code: 'missing_field' }]);
    return undefined;
  }
  if (typeof v !== 'string') throw validationFailed([{ resource: 'Body', field: key, code: 'invalid' }]);
  return v;
}

export function bodyStrings(ctx: Ctx, key: string): string[] | undefined {
  const v = ctx.body[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw validationFailed([{ resource: 'Body', field: key, code: 'invalid' }]);
  return v.map((x) =>
    typeof x === 'string' ? x : typeof x === 'object' && x && 'name' in x ? String(x.name) : String(x),
  );
}

export function sortBy<T>(items: T[], key: (item: T) => string | number, direction: 'asc' | 'desc'): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  // Each key is computed once, not at every comparison: listings sort thousands of items on every page.
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : 0));
  return keyed.map((k) => k.item);
}
