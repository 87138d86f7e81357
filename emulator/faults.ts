/** Injected failures, so the action's retry, throttling and error paths can be exercised on purpose. */
import type { Reply } from './http.ts';
import { templateMatches } from './router.ts';

export type FaultKind = '5xx' | 'secondary-rate-limit' | 'primary-rate-limit' | 'hang' | 'status';

export interface Fault {
  /** `'GET /repos/:o/:r/releases'` (template or concrete path), `'graphql:OperationName'`, or `'graphql'` for any query. */
  match: string;
  kind: FaultKind;
  /** For `kind: 'status'`. */
  status?: number;
  /** Fail only the first N matching requests. */
  times?: number;
  /** Fail each matching request with this probability (0..1). */
  probability?: number;
  /** Seconds in `retry-after` for secondary rate limits (default 1, to keep tests fast). */
  retryAfter?: number;
}

export const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';

interface Armed {
  fault: Fault;
  hits: number;
}

export class Faults {
  #armed: Armed[] = [];

  constructor(faults: Fault[] = []) {
    for (const f of faults) this.add(f);
  }

  add(fault: Fault): void {
    this.#armed.push({ fault, hits: 0 });
  }

  clear(): void {
    this.#armed = [];
  }

  /** The fault to inject for this request, if any; counts `times` per fault. */
  pick(req: {
    method: string;
    path: string;
    template: string | null;
    operation: string | null;
  }): Fault | null {
    for (const a of this.#armed) {
      if (!matches(a.fault.match, req)) continue;
      if (a.fault.times !== undefined && a.hits >= a.fault.times) continue;
      if (a.fault.probability !== undefined && Math.random() >= a.fault.probability) continue;
      a.hits += 1;
      return a.fault;
    }
    return null;
  }
}

function matches(
  pattern: string,
  req: { method: string; path: string; template: string | null; operation: string | null },
): boolean {
  if (pattern === 'graphql') return req.path === '/graphql';
  if (pattern.startsWith('graphql:'))
    return req.path === '/graphql' && req.operation === pattern.slice('graphql:'.length);
  const [method, path = ''] = pattern.split(' ', 2);
  if (method?.toUpperCase() !== req.method) return false;
  return path === req.path || (req.template !== null && templateMatches(path, req.template));
}

/** GitHub's responses for each fault kind. `null` means: never answer (a hang). */
export function faultReply(fault: Fault, nowS: number): Reply | null {
  const doc = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';
  switch (fault.kind) {
    case '5xx':
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
      return null;
  }
}
