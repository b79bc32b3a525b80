import { ManualClock } from '../clock/clock';
import { describeKeyValueStoreContract } from './key-value-store.contract';
import { MemoryStore } from './memory-store';

describeKeyValueStoreContract('in-memory', async () => {
  const clock = new ManualClock();
  return {
    store: new MemoryStore(clock),
    advance: async (seconds) => void clock.advance(seconds * 1000),
  };
});
