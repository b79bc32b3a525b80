import { EventEmitter } from 'node:events';
import type { Clock } from '../clock/clock';
import { KeyValueStore, type Unsubscribe } from './key-value-store';

interface Entry {
  value: string;
  expiresAt?: number;
}

export class MemoryStore extends KeyValueStore {
  private readonly entries = new Map<string, Entry>();
  private readonly channels = new EventEmitter();

  constructor(private readonly clock: Clock) {
    super();
    this.channels.setMaxListeners(0);
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: this.expiry(ttlSeconds) });
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async increment(key: string, ttlSeconds: number): Promise<number> {
    const entry = this.live(key);
    const count = Number(entry?.value ?? 0) + 1;
    this.entries.set(key, { value: String(count), expiresAt: entry?.expiresAt ?? this.expiry(ttlSeconds) });
    return count;
  }

  async ttl(key: string): Promise<number | null> {
    const expiresAt = this.live(key)?.expiresAt;
    return expiresAt === undefined ? null : Math.ceil((expiresAt - this.clock.now().getTime()) / 1000);
  }

  async publish(channel: string, message: string): Promise<void> {
    this.channels.emit(channel, message);
  }

  async subscribe(channel: string, onMessage: (message: string) => void): Promise<Unsubscribe> {
    this.channels.on(channel, onMessage);
    return async () => void this.channels.off(channel, onMessage);
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.channels.removeAllListeners();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= this.clock.now().getTime()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private expiry(ttlSeconds?: number): number | undefined {
    return ttlSeconds === undefined ? undefined : this.clock.now().getTime() + ttlSeconds * 1000;
  }
}
