import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, type SignedInPerson } from '../testing/people';
import { waitForMail } from '../testing/outbox';
import { leafyTeaWith } from '../ideas/idea-fixtures';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';

const DAY = 86_400_000;

/** Flags, the queue, hiding and showing, locked comments, suspensions, guidelines and the moderation log. */
describe('moderation', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  const clock = new ManualClock('2026-06-01T09:00:00Z');
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let moderator: SignedInPerson;
  let author: SignedInPerson;
  let crowd: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  /** A public challenge with a submitted idea by `author`, which `member` and `crowd` joined. */
  async function challengeWithIdea(title = 'Seaweed tea bags'): Promise<{ challengeId: string; ideaId: string }> {
    const challengeId = await publishedChallenge(testApp.app, manager, organisationId, { audience: 'public' });
    for (const person of [author, member, crowd])
      await call(person, 'POST', `/challenges/${challengeId}/participation`, { answers: {}, acceptLicenceVersion: 1 });
    const idea = await call(author, 'POST', `/challenges/${challengeId}/ideas`, { title });
    expect((await call(author, 'POST', `/ideas/${idea.json().id}/submission`, {})).statusCode).toBe(200);
    return { challengeId, ideaId: idea.json().id };
  }

  const flag = (person: SignedInPerson | undefined, kind: 'ideas' | 'comments', id: string, reason: unknown) =>
    call(person, 'PUT', `/${kind}/${id}/flag`, { reason });
  const decide = (person: SignedInPerson, kind: 'ideas' | 'comments', id: string, body: object) =>
    call(person, 'POST', `/${kind}/${id}/moderation`, body);
  const comment = (person: SignedInPerson, ideaId: string, body: string, parentId?: string) =>
    call(person, 'POST', `/ideas/${ideaId}/comments`, { body, ...(parentId && { parentId }) });
  const auditOf = (objectId: string) =>
    sql<{ action: string; reason: string | null; organisation_id: string }>(
      `SELECT action, data->>'reason' AS reason, data->>'organisationId' AS organisation_id
         FROM audit_log WHERE object_id = $1 AND action LIKE 'moderation.%' ORDER BY id`,
      [objectId],
    );

  beforeAll(async () => {
    // Jobs on: the authors' notification mail is delivered to the outbox.
    testApp = await startTestApp({
      env: { JOBS_ENABLED: 'true' },
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      moderator: 'Mo Moderator',
      author: 'Ada Author',
      crowd: 'Chris Crowd',
    });
    ({ organisationId, manager, member } = leafyTea);
    ({ moderator, author, crowd } = leafyTea.people);
    await addMember(testApp.app, organisationId, moderator, 'moderator');
  });
  afterAll(() => testApp.close());

  it('keeps one open flag per person and object, refuses bad reasons and floods', async () => {
    const { ideaId } = await challengeWithIdea();
    const first = await flag(crowd, 'ideas', ideaId, 'Copied from a shop website');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ kind: 'idea', objectId: ideaId, state: 'open' });
    const again = await flag(crowd, 'ideas', ideaId, 'Another reason');
    expect(again.json()).toMatchObject({ id: first.json().id, reason: 'Copied from a shop website' });
    expect(await sql(`SELECT 1 FROM moderation_flags WHERE object_id = $1`, [ideaId])).toHaveLength(1);

    for (const reason of ['', ' ', 'x'.repeat(501), 42, '<script>alert(1)</script>']) {
      const refused = await flag(member, 'ideas', ideaId, reason);
      expect([refused.statusCode, refused.json().code]).toEqual([400, 'validation_failed']);
    }
    expect((await flag(author, 'ideas', ideaId, 'My own')).statusCode).toBe(409);
    expect((await flag(undefined, 'ideas', ideaId, 'Anonymous')).statusCode).toBe(401);
    expect((await flag(crowd, 'ideas', '00000000-0000-4000-8000-000000000000', 'Nothing')).statusCode).toBe(404);
    expect((await call(crowd, 'PUT', `/ideas/not-a-uuid/flag`, { reason: 'x' })).statusCode).toBe(400);

    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await flag(member, 'ideas', ideaId, 'Flood')).statusCode);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    const flooded = await flag(member, 'ideas', ideaId, 'Flood');
    expect([flooded.statusCode, flooded.json().code]).toEqual([429, 'rate_limited']);
    expect(await sql(`SELECT 1 FROM moderation_flags WHERE object_id = $1`, [ideaId])).toHaveLength(2);
  });

  it('queues flagged ideas and comments per organisation and challenge, with filters', async () => {
    const { challengeId, ideaId } = await challengeWithIdea('Queued idea');
    const other = await challengeWithIdea('Other challenge idea');
    const said = await comment(author, ideaId, 'Call me on 0612345678');
    expect(said.statusCode).toBe(201);
    await flag(crowd, 'comments', said.json().id, 'Personal details');
    // The member used up their flags above; staff flag too.
    await flag(manager, 'comments', said.json().id, 'Phone number');
    await flag(crowd, 'ideas', other.ideaId, 'Off topic');

    const queue = (query = '') => call(moderator, 'GET', `/organisations/${organisationId}/moderation/queue${query}`);
    const all = (await queue(`?challengeId=${challengeId}`)).json();
    expect(all).toEqual([
      expect.objectContaining({
        kind: 'comment',
        objectId: said.json().id,
        ideaId,
        state: 'open',
        authorName: 'Ada Author',
        excerpt: 'Call me on 0612345678',
        flags: [
          expect.objectContaining({ reason: 'Personal details' }),
          expect.objectContaining({ reason: 'Phone number' }),
        ],
      }),
    ]);
    const ideasOnly = (await queue('?kind=idea&state=open')).json();
    expect(ideasOnly.map((item: { objectId: string }) => item.objectId)).toContain(other.ideaId);
    expect(ideasOnly.every((item: { kind: string }) => item.kind === 'idea')).toBe(true);

    expect((await decide(moderator, 'comments', said.json().id, { action: 'dismiss' })).statusCode).toBe(204);
    expect((await queue(`?challengeId=${challengeId}&state=open`)).json()).toEqual([]);
    expect((await queue(`?challengeId=${challengeId}&state=resolved`)).json()[0].flags[0].resolution).toBe('dismissed');
    expect((await decide(moderator, 'comments', said.json().id, { action: 'dismiss' })).statusCode).toBe(409);

    expect((await queue('?state=maybe')).statusCode).toBe(400);
    expect((await call(member, 'GET', `/organisations/${organisationId}/moderation/queue`)).statusCode).toBe(403);
    expect((await call(member, 'GET', `/challenges/${challengeId}/moderation/queue`)).statusCode).toBe(403);
    // A moderator grant on one challenge opens that challenge's queue.
    await sql(
      `INSERT INTO grants (organisation_id, user_id, scope, scope_id, role) VALUES ($1, $2, 'challenge', $3, 'moderator')`,
      [organisationId, crowd.id, other.challengeId],
    );
    const granted = await call(crowd, 'GET', `/challenges/${other.challengeId}/moderation/queue`);
    expect(granted.json().map((item: { objectId: string }) => item.objectId)).toEqual([other.ideaId]);
  });

  it('hides an idea from everyone but its authors and moderators, telling the authors why', async () => {
    const { challengeId, ideaId } = await challengeWithIdea('Hidden seaweed bags');
    const buildsOn = await challengeWithIdea('Builds on it');
    const sameChallengeIdea = await call(author, 'POST', `/challenges/${challengeId}/ideas`, {
      title: 'Seaweed sequel',
    });
    await call(author, 'POST', `/ideas/${sameChallengeIdea.json().id}/submission`, {});
    expect((await call(author, 'PUT', `/ideas/${sameChallengeIdea.json().id}/builds-on/${ideaId}`)).statusCode).toBe(
      200,
    );
    await flag(crowd, 'ideas', ideaId, 'Advertising');
    const before = (await call(member, 'GET', `/challenges/${challengeId}`)).json().figures.ideas;

    expect((await decide(member, 'ideas', ideaId, { action: 'hide', reason: 'Advertising' })).statusCode).toBe(403);
    expect((await decide(moderator, 'ideas', ideaId, { action: 'hide' })).statusCode).toBe(400);
    expect((await decide(moderator, 'ideas', ideaId, { action: 'shred', reason: 'x' })).statusCode).toBe(400);
    expect((await decide(moderator, 'ideas', ideaId, { action: 'hide', reason: 'Advertising' })).statusCode).toBe(204);
    expect((await decide(moderator, 'ideas', ideaId, { action: 'hide', reason: 'Again' })).statusCode).toBe(409);

    const told = await sql<{ type: string; title: string; body: string }>(
      `SELECT type, title, body FROM notifications WHERE user_id = $1 AND type = 'moderation'`,
      [author.id],
    );
    expect(told).toEqual([
      {
        type: 'moderation',
        title: 'Your idea “Hidden seaweed bags” was hidden by a moderator',
        body: 'Reason: Advertising',
      },
    ]);
    const mail = await waitForMail(testApp.app, author.email, 'notification');
    expect(mail.text).toContain('Reason: Advertising');
    const flags = await sql<{ resolution: string }>(`SELECT resolution FROM moderation_flags WHERE object_id = $1`, [
      ideaId,
    ]);
    expect(flags).toEqual([{ resolution: 'hidden' }]);

    // Absent for the audience: by id, in the list, in search, in counts, similar, by author, lineage; no votes.
    for (const person of [member, crowd, undefined]) {
      expect((await call(person, 'GET', `/ideas/${ideaId}`)).statusCode).toBe(404);
      expect((await call(person, 'GET', `/ideas/${ideaId}/comments`)).statusCode).toBe(404);
      const listed = (await call(person, 'GET', `/challenges/${challengeId}/ideas`)).json().items;
      expect(listed.map((idea: { id: string }) => idea.id)).not.toContain(ideaId);
      const searched = (await call(person, 'GET', `/challenges/${challengeId}/ideas?q=seaweed`)).json().items;
      expect(searched.map((idea: { id: string }) => idea.id)).not.toContain(ideaId);
      const byAuthor = (await call(person, 'GET', `/challenges/${challengeId}/ideas?authorId=${author.id}`)).json();
      expect(byAuthor.items.map((idea: { id: string }) => idea.id)).not.toContain(ideaId);
      const similar = (
        await call(person, 'GET', `/challenges/${challengeId}/ideas/similar?text=Hidden%20seaweed%20bags`)
      ).json();
      expect(similar.map((idea: { id: string }) => idea.id)).not.toContain(ideaId);
      const lineage = (await call(person, 'GET', `/ideas/${sameChallengeIdea.json().id}`)).json().lineage;
      expect(lineage.buildsOn).toEqual([]);
    }
    expect((await call(member, 'GET', `/challenges/${challengeId}`)).json().figures.ideas).toBe(before - 1);
    expect((await call(member, 'PUT', `/ideas/${ideaId}/vote`, { value: 1 })).statusCode).toBe(404);
    expect((await flag(crowd, 'ideas', ideaId, 'Can I?')).statusCode).toBe(404);
    expect((await comment(member, ideaId, 'Hello?')).statusCode).toBe(404);

    // Present for the moderators and organisers; the authors see it, hidden, with the reason.
    for (const person of [moderator, manager]) {
      const seen = await call(person, 'GET', `/ideas/${ideaId}`);
      expect(seen.json()).toMatchObject({ hidden: { reason: 'Advertising' }, viewer: { canModerate: true } });
      const listed = (await call(person, 'GET', `/challenges/${challengeId}/ideas`)).json().items;
      expect(listed.map((idea: { id: string }) => idea.id)).toContain(ideaId);
    }
    const own = await call(author, 'GET', `/ideas/${ideaId}`);
    expect(own.json()).toMatchObject({ hidden: { reason: 'Advertising' }, viewer: { canModerate: false } });
    const mine = (await call(author, 'GET', '/me/ideas')).json().items;
    expect(mine.map((idea: { id: string }) => idea.id)).toContain(ideaId);
    expect((await comment(author, ideaId, 'Why?')).statusCode).toBe(409);
    expect(buildsOn.ideaId).toBeDefined();

    expect((await decide(moderator, 'ideas', ideaId, { action: 'unhide', reason: 'Reviewed: fine' })).statusCode).toBe(
      204,
    );
    expect((await call(member, 'GET', `/ideas/${ideaId}`)).json().hidden).toBeNull();
    expect((await call(member, 'GET', `/challenges/${challengeId}`)).json().figures.ideas).toBe(before);
    expect((await auditOf(ideaId)).map((entry) => [entry.action, entry.reason, entry.organisation_id])).toEqual([
      ['moderation.flagged', 'Advertising', organisationId],
      ['moderation.idea_hidden', 'Advertising', organisationId],
      ['moderation.idea_unhidden', 'Reviewed: fine', organisationId],
    ]);
  });

  it('hides a comment and its replies from all but its author and the moderators', async () => {
    const { ideaId } = await challengeWithIdea('Commented idea');
    const rude = await comment(crowd, ideaId, 'Rude words');
    const reply = await comment(author, ideaId, 'Please be kind', rude.json().id);
    const kind = await comment(member, ideaId, 'Nice idea');
    const counted = async () =>
      (await sql<{ comment_count: number }>(`SELECT comment_count FROM ideas WHERE id = $1`, [ideaId]))[0]
        .comment_count;
    expect(await counted()).toBe(3);
    await flag(manager, 'comments', rude.json().id, 'Rude');

    expect(
      (await decide(moderator, 'comments', rude.json().id, { action: 'hide', reason: 'Not kind' })).statusCode,
    ).toBe(204);
    expect(await counted()).toBe(2);
    const ids = async (person: SignedInPerson) =>
      (await call(person, 'GET', `/ideas/${ideaId}/comments`))
        .json()
        .map((item: { id: string }) => item.id)
        .sort();
    expect(await ids(member)).toEqual([kind.json().id]);
    expect(await ids(moderator)).toEqual([rude.json().id, reply.json().id, kind.json().id].sort());
    expect(await ids(crowd)).toEqual([rude.json().id, kind.json().id].sort());
    const ownView = (await call(crowd, 'GET', `/ideas/${ideaId}/comments`)).json();
    expect(ownView.find((item: { id: string }) => item.id === rude.json().id)).toMatchObject({
      hidden: { reason: 'Not kind' },
    });

    expect((await call(member, 'PUT', `/comments/${rude.json().id}/helpful`)).statusCode).toBe(404);
    expect((await comment(member, ideaId, 'Replying', rude.json().id)).statusCode).toBe(404);
    expect((await call(crowd, 'PATCH', `/comments/${rude.json().id}`, { body: 'Edited' })).statusCode).toBe(409);
    expect((await decide(moderator, 'comments', rude.json().id, { action: 'lock_comments' })).statusCode).toBe(400);

    const told = await sql<{ title: string }>(
      `SELECT title FROM notifications WHERE user_id = $1 AND type = 'moderation'`,
      [crowd.id],
    );
    expect(told).toEqual([{ title: 'Your comment on “Commented idea” was hidden by a moderator' }]);
    expect((await auditOf(rude.json().id)).map((entry) => entry.action)).toEqual([
      'moderation.flagged',
      'moderation.comment_hidden',
    ]);
  });

  it('refuses new comments and replies on a locked idea, keeping those written', async () => {
    const { ideaId } = await challengeWithIdea('Heated idea');
    const first = await comment(member, ideaId, 'First');
    expect((await decide(member, 'ideas', ideaId, { action: 'lock_comments' })).statusCode).toBe(403);
    expect((await decide(manager, 'ideas', ideaId, { action: 'lock_comments' })).statusCode).toBe(204);
    expect((await call(crowd, 'GET', `/ideas/${ideaId}`)).json().commentsLocked).toBe(true);

    const before = await sql(`SELECT id FROM idea_comments WHERE idea_id = $1`, [ideaId]);
    const refused = await comment(crowd, ideaId, 'Me too');
    expect([refused.statusCode, refused.json().detail]).toEqual([
      409,
      'A moderator locked the comments on this idea: no new comments or replies.',
    ]);
    expect((await comment(author, ideaId, 'A reply', first.json().id)).statusCode).toBe(409);
    expect(await sql(`SELECT id FROM idea_comments WHERE idea_id = $1`, [ideaId])).toEqual(before);
    expect((await call(crowd, 'GET', `/ideas/${ideaId}/comments`)).json()).toHaveLength(1);

    expect((await decide(manager, 'ideas', ideaId, { action: 'unlock_comments' })).statusCode).toBe(204);
    expect((await comment(crowd, ideaId, 'Me too')).statusCode).toBe(201);
    expect((await auditOf(ideaId)).map((entry) => entry.action)).toEqual([
      'moderation.comments_locked',
      'moderation.comments_unlocked',
    ]);
  });

  it('suspends a person from writing in one organisation until the suspension ends', async () => {
    const { challengeId, ideaId } = await challengeWithIdea('Suspension idea');
    const elsewhere = await createOrganisation(testApp.app, 'Other Org');
    await addMember(testApp.app, elsewhere, manager, 'manager');
    const otherChallenge = await publishedChallenge(testApp.app, manager, elsewhere, { audience: 'public' });
    await call(crowd, 'POST', `/challenges/${otherChallenge}/participation`, { answers: {}, acceptLicenceVersion: 1 });

    const suspensions = `/organisations/${organisationId}/suspensions`;
    const bad = await call(moderator, 'POST', suspensions, { userId: crowd.id, days: 0, reason: 'Spam' });
    expect(bad.statusCode).toBe(400);
    expect((await call(member, 'POST', suspensions, { userId: crowd.id, days: 3, reason: 'Spam' })).statusCode).toBe(
      403,
    );
    const suspended = await call(moderator, 'POST', suspensions, { userId: crowd.id, days: 3, reason: 'Spam' });
    expect(suspended.statusCode).toBe(201);
    expect(suspended.json()).toMatchObject({ userId: crowd.id, userName: 'Chris Crowd', active: true });

    const writes = [
      () => comment(crowd, ideaId, 'Still here'),
      () => call(crowd, 'POST', `/challenges/${challengeId}/ideas`, { title: 'New idea' }),
      () => flag(crowd, 'ideas', ideaId, 'Revenge flag'),
    ];
    for (const write of writes) {
      const refused = await write();
      expect([refused.statusCode, refused.json().detail]).toEqual([
        403,
        expect.stringContaining('You are suspended from this organisation'),
      ]);
    }
    expect(await sql(`SELECT 1 FROM idea_comments WHERE idea_id = $1`, [ideaId])).toHaveLength(0);
    // Another organisation's challenges are not affected; reading is not either.
    expect((await call(crowd, 'POST', `/challenges/${otherChallenge}/ideas`, { title: 'Elsewhere' })).statusCode).toBe(
      201,
    );
    expect((await call(crowd, 'GET', `/ideas/${ideaId}`)).statusCode).toBe(200);

    clock.advance(3 * DAY + 1000);
    expect((await comment(crowd, ideaId, 'Back again')).statusCode).toBe(201);
    expect((await call(moderator, 'GET', suspensions)).json()[0]).toMatchObject({ active: false });
    expect((await call(moderator, 'DELETE', `${suspensions}/${suspended.json().id}`)).statusCode).toBe(409);

    const again = await call(moderator, 'POST', suspensions, { userId: crowd.id, days: 1, reason: 'Again' });
    expect((await comment(crowd, ideaId, 'Blocked')).statusCode).toBe(403);
    expect((await call(moderator, 'DELETE', `${suspensions}/${again.json().id}`)).statusCode).toBe(204);
    expect((await comment(crowd, ideaId, 'Free')).statusCode).toBe(201);
    expect((await auditOf(crowd.id)).map((entry) => entry.action)).toEqual([
      'moderation.suspended',
      'moderation.suspended',
      'moderation.suspension_lifted',
    ]);
  });

  it('keeps community guidelines per organisation, sanitised, shown where people write', async () => {
    const { challengeId } = await challengeWithIdea('Guided idea');
    const url = `/organisations/${organisationId}/guidelines`;
    expect((await call(moderator, 'PUT', url, { markdown: 'Be kind' })).statusCode).toBe(403);
    const hostile = await call(manager, 'PUT', url, { markdown: 'Be kind. [Read more](javascript:alert(1))' });
    expect(hostile.statusCode).toBe(400);
    expect((await call(manager, 'PUT', url, { markdown: 'Be kind <img src=x onerror=alert(1)>' })).statusCode).toBe(
      400,
    );
    const set = await call(manager, 'PUT', url, { markdown: 'Be **kind**.' });
    expect(set.statusCode).toBe(200);
    const shown = (await call(undefined, 'GET', `/challenges/${challengeId}/guidelines`)).json();
    expect(shown.text.html).toBe('<p>Be <strong>kind</strong>.</p>\n');
    expect((await call(manager, 'PUT', url, { markdown: 'x'.repeat(20_001) })).statusCode).toBe(400);
    expect((await call(manager, 'PUT', url, { markdown: '' })).json().text).toBeNull();
  });

  it('shows every moderation action in the organisation’s moderation log to its moderators', async () => {
    const log = await call(manager, 'GET', `/organisations/${organisationId}/moderation/log?limit=100`);
    expect(log.statusCode).toBe(200);
    const actions = new Set(log.json().items.map((entry: { action: string }) => entry.action));
    for (const action of [
      'flagged',
      'idea_hidden',
      'comment_hidden',
      'comments_locked',
      'suspended',
      'guidelines_changed',
    ])
      expect(actions).toContain(`moderation.${action}`);
    expect(log.json().items[0]).toMatchObject({ actorName: expect.any(String) });
    expect((await call(member, 'GET', `/organisations/${organisationId}/moderation/log`)).statusCode).toBe(403);
  });
});
