import autocannon from 'autocannon';
import { serveInWorker } from './in-worker';

export interface VoteLoad {
  url: string;
  ideaIds: string[];
  /** Voters are numbered 1…voters; each request takes the next one after `firstVoter`. */
  firstVoter: number;
  voters: number;
  /** The share of votes on the first idea (0 spreads them evenly). */
  hotShare: number;
  connections: number;
  seconds: number;
}

export interface VoteLoadResult {
  /** `ideaId:voter` of every vote answered 200. */
  acknowledged: string[];
  latencies: number[];
  errors: number;
  tooMany: number;
  nextVoter: number;
}

/** Votes for `seconds`; each request a new voter (session cookie `v<n>`, CSRF token `c<n>`). */
async function fire(load: VoteLoad): Promise<VoteLoadResult> {
  const { ideaIds, hotShare } = load;
  const acknowledged: string[] = [];
  const latencies: number[] = [];
  let errors = 0;
  let tooMany = 0;
  let voter = load.firstVoter;
  const inFlight = new Map<object, string>();
  const others = hotShare > 0 ? 1 : 0;
  const pick = () => (Math.random() < hotShare ? 0 : others + Math.floor(Math.random() * (ideaIds.length - others)));
  const instance = autocannon({
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request, context) => {
          const n = (voter++ % load.voters) + 1;
          const ideaId = ideaIds[pick()];
          inFlight.set(context, `${ideaId}:${n}`);
          return {
            ...request,
            path: `/api/v1/ideas/${ideaId}/vote`,
            headers: { 'content-type': 'application/json', cookie: `cf_session=v${n}`, 'x-csrf-token': `c${n}` },
            body: '{}',
          };
        },
        onResponse: (status, _body, context) => {
          const pair = inFlight.get(context);
          if (status === 200 && pair) acknowledged.push(pair);
          else if (status === 429) tooMany++;
          else errors++;
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  await instance;
  return { acknowledged, latencies, errors, tooMany, nextVoter: voter };
}

serveInWorker(fire);
