import { Redis } from 'ioredis';
import { KeyValueStore, type Unsubscribe } from './key-value-store';

// INCR, and set the expiry only when the key is new, in one round trip.
const INCREMENT_WITH_TTL = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count`;

export class RedisStore extends KeyValueStore {
  private readonly client: Redis;
  private subscriber?: Redis;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  constructor(
    private readonly url: string,
    private readonly keyPrefix = 'crowdforge:',
  ) {
    super();
    this.client = new Redis(url, { keyPrefix, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  }

  async get(key: string): Promise<string | null> {
    return this.client.get(key);
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    if (ttlSeconds === undefined) await this.client.set(key, value);
    else await this.client.set(key, value, 'EX', ttlSeconds);
  }

  async delete(key: string): Promise<void> {
    await this.client.del(key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    return Number(await this.client.eval(INCREMENT_WITH_TTL, 1, key, ttlSeconds));
  }

  async ttl(key: string): Promise<number | null> {
    const seconds = await this.client.ttl(key);
    return seconds < 0 ? null : seconds;
  }

  async publish(channel: string, message: string): Promise<void> {
    await this.client.publish(this.keyPrefix + channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    const subscriber = await this.subscriberConnection();
    const name = this.keyPrefix + channel;
    const handlers = this.handlers.get(name) ?? new Set();
    if (handlers.size === 0) await subscriber.subscribe(name);
    handlers.add(onMessage);
    this.handlers.set(name, handlers);
    return async () => {
      handlers.delete(onMessage);
      if (handlers.size === 0) await subscriber.unsubscribe(name);
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.client.quit(), this.subscriber?.quit()]);
  }

  private async subscriberConnection(): Promise<Redis> {
    if (!this.subscriber) {
      this.subscriber = new Redis(this.url, { maxRetriesPerRequest: 2 });
      this.subscriber.on('message', (channel: string, message: string) =>
        this.handlers.get(channel)?.forEach((handler) => handler(message)),
      );
    }
    return this.subscriber;
  }
}
