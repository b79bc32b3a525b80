import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import type { EntityManager } from 'typeorm';
import { caller } from '../challenges/challenge-fixtures';
import { addMember, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { leafyTeaWith } from '../ideas/idea-fixtures';
import { DAY, votingChallenges } from '../ideas/voting-fixtures';

/** Review rounds: set-up, balanced assignment with authors and conflicts excluded, the reviewer's workspace. */
describe('review rounds', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let sql: <T>(query: string, parameters?: unknown[]) => Promise<T[]>;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let ann: SignedInPerson;
  let outsider: SignedInPerson;
  /** Rita, Rob and Rae review for Leafy Tea; Rita also wrote an idea. */
  let reviewers: SignedInPerson[];
  let challenge: ReturnType<typeof votingChallenges>;

  /** A challenge with three ideas by Ann and one by Rita, all submitted. */
  async function challengeWithIdeas() {
    const { challengeId, ideaIds } = await challenge(3);
    const [rita] = reviewers;
    await call(rita, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const ritas = (await call(rita, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Rita’s tea' })).json();
    expect((await call(rita, 'POST', `/ideas/${ritas.id}/submission`, {})).statusCode).toBe(200);
    return { challengeId, annIdeas: ideaIds, ritaIdea: ritas.id as string };
  }

  const newRound = (challengeId: string, body: Record<string, unknown> = {}, by = manager) =>
    call(by, 'POST', `/challenges/${challengeId}/review-rounds`, {
      name: 'Technical review',
      reviewersPerIdea: 2,
      dueAt: '2026-06-01T17:00:00.000Z',
      blind: true,
      ...body,
    });

  /** A round with every submitted idea of the challenge and the three reviewers, opened. */
  async function openRound(challengeId: string, body: Record<string, unknown> = {}) {
    const round = (await newRound(challengeId, body)).json();
    expect((await call(manager, 'PUT', `/review-rounds/${round.id}/shortlist`, { top: 10 })).statusCode).toBe(200);
    const people = reviewers.map((reviewer) => ({ userId: reviewer.id, expertise: [] }));
    expect((await call(manager, 'PUT', `/review-rounds/${round.id}/reviewers`, { reviewers: people })).statusCode).toBe(
      200,
    );
    const opened = await call(manager, 'POST', `/review-rounds/${round.id}/opening`);
    expect(opened.statusCode).toBe(201);
    return opened.json() as { id: string; state: string; position: number };
  }

  const reviewsOf = (roundId: string) =>
    sql<{ id: string; idea_id: string; reviewer_id: string; state: string }>(
      `SELECT id, idea_id, reviewer_id, state FROM reviews WHERE round_id = $1 ORDER BY assigned_at, id`,
      [roundId],
    );
  const queueOf = async (person: SignedInPerson) =>
    (await call(person, 'GET', '/me/reviews')).json() as { reviewId: string; ideaId: string; roundId: string }[];

  beforeAll(async () => {
    testApp = await startTestApp({
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    sql = (query, parameters = []) => testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters);
    const leafyTea = await leafyTeaWith(testApp.app, {
      ann: 'Ann Author',
      outsider: 'Otto Outsider',
      rita: 'Rita Reviewer',
      rob: 'Rob Reviewer',
      rae: 'Rae Reviewer',
    });
    ({ manager, member } = leafyTea);
    ({ ann, outsider } = leafyTea.people);
    reviewers = [leafyTea.people.rita, leafyTea.people.rob, leafyTea.people.rae];
    for (const reviewer of reviewers) await addMember(testApp.app, leafyTea.organisationId, reviewer, 'reviewer');
    challenge = votingChallenges(testApp.app, clock, {
      organisationId: leafyTea.organisationId,
      manager,
      author: ann,
      voters: [],
    });
  });
  afterAll(() => testApp.close());

  it('sets up a round from the brief and assigns every idea its reviewers in balance, never its author', async () => {
    const { challengeId, ritaIdea } = await challengeWithIdeas();
    const opened = await openRound(challengeId);
    expect(opened).toMatchObject({
      position: 1,
      state: 'open',
      reviewersPerIdea: 2,
      blind: true,
      ideaCount: 4,
      reviewerCount: 3,
      progress: { assigned: 8, submitted: 0 },
      scorecard: [
        { key: 'desirability', name: 'Desirability', weight: 3, scaleMin: 1, scaleMax: 5, commentBelow: null },
        { key: 'feasibility', name: 'Feasibility', weight: 1, scaleMin: 1, scaleMax: 5, commentBelow: null },
      ],
    });

    const reviews = await reviewsOf(opened.id);
    expect(reviews).toHaveLength(8);
    const byIdea = new Map<string, string[]>();
    for (const review of reviews)
      byIdea.set(review.idea_id, [...(byIdea.get(review.idea_id) ?? []), review.reviewer_id]);
    expect([...byIdea.values()].every((ids) => ids.length === 2 && new Set(ids).size === 2)).toBe(true);
    expect(byIdea.get(ritaIdea)).not.toContain(reviewers[0].id);
    const loads = reviewers.map((reviewer) => reviews.filter((review) => review.reviewer_id === reviewer.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    const shortlist = (await call(manager, 'GET', `/review-rounds/${opened.id}/shortlist`)).json();
    expect(shortlist).toHaveLength(4);
    expect(shortlist[0].reviewers).toHaveLength(2);
    // The reviewers are told, once each.
    const told = await sql<{ user_id: string }>(
      `SELECT user_id FROM notifications WHERE type = 'review_assignment' AND user_id = ANY($1)`,
      [reviewers.map((reviewer) => reviewer.id)],
    );
    expect(told).toHaveLength(3);
    // A second round takes the next place in the funnel.
    expect((await newRound(challengeId, { name: 'Final' })).json().position).toBe(2);
  });

  it('refuses bad set-ups with the reason, and changes nothing', async () => {
    const { challengeId, annIdeas } = await challengeWithIdeas();
    expect((await newRound(challengeId, {}, member)).statusCode).toBe(403);
    // The challenge is public: people outside the organisation see it, and may not set up its rounds.
    expect((await newRound(challengeId, {}, outsider)).statusCode).toBe(403);
    expect((await newRound(challengeId, {}, reviewers[1])).statusCode).toBe(403);
    for (const body of [
      { reviewersPerIdea: 0 },
      { reviewersPerIdea: 11 },
      { scorecard: [] },
      { scorecard: [{ key: 'a', name: 'A', guidance: '', weight: 1, scaleMin: 5, scaleMax: 5, commentBelow: null }] },
      {
        scorecard: [
          { key: 'a', name: 'A', guidance: '', weight: 1, scaleMin: 1, scaleMax: 5, commentBelow: null },
          { key: 'a', name: 'B', guidance: '', weight: 1, scaleMin: 1, scaleMax: 5, commentBelow: null },
        ],
      },
      { scorecard: [{ key: 'a', name: 'A', guidance: '', weight: 1, scaleMin: 1, scaleMax: 5, commentBelow: 9 }] },
      { state: 'open' },
    ]) {
      expect([JSON.stringify(body), (await newRound(challengeId, body)).statusCode]).toEqual([
        JSON.stringify(body),
        400,
      ]);
    }
    expect(await sql('SELECT id FROM review_rounds WHERE challenge_id = $1', [challengeId])).toHaveLength(0);

    const round = (await newRound(challengeId, { reviewersPerIdea: 3 })).json();
    const shortlist = (body: object) => call(manager, 'PUT', `/review-rounds/${round.id}/shortlist`, body);
    expect((await shortlist({ ideaIds: [annIdeas[0]], top: 3 })).statusCode).toBe(400);
    const draft = (await call(ann, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Still a draft' })).json();
    expect((await shortlist({ ideaIds: [annIdeas[0], draft.id] })).json().errors[0].field).toBe('ideaIds.1');
    expect((await shortlist({ minVoteScore: 1e9 })).statusCode).toBe(422);
    expect((await call(member, 'PUT', `/review-rounds/${round.id}/shortlist`, { top: 1 })).statusCode).toBe(404);
    expect((await shortlist({ ideaIds: annIdeas })).statusCode).toBe(200);

    const setReviewers = (people: SignedInPerson[]) =>
      call(manager, 'PUT', `/review-rounds/${round.id}/reviewers`, {
        reviewers: people.map((person) => ({ userId: person.id, expertise: ['tea'] })),
      });
    const refused = await setReviewers([reviewers[0], member]);
    expect([refused.statusCode, refused.json().errors[0].field]).toEqual([400, 'reviewers.1.userId']);
    expect((await setReviewers([reviewers[0], reviewers[0]])).statusCode).toBe(400);
    expect((await setReviewers(reviewers.slice(0, 2))).statusCode).toBe(200);

    // Three reviewers per idea, two reviewers: impossible, said so, nothing assigned.
    const opening = await call(manager, 'POST', `/review-rounds/${round.id}/opening`);
    expect(opening.statusCode).toBe(422);
    expect(opening.json().detail).toMatch(/reviewer/i);
    expect(await reviewsOf(round.id)).toHaveLength(0);
    expect((await call(manager, 'GET', `/review-rounds/${round.id}`)).json().state).toBe('setup');
  });

  it('opens a round once when two organisers open it at the same moment', async () => {
    const { challengeId } = await challengeWithIdeas();
    const round = (await newRound(challengeId)).json();
    await call(manager, 'PUT', `/review-rounds/${round.id}/shortlist`, { top: 10 });
    await call(manager, 'PUT', `/review-rounds/${round.id}/reviewers`, {
      reviewers: reviewers.map((reviewer) => ({ userId: reviewer.id, expertise: [] })),
    });
    const answers = await Promise.all([1, 2, 3].map(() => call(manager, 'POST', `/review-rounds/${round.id}/opening`)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await reviewsOf(round.id)).toHaveLength(8);
  });

  it('gives a reviewer their queue and the idea without its authors, saves drafts and checks a submission against the scorecard', async () => {
    const { challengeId } = await challengeWithIdeas();
    const round = await openRound(challengeId, {
      scorecard: [
        {
          key: 'impact',
          name: 'Impact',
          guidance: 'How much it changes',
          weight: 3,
          scaleMin: 1,
          scaleMax: 5,
          commentBelow: 3,
        },
        {
          key: 'cost',
          name: 'Cost',
          guidance: 'Cheaper is better',
          weight: 1,
          scaleMin: 0,
          scaleMax: 10,
          commentBelow: null,
        },
      ],
    });
    const rob = reviewers[1];
    const queue = (await queueOf(rob)).filter((item) => item.roundId === round.id);
    expect(queue.length).toBeGreaterThanOrEqual(2);
    const reviewId = queue[0].reviewId;

    const read = await call(rob, 'GET', `/reviews/${reviewId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      state: 'assigned',
      scores: [],
      idea: { authors: null },
      round: { blind: true },
    });
    for (const author of [ann, reviewers[0]]) expect(read.body).not.toContain(author.id);
    for (const name of ['Ann Author', 'Rita Reviewer']) expect(read.body).not.toContain(name);

    const save = (body: object) => call(rob, 'PUT', `/reviews/${reviewId}`, body);
    const submit = (body: object) => call(rob, 'POST', `/reviews/${reviewId}/submission`, body);
    const draft = await save({ scores: [{ criterion: 'impact', score: 2, comment: '' }], comment: 'Half way' });
    expect(draft.json()).toMatchObject({ state: 'draft', weightedScore: null });

    const fieldOf = async (answer: Promise<{ statusCode: number; json(): { errors: { field: string }[] } }>) => {
      const response = await answer;
      return [response.statusCode, response.json().errors?.[0]?.field];
    };
    expect(await fieldOf(submit({ scores: [{ criterion: 'impact', score: 4, comment: '' }], comment: '' }))).toEqual([
      400,
      'scores',
    ]);
    expect(
      await fieldOf(
        submit({
          scores: [
            { criterion: 'impact', score: 2, comment: '' },
            { criterion: 'cost', score: 5, comment: '' },
          ],
          comment: '',
        }),
      ),
    ).toEqual([400, 'scores.0.comment']);
    expect(await fieldOf(save({ scores: [{ criterion: 'impact', score: 6, comment: '' }], comment: '' }))).toEqual([
      400,
      'scores.0.score',
    ]);
    expect(await fieldOf(save({ scores: [{ criterion: 'taste', score: 3, comment: '' }], comment: '' }))).toEqual([
      400,
      'scores.0.criterion',
    ]);
    expect((await save({ scores: [], comment: '', state: 'submitted' })).statusCode).toBe(400);
    expect((await call(rob, 'GET', `/reviews/${reviewId}`)).json()).toMatchObject({
      state: 'draft',
      comment: 'Half way',
    });

    const submitted = await submit({
      scores: [
        { criterion: 'impact', score: 2, comment: 'Small change' },
        { criterion: 'cost', score: 10, comment: '' },
      ],
      comment: 'Cheap, modest.',
    });
    expect(submitted.statusCode).toBe(201);
    // impact 2 on 1–5 is 25, cost 10 on 0–10 is 100: (3 × 25 + 100) / 4.
    expect(submitted.json()).toMatchObject({ state: 'submitted', weightedScore: 43.75 });
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_log WHERE object_id = $1`, [reviewId]);
    expect(audit.map((entry) => entry.action)).toEqual(['review_submitted']);

    // Nobody else reads it: not another reviewer, not the organisers, not the author.
    for (const person of [reviewers[2], manager, ann]) {
      expect((await call(person, 'GET', `/reviews/${reviewId}`)).statusCode).toBe(404);
      expect((await call(person, 'PUT', `/reviews/${reviewId}`, { scores: [], comment: '' })).statusCode).toBe(404);
    }
    expect((await call(manager, 'POST', `/review-rounds/${round.id}/closing`)).statusCode).toBe(201);
    expect((await save({ scores: [], comment: '' })).statusCode).toBe(409);
  });

  it('replaces a reviewer who declares a conflict of interest, and tells the organisers', async () => {
    const { challengeId, ritaIdea } = await challengeWithIdeas();
    const round = await openRound(challengeId, { reviewersPerIdea: 1 });
    // One of Ann's ideas: each of the three reviewers may review it.
    const first = (await reviewsOf(round.id)).find((review) => review.idea_id !== ritaIdea);
    const rob = reviewers.find((reviewer) => reviewer.id === first?.reviewer_id) as SignedInPerson;
    const item = { reviewId: first?.id, ideaId: first?.idea_id };
    expect((await call(rob, 'POST', `/reviews/${item.reviewId}/conflict`, { reason: '' })).statusCode).toBe(400);

    const declared = await call(rob, 'POST', `/reviews/${item.reviewId}/conflict`, { reason: 'I advised its team.' });
    expect([declared.statusCode, declared.json()]).toEqual([201, { replaced: true }]);
    const onIdea = (await reviewsOf(round.id))
      .filter((review) => review.idea_id === item.ideaId)
      .sort((a, b) => a.state.localeCompare(b.state));
    expect(onIdea.map((review) => [review.reviewer_id === rob.id, review.state])).toEqual([
      [false, 'assigned'],
      [true, 'conflict'],
    ]);
    expect((await call(rob, 'GET', `/reviews/${item.reviewId}`)).statusCode).toBe(404);
    expect((await queueOf(rob)).map((entry) => entry.reviewId)).not.toContain(item.reviewId);
    const replacement = reviewers.find((reviewer) => reviewer.id === onIdea[0].reviewer_id);
    expect((await queueOf(replacement as SignedInPerson)).map((entry) => entry.ideaId)).toContain(item.ideaId);
    const told = await sql(`SELECT id FROM notifications WHERE user_id = $1 AND title LIKE 'A conflict of interest%'`, [
      manager.id,
    ]);
    expect(told.length).toBeGreaterThanOrEqual(1);

    // The replacement declares a conflict too: the third reviewer takes it, then nobody is left.
    const next = await call(replacement as SignedInPerson, 'POST', `/reviews/${onIdea[0].id}/conflict`, {
      reason: 'My brother wrote it.',
    });
    expect(next.json()).toEqual({ replaced: true });
    const last = (await reviewsOf(round.id)).filter(
      (review) => review.idea_id === item.ideaId && review.state === 'assigned',
    );
    const lastReviewer = reviewers.find((reviewer) => reviewer.id === last[0].reviewer_id) as SignedInPerson;
    const final = await call(lastReviewer, 'POST', `/reviews/${last[0].id}/conflict`, { reason: 'I know the author.' });
    expect(final.json()).toEqual({ replaced: false });
  });

  it("compares raw and bias-corrected scores with the crowd's ranking; decisions carry feedback the authors read", async () => {
    const { challengeId, annIdeas, ritaIdea } = await challengeWithIdeas();
    const round = await openRound(challengeId, {
      scorecard: [
        { key: 'overall', name: 'Overall', guidance: '', weight: 1, scaleMin: 0, scaleMax: 10, commentBelow: null },
      ],
    });
    // Each reviewer scores an idea by its quality, Rob two points harsher and Rae two points kinder.
    const quality = new Map([...annIdeas, ritaIdea].map((ideaId, index) => [ideaId, 3 + index]));
    const leaning = [0, -2, 2];
    for (const [index, reviewer] of reviewers.entries()) {
      for (const item of (await queueOf(reviewer)).filter((entry) => entry.roundId === round.id)) {
        const score = Math.max(0, Math.min(10, (quality.get(item.ideaId) ?? 0) + leaning[index]));
        const submitted = await call(reviewer, 'POST', `/reviews/${item.reviewId}/submission`, {
          scores: [{ criterion: 'overall', score, comment: '' }],
          comment: '',
        });
        expect(submitted.statusCode).toBe(201);
      }
    }

    const results = await call(manager, 'GET', `/review-rounds/${round.id}/results?cutoff=2`);
    expect(results.statusCode).toBe(200);
    const body = results.json();
    expect(body.ideas).toHaveLength(4);
    expect(body.cutoff).toBe(2);
    expect(body.ideas.map((idea: { ideaId: string }) => idea.ideaId)).toEqual([ritaIdea, ...[...annIdeas].reverse()]);
    expect(body.ideas.every((idea: { raw: { count: number } }) => idea.raw.count === 2)).toBe(true);
    expect(body.ideas[0]).toMatchObject({ rank: 1, criteria: [{ criterion: 'overall' }], highDisagreement: false });
    const bias = (reviewer: SignedInPerson) =>
      body.reviewers.find((entry: { userId: string }) => entry.userId === reviewer.id).bias as number;
    expect(bias(reviewers[2])).toBeGreaterThan(bias(reviewers[0]));
    expect(bias(reviewers[0])).toBeGreaterThan(bias(reviewers[1]));
    expect(typeof body.agreement).toBe('number');
    expect((await call(manager, 'GET', `/review-rounds/${round.id}/results?cutoff=0`)).statusCode).toBe(400);
    expect((await call(reviewers[1], 'GET', `/review-rounds/${round.id}/results`)).statusCode).toBe(403);
    expect((await call(ann, 'GET', `/review-rounds/${round.id}/results`)).statusCode).toBe(404);

    const decide = (ideaId: string, body: object) =>
      call(manager, 'PUT', `/review-rounds/${round.id}/decisions/${ideaId}`, body);
    const [first, second] = annIdeas;
    expect((await decide(first, { decision: 'select', feedback: '', shareCriteria: false })).statusCode).toBe(400);
    expect((await decide(first, { decision: 'crown', feedback: 'Well done', shareCriteria: false })).statusCode).toBe(
      400,
    );
    expect(
      (await decide(first, { decision: 'advance', feedback: 'On to the final', shareCriteria: false })).statusCode,
    ).toBe(409);
    const otherIdea = (await challenge(1)).ideaIds[0];
    expect((await decide(otherIdea, { decision: 'park', feedback: 'Not now', shareCriteria: false })).statusCode).toBe(
      404,
    );
    expect(
      (
        await call(reviewers[1], 'PUT', `/review-rounds/${round.id}/decisions/${first}`, {
          decision: 'park',
          feedback: 'Not now',
          shareCriteria: false,
        })
      ).statusCode,
    ).toBe(403);

    const final = (await newRound(challengeId, { name: 'Final' })).json();
    expect(
      (await decide(first, { decision: 'advance', feedback: 'On to the final round.', shareCriteria: false }))
        .statusCode,
    ).toBe(200);
    const finalShortlist = (await call(manager, 'GET', `/review-rounds/${final.id}/shortlist`)).json();
    expect(finalShortlist.map((idea: { ideaId: string }) => idea.ideaId)).toEqual([first]);
    const selected = await decide(second, {
      decision: 'select',
      feedback: 'Selected: we will pilot it.',
      shareCriteria: true,
    });
    expect(selected.json().ideas.find((idea: { ideaId: string }) => idea.ideaId === second).decision).toMatchObject({
      decision: 'select',
      feedback: 'Selected: we will pilot it.',
    });
    const idea = (await call(ann, 'GET', `/ideas/${second}`)).json();
    expect(idea.status).toBe('selected');
    expect(idea.history.at(-1)).toMatchObject({ to: 'selected', message: 'Selected: we will pilot it.' });

    const outcomes = await call(ann, 'GET', `/ideas/${second}/review-outcomes`);
    expect(outcomes.json()).toEqual([
      {
        roundName: 'Technical review',
        decision: 'select',
        feedback: 'Selected: we will pilot it.',
        decidedAt: expect.any(String),
        criteria: [{ criterion: 'overall', name: 'Overall', mean: expect.any(Number), scaleMin: 0, scaleMax: 10 }],
      },
    ]);
    for (const reviewer of reviewers) expect(outcomes.body).not.toContain(reviewer.id);
    for (const name of ['Rita Reviewer', 'Rob Reviewer', 'Rae Reviewer']) expect(outcomes.body).not.toContain(name);
    expect((await call(ann, 'GET', `/ideas/${first}/review-outcomes`)).json()[0].criteria).toBeNull();
    expect((await call(member, 'GET', `/ideas/${second}/review-outcomes`)).statusCode).toBe(403);

    // Changing one's mind: parked instead of advanced leaves the final round's shortlist; both decisions are audited.
    expect(
      (await decide(first, { decision: 'park', feedback: 'Parked until the autumn.', shareCriteria: false }))
        .statusCode,
    ).toBe(200);
    expect((await call(manager, 'GET', `/review-rounds/${final.id}/shortlist`)).json()).toEqual([]);
    const audit = await sql<{ data: { decision: string } }>(
      `SELECT data FROM audit_log WHERE action = 'review_decided' AND object_id = $1 AND data->>'ideaId' = $2 ORDER BY occurred_at, id`,
      [round.id, first],
    );
    expect(audit.map((entry) => entry.data.decision)).toEqual(['advance', 'park']);

    const csv = await call(manager, 'GET', `/review-rounds/${round.id}/export?format=csv`);
    expect([csv.statusCode, csv.headers['content-type']]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(csv.body.split('\n').filter(Boolean)).toHaveLength(5);
    expect(csv.body).toContain('Selected: we will pilot it.');
    const xlsx = await call(manager, 'GET', `/review-rounds/${round.id}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="review-1-.*\.xlsx"$/);
    expect((await call(manager, 'GET', `/review-rounds/${round.id}/export?format=pdf`)).statusCode).toBe(400);
    expect((await call(reviewers[0], 'GET', `/review-rounds/${round.id}/export?format=csv`)).statusCode).toBe(403);
  });

  it('follows a selected idea into implementation, in public; the organisers and the owner keep it current', async () => {
    const { annIdeas } = await challengeWithIdeas();
    const [ideaId] = annIdeas;
    const base = `/ideas/${ideaId}/implementation`;
    const start = (by: SignedInPerson, body: object) => call(by, 'PUT', base, body);
    expect((await start(manager, { ownerId: member.id, realisedValue: '' })).statusCode).toBe(409);
    await call(manager, 'PUT', `/ideas/${ideaId}/status`, { status: 'selected', message: 'Selected for a pilot.' });
    expect((await call(outsider, 'GET', base)).statusCode).toBe(404);
    expect((await start(ann, { ownerId: null, realisedValue: '' })).statusCode).toBe(403);
    expect((await start(manager, { ownerId: outsider.id, realisedValue: '' })).json().errors[0].field).toBe('ownerId');
    expect((await start(manager, { ownerId: member.id, realisedValue: '', progress: 100 })).statusCode).toBe(400);
    const started = await start(manager, { ownerId: member.id, realisedValue: '' });
    expect(started.json()).toMatchObject({
      owner: { id: member.id },
      progress: 0,
      milestones: [],
      updates: [],
      canEdit: true,
    });

    // The owner keeps it current; a milestone's done date is when it was first reached.
    const added = await call(member, 'POST', `${base}/milestones`, {
      title: 'Pilot in three shops',
      dueOn: '2026-07-01',
      done: false,
    });
    expect(added.statusCode).toBe(201);
    const milestoneId = added.json().milestones[0].id;
    const markDone = (done: boolean) =>
      call(member, 'PUT', `${base}/milestones/${milestoneId}`, {
        title: 'Pilot in three shops',
        dueOn: '2026-07-01',
        done,
      });
    const doneAt = (await markDone(true)).json().milestones[0].doneAt;
    expect(doneAt).toEqual(expect.any(String));
    clock.advance(DAY);
    expect((await markDone(true)).json().milestones[0].doneAt).toBe(doneAt);
    expect((await markDone(false)).json().milestones[0].doneAt).toBeNull();
    expect(
      (await call(member, 'POST', `${base}/milestones`, { title: 'x', dueOn: '2026-13-01', done: false })).statusCode,
    ).toBe(400);

    expect((await call(member, 'POST', `${base}/updates`, { markdown: 'Too much', progress: 101 })).statusCode).toBe(
      400,
    );
    expect((await call(outsider, 'POST', `${base}/updates`, { markdown: 'Mine now', progress: 90 })).statusCode).toBe(
      403,
    );
    const update = await call(member, 'POST', `${base}/updates`, { markdown: 'The pilot **started**.', progress: 40 });
    expect(update.statusCode).toBe(201);

    // Everyone who sees the idea reads it; its author heard of the update.
    const seen = (await call(outsider, 'GET', base)).json();
    expect(seen).toMatchObject({ progress: 40, canEdit: false, updates: [{ progress: 40, by: 'Max Member' }] });
    expect(seen.updates[0].text.html).toContain('<strong>started</strong>');
    const told = await sql(`SELECT id FROM notifications WHERE user_id = $1 AND title LIKE '%40% implemented'`, [
      ann.id,
    ]);
    expect(told).toHaveLength(1);
    const audit = await sql<{ action: string }>(
      `SELECT action FROM audit_log WHERE object_id = $1 AND action LIKE 'implementation%' ORDER BY occurred_at, id`,
      [ideaId],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'implementation_started',
      'implementation_milestone_added',
      'implementation_milestone_changed',
      'implementation_milestone_changed',
      'implementation_milestone_changed',
      'implementation_update_added',
    ]);
  });

  it('shows a round to its organisers and reviewers only', async () => {
    const { challengeId } = await challengeWithIdeas();
    const round = await openRound(challengeId, { blind: false });
    for (const [person, status] of [
      [manager, 200],
      [reviewers[1], 200],
      [member, 404],
      [ann, 404],
      [outsider, 404],
    ] as const) {
      expect([person.id, (await call(person, 'GET', `/review-rounds/${round.id}`)).statusCode]).toEqual([
        person.id,
        status,
      ]);
    }
    expect((await call(reviewers[1], 'GET', `/review-rounds/${round.id}/shortlist`)).statusCode).toBe(403);
    expect((await call(reviewers[1], 'GET', `/challenges/${challengeId}/review-rounds`)).statusCode).toBe(403);
    // Not blind: the reviewer sees who wrote it.
    const [item] = (await queueOf(reviewers[1])).filter((entry) => entry.roundId === round.id);
    expect((await call(reviewers[1], 'GET', `/reviews/${item.reviewId}`)).json().idea.authors.length).toBeGreaterThan(
      0,
    );
    clock.advance(DAY);
  });
});
