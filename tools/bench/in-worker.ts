import { resolve } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';

// The load generator runs in a worker thread of its own, so it does not share the API's event loop
// (on two cores, a generator on the API's thread halved what the API could serve).

/** Runs the TypeScript worker `file` (which calls `serveInWorker`) with `data`; resolves to its result. */
export function inWorker<Result>(file: string, data: unknown): Promise<Result> {
  return new Promise((done, fail) => {
    const worker = new Worker(resolve(__dirname, '../run-ts.cjs'), { argv: [resolve(file)], workerData: data });
    worker.once('message', (result: Result) => done(result));
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`${file} exited with ${code}`)));
  });
}

/** The worker's side: runs `work` on the data `inWorker` sent and sends its result back. */
export function serveInWorker<Data, Result>(work: (data: Data) => Promise<Result>): void {
  work(workerData as Data).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
