import { getEntityManagerToken } from '@nestjs/typeorm';
import { databaseUrl, resolveTestServer, withServerClient } from '@crowdforge/api-platform/testing';
import type { EntityManager } from 'typeorm';
import { migrate } from '../../api/src/database/migrate';
import { addMember, createOrganisation, createSignedIn } from '../../api/src/testing/people';
import { startTestApp } from '../../api/src/testing/test-app';

// npm run bench:browse [-- <challenges> <requests>]
// Browse and search latency, in process (no network), over a database of many challenges.
const CHALLENGES = Number(process.argv[2] ?? 2000);
const REQUESTS = Number(process.argv[3] ?? 200);

const SCENARIOS: [string, string, 'anonymous' | 'member'][] = [
  ['browse, newest, page 1', '/api/v1/challenges', 'anonymous'],
  ['browse, page 40', '/api/v1/challenges?offset=780', 'anonymous'],
  ['open, closing soon', '/api/v1/challenges?stage=open&sort=closing_soon', 'anonymous'],
  ['search "tea packaging"', '/api/v1/challenges?q=tea%20packaging', 'anonymous'],
  ['search "oplossingen"', '/api/v1/challenges?q=oplossingen', 'anonymous'],
  ['member, internal included', '/api/v1/challenges?q=strategy', 'member'],
  ['detail', '', 'member'],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function seed(manager: EntityManager, organisationId: string): Promise<string> {
  // Half English, half Dutch; a fifth internal; windows spread over the year.
  await manager.query(
    `INSERT INTO challenges (organisation_id, state, title, tagline, language, audience, brief, themes, published_at)
     SELECT $1, 'published',
       CASE WHEN i % 2 = 0 THEN 'Tea packaging challenge ' || i ELSE 'Oplossing voor de buurt ' || i END,
       'Tagline ' || i, CASE WHEN i % 2 = 0 THEN 'en' ELSE 'nl' END,
       CASE WHEN i % 5 = 0 THEN 'internal' ELSE 'public' END,
       jsonb_build_object('problem', repeat('A real problem about tea, packaging and strategy. ', 20),
         'background', '', 'objectives', '', 'constraints', '', 'rewards', ''),
       ARRAY['theme' || (i % 12)], now() - (i || ' minutes')::interval
     FROM generate_series(1, $2) AS i`,
    [organisationId, CHALLENGES],
  );
  await manager.query(
    `INSERT INTO phase_windows (challenge_id, kind, opens_at, closes_at)
     SELECT id, 'submission', now() - interval '10 days', now() + (random() * 300 || ' days')::interval FROM challenges`,
  );
  await manager.query(
    `UPDATE challenges SET search_vector =
       setweight(to_tsvector(cfg, title), 'A') || setweight(to_tsvector(cfg, brief->>'problem'), 'C')
     FROM (SELECT id AS cid, CASE language WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END AS cfg
           FROM challenges) AS settings WHERE id = cid`,
  );
  await manager.query('ANALYZE');
  const [first] = await manager.query(`SELECT id FROM challenges LIMIT 1`);
  return first.id;
}

async function main(): Promise<void> {
  const server = await resolveTestServer();
  const name = `crowdforge_bench_${process.pid}`;
  await withServerClient(server.url, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(server.url, name);
  try {
    await migrate(url);
    const testApp = await startTestApp({ databaseUrl: url });
    const { app } = testApp;
    const organisationId = await createOrganisation(app, 'Bench');
    const member = await createSignedIn(app);
    await addMember(app, organisationId, member, 'member');
    const started = Date.now();
    const detailId = await seed(app.get<EntityManager>(getEntityManagerToken()), organisationId);
    console.log(`${CHALLENGES} challenges seeded in ${Date.now() - started} ms; ${REQUESTS} requests per scenario`);
    console.log('scenario                      | items | total |  p50 ms |  p95 ms |  max ms');
    for (const [label, path, who] of SCENARIOS) {
      const url = path || `/api/v1/challenges/${detailId}`;
      const headers = who === 'member' ? member.headers : {};
      const timings: number[] = [];
      let body: { items?: unknown[]; total?: number } = {};
      for (let request = 0; request < REQUESTS; request++) {
        const start = process.hrtime.bigint();
        const response = await app.inject({ method: 'GET', url, headers });
        timings.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
        body = response.json();
      }
      timings.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(29)} | ${String(body.items?.length ?? 1).padStart(5)} | ${String(body.total ?? '-').padStart(5)} | ${percentile(timings, 50).toFixed(1).padStart(7)} | ${percentile(timings, 95).toFixed(1).padStart(7)} | ${timings[timings.length - 1].toFixed(1).padStart(7)}`,
      );
    }
    await testApp.close();
  } finally {
    await withServerClient(server.url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await server.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
