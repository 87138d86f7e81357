/** Injected failures, so the action's retry, throttling and error paths can be exercised on purpose. */
import type { Reply } from './http.ts';
import { templateMatches } from './router.ts';

/**
 * - `5xx`, `secondary-rate-limit`, `primary-rate-limit`, `status`: answered instead of the request, which
 *   GitHub never saw.
 * - `applied-then-5xx`: the request is carried out, then answered 502, as GitHub does when a write lands and
 *   the front end times out (the caller cannot tell it from a write that never happened).
 * - `hang`: never answered; with `onFire` aborting runAction's `signal`, the run is killed at that request.
 * - `hold`: carried out only once `until` settles (a slow write that lands late), then answered normally.
 * Every fault fires on a counted request (`after`, `times`) or a seeded draw (`probability`), never on time.
 */
export type FaultKind =
  | '5xx'
  | 'applied-then-5xx'
  | 'secondary-rate-limit'
  | 'primary-rate-limit'
  | 'hang'
  | 'hold'
  | 'status';

/** The request a fault is matched against. */
export interface FaultRequest {
  method: string;
  path: string;
  template: string | null;
  operation: string | null;
  /** A GraphQL mutation (for the `write` pattern). */
  mutation?: boolean;
  /** Whose token made the request. */
  login?: string;
}

export interface Fault {
  /**
   * `'GET /repos/:o/:r/releases'` (template or concrete path), `'graphql:OperationName'`, `'graphql'` for any
   * GraphQL call, `'write'` for any write (a REST call other than GET, or a GraphQL mutation), or `'any'`.
   */
  match: string;
  /** Only requests made with this login's token (e.g. the action's, not the people a test acts as). */
  login?: string;
  kind: FaultKind;
  /** For `kind: 'status'`. */
  status?: number;
  /** Let this many matching requests through first: the fault fires from the (after + 1)-th on. */
  after?: number;
  /** Fail only N matching requests (after `after`). */
  times?: number;
  /**
   * Fail each matching request with this probability (0..1), drawn from the emulator's seeded generator
   * (`faultSeed`), so a run is repeatable.
   */
  probability?: number;
  /** Seconds in `retry-after` for secondary rate limits (default 1, to keep tests fast). */
  retryAfter?: number;
  /** For `kind: 'hold'`: the request is carried out when this settles. */
  until?: Promise<unknown>;
  /** Called when the fault fires, before the reply: a test's hook to kill the run at that exact request. */
  onFire?: (request: FaultRequest) => void;
}

export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

export interface Armed {
  fault: Fault;
  /** Matching requests seen. */
  seen: number;
  /** Times fired. */
  hits: number;
}

/** mulberry32: a small seeded generator, so probabilistic faults replay the same way for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Faults {
  #armed: Armed[] = [];
  #random: () => number;

  constructor(faults: Fault[] = [], seed = 1) {
    this.#random = seededRandom(seed);
    for (const f of faults) this.add(f);
  }

  /** Arms a fault; the handle tells how many requests it matched and how often it fired. */
  add(fault: Fault): Readonly<Armed> {
    const armed = { fault, seen: 0, hits: 0 };
    this.#armed.push(armed);
    return armed;
  }

  clear(): void {
    this.#armed = [];
  }

  /** Restarts the probabilistic draws from a seed. */
  reseed(seed: number): void {
    this.#random = seededRandom(seed);
  }

  /** The fault to inject for this request, if any; counts `after` and `times` per fault. */
  pick(req: FaultRequest): Fault | null {
    for (const a of this.#armed) {
      if (!matches(a.fault.match, req)) continue;
      if (a.fault.login !== undefined && a.fault.login !== req.login) continue;
      a.seen += 1;
      if (a.fault.after !== undefined && a.seen <= a.fault.after) continue;
      if (a.fault.times !== undefined && a.hits >= a.fault.times) continue;
      if (a.fault.probability !== undefined && this.#random() >= a.fault.probability) continue;
      a.hits += 1;
      a.fault.onFire?.(req);
      return a.fault;
    }
    return null;
  }
}

function matches(pattern: string, req: FaultRequest): boolean {
  if (pattern === 'any') return true;
  if (pattern === 'write') return req.path === '/graphql' ? req.mutation === true : req.method !== 'GET';
  if (pattern === 'graphql') return req.path === '/graphql';
  if (pattern.startsWith('graphql:'))
    return req.path === '/graphql' && req.operation === pattern.slice('graphql:'.length);
  const [method, path = ''] = pattern.split(' ', 2);
  if (method?.toUpperCase() !== req.method) return false;
  return path === req.path || (req.template !== null && templateMatches(path, req.template));
}

/**
 * GitHub's responses for the faults answered instead of the request. `null` means: never answer (a hang).
 * `applied-then-5xx` and `hold` are carried out first (see the server).
 */
export function faultReply(fault: Fault, nowS: number): Reply | null {
  const doc = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
  switch (fault.kind) {
    case '5xx':
    case 'applied-then-5xx':
      return {
        status: 502,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title></head><body><h1>No server is currently available to service your request.</h1><p>Sorry about that. Please try refreshing and contact us if the problem persists.</p></body></html>\n',
      };
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers: { 'retry-after': String(fault.retryAfter ?? 1) },
        body: { message: SECONDARY_MESSAGE, documentation_url: `${doc}#about-secondary-rate-limits` },
      };
    case 'primary-rate-limit':
      return {
        status: 403,
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(nowS + 60),
          'x-ratelimit-used': '5000',
        },
        body: {
          message: 'API rate limit exceeded for user ID 1.',
          documentation_url: `${doc}#about-the-primary-rate-limit`,
        },
      };
    case 'status':
      return {
        status: fault.status ?? 500,
        body: {
          message: `Injected status ${fault.status ?? 500}`,
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    case 'hang':
    case 'hold':
      return null;
  }
}
