import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { DemoSeeds } from '@crowdforge/api-platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@crowdforge/api-identity';
import { VoteTallies } from '@crowdforge/api-ideas';
import { startTestApp, type TestApp } from '../testing/test-app';
import { signIn, type SignedInPerson } from '../testing/people';

describe('demo data', () => {
  let testApp: TestApp;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  const get = (url: string, person?: SignedInPerson) =>
    testApp.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: person?.headers ?? {} });

  /** A demo account, signed in with the documented password. */
  const demoPerson = async (email: string) => {
    const [{ id }] = await sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
    return signIn(testApp.app, { id, email }, undefined, DEMO_PASSWORD);
  };

  const ideaTitled = async (title: string) =>
    (await sql<{ id: string }>(`SELECT id FROM ideas WHERE title = $1`, [title]))[0].id;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.get(DemoSeeds).run();
  });
  afterAll(() => testApp.close());

  it('has one account per role that signs in with the documented password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: account.email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const { user } = response.json();
      expect(user.isPlatformAdmin).toBe(account.platformAdmin ?? false);
      expect(user.memberships.map((membership: { role: string }) => membership.role)).toEqual(
        account.role ? [account.role] : [],
      );
    }
  });

  it('gives the published demo challenges cover images and one idea pictures and a plan, served to anyone', async () => {
    const listed = (await get('/challenges?limit=50')).json().items as {
      title: string;
      coverImageUrl: string | null;
    }[];
    const withCovers = listed
      .filter((challenge) => challenge.coverImageUrl !== null)
      .map((challenge) => challenge.title);
    expect(withCovers).toEqual(
      expect.arrayContaining(['Invent a new way to make or drink tea', 'A tea moment for Café Amsterdam']),
    );
    const cover = await get(
      `${listed.find((challenge) => challenge.coverImageUrl)?.coverImageUrl?.replace('/api/v1', '')}?size=small`,
    );
    expect([cover.statusCode, cover.headers['content-type']]).toEqual([200, 'image/webp']);

    const idea = (await get(`/ideas/${await ideaTitled('A folding infuser bottle for the train')}`)).json();
    expect(idea.attachments.map((file: { name: string; kind: string }) => [file.name, file.kind])).toEqual([
      ['bottle on the train.webp', 'image'],
      ['folded flat.webp', 'image'],
      ['prototype plan.pdf', 'document'],
    ]);
    const plan = await get(`/ideas/${idea.id}/attachments/${idea.attachments[2].id}`);
    expect([plan.statusCode, plan.headers['content-disposition']]).toEqual([
      200,
      'attachment; filename="prototype plan.pdf"',
    ]);
  });

  it('has ideas in the demo challenges: submitted, co-authored, under review and selected, drafts kept private', async () => {
    const [tea] = await testApp.app
      .get<EntityManager>(getEntityManagerToken())
      .query(`SELECT id FROM challenges WHERE title = 'Invent a new way to make or drink tea'`);
    const listed = await testApp.app.inject({ method: 'GET', url: `/api/v1/challenges/${tea.id}/ideas` });
    expect(listed.statusCode).toBe(200);
    const items: { title: string; status: string; authors: { name: string }[] }[] = listed.json().items;
    expect(items.map(({ title, status }) => [title, status])).toEqual([
      ['Tasting boxes to take home', 'submitted'],
      ['Tea tasting evenings in the shops', 'submitted'],
      ['A folding infuser bottle for the train', 'under_review'],
    ]);
    expect(items.map((item) => item.authors.map((author) => author.name))).toEqual([
      ['Chris Crowd'],
      ['Max Member'],
      ['Max Member', 'Mila Moderator'],
    ]);
    const figures = await testApp.app.inject({ method: 'GET', url: `/api/v1/challenges/${tea.id}` });
    // The hidden advertisement is not counted; its author joined the challenge.
    expect(figures.json().figures).toMatchObject({ ideas: 3, participants: 4 });
  });

  it('has a conversation on a submitted idea: a question, the author’s reply and the official response', async () => {
    const ideaId = await ideaTitled('Tea tasting evenings in the shops');
    const comments = (await get(`/ideas/${ideaId}/comments`)).json();
    expect(
      comments.map((comment: { depth: number; author: { name: string }; byStaff: boolean; official: boolean }) => [
        comment.depth,
        comment.author.name,
        comment.byStaff,
        comment.official,
      ]),
    ).toEqual([
      [0, 'Chris Crowd', false, false],
      [1, 'Max Member', true, false],
      [0, 'Maya Manager', true, true],
    ]);
    const [question, reply, official] = comments;
    expect(reply.parentId).toBe(question.id);
    expect(question).toMatchObject({ helpful: 1, body: { markdown: expect.stringContaining('far from a shop') } });

    const crowd = await demoPerson('crowd@demo.crowdforge.test');
    const idea = (await get(`/ideas/${ideaId}`, crowd)).json();
    expect(idea.firstOfficialResponseAt).toBe(official.createdAt);
    expect(idea.viewer.isFollowing).toBe(true);
    const { challengeId } = idea;
    const listed = (await get(`/challenges/${challengeId}/ideas`)).json().items;
    expect(listed.find((item: { id: string }) => item.id === ideaId).commentCount).toBe(3);
    expect(
      await sql(
        `SELECT u.email FROM idea_followers f JOIN users u ON u.id = f.user_id WHERE f.idea_id = $1 ORDER BY u.email`,
        [ideaId],
      ),
    ).toEqual([
      { email: 'crowd@demo.crowdforge.test' },
      { email: 'manager@demo.crowdforge.test' },
      { email: 'member@demo.crowdforge.test' },
    ]);
    // Everyone in the conversation can be mentioned in it, those who spoke first.
    const candidates = (await get(`/ideas/${ideaId}/mention-candidates?q=m`, crowd)).json();
    expect(candidates.map((candidate: { name: string }) => candidate.name)).toEqual([
      'Max Member',
      'Maya Manager',
      'Mila Moderator',
    ]);
  });

  it('has the crowd’s idea building on the idea its conversation was about', async () => {
    const crowdIdea = (await get(`/ideas/${await ideaTitled('Tasting boxes to take home')}`)).json();
    expect(crowdIdea.lineage).toEqual({
      buildsOn: [expect.objectContaining({ title: 'Tea tasting evenings in the shops', status: 'submitted' })],
      builtOnBy: [],
    });
    const tasting = (await get(`/ideas/${await ideaTitled('Tea tasting evenings in the shops')}`)).json();
    expect(tasting.lineage.builtOnBy).toEqual([
      { id: crowdIdea.id, title: 'Tasting boxes to take home', status: 'submitted' },
    ]);
  });

  it('has support votes in the tea challenge and star ratings in the café challenge, none by an author', async () => {
    const tallies = await sql(
      `SELECT c.title AS challenge, r.mode, i.title AS idea, count(*)::int AS votes, sum(v.value)::int AS total
         FROM idea_votes v JOIN ideas i ON i.id = v.idea_id JOIN challenges c ON c.id = v.challenge_id
         JOIN challenge_voting_rules r ON r.challenge_id = c.id
        WHERE NOT r.blind
        GROUP BY c.title, r.mode, i.title ORDER BY c.title, i.title`,
    );
    expect(tallies).toEqual([
      {
        challenge: 'A tea moment for Café Amsterdam',
        mode: 'stars',
        idea: 'A tea flight with three Dutch herbs',
        votes: 4,
        total: 18,
      },
      {
        challenge: 'Invent a new way to make or drink tea',
        mode: 'support',
        idea: 'A folding infuser bottle for the train',
        votes: 3,
        total: 3,
      },
      {
        challenge: 'Invent a new way to make or drink tea',
        mode: 'support',
        idea: 'Tasting boxes to take home',
        votes: 3,
        total: 3,
      },
      {
        challenge: 'Invent a new way to make or drink tea',
        mode: 'support',
        idea: 'Tea tasting evenings in the shops',
        votes: 2,
        total: 2,
      },
    ]);
    expect(
      await sql(`SELECT 1 FROM idea_votes v JOIN idea_authors a ON a.idea_id = v.idea_id AND a.user_id = v.voter_id`),
    ).toEqual([]);

    const crowd = await demoPerson('crowd@demo.crowdforge.test');
    const { challengeId } = (await get(`/ideas/${await ideaTitled('Tea tasting evenings in the shops')}`)).json();
    expect((await get(`/challenges/${challengeId}/my-votes`, crowd)).json()).toMatchObject({
      mode: 'support',
      votes: [expect.objectContaining({ value: 1 }), expect.objectContaining({ value: 1 })],
    });
  });

  it('gives the tea challenge’s integrity report a group voting from one office and a newcomer’s vote', async () => {
    const manager = await demoPerson('manager@demo.crowdforge.test');
    const { challengeId } = (await get(`/ideas/${await ideaTitled('Tasting boxes to take home')}`)).json();
    const report = (await get(`/challenges/${challengeId}/voting/integrity`, manager)).json();
    expect(report).toMatchObject({ votes: 8, votesWithoutOrigin: 0, groupCount: 1 });
    expect(report.groups[0]).toMatchObject({
      accounts: 3,
      ideas: [expect.objectContaining({ title: 'A folding infuser bottle for the train', votes: 3 })],
    });
    expect(report.ideas[0]).toMatchObject({
      title: 'Tasting boxes to take home',
      votes: 3,
      established: 2,
      newAccounts: 1,
      unverified: 1,
    });
    expect(
      report.ideas.slice(1).every((idea: { established: number; votes: number }) => idea.established === idea.votes),
    ).toBe(true);
  });

  it('has teas compared in pairs, in the running for every demo account, none by its author or twice', async () => {
    const [{ id: challengeId }] = await sql<{ id: string }>(
      `SELECT id FROM challenges WHERE title = 'Which tea should we bring back?'`,
    );
    expect(await sql(`SELECT mode FROM challenge_voting_rules WHERE challenge_id = $1`, [challengeId])).toEqual([
      { mode: 'pairwise' },
    ]);
    const [counted] = await sql<{ comparisons: number; undecided: number; voters: number; ideas: number }>(
      `SELECT count(*)::int AS comparisons, (count(*) FILTER (WHERE outcome = 'cant_decide'))::int AS undecided,
              count(DISTINCT voter_id)::int AS voters,
              (SELECT count(*) FROM ideas WHERE challenge_id = $1 AND status = 'submitted')::int AS ideas
         FROM idea_comparisons WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(counted).toEqual({ comparisons: 15, undecided: 1, voters: 7, ideas: 4 });
    expect(
      await sql(
        `SELECT 1 FROM idea_comparisons p JOIN idea_authors a ON a.user_id = p.voter_id
          WHERE a.idea_id IN (p.left_idea_id, p.right_idea_id)`,
      ),
    ).toEqual([]);
    expect(
      await sql(
        `SELECT 1 FROM idea_comparisons GROUP BY voter_id, least(left_idea_id, right_idea_id),
                greatest(left_idea_id, right_idea_id) HAVING count(*) > 1`,
      ),
    ).toEqual([]);

    expect(await testApp.app.get(VoteTallies).reconcile()).toBeGreaterThan(0);
    const top = (await get(`/challenges/${challengeId}/ideas?sort=top`)).json().items;
    expect(top.map((idea: { title: string }) => idea.title)).toEqual([
      'Smoky Lapsang in the dragon tin',
      'The 2019 masala chai',
      'Jasmine pearls for spring',
      'Earl Grey Cream',
    ]);
    expect(top[0].tally).toMatchObject({ mode: 'pairwise', votes: 6, ups: 5, downs: 1 });

    // The crowd compares a pair it has not answered yet, never with its own Lapsang.
    const crowd = await demoPerson('crowd@demo.crowdforge.test');
    const pair = (await get(`/challenges/${challengeId}/pair`, crowd)).json();
    const titles = [pair.left.title, pair.right.title];
    expect(titles).not.toContain('Smoky Lapsang in the dragon tin');
    expect(titles.sort()).toEqual(['Earl Grey Cream', 'The 2019 masala chai']);
    await sql(`DELETE FROM idea_comparisons WHERE outcome IS NULL`);
  });

  it('has a blind vote on winter flavours: counted, but shown to the organisers only', async () => {
    const [{ id: challengeId }] = await sql<{ id: string }>(
      `SELECT id FROM challenges WHERE title = 'Name our winter blend'`,
    );
    expect(await sql(`SELECT count(*)::int AS votes FROM idea_votes WHERE challenge_id = $1`, [challengeId])).toEqual([
      { votes: 5 },
    ]);
    await testApp.app.get(VoteTallies).reconcile();
    const member = await demoPerson('member@demo.crowdforge.test');
    const manager = await demoPerson('manager@demo.crowdforge.test');
    expect((await get(`/challenges/${challengeId}/voting`, member)).json()).toMatchObject({
      rules: { mode: 'support', blind: true },
      talliesShown: false,
    });
    const seen = (await get(`/challenges/${challengeId}/ideas`, member)).json().items;
    expect(seen.map((idea: { tally: unknown }) => idea.tally)).toEqual([null, null, null]);
    const top = (await get(`/challenges/${challengeId}/ideas?sort=top`, manager)).json().items;
    expect(top.map((idea: { title: string; tally: { votes: number } }) => [idea.title, idea.tally.votes])).toEqual([
      ['Gingerbread black tea', 2],
      ['Spiced pear rooibos', 2],
      ['Winter mint with liquorice', 1],
    ]);
  });

  it('shows the moderators a flagged comment, a hidden idea in the log, and the community guidelines', async () => {
    const manager = await demoPerson('manager@demo.crowdforge.test');
    const { challengeId } = (await get(`/ideas/${await ideaTitled('A folding infuser bottle for the train')}`)).json();
    const { organisation } = (await get(`/challenges/${challengeId}`)).json();

    const queue = (await get(`/organisations/${organisation.id}/moderation/queue?state=open`, manager)).json();
    expect(queue).toEqual([
      expect.objectContaining({
        kind: 'comment',
        ideaTitle: 'A folding infuser bottle for the train',
        authorName: 'Nico Newcomer',
        hidden: false,
        flags: [
          expect.objectContaining({ reason: 'Offensive or abusive: mocks the authors, not the idea' }),
          expect.objectContaining({ reason: 'Onvriendelijk tegen de makers' }),
        ],
      }),
    ]);
    const log = (await get(`/organisations/${organisation.id}/moderation/log`, manager)).json();
    expect(log.items.map((entry: { action: string }) => entry.action).sort()).toEqual([
      'moderation.flagged',
      'moderation.flagged',
      'moderation.idea_hidden',
    ]);

    const hiddenId = await ideaTitled('Free tea for everyone who follows my shop');
    expect((await get(`/ideas/${hiddenId}`)).statusCode).toBe(404);
    expect((await get(`/ideas/${hiddenId}`, manager)).json().hidden).toMatchObject({
      reason: 'Advertising for a shop: ideas here answer the challenge.',
    });

    const guidelines = (await get(`/challenges/${challengeId}/guidelines`)).json();
    expect(guidelines.text.markdown).toContain('Criticise ideas, never the people who wrote them.');
  });

  it('has a review round in progress: the reviewer’s queue, blind, and two of the admin’s reviews submitted', async () => {
    const reviewer = await demoPerson('reviewer@demo.crowdforge.test');
    const queue = (await get('/me/reviews', reviewer)).json();
    // The tea challenge's three ideas in the running, each reviewed by both reviewers.
    expect(queue).toHaveLength(3);
    expect(queue.every((item: { state: string; roundName: string }) => item.state === 'assigned')).toBe(true);
    const review = (await get(`/reviews/${queue[0].reviewId}`, reviewer)).json();
    expect(review).toMatchObject({
      round: { name: 'Technical review', state: 'open', blind: true },
      idea: { authors: null },
    });

    const admin = await demoPerson('orgadmin@demo.crowdforge.test');
    const theirs = (await get('/me/reviews', admin)).json();
    expect(theirs.map((item: { state: string }) => item.state).sort()).toEqual(['assigned', 'submitted', 'submitted']);
    const round = (await get(`/review-rounds/${queue[0].roundId}`, admin)).json();
    expect(round).toMatchObject({ ideaCount: 3, reviewerCount: 2, progress: { assigned: 6, submitted: 2 } });
  });

  it('follows the café’s selected tea flight into implementation, in public', async () => {
    const implementation = (
      await get(`/ideas/${await ideaTitled('A tea flight with three Dutch herbs')}/implementation`)
    ).json();
    expect(implementation).toMatchObject({
      owner: { displayName: expect.any(String) },
      progress: 30,
      canEdit: false,
      milestones: [{ doneAt: expect.any(String) }, { doneAt: null }],
    });
  });

  it('is seeded once', async () => {
    expect(await testApp.app.get(DemoSeeds).run()).toEqual([]);
  });

  it('adds the conversation to ideas seeded before it, and nothing twice', async () => {
    const counts = () =>
      sql(`SELECT (SELECT count(*) FROM ideas)::int AS ideas, (SELECT count(*) FROM idea_comments)::int AS comments,
             (SELECT count(*) FROM idea_links)::int AS links, (SELECT sum(comment_count) FROM ideas)::int AS counted`);
    const before = await counts();
    expect(before).toEqual([{ ideas: 13, comments: 4, links: 1, counted: 4 }]);
    await sql(`DELETE FROM seed_runs WHERE name = 'ideas.demo-conversation'`);
    expect(await testApp.app.get(DemoSeeds).run()).toEqual(['ideas.demo-conversation']);
    expect(await counts()).toEqual(before);
  });
});
