import autocannon from 'autocannon';
import type { EntityManager } from 'typeorm';
import { completeBrief } from '../../api/src/challenges/challenge-fixtures';
import { closeAfterLoad, runBench, withBenchApp } from './bench-app';
import { recountComments } from '../../libs/api/ideas/src/lib/comments/comment-count';
import { encodeCursor } from '../../libs/api/ideas/src/lib/list/idea-cursor';

// npm run bench:ideas [-- <ideas> <seconds per scenario>]; BENCH_KEEP_DB=1 keeps the database for EXPLAIN.
// Idea lists over HTTP at 32 connections: one challenge with many ideas, authors and comments,
// first and deep pages of every sort and filter and of a search, and similar-idea suggestions. Last line: JSON.
const IDEAS = Number(process.argv[2] ?? 100_000);
const SECONDS = Number(process.argv[3] ?? 5);
const CONNECTIONS = 32;
const PEOPLE = 2_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Ideas, their authors and comments, generated in SQL; returns deep cursors of both sorts and an author id. */
async function seed(
  manager: EntityManager,
  challengeId: string,
): Promise<{ deepNewest: string; deepDiscussed: string; authorId: string }> {
  await manager.query(
    `INSERT INTO users (email, display_name, email_verified_at)
     SELECT 'bench' || i || '@example.test', 'Bench Person ' || i, now() FROM generate_series(1, $1) AS i`,
    [PEOPLE],
  );
  const people: { id: string }[] = await manager.query(`SELECT id FROM users WHERE email LIKE 'bench%'`);
  const statuses = `(ARRAY['submitted','submitted','submitted','under_review','shortlisted','parked','selected','declined'])`;
  await manager.query(
    `INSERT INTO ideas (challenge_id, created_by_id, status, title, pitch, description, tags, version,
                        created_at, updated_at, submitted_at)
     SELECT $1, ($2::uuid[])[1 + i % $3], ${statuses}[1 + i % 8],
       (ARRAY['Seaweed tea bags','Folding infuser bottle','Tea tasting evenings','Cold brew cubes',
              'Herbal tea flight','Refill station','Tea subscription','Smart kettle'])[1 + i % 8] || ' ' || i,
       'A pitch about tea, packaging and people on the move, number ' || i,
       repeat('Tea drinkers want something new. ', 10),
       ARRAY['tag' || (i % 25), 'theme' || (i % 7)], 1,
       now() - (i || ' seconds')::interval, now(), now() - (i || ' seconds')::interval
     FROM generate_series(1, $4) AS i`,
    [challengeId, people.map((person) => person.id), PEOPLE, IDEAS],
  );
  await manager.query(
    `INSERT INTO idea_authors (idea_id, user_id, joined_at) SELECT id, created_by_id, created_at FROM ideas`,
  );
  await manager.query(
    `INSERT INTO idea_comments (idea_id, author_id, body, created_at)
     SELECT id, created_by_id, 'A comment on this idea', created_at + interval '1 minute' FROM ideas
     UNION ALL
     SELECT id, created_by_id, 'Another comment', created_at + interval '2 minutes' FROM ideas WHERE random() < 0.5`,
  );
  await manager.query(
    `UPDATE ideas SET search_vector = setweight(to_tsvector('english', title), 'A')
       || setweight(to_tsvector('english', pitch || ' ' || array_to_string(tags, ' ')), 'B')
       || setweight(to_tsvector('english', description), 'C')`,
  );
  await recountComments(manager);
  await manager.query('ANALYZE');
  const deep = `OFFSET ${Math.floor(IDEAS * 0.8)} LIMIT 1`;
  const [newest]: { created_at: Date; id: string }[] = await manager.query(
    `SELECT created_at, id FROM ideas ORDER BY created_at DESC, id DESC ${deep}`,
  );
  const [discussed]: { comment_count: number; created_at: Date; id: string }[] = await manager.query(
    `SELECT comment_count, created_at, id FROM ideas ORDER BY comment_count DESC, created_at DESC, id DESC ${deep}`,
  );
  return {
    deepNewest: encodeCursor({ sort: 'newest', createdAt: newest.created_at, id: newest.id }),
    deepDiscussed: encodeCursor({
      sort: 'discussed',
      commentCount: discussed.comment_count,
      createdAt: discussed.created_at,
      id: discussed.id,
    }),
    authorId: people[7].id,
  };
}

async function load(url: string, headers: Record<string, string>, paths: string[]) {
  const timings: number[] = [];
  const failures = new Map<number, number>();
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) timings.push(responseTime);
    else failures.set(statusCode, (failures.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  if (failures.size > 0)
    throw new Error(`${paths.join(', ')}: answers other than 200: ${JSON.stringify([...failures])}`);
  timings.sort((a, b) => a - b);
  const failed = [...failures].map(([status, count]) => `${count}×${status}`).join(' ') || '-';
  return {
    p50: percentile(timings, 50) ?? NaN,
    p95: percentile(timings, 95) ?? NaN,
    perSecond: result.requests.average,
    failed,
  };
}

async function main(): Promise<void> {
  await withBenchApp('ideas', completeBrief(), async ({ app, testApp, entityManager, manager, challengeId }) => {
    const started = Date.now();
    const { deepNewest, deepDiscussed, authorId } = await seed(entityManager, challengeId);
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const list = `/api/v1/challenges/${challengeId}/ideas`;
    const scenarios: [string, string][] = [
      ['newest, first page', list],
      ['newest, deep page (80%)', `${list}?cursor=${deepNewest}`],
      ['discussed, first page', `${list}?sort=discussed`],
      ['discussed, deep page (80%)', `${list}?sort=discussed&cursor=${deepDiscussed}`],
      ['status shortlisted', `${list}?status=shortlisted`],
      ['status shortlisted, deep', `${list}?status=shortlisted&cursor=${deepNewest}`],
      ['status, discussed', `${list}?status=shortlisted&sort=discussed`],
      ['tag', `${list}?tag=tag7`],
      ['tag, deep', `${list}?tag=tag7&cursor=${deepNewest}`],
      ['author', `${list}?authorId=${authorId}`],
      ['author, deep', `${list}?authorId=${authorId}&cursor=${deepNewest}`],
      ['search "seaweed bags"', `${list}?q=seaweed%20bags`],
      ['search, deep', `${list}?q=seaweed%20bags&cursor=${deepNewest}`],
      ['similar while typing', `${list}/similar?text=${encodeURIComponent('Seaweed tea bag for the train')}`],
    ];
    console.log(
      `${IDEAS} ideas with authors and comments seeded in ${Date.now() - started} ms; ${CONNECTIONS} connections, ${SECONDS} s per scenario`,
    );
    console.log('scenario                     |  p50 ms |  p95 ms |  req/s | not 200');
    for (const [label, path] of scenarios) {
      const figures = await load(base, {}, [path]);
      console.log(
        `${label.padEnd(28)} | ${figures.p50.toFixed(1).padStart(7)} | ${figures.p95.toFixed(1).padStart(7)} | ${figures.perSecond.toFixed(0).padStart(6)} | ${figures.failed}`,
      );
    }
    const mixed = await load(
      base,
      manager.headers,
      scenarios.map(([, path]) => path),
    );
    await closeAfterLoad(testApp);
    console.log(JSON.stringify({ p95_ms: mixed.p95, req_per_s: Math.round(mixed.perSecond), not_200: mixed.failed }));
  });
}

runBench(main);
