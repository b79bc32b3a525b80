import type { TestingModuleBuilder } from '@nestjs/testing';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { sampleFiles } from '@crowdforge/api-files/testing';
import { caller } from '../challenges/challenge-fixtures';
import { leafyTeaWith } from '../ideas/idea-fixtures';
import { votingChallenges } from '../ideas/voting-fixtures';
import { addMember, type SignedInPerson } from '../testing/people';
import { startTestApp, type TestApp } from '../testing/test-app';
import { uploader } from '../testing/uploads';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
/** Not member-facing: the platform admins' outbox, and the health checks. */
const NOT_MEMBER_FACING = ['outbox_list', 'outbox_get', 'health_live', 'health_ready'];
const AUTHOR_NAME = 'Ada Author';
/** A file name that names its author, as people's file names do. */
const FILE_NAME = 'tea-plan-ada-author.pdf';

interface Operation {
  path: string;
  operationId: string;
}

/** One idea in review, and the ids an operation's path may ask for. */
interface Scene {
  challengeId: string;
  ideaId: string;
  attachmentId: string;
  roundId: string;
}

/**
 * Blind review: a reviewer assigned to an idea in a blind round calls every GET operation of the
 * API and finds its author nowhere — not on the idea, in its lists, comments, files, mention
 * candidates or their inbox. Everyone else who may know still sees the author: the crowd, the
 * organisers (also when they review), and the reviewers of a round that is not blind.
 */
describe('blind review', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let upload: ReturnType<typeof uploader>;
  let operations: Operation[];
  let organisationId: string;
  let manager: SignedInPerson;
  let ada: SignedInPerson;
  /** A participant who is no reviewer. */
  let aaron: SignedInPerson;
  let rita: SignedInPerson;
  let rob: SignedInPerson;
  /** An administrator of Leafy Tea: runs its challenges and reviews too. */
  let olga: SignedInPerson;
  let challenge: ReturnType<typeof votingChallenges>;

  /** A challenge where Ada submits an idea with a file named after her, reviewed by Rita, Rob and Olga. */
  async function ideaInReview(blind: boolean): Promise<Scene> {
    const { challengeId } = await challenge(0);
    const idea = await call(ada, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Seaweed tea bags' });
    const ideaId: string = idea.json().id;
    const attached = await upload(ada, 'POST', `/ideas/${ideaId}/attachments`, {
      data: sampleFiles.pdf(),
      name: FILE_NAME,
    });
    expect([attached.statusCode, attached.json().name]).toEqual([201, FILE_NAME]);
    expect((await call(ada, 'POST', `/ideas/${ideaId}/submission`, {})).statusCode).toBe(200);

    const round = await call(manager, 'POST', `/challenges/${challengeId}/review-rounds`, {
      name: 'Technical review',
      reviewersPerIdea: 3,
      dueAt: '2026-06-01T17:00:00.000Z',
      blind,
    });
    const roundId: string = round.json().id;
    expect((await call(manager, 'PUT', `/review-rounds/${roundId}/shortlist`, { ideaIds: [ideaId] })).statusCode).toBe(
      200,
    );
    const reviewers = [rita, rob, olga].map((reviewer) => ({ userId: reviewer.id, expertise: [] }));
    expect((await call(manager, 'PUT', `/review-rounds/${roundId}/reviewers`, { reviewers })).statusCode).toBe(200);
    expect((await call(manager, 'POST', `/review-rounds/${roundId}/opening`)).statusCode).toBe(201);

    // Rita joins the conversation (and so follows it); Ada answers, mentioning her.
    const comment = (person: SignedInPerson, body: object) =>
      call(person, 'POST', `/ideas/${ideaId}/comments`, body).then((answer) => expect(answer.statusCode).toBe(201));
    await comment(rita, { body: 'How well does the film keep?' });
    clock.advance(1000);
    await comment(ada, { body: 'Six months, sealed.', mentions: [rita.id] });
    return { challengeId, ideaId, attachmentId: attached.json().id, roundId };
  }

  const reviewOf = async (person: SignedInPerson, ideaId: string): Promise<string> => {
    const queue: { reviewId: string; ideaId: string }[] = (await call(person, 'GET', '/me/reviews')).json();
    return queue.find((item) => item.ideaId === ideaId)?.reviewId ?? NO_SUCH_ID;
  };

  /** Every member-facing GET operation as `person`, the path filled from the scene: status and what came back. */
  async function sweep(person: SignedInPerson, scene: Scene) {
    const reviewId = await reviewOf(person, scene.ideaId);
    const queries: Record<string, string> = {
      ideas_similar: 'text=Seaweed tea',
      ideas_mentionCandidates: 'q=Ro',
      votes_liveTallies: `ideas=${scene.ideaId}`,
    };
    const answers: Record<string, { status: number; text: string }> = {};
    for (const { path, operationId } of operations) {
      const filled = path
        .replace('/api/v1', '')
        .replace('{organisationId}', organisationId)
        .replace('{challengeId}', scene.challengeId)
        .replace('{ideaId}', scene.ideaId)
        .replace('{attachmentId}', scene.attachmentId)
        .replace('{roundId}', scene.roundId)
        .replace('{reviewId}', reviewId)
        .replace('{number}', '1')
        .replace('{coverId}', NO_SUCH_ID);
      expect([operationId, filled]).not.toEqual([operationId, expect.stringContaining('{')]);
      const answer = await call(person, 'GET', queries[operationId] ? `${filled}?${queries[operationId]}` : filled);
      const disposition = answer.headers['content-disposition'] ?? '';
      answers[operationId] = { status: answer.statusCode, text: `${disposition}\n${answer.body}`.toLowerCase() };
    }
    return answers;
  }

  /** Where the answers give Ada away, refusals included: her id, name, address or file's name. */
  function tracesOfAuthor(answers: Awaited<ReturnType<typeof sweep>>): string[] {
    const identity = [ada.id, AUTHOR_NAME, ada.email, FILE_NAME].map((secret) => secret.toLowerCase());
    return Object.entries(answers).flatMap(([operationId, { text }]) =>
      identity.filter((secret) => text.includes(secret)).map((secret) => `${operationId}: ${secret}`),
    );
  }

  beforeAll(async () => {
    // The live tallies' stream ends after a second, so its answer can be read like the others.
    testApp = await startTestApp({
      env: { LIVE_TALLIES_SECONDS: '1' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    upload = uploader(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      ada: AUTHOR_NAME,
      aaron: 'Aaron Onlooker',
      rita: 'Rita Reviewer',
      rob: 'Rob Reviewer',
      olga: 'Olga Organiser',
    });
    ({ manager, organisationId } = leafyTea);
    ({ ada, aaron, rita, rob, olga } = leafyTea.people);
    for (const reviewer of [rita, rob]) await addMember(testApp.app, organisationId, reviewer, 'reviewer');
    await addMember(testApp.app, organisationId, olga, 'admin');
    challenge = votingChallenges(testApp.app, clock, {
      organisationId,
      manager,
      author: ada,
      voters: [aaron],
    });
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      methods['get'] && !NOT_MEMBER_FACING.includes(methods['get'].operationId)
        ? [{ path, operationId: methods['get'].operationId }]
        : [],
    );
  });
  afterAll(() => testApp.close());

  it('shows an assigned reviewer of a blind round no trace of the author in any answer they can reach', async () => {
    const scene = await ideaInReview(true);
    const answers = await sweep(rita, scene);
    expect(tracesOfAuthor(answers)).toEqual([]);

    // The answers that would name her were given, not refused.
    for (const operationId of [
      'ideas_get',
      'ideas_list',
      'ideas_ranking',
      'ideas_similar',
      'ideas_comments',
      'ideas_mentionCandidates',
      'ideas_attachments_get',
      'review_get',
      'review_queue',
      'notifications_list',
    ]) {
      expect([operationId, answers[operationId].status]).toEqual([operationId, 200]);
    }
    const idea = (await call(rita, 'GET', `/ideas/${scene.ideaId}`)).json();
    expect(idea.authors).toEqual([{ id: null, name: 'Anonymous' }]);
    expect(idea.attachments.map((file: { name: string }) => file.name)).toEqual(['Attachment 1.pdf']);
    expect(idea.history).toEqual([expect.objectContaining({ to: 'submitted', by: 'Anonymous' })]);
    const comments = (await call(rita, 'GET', `/ideas/${scene.ideaId}/comments`)).json();
    expect(comments.map((comment: { author: object }) => comment.author)).toEqual([
      { id: rita.id, name: 'Rita Reviewer' },
      { id: null, name: 'Anonymous' },
    ]);
    const file = await call(rita, 'GET', `/ideas/${scene.ideaId}/attachments/${scene.attachmentId}`);
    expect(file.headers['content-disposition']).toBe('attachment; filename="Attachment 1.pdf"');
    const inbox = (await call(rita, 'GET', '/me/notifications')).json();
    expect(inbox.items.map((item: { type: string }) => item.type)).toEqual(
      expect.arrayContaining(['mention', 'review_assignment']),
    );

    // Nor does she learn it by asking: the idea is not among Ada's, and Ada is not among those talking
    // (she may still be mentioned as a participant, like anyone else).
    const ofAda = await call(rita, 'GET', `/challenges/${scene.challengeId}/ideas?authorId=${ada.id}`);
    expect(ofAda.json().items).toEqual([]);
    const candidates = (person: SignedInPerson) =>
      call(person, 'GET', `/ideas/${scene.ideaId}/mention-candidates?q=A`).then((answer) =>
        answer.json().map((candidate: { name: string }) => candidate.name),
      );
    expect(await candidates(rita)).toEqual(['Aaron Onlooker', AUTHOR_NAME]);
    expect(await candidates(olga)).toEqual([AUTHOR_NAME, 'Aaron Onlooker']);
  });

  it('still names the author to the crowd and to the organisers, also when they review the idea', async () => {
    const scene = await ideaInReview(true);
    // The same sweep finds her where she is to be found: proof that it would find a leak.
    const seenByCrowd = tracesOfAuthor(await sweep(aaron, scene)).map((found) => found.split(':')[0]);
    expect(seenByCrowd).toEqual(
      expect.arrayContaining(['ideas_get', 'ideas_list', 'ideas_similar', 'ideas_comments', 'ideas_attachments_get']),
    );
    expect(
      (await call(aaron, 'GET', `/challenges/${scene.challengeId}/ideas?authorId=${ada.id}`)).json().items,
    ).toHaveLength(1);

    const idea = (await call(olga, 'GET', `/ideas/${scene.ideaId}`)).json();
    expect(idea.authors).toEqual([{ id: ada.id, name: AUTHOR_NAME }]);
    expect(idea.attachments[0].name).toBe(FILE_NAME);
    const comments = (await call(olga, 'GET', `/ideas/${scene.ideaId}/comments`)).json();
    expect(comments[1].author).toEqual({ id: ada.id, name: AUTHOR_NAME });
    const list = (await call(olga, 'GET', `/challenges/${scene.challengeId}/ideas`)).json();
    expect(list.items[0].authors).toEqual([{ id: ada.id, name: AUTHOR_NAME }]);
  });

  it('names the author to the reviewers of a round that is not blind', async () => {
    const scene = await ideaInReview(false);
    const idea = (await call(rita, 'GET', `/ideas/${scene.ideaId}`)).json();
    expect(idea.authors).toEqual([{ id: ada.id, name: AUTHOR_NAME }]);
    expect(idea.attachments[0].name).toBe(FILE_NAME);
    const file = await call(rita, 'GET', `/ideas/${scene.ideaId}/attachments/${scene.attachmentId}`);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${FILE_NAME}"`);
    const comments = (await call(rita, 'GET', `/ideas/${scene.ideaId}/comments`)).json();
    expect(comments[1].author).toEqual({ id: ada.id, name: AUTHOR_NAME });
    expect((await call(rita, 'GET', `/challenges/${scene.challengeId}/ideas`)).json().items[0].authors).toEqual([
      { id: ada.id, name: AUTHOR_NAME },
    ]);
  });
});
