/** Small fetch wrappers so emulator tests read like the HTTP they exercise. */
import type { Emulator } from '../../emulator/index.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies ad hoc, as JSON.
export type Json = any;

export interface HttpResult<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export async function rest<T = Json>(
  emu: Emulator,
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown } = {},
): Promise<HttpResult<T>> {
  const token = opts.token === undefined ? 'ghs_emulator_default' : opts.token;
  const res = await fetch(`${emu.url}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON bodies (e.g. the 502 page) stay text.
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

export async function gql<T = Json>(
  emu: Emulator,
  query: string,
  variables: Record<string, unknown> = {},
  token = 'ghs_emulator_default',
): Promise<
  HttpResult<{
    data?: T;
    errors?: { message: string; type?: string; path?: unknown[]; locations?: unknown[] }[];
  }>
> {
  return rest(emu, 'POST', '/graphql', { token, body: { query, variables } });
}

/** Narrows away `undefined`, failing the test with a message instead of a TypeError later. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what} to exist`);
  return value;
}
