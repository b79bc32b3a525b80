import type { OnApplicationShutdown } from '@nestjs/common';

export type Unsubscribe = () => Promise<void>;

/**
 * Shared, short-lived state across API instances: counters for rate limits,
 * small cached values, and pub/sub fan-out for live updates. Redis when
 * REDIS_URL is set; an in-process store otherwise (one instance only).
 */
export abstract class KeyValueStore implements OnApplicationShutdown {
  abstract get(key: string): Promise<string | null>;
  abstract set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  abstract delete(key: string): Promise<void>;
  /** Adds one and returns the new count; the key expires `ttlSeconds` after its first increment. */
  abstract increment(key: string, ttlSeconds: number): Promise<number>;
  /** Seconds until `key` expires; null when it has no expiry or does not exist. */
  abstract ttl(key: string): Promise<number | null>;
  abstract publish(channel: string, message: string): Promise<void>;
  abstract subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe>;
  abstract close(): Promise<void>;

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
