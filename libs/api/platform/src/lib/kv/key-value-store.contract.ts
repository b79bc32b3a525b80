import type { KeyValueStore } from './key-value-store';

/**
 * One behaviour for both stores: the same cases run against the in-memory store
 * (unit) and against a real Redis (integration). `advance` moves time for the
 * store: the manual clock for memory, a real wait for Redis.
 */
export function describeKeyValueStoreContract(
  name: string,
  setup: () => Promise<{ store: KeyValueStore; advance: (seconds: number) => Promise<void> }>,
): void {
  describe(`${name} key-value store`, () => {
    let store: KeyValueStore;
    let advance: (seconds: number) => Promise<void>;
    const key = (suffix: string) => `contract:${process.pid}:${suffix}`;

    beforeAll(async () => {
      ({ store, advance } = await setup());
    });
    afterAll(() => store.close());

    it('stores, reads and deletes values', async () => {
      await store.set(key('a'), 'one');
      expect(await store.get(key('a'))).toBe('one');
      await store.delete(key('a'));
      expect(await store.get(key('a'))).toBeNull();
    });

    it('counts and keeps the first expiry', async () => {
      expect(await store.increment(key('count'), 2)).toBe(1);
      expect(await store.increment(key('count'), 100)).toBe(2);
      const ttl = await store.ttl(key('count'));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2);
      await advance(2.2);
      expect(await store.increment(key('count'), 2)).toBe(1);
    });

    it('counts every one of many concurrent increments', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.increment(key('burst'), 60)));
      expect([...results].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    });

    it('expires values set with a time to live', async () => {
      await store.set(key('short'), 'soon gone', 1);
      await advance(1.2);
      expect(await store.get(key('short'))).toBeNull();
    });

    it('delivers published messages to subscribers until they unsubscribe', async () => {
      const received: string[] = [];
      const unsubscribe = await store.subscribe(key('channel'), (message) => received.push(message));
      await store.publish(key('channel'), 'hello');
      await waitFor(() => received.length === 1);
      await unsubscribe();
      await store.publish(key('channel'), 'ignored');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual(['hello']);
    });
  });
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 50 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!check()) throw new Error('message not delivered');
}
