import { Injectable } from '@nestjs/common';
import { ProblemException } from '../errors/problem.exception';
import { KeyValueStore } from '../kv/key-value-store';

export interface RateLimit {
  /** What is limited and for whom, e.g. `sign-in:ip:203.0.113.9`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in the shared key-value store, so limits hold across
 * API instances when Redis is configured. Over the limit: 429 with Retry-After.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly store: KeyValueStore) {}

  async consume(...limits: RateLimit[]): Promise<void> {
    for (const { key, limit, windowSeconds } of limits) {
      const count = await this.store.increment(`rate:${key}`, windowSeconds);
      if (count > limit) {
        const retryAfter = (await this.store.ttl(`rate:${key}`)) ?? windowSeconds;
        throw new ProblemException(429, 'rate_limited', 'Too many attempts. Please wait and try again.', undefined, {
          'retry-after': String(Math.max(1, retryAfter)),
        });
      }
    }
  }
}
