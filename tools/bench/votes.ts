import { execFileSync } from 'node:child_process';
import { withServerClient } from '@crowdforge/api-platform/testing';
import type { EntityManager } from 'typeorm';
import { completeBrief } from '../../api/src/challenges/challenge-fixtures';
import { closeAfterLoad, runBench, withBenchApp } from './bench-app';
import { inWorker } from './in-worker';
import type { VoteLoad, VoteLoadResult } from './vote-load';

// npm run bench:votes [-- <seconds per variant>]; BENCH_KEEP_DB=1 keeps the database.
// 1,000 ideas and 100,000 voters with sessions (made in SQL), votes over HTTP at 64 connections in
// two variants — spread evenly, and hot (half on one idea) — then a recount, then pgbench with the
// same vote-row INSERT on the same database. Last line: JSON.
const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = 64;
const IDEAS = 1_000;
const VOTERS = 100_000;
const PGBENCH_SECONDS = 20;

/** Ideas, an author and voters with sessions (token `v<n>`, CSRF token `c<n>`), all in SQL. */
async function seed(manager: EntityManager, challengeId: string): Promise<string[]> {
  const [author]: { id: string }[] = await manager.query(
    `INSERT INTO users (email, display_name, email_verified_at) VALUES ('bench-author@example.test', 'Bench Author', now())
     RETURNING id`,
  );
  await manager.query(
    `CREATE TABLE bench_ideas AS
     WITH made AS (
       INSERT INTO ideas (challenge_id, created_by_id, status, title, pitch, description, tags, version,
                          created_at, updated_at, submitted_at)
       SELECT $1, $2, 'submitted', 'Tea idea ' || i, 'A pitch', '', '{}', 1, now(), now(), now()
       FROM generate_series(1, $3) AS i RETURNING id)
     SELECT row_number() OVER () AS n, id FROM made`,
    [challengeId, author.id, IDEAS],
  );
  await manager.query(`INSERT INTO idea_authors (idea_id, user_id, joined_at) SELECT id, $1, now() FROM bench_ideas`, [
    author.id,
  ]);
  await manager.query(
    `CREATE TABLE bench_voters AS
     WITH made AS (
       INSERT INTO users (email, display_name, email_verified_at)
       SELECT 'voter' || i || '@example.test', 'Voter ' || i, now() FROM generate_series(1, $1) AS i
       RETURNING id, email)
     SELECT CAST(substring(email FROM 'voter(\\d+)@') AS int) AS n, id FROM made`,
    [VOTERS],
  );
  await manager.query(`ALTER TABLE bench_voters ADD PRIMARY KEY (n)`);
  await manager.query(`ALTER TABLE bench_ideas ADD PRIMARY KEY (n)`);
  await manager.query(
    `INSERT INTO sessions (user_id, token_hash, csrf_token, last_seen_at, expires_at)
     SELECT id, encode(sha256(convert_to('v' || n, 'UTF8')), 'hex'), 'c' || n, now() + interval '1 hour',
            now() + interval '1 day'
     FROM bench_voters`,
  );
  await manager.query('VACUUM ANALYZE');
  const ideas: { id: string }[] = await manager.query(`SELECT id FROM bench_ideas ORDER BY n`);
  return ideas.map((idea) => idea.id);
}

/** Votes for `SECONDS` at 64 connections from a worker thread; each request a new voter. */
async function fire(url: string, ideaIds: string[], firstVoter: number, hotShare: number) {
  const load: VoteLoad = {
    url,
    ideaIds,
    firstVoter,
    voters: VOTERS,
    hotShare,
    connections: CONNECTIONS,
    seconds: SECONDS,
  };
  const result = await inWorker<VoteLoadResult>('tools/bench/vote-load.ts', load);
  return {
    ...result,
    acknowledged: new Set(result.acknowledged),
    votesPerSecond: new Set(result.acknowledged).size / SECONDS,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function pgbench(url: string): number {
  const output = execFileSync(
    'pgbench',
    [
      '-n',
      '-M',
      'prepared',
      '-c',
      String(CONNECTIONS),
      '-j',
      '2',
      '-T',
      String(PGBENCH_SECONDS),
      '-f',
      'tools/bench/votes-pgbench.sql',
      url,
    ],
    { encoding: 'utf8' },
  );
  const match = /tps = ([\d.]+)/.exec(output);
  if (!match) throw new Error(`no tps in pgbench output: ${output}`);
  return Number(match[1]);
}

async function main(): Promise<void> {
  const open = { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: null };
  const windows = [
    { kind: 'submission', ...open },
    { kind: 'voting', ...open },
  ];
  await withBenchApp('votes', completeBrief({ windows }), async ({ app, testApp, entityManager, url, challengeId }) => {
    const started = Date.now();
    const ideaIds = await seed(entityManager, challengeId);
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    console.log(
      `${IDEAS} ideas and ${VOTERS} voters with sessions seeded in ${Date.now() - started} ms; ${CONNECTIONS} connections, ${SECONDS} s per variant`,
    );

    const spread = await fire(base, ideaIds, 0, 0);
    const hot = await fire(base, ideaIds, spread.nextVoter, 0.5);
    await closeAfterLoad(testApp);

    // The recount: every acknowledged vote stored once; the tallies are the rows.
    const rows: { idea_id: string; voter: number }[] = await withServerClient(
      url,
      async (client) =>
        (
          await client.query(
            `SELECT v.idea_id, b.n AS voter FROM idea_votes v JOIN bench_voters b ON b.id = v.voter_id`,
          )
        ).rows,
    );
    const stored = new Set(rows.map((row) => `${row.idea_id}:${row.voter}`));
    const acknowledged = new Set([...spread.acknowledged, ...hot.acknowledged]);
    const lost = [...acknowledged].filter((pair) => !stored.has(pair)).length;
    const duplicated = rows.length - stored.size;
    const hotTally = rows.filter((row) => row.idea_id === ideaIds[0]).length;

    const pgbenchTps = pgbench(url);
    for (const [label, variant] of [
      ['spread', spread],
      ['hot', hot],
    ] as const) {
      console.log(
        `${label.padEnd(6)} | ${variant.votesPerSecond.toFixed(0).padStart(6)} new votes/s | p50 ${percentile(variant.latencies, 50).toFixed(1)} ms | p99 ${percentile(variant.latencies, 99).toFixed(1)} ms | 429: ${variant.tooMany} | other errors: ${variant.errors}`,
      );
    }
    console.log(
      `recount: ${acknowledged.size} acknowledged, ${rows.length} rows, hot idea tally ${hotTally}; pgbench ${pgbenchTps.toFixed(0)} tps`,
    );
    console.log(
      JSON.stringify({
        spread_votes_per_s: Math.round(spread.votesPerSecond),
        hot_votes_per_s: Math.round(hot.votesPerSecond),
        p99_ms: percentile([...spread.latencies, ...hot.latencies], 99),
        pgbench_insert_tps: Math.round(pgbenchTps),
        ratio: Number((spread.votesPerSecond / pgbenchTps).toFixed(3)),
        lost,
        duplicated,
        errors: spread.errors + hot.errors,
      }),
    );
  });
}

runBench(main);
