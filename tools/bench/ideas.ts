import type { EntityManager } from 'typeorm';
import { completeBrief } from '../../api/src/challenges/challenge-fixtures';
import { closeAfterLoad, runBench, withBenchApp } from './bench-app';
import { inWorker } from './in-worker';
import type { ListLoad, ListLoadResult } from './list-load';
import { recountComments } from '../../libs/api/ideas/src/lib/comments/comment-count';
import { encodeCursor } from '../../libs/api/ideas/src/lib/list/idea-cursor';
import { VoteTallies } from '@crowdforge/api-ideas';
import { IDEA_SORTS, type IdeaSort } from '@crowdforge/contracts';

// npm run bench:ideas [-- <ideas> <seconds per scenario>]; BENCH_KEEP_DB=1 keeps the database for EXPLAIN.
// Idea lists over HTTP at 32 connections: one challenge with many ideas, authors, comments and up/down
// votes (10 per idea: 1,000,000 for the default 100,000 ideas, counted by one full recount), first and
// deep pages of every sort and filter and of a search, the ranking, and similar-idea suggestions.
// Last line: JSON.
const IDEAS = Number(process.argv[2] ?? 100_000);
const SECONDS = Number(process.argv[3] ?? 5);
const CONNECTIONS = 32;
const PEOPLE = 2_000;
const VOTES_PER_IDEA = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

type DeepCursors = Record<IdeaSort, string>;

/** Ideas, their authors, comments and votes, generated in SQL; returns a deep cursor of each sort and an author id. */
async function seed(manager: EntityManager, challengeId: string): Promise<{ deep: DeepCursors; authorId: string }> {
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
  // Up/down votes by distinct people on each idea, seven in ten in favour, cast over the ideas' first day.
  await manager.query(
    `INSERT INTO challenge_voting_rules (challenge_id, mode, authors_may_vote, blind) VALUES ($1, 'up_down', true, false)`,
    [challengeId],
  );
  await manager.transaction(async (votes) => {
    // A million rows with their foreign keys take longer than a request may.
    await votes.query(`SET LOCAL statement_timeout = 0`);
    await votes.query(
      `INSERT INTO idea_votes (idea_id, voter_id, challenge_id, value, created_at, updated_at)
     SELECT i.id, ($2::uuid[])[1 + (i.n * ${VOTES_PER_IDEA} + k) % $3], $1,
            CASE WHEN random() < 0.7 THEN 1 ELSE -1 END, i.created_at + k * interval '1 hour', i.created_at + k * interval '1 hour'
       FROM (SELECT id, created_at, row_number() OVER (ORDER BY id) AS n FROM ideas) i,
            generate_series(1, ${VOTES_PER_IDEA}) AS k`,
      [challengeId, people.map((person) => person.id), PEOPLE],
    );
  });
  await manager.query('ANALYZE');
  return { deep: await deepCursors(manager), authorId: people[7].id };
}

/** The cursor after 80% of the ideas in each order. */
async function deepCursors(manager: EntityManager): Promise<DeepCursors> {
  const keys: Record<IdeaSort, string | null> = {
    newest: null,
    discussed: 'comment_count',
    top: 'vote_score',
    trending: 'vote_trending',
  };
  const deep = {} as DeepCursors;
  for (const sort of IDEA_SORTS) {
    const key = keys[sort];
    const [row]: { key: number | null; created_at: Date; id: string }[] = await manager.query(
      `SELECT ${key ?? 'NULL::int'} AS key, created_at, id FROM ideas
        ORDER BY ${key ? `${key} DESC, ` : ''}created_at DESC, id DESC OFFSET ${Math.floor(IDEAS * 0.8)} LIMIT 1`,
    );
    deep[sort] = encodeCursor({ sort, key: row.key, createdAt: row.created_at, id: row.id });
  }
  return deep;
}

/** The figures of `paths` requested in turn for `SECONDS` at 32 connections, from a worker thread. */
async function load(url: string, headers: Record<string, string>, paths: string[]) {
  const fired: ListLoad = { url, headers, paths, connections: CONNECTIONS, seconds: SECONDS };
  const { timings, failures, perSecond } = await inWorker<ListLoadResult>('tools/bench/list-load.ts', fired);
  if (failures.length > 0) throw new Error(`${paths.join(', ')}: answers other than 200: ${JSON.stringify(failures)}`);
  return { p50: percentile(timings, 50) ?? NaN, p95: percentile(timings, 95) ?? NaN, perSecond, failed: '-' };
}

async function main(): Promise<void> {
  await withBenchApp('ideas', completeBrief(), async ({ app, testApp, entityManager, manager, challengeId }) => {
    const started = Date.now();
    const { authorId } = await seed(entityManager, challengeId);
    const recountStarted = Date.now();
    await app.get(VoteTallies).recount(challengeId);
    const recountMs = Date.now() - recountStarted;
    await entityManager.query('ANALYZE');
    const deep = await deepCursors(entityManager);
    const deepNewest = deep.newest;
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const list = `/api/v1/challenges/${challengeId}/ideas`;
    const scenarios: [string, string][] = [
      ['newest, first page', list],
      ['newest, deep page (80%)', `${list}?cursor=${deepNewest}`],
      ['discussed, first page', `${list}?sort=discussed`],
      ['discussed, deep page (80%)', `${list}?sort=discussed&cursor=${deep.discussed}`],
      ['top, first page', `${list}?sort=top`],
      ['top, deep page (80%)', `${list}?sort=top&cursor=${deep.top}`],
      ['trending, first page', `${list}?sort=trending`],
      ['trending, deep page (80%)', `${list}?sort=trending&cursor=${deep.trending}`],
      ['ranking (top 10 of 2,000)', `/api/v1/challenges/${challengeId}/ranking`],
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
      `${IDEAS} ideas with authors, comments and ${IDEAS * VOTES_PER_IDEA} votes seeded in ${Date.now() - started} ms ` +
        `(the full tally recount took ${recountMs} ms); ${CONNECTIONS} connections, ${SECONDS} s per scenario`,
    );
    console.log('scenario                     |  p50 ms |  p95 ms |  req/s | not 200');
    const p95 = new Map<string, number>();
    for (const [label, path] of scenarios) {
      const figures = await load(base, {}, [path]);
      p95.set(label, figures.p95);
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
    const worst = (prefix: string) =>
      Math.max(...[...p95].filter(([label]) => label.startsWith(prefix)).map(([, ms]) => ms));
    console.log(
      JSON.stringify({
        p95_ms: mixed.p95,
        top_p95_ms: worst('top'),
        trending_p95_ms: worst('trending'),
        votes: IDEAS * VOTES_PER_IDEA,
        recount_ms: recountMs,
        req_per_s: Math.round(mixed.perSecond),
        not_200: mixed.failed,
      }),
    );
  });
}

runBench(main);
