import { describeKeyValueStoreContract } from './key-value-store.contract';
import { RedisStore } from './redis-store';

// Needs a Redis: TEST_REDIS_URL, or the one on 127.0.0.1:6379 that .ci/run starts when none answers.
describeKeyValueStoreContract('Redis', async () => ({
  store: new RedisStore(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379', `crowdforge-test:${process.pid}:`),
  advance: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
}));
