import autocannon from 'autocannon';
import { serveInWorker } from './in-worker';

export interface ListLoad {
  url: string;
  headers: Record<string, string>;
  paths: string[];
  connections: number;
  seconds: number;
}

export interface ListLoadResult {
  /** Response times of the 200 answers, sorted. */
  timings: number[];
  /** Other answers: status → count. */
  failures: [number, number][];
  perSecond: number;
}

/** GETs `paths` in turn for `seconds`. */
async function fire(load: ListLoad): Promise<ListLoadResult> {
  const timings: number[] = [];
  const failures = new Map<number, number>();
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    headers: load.headers,
    requests: load.paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) timings.push(responseTime);
    else failures.set(statusCode, (failures.get(statusCode) ?? 0) + 1);
  });
  await instance;
  const answered = timings.length + [...failures.values()].reduce((sum, count) => sum + count, 0);
  return { timings: timings.sort((a, b) => a - b), failures: [...failures], perSecond: answered / load.seconds };
}

serveInWorker(fire);
