-- pgbench script of npm run bench:votes: the vote row the API writes, for a random voter and idea.
\set voter random(1, 100000)
\set idea random(1, 1000)
INSERT INTO idea_votes (idea_id, voter_id, challenge_id, value, created_at, updated_at)
SELECT i.id, v.id, i.challenge_id, 1, now(), now()
  FROM bench_ideas b JOIN ideas i ON i.id = b.id, bench_voters v
 WHERE b.n = :idea AND v.n = :voter
ON CONFLICT DO NOTHING;
