/**
 * Primary rate limits per token and resource, surfaced in `x-ratelimit-*` headers and GraphQL `rateLimit`.
 * Limits follow GitHub: GITHUB_TOKEN 1,000 an hour per repository, a PAT 5,000; search 30 a minute.
 */
import type { Clock } from './clock.ts';
import type { Token } from './types.ts';

export type Resource = 'core' | 'graphql' | 'search';

export interface Bucket {
  limit: number;
  used: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

export class RateLimiter {
  #buckets = new Map<string, Bucket>();

  constructor(private readonly clock: Clock) {}

  bucket(token: Token, resource: Resource): Bucket {
    const key = `${token.token}\0${resource}`;
    const nowS = Math.floor(this.clock.nowMs() / 1000);
    let b = this.#buckets.get(key);
    if (!b || b.reset <= nowS) {
      const window = resource === 'search' ? 60 : 3600;
      const limit = resource === 'search' ? 30 : token.kind === 'installation' ? 1000 : 5000;
      b = { limit, used: 0, reset: nowS + window };
      this.#buckets.set(key, b);
    }
    return b;
  }

  consume(token: Token, resource: Resource, points = 1): Bucket {
    const b = this.bucket(token, resource);
    b.used += points;
    return b;
  }

  /** Test hook: drain a bucket to provoke a primary rate limit. */
  exhaust(token: Token, resource: Resource): void {
    const b = this.bucket(token, resource);
    b.used = b.limit;
  }

  headers(b: Bucket, resource: Resource): Record<string, string> {
    return {
      'x-ratelimit-limit': String(b.limit),
      'x-ratelimit-remaining': String(Math.max(0, b.limit - b.used)),
      'x-ratelimit-used': String(b.used),
      'x-ratelimit-reset': String(b.reset),
      'x-ratelimit-resource': resource,
    };
  }
}
