import { getEntityManagerToken } from '@nestjs/typeorm';
import type { TestingModuleBuilder } from '@nestjs/testing';
import type { EntityManager } from 'typeorm';
import { Client } from 'pg';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { startTestApp, type TestApp } from '../testing/test-app';
import { createSignedIn, type SignedInPerson } from '../testing/people';
import { leafyTeaWith } from './idea-fixtures';
import { caller, publishedChallenge } from '../challenges/challenge-fixtures';
import { XSS_PAYLOADS } from '../testing/xss-payloads';

const DAY = 24 * 60 * 60 * 1000;
const IDEA_FORM = [
  { key: 'location', kind: 'short_text', label: 'Where', help: '', required: true, options: [] },
  { key: 'stage', kind: 'single_choice', label: 'Stage', help: '', required: false, options: ['idea', 'prototype'] },
  { key: 'budget', kind: 'number', label: 'Budget', help: '', required: false, options: [] },
];

/** Writing ideas: private drafts, submitting in the window with licence consent, versions, co-authors, status. */
describe('ideas', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let author: SignedInPerson;
  let colleague: SignedInPerson;
  let stranger: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  /** A published challenge open for ideas from now for ten days, with a review window after it. */
  async function openChallenge(overrides: Record<string, unknown> = {}): Promise<string> {
    const now = clock.now().getTime();
    return publishedChallenge(testApp.app, manager, organisationId, {
      ideaForm: IDEA_FORM,
      windows: [
        {
          kind: 'submission',
          opensAt: new Date(now - DAY).toISOString(),
          closesAt: new Date(now + 10 * DAY).toISOString(),
        },
        { kind: 'review', opensAt: new Date(now + 20 * DAY).toISOString(), closesAt: null },
      ],
      ...overrides,
    });
  }

  async function join(person: SignedInPerson, challengeId: string): Promise<void> {
    const joined = await call(person, 'POST', `/challenges/${challengeId}/participation`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    if (joined.statusCode !== 201) throw new Error(`join failed: ${joined.statusCode} ${joined.body}`);
  }

  async function draft(person: SignedInPerson, challengeId: string, body: Record<string, unknown> = {}) {
    const created = await call(person, 'POST', `/challenges/${challengeId}/ideas`, {
      title: 'Seaweed tea bags',
      pitch: 'Seaweed film seals like plastic and composts in weeks.',
      description: 'We press **seaweed** into film.',
      fields: { location: 'Utrecht' },
      tags: ['Packaging', 'packaging ', 'seaweed'],
      ...body,
    });
    expect(created.statusCode).toBe(201);
    return created.json() as { id: string; [key: string]: unknown };
  }

  beforeAll(async () => {
    testApp = await startTestApp({
      override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
    });
    call = caller(testApp.app);
    const leafyTea = await leafyTeaWith(testApp.app, {
      author: 'Ada Author',
      colleague: 'Cas Colleague',
      stranger: 'Sam Stranger',
    });
    ({ organisationId, manager, member } = leafyTea);
    ({ author, colleague, stranger } = leafyTea.people);
  });
  afterAll(() => testApp.close());

  it('keeps a draft private to its authors, then submits it and shows it to the audience', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    expect(idea).toMatchObject({
      status: 'draft',
      tags: ['packaging', 'seaweed'],
      description: { html: '<p>We press <strong>seaweed</strong> into film.</p>\n' },
      authors: [{ id: author.id, name: 'Ada Author' }],
      viewer: { isAuthor: true, canEdit: true },
      submittedAt: null,
    });

    for (const person of [manager, member, stranger, undefined]) {
      expect((await call(person, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    }
    expect((await call(author, 'GET', `/challenges/${challengeId}`)).json().figures.ideas).toBe(0);

    const submitted = await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 1, edited: false });
    expect(submitted.json().history).toEqual([expect.objectContaining({ from: 'draft', to: 'submitted' })]);

    for (const person of [manager, member, stranger, undefined]) {
      const seen = await call(person, 'GET', `/ideas/${idea.id}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().viewer.isAuthor).toBe(false);
      expect(seen.json().invitations).toBeNull();
    }
    expect((await call(manager, 'GET', `/ideas/${idea.id}`)).json().viewer.canManage).toBe(true);
    expect((await call(author, 'GET', `/challenges/${challengeId}`)).json().figures.ideas).toBe(1);
    expect((await call(author, 'POST', `/ideas/${idea.id}/submission`, {})).statusCode).toBe(409);
  });

  it('takes ideas only from participants, only while the submission window is open', async () => {
    const challengeId = await openChallenge();
    const notJoined = await call(stranger, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Without joining' });
    expect(notJoined.statusCode).toBe(403);
    expect((await call(undefined, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Anonymous' })).statusCode).toBe(
      401,
    );

    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    clock.advance(11 * DAY);
    try {
      const late = await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
      expect(late.statusCode).toBe(409);
      expect(late.json().detail).toMatch(/not taking ideas now/);
      expect((await sql(`SELECT status FROM ideas WHERE id = $1`, [idea.id]))[0]).toEqual({ status: 'draft' });
    } finally {
      clock.advance(-11 * DAY);
    }
  });

  it('checks the idea form: unknown fields and wrong kinds at once, required fields on submission', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);

    const wrong = await call(author, 'POST', `/challenges/${challengeId}/ideas`, {
      title: 'Wrong fields',
      fields: { colour: 'red', stage: 'finished', budget: 'a lot' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['fields.budget', 'fields.colour', 'fields.stage']);

    const incomplete = await draft(author, challengeId, { fields: { stage: 'prototype' } });
    const refused = await call(author, 'POST', `/ideas/${incomplete.id}/submission`, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'fields.location', messages: ['Where is required'] }]);

    const anonymous = await call(author, 'POST', `/challenges/${challengeId}/ideas`, {
      title: 'Nameless',
      anonymous: true,
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().errors).toEqual([
      { field: 'anonymous', messages: ['this challenge does not take anonymous ideas'] },
    ]);
  });

  it('refuses mass assignment, HTML and bad ids with a 4xx and changes nothing', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    const before = await sql(`SELECT * FROM ideas WHERE id = $1`, [idea.id]);

    for (const payload of [
      { status: 'selected' },
      { authorId: stranger.id },
      { version: 9 },
      { title: '<img src=x onerror=alert(1)>' },
      { description: '[click](javascript:alert(1))' },
      { tags: ['<script>'] },
    ]) {
      const response = await call(author, 'PATCH', `/ideas/${idea.id}`, payload);
      expect([response.statusCode, payload]).toEqual([400, payload]);
    }
    expect(await sql(`SELECT * FROM ideas WHERE id = $1`, [idea.id])).toEqual(before);
    expect((await call(author, 'GET', `/ideas/not-a-uuid`)).statusCode).toBe(400);
    expect((await call(author, 'GET', `/ideas/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it('lets only authors edit; after submission each edit is a version, until the review window opens', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    expect((await call(author, 'PATCH', `/ideas/${idea.id}`, { pitch: 'Still a draft' })).json().version).toBe(0);
    await call(author, 'POST', `/ideas/${idea.id}/submission`, {});

    expect((await call(manager, 'PATCH', `/ideas/${idea.id}`, { title: 'Hijacked' })).statusCode).toBe(403);
    expect((await call(stranger, 'PATCH', `/ideas/${idea.id}`, { title: 'Hijacked' })).statusCode).toBe(403);

    const edited = await call(author, 'PATCH', `/ideas/${idea.id}`, { title: 'Seaweed tea bags, sealed by heat' });
    expect(edited.json()).toMatchObject({ title: 'Seaweed tea bags, sealed by heat', version: 2, edited: true });
    const versions = await sql<{ version: number; title: string }>(
      `SELECT version, snapshot->>'title' AS title FROM idea_versions WHERE idea_id = $1 ORDER BY version`,
      [idea.id],
    );
    expect(versions).toEqual([
      { version: 1, title: 'Seaweed tea bags' },
      { version: 2, title: 'Seaweed tea bags, sealed by heat' },
    ]);

    clock.advance(21 * DAY);
    try {
      expect((await call(author, 'GET', `/ideas/${idea.id}`)).json().viewer.canEdit).toBe(false);
      const tooLate = await call(author, 'PATCH', `/ideas/${idea.id}`, { title: 'After review began' });
      expect(tooLate.statusCode).toBe(409);
    } finally {
      clock.advance(-21 * DAY);
    }
  });

  it('records licence consent on the first idea after the licence changed, and asks for it', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const changed = await call(manager, 'PATCH', `/challenges/${challengeId}`, {
      licence: { kind: 'cc_by_sa_4', text: '' },
      changeSummary: 'Share-alike from now on',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().licence.version).toBe(2);

    const idea = await draft(author, challengeId);
    const unconsented = await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
    expect(unconsented.statusCode).toBe(400);
    expect(unconsented.json().errors[0].field).toBe('acceptLicenceVersion');
    expect((await call(author, 'POST', `/ideas/${idea.id}/submission`, { acceptLicenceVersion: 1 })).statusCode).toBe(
      400,
    );

    expect((await call(author, 'POST', `/ideas/${idea.id}/submission`, { acceptLicenceVersion: 2 })).statusCode).toBe(
      200,
    );
    const consents = await sql(
      `SELECT licence_version FROM licence_consents WHERE challenge_id = $1 AND user_id = $2 ORDER BY licence_version`,
      [challengeId, author.id],
    );
    expect(consents).toEqual([{ licence_version: 1 }, { licence_version: 2 }]);
  });

  it('shares authorship with a co-author who accepts with the invited address', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);

    expect((await call(colleague, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    const invited = await call(author, 'POST', `/ideas/${idea.id}/co-author-invitations`, {
      email: colleague.email.toUpperCase(),
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json().invitations).toEqual([expect.objectContaining({ email: colleague.email, state: 'pending' })]);
    const again = await call(author, 'POST', `/ideas/${idea.id}/co-author-invitations`, { email: colleague.email });
    expect(again.statusCode).toBe(409);
    expect(
      (await call(stranger, 'POST', `/ideas/${idea.id}/co-author-invitations`, { email: 'x@example.test' })).statusCode,
    ).toBe(404);

    const [notice] = await sql<{ type: string; link: string }>(
      `SELECT type, link FROM notifications WHERE user_id = $1`,
      [colleague.id],
    );
    expect(notice).toEqual({ type: 'co_authorship', link: `/ideas/${idea.id}` });

    const seen = await call(colleague, 'GET', `/ideas/${idea.id}`);
    expect(seen.statusCode).toBe(200);
    const invitationId = seen.json().viewer.invitationId;
    expect(invitationId).toEqual(expect.any(String));
    expect(
      (await call(stranger, 'POST', `/co-author-invitations/${invitationId}/answer`, { answer: 'accept' })).statusCode,
    ).toBe(404);

    const accepted = await call(colleague, 'POST', `/co-author-invitations/${invitationId}/answer`, {
      answer: 'accept',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().authors.map((person: { name: string }) => person.name)).toEqual([
      'Ada Author',
      'Cas Colleague',
    ]);
    expect(accepted.json().viewer).toMatchObject({ isAuthor: true, canEdit: true, invitationId: null });
    expect(
      (await call(colleague, 'POST', `/co-author-invitations/${invitationId}/answer`, { answer: 'decline' }))
        .statusCode,
    ).toBe(409);
    expect((await call(colleague, 'PATCH', `/ideas/${idea.id}`, { pitch: 'Written together' })).statusCode).toBe(200);
  });

  it('lets organisers change the status only with a message, which reaches every author', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    await call(author, 'POST', `/ideas/${idea.id}/submission`, {});

    const withoutMessage = await call(manager, 'PUT', `/ideas/${idea.id}/status`, { status: 'shortlisted' });
    expect(withoutMessage.statusCode).toBe(400);
    for (const status of ['withdrawn', 'merged', 'draft']) {
      expect((await call(manager, 'PUT', `/ideas/${idea.id}/status`, { status, message: 'No' })).statusCode).toBe(400);
    }
    expect(
      (await call(member, 'PUT', `/ideas/${idea.id}/status`, { status: 'shortlisted', message: 'I like it' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(author, 'PUT', `/ideas/${idea.id}/status`, { status: 'selected', message: 'Mine wins' })).statusCode,
    ).toBe(403);

    const shortlisted = await call(manager, 'PUT', `/ideas/${idea.id}/status`, {
      status: 'shortlisted',
      message: 'The jury liked the pilot plan.',
    });
    expect(shortlisted.statusCode).toBe(200);
    expect(shortlisted.json().history.at(-1)).toMatchObject({
      from: 'submitted',
      to: 'shortlisted',
      message: 'The jury liked the pilot plan.',
      by: 'Maya Manager',
    });
    expect((await call(author, 'GET', `/ideas/${idea.id}`)).json().viewer.canEdit).toBe(false);
    const [notice] = await sql<{ title: string; body: string }>(
      `SELECT title, body FROM notifications WHERE user_id = $1 AND type = 'status_change'`,
      [author.id],
    );
    expect(notice).toEqual({
      title: '“Seaweed tea bags” is now shortlisted',
      body: 'The jury liked the pilot plan.',
    });

    const withdrawn = await call(author, 'POST', `/ideas/${idea.id}/withdrawal`, {});
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await call(member, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await call(manager, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(200);
    expect(
      (await call(manager, 'PUT', `/ideas/${idea.id}/status`, { status: 'selected', message: 'Come back' })).statusCode,
    ).toBe(409);
  });

  it('hides ideas of an organisers-only challenge from the audience, and anonymous authors from the crowd', async () => {
    const challengeId = await openChallenge({ ideaVisibility: 'organisers', allowAnonymous: true });
    await join(author, challengeId);
    const idea = await draft(author, challengeId, { anonymous: true });
    await call(author, 'POST', `/ideas/${idea.id}/submission`, {});

    expect((await call(stranger, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await call(member, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    const organiserView = await call(manager, 'GET', `/ideas/${idea.id}`);
    expect(organiserView.json().authors).toEqual([{ id: author.id, name: 'Ada Author' }]);

    const openChallengeId = await openChallenge({ allowAnonymous: true });
    await join(author, openChallengeId);
    const open = await draft(author, openChallengeId, { anonymous: true });
    await call(author, 'POST', `/ideas/${open.id}/submission`, {});
    expect((await call(stranger, 'GET', `/ideas/${open.id}`)).json().authors).toEqual([
      { id: null, name: 'Anonymous' },
    ]);
    expect((await call(author, 'GET', `/ideas/${open.id}`)).json().authors).toEqual([
      { id: author.id, name: 'Ada Author' },
    ]);
  });

  it('keeps drafts and organisers-only ideas out of lists, search, suggestions and counts for those who may not see them', async () => {
    const hiddenIdeas = await openChallenge({ ideaVisibility: 'organisers' });
    await join(author, hiddenIdeas);
    await join(colleague, hiddenIdeas);
    const submitted = await draft(author, hiddenIdeas, { title: 'Seaweed tea bags', pitch: 'Seaweed film seals.' });
    await call(author, 'POST', `/ideas/${submitted.id}/submission`, {});
    const openIdeas = await openChallenge();
    await join(author, openIdeas);
    await join(colleague, openIdeas);
    const privateDraft = await draft(colleague, openIdeas, { title: 'Seaweed tea bags, my draft' });

    const ids = async (person: SignedInPerson | undefined, path: string) => {
      const body = (await call(person, 'GET', path)).json();
      return (Array.isArray(body) ? body : body.items).map((item: { id: string }) => item.id);
    };
    const figures = async (person: SignedInPerson | undefined, challengeId: string) =>
      (await call(person, 'GET', `/challenges/${challengeId}`)).json().figures.ideas;
    for (const person of [colleague, stranger, undefined]) {
      expect(await ids(person, `/challenges/${hiddenIdeas}/ideas`)).toEqual([]);
      expect(await ids(person, `/challenges/${hiddenIdeas}/ideas?q=seaweed`)).toEqual([]);
      expect(await ids(person, `/challenges/${hiddenIdeas}/ideas/similar?text=seaweed%20tea%20bags`)).toEqual([]);
      expect(await figures(person, hiddenIdeas)).toBe(0);
    }
    for (const person of [author, stranger, undefined]) {
      expect(await ids(person, `/challenges/${openIdeas}/ideas?q=seaweed`)).toEqual([]);
      expect(await ids(person, `/challenges/${openIdeas}/ideas/similar?text=seaweed%20tea%20bags`)).toEqual([]);
      expect(await figures(person, openIdeas)).toBe(0);
      expect((await call(person, 'GET', `/ideas/${privateDraft.id}`)).statusCode).toBe(404);
    }
    const browse = (await call(colleague, 'GET', '/challenges?limit=50')).json().items;
    expect(browse.find((item: { id: string }) => item.id === hiddenIdeas)?.figures.ideas).toBe(0);

    expect(await ids(manager, `/challenges/${hiddenIdeas}/ideas?q=seaweed`)).toEqual([submitted.id]);
    expect(await figures(manager, hiddenIdeas)).toBe(1);
    expect(await ids(author, `/challenges/${hiddenIdeas}/ideas`)).toEqual([submitted.id]);
  });

  it('submits a draft once when two submissions race, and counts a racing acceptance once', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    const submissions = await Promise.all(
      [1, 2, 3].map(() => call(author, 'POST', `/ideas/${idea.id}/submission`, {})),
    );
    expect(submissions.map((response) => response.statusCode).sort()).toEqual([200, 409, 409]);
    expect(await sql(`SELECT to_status FROM idea_status_changes WHERE idea_id = $1`, [idea.id])).toEqual([
      { to_status: 'submitted' },
    ]);
    expect(await sql(`SELECT version FROM idea_versions WHERE idea_id = $1`, [idea.id])).toEqual([{ version: 1 }]);

    await call(author, 'POST', `/ideas/${idea.id}/co-author-invitations`, { email: colleague.email });
    const invitationId = (await call(colleague, 'GET', `/ideas/${idea.id}`)).json().viewer.invitationId;
    const answers = await Promise.all(
      ['accept', 'accept'].map((answer) =>
        call(colleague, 'POST', `/co-author-invitations/${invitationId}/answer`, { answer }),
      ),
    );
    expect(answers.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    expect(await sql(`SELECT count(*)::int AS authors FROM idea_authors WHERE idea_id = $1`, [idea.id])).toEqual([
      { authors: 2 },
    ]);
  });

  it("lists a challenge's ideas as each viewer may see them, newest first, page by page", async () => {
    const challengeId = await openChallenge({ allowAnonymous: true });
    await join(author, challengeId);
    await join(colleague, challengeId);
    const submittedIds: string[] = [];
    for (const [index, tags] of [['water'], ['seaweed'], ['water', 'seaweed']].entries()) {
      clock.advance(1000);
      const idea = await draft(author, challengeId, { title: `Idea number ${index}`, tags });
      await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
      submittedIds.unshift(idea.id);
    }
    clock.advance(1000);
    const hidden = await draft(colleague, challengeId, { title: 'Anonymous one', anonymous: true });
    await call(colleague, 'POST', `/ideas/${hidden.id}/submission`, {});
    clock.advance(1000);
    const colleaguesDraft = await draft(colleague, challengeId, { title: 'Still a draft' });
    const list = (person: SignedInPerson | undefined, query = '') =>
      call(person, 'GET', `/challenges/${challengeId}/ideas${query}`);

    const forStranger = (await list(stranger)).json();
    expect(forStranger.items.map((item: { id: string }) => item.id)).toEqual([hidden.id, ...submittedIds]);
    expect(forStranger.items[0].authors).toEqual([{ id: null, name: 'Anonymous' }]);
    expect(forStranger.nextCursor).toBeNull();
    const forColleague = (await list(colleague)).json();
    expect(forColleague.items.map((item: { id: string }) => item.id)).toEqual([
      colleaguesDraft.id,
      hidden.id,
      ...submittedIds,
    ]);

    const first = (await list(undefined, '?limit=2')).json();
    const second = (await list(undefined, `?limit=2&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((item: { id: string }) => item.id)).toEqual([
      hidden.id,
      ...submittedIds,
    ]);
    expect(second.nextCursor).toBeNull();

    expect((await list(stranger, '?tag=Water')).json().items).toHaveLength(2);
    expect((await list(stranger, '?status=draft')).json().items).toEqual([]);
    // Filtering by author never unmasks an anonymous idea, except for organisers.
    expect((await list(stranger, `?authorId=${colleague.id}`)).json().items).toEqual([]);
    expect((await list(manager, `?authorId=${colleague.id}`)).json().items).toHaveLength(1);
    expect((await list(colleague, `?authorId=${colleague.id.toUpperCase()}`)).json().items).toHaveLength(2);

    for (const bad of ['?cursor=bm9wZQ', '?status=famous', '?limit=1000', '?sort=votes', `?authorId=me`]) {
      expect([(await list(stranger, bad)).statusCode, bad]).toEqual([400, bad]);
    }
  });

  it('lists the most discussed ideas first, page by page without repeats or gaps', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const ids: string[] = [];
    for (const [index, comments] of [2, 0, 2, 1, 0].entries()) {
      clock.advance(1000);
      const idea = await draft(author, challengeId, { title: `Discussed ${index}` });
      await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
      for (let count = 0; count < comments; count++) {
        expect((await call(author, 'POST', `/ideas/${idea.id}/comments`, { body: 'More' })).statusCode).toBe(201);
      }
      ids.push(idea.id);
    }
    const list = (query: string) => call(stranger, 'GET', `/challenges/${challengeId}/ideas?${query}`);

    const seen: { id: string; commentCount: number }[] = [];
    let cursor = '';
    do {
      const page = (await list(`sort=discussed&limit=2${cursor}`)).json();
      seen.push(...page.items);
      cursor = page.nextCursor ? `&cursor=${page.nextCursor}` : '';
    } while (cursor);
    // Most comments first; equally discussed ideas newest first.
    expect(seen.map((item) => item.id)).toEqual([ids[2], ids[0], ids[3], ids[4], ids[1]]);
    expect(seen.map((item) => item.commentCount)).toEqual([2, 2, 1, 0, 0]);

    // A cursor belongs to the order that handed it out.
    const discussedCursor = (await list('sort=discussed&limit=2')).json().nextCursor;
    const newestCursor = (await list('limit=2')).json().nextCursor;
    for (const query of [`cursor=${discussedCursor}`, `sort=discussed&cursor=${newestCursor}`]) {
      const refused = await list(query);
      expect([refused.statusCode, refused.json().errors[0].field]).toEqual([400, 'cursor']);
    }
  });

  it('lists a page with the same number of SQL queries whatever the page holds', async () => {
    const queries = jest.spyOn(Client.prototype, 'query');
    const countFor = async (url: string) => {
      queries.mockClear();
      expect((await call(manager, 'GET', url)).statusCode).toBe(200);
      return queries.mock.calls.length;
    };
    try {
      const challengeId = await openChallenge();
      await join(author, challengeId);
      const idea = await draft(author, challengeId);
      await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
      const forOne = await countFor(`/challenges/${challengeId}/ideas`);
      // The principal with its access facts, then the page with the challenge's verdicts.
      expect(forOne).toBe(2);
      for (let index = 0; index < 12; index++) {
        clock.advance(1000);
        const more = await draft(author, challengeId, { title: `More ideas ${index}` });
        await call(author, 'POST', `/ideas/${more.id}/submission`, {});
        await call(author, 'POST', `/ideas/${more.id}/co-author-invitations`, { email: colleague.email });
      }
      expect(await countFor(`/challenges/${challengeId}/ideas`)).toBe(forOne);
      expect(await countFor(`/challenges/${challengeId}/ideas?sort=discussed`)).toBe(forOne);
    } finally {
      queries.mockRestore();
    }
  });

  it('suggests similar ideas while one is typed, and finds ideas by their words in either language', async () => {
    const challengeId = await openChallenge({ language: 'nl' });
    await join(author, challengeId);
    const submit = async (title: string, pitch: string) => {
      const idea = await draft(author, challengeId, { title, pitch });
      await call(author, 'POST', `/ideas/${idea.id}/submission`, {});
      return idea.id;
    };
    const seaweed = await submit('Theezakjes van zeewier', 'Zeewierfolie composteert in weken.');
    const bottle = await submit('Een vouwbare theefles', 'Thee zetten onderweg in de trein.');
    await submit('Proeverijen in de winkels', 'Elke maand een avond met een theemaker.');
    const privateDraft = await draft(author, challengeId, { title: 'Theezakjes van zeewier, tweede versie' });

    const similar = (text: string, extra = '') =>
      call(stranger, 'GET', `/challenges/${challengeId}/ideas/similar?text=${encodeURIComponent(text)}${extra}`);
    const typo = await similar('Theezakjes van zeewir');
    expect(typo.statusCode).toBe(200);
    expect(typo.json().map((idea: { id: string }) => idea.id)).toEqual([seaweed]);
    // Dutch stemming: "treinen" finds "trein".
    expect((await similar('Koude thee voor in de treinen')).json().map((idea: { id: string }) => idea.id)).toContain(
      bottle,
    );
    expect((await similar('Theezakjes van zeewier', `&except=${seaweed}`)).json()).toEqual([]);
    expect(
      (await call(author, 'GET', `/challenges/${challengeId}/ideas/similar?text=zeewier`))
        .json()
        .map((idea: { id: string }) => idea.id),
    ).not.toContain(privateDraft.id);
    expect((await similar('ab')).statusCode).toBe(400);

    const found = await call(stranger, 'GET', `/challenges/${challengeId}/ideas?q=${encodeURIComponent('trein')}`);
    expect(found.json().items.map((idea: { id: string }) => idea.id)).toEqual([bottle]);
  });

  it('links an idea to the ideas it builds on, shown both ways to those who may see them', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    await join(colleague, challengeId);
    const original = await draft(author, challengeId, { title: 'Seaweed film' });
    await call(author, 'POST', `/ideas/${original.id}/submission`, {});
    const followUp = await draft(colleague, challengeId, { title: 'Seaweed film for coffee too' });

    expect((await call(author, 'PUT', `/ideas/${followUp.id}/builds-on/${original.id}`)).statusCode).toBe(404);
    const linked = await call(colleague, 'PUT', `/ideas/${followUp.id}/builds-on/${original.id}`);
    expect(linked.statusCode).toBe(200);
    expect(linked.json().lineage).toEqual({
      buildsOn: [{ id: original.id, title: 'Seaweed film', status: 'submitted' }],
      builtOnBy: [],
    });
    // The follow-up is still a draft: only its authors see the link from the other side.
    expect((await call(stranger, 'GET', `/ideas/${original.id}`)).json().lineage.builtOnBy).toEqual([]);
    expect((await call(colleague, 'GET', `/ideas/${original.id}`)).json().lineage.builtOnBy).toEqual([
      { id: followUp.id, title: 'Seaweed film for coffee too', status: 'draft' },
    ]);
    await call(colleague, 'POST', `/ideas/${followUp.id}/submission`, {});
    expect((await call(stranger, 'GET', `/ideas/${original.id}`)).json().lineage.builtOnBy).toHaveLength(1);

    expect((await call(colleague, 'PUT', `/ideas/${followUp.id}/builds-on/${followUp.id}`)).statusCode).toBe(409);
    const elsewhere = await openChallenge();
    await join(colleague, elsewhere);
    const unrelated = await draft(colleague, elsewhere, { title: 'Another challenge' });
    await call(colleague, 'POST', `/ideas/${unrelated.id}/submission`, {});
    expect((await call(colleague, 'PUT', `/ideas/${followUp.id}/builds-on/${unrelated.id}`)).statusCode).toBe(409);

    const unlinked = await call(colleague, 'DELETE', `/ideas/${followUp.id}/builds-on/${original.id}`);
    expect(unlinked.json().lineage.buildsOn).toEqual([]);
  });

  it('shows my ideas across challenges with the organisers’ latest word on each', async () => {
    const person = await createSignedIn(testApp.app, { name: 'Mia Mine' });
    const challengeId = await openChallenge();
    await join(person, challengeId);
    const idea = await draft(person, challengeId);
    await call(person, 'POST', `/ideas/${idea.id}/submission`, {});
    await call(manager, 'PUT', `/ideas/${idea.id}/status`, { status: 'under_review', message: 'We are on it.' });
    clock.advance(1000);
    await call(manager, 'PUT', `/ideas/${idea.id}/status`, { status: 'parked', message: 'Back after summer.' });
    clock.advance(1000);
    const other = await openChallenge();
    await join(person, other);
    const pending = await draft(person, other, { title: 'Half written' });

    const mine = await call(person, 'GET', '/me/ideas');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ id: pending.id, status: 'draft', latestFeedback: null }),
      expect.objectContaining({
        id: idea.id,
        status: 'parked',
        challengeTitle: 'Invent a new way to drink tea',
        latestFeedback: expect.objectContaining({ to: 'parked', message: 'Back after summer.', by: 'Maya Manager' }),
      }),
    ]);
    expect((await call(undefined, 'GET', '/me/ideas')).statusCode).toBe(401);
    expect((await call(stranger, 'GET', '/me/ideas')).json().items).toEqual([]);
  });

  it('refuses or neutralises every committed XSS payload in every text field of an idea', async () => {
    const challengeId = await openChallenge();
    await join(author, challengeId);
    const idea = await draft(author, challengeId);
    // Inert: no active element, no event handler and no script URL in any tag (text may mention them).
    const ACTIVE =
      /<(script|svg|iframe|object|embed|input|video|body|details|form|math|style|marquee)\b|<[^>]+\son\w+\s*=|<[^>]+(href|src|action)\s*=\s*["']?\s*(javascript|vbscript|data):/i;
    const outcomes: Record<string, number> = {};
    for (const payload of XSS_PAYLOADS) {
      for (const [field, body] of [
        ['title', { title: `Idea ${payload}` }],
        ['pitch', { pitch: payload }],
        ['description', { description: payload }],
        ['tags', { tags: [payload] }],
        ['fields.location', { fields: { location: payload } }],
      ] as const) {
        const response = await call(author, 'PATCH', `/ideas/${idea.id}`, body);
        outcomes[response.statusCode] = (outcomes[response.statusCode] ?? 0) + 1;
        expect([field, payload, [200, 400].includes(response.statusCode)]).toEqual([field, payload, true]);
        if (response.statusCode === 200) {
          expect([field, payload, ACTIVE.test(response.json().description.html)]).toEqual([field, payload, false]);
        }
      }
    }
    // Most are refused outright; what is stored is plain text or Markdown rendered inert.
    expect(outcomes[400]).toBeGreaterThan(XSS_PAYLOADS.length * 4);
  });

  it('refuses a flood of new ideas from one account with 429 and Retry-After', async () => {
    const flooder = await createSignedIn(testApp.app, { name: 'Flo Flood' });
    const challengeId = await openChallenge();
    await join(flooder, challengeId);
    const statuses: number[] = [];
    for (let index = 0; index < 61; index++) {
      statuses.push(
        (await call(flooder, 'POST', `/challenges/${challengeId}/ideas`, { title: `Flood ${index}` })).statusCode,
      );
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(60);
    const refused = await call(flooder, 'POST', `/challenges/${challengeId}/ideas`, { title: 'One more' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await sql(`SELECT count(*)::int AS ideas FROM ideas WHERE created_by_id = $1`, [flooder.id])).toEqual([
      { ideas: 60 },
    ]);
  });

  it('keeps ideas of an internal challenge away from outsiders', async () => {
    const challengeId = await openChallenge({ audience: 'internal' });
    await join(member, challengeId);
    const idea = await draft(member, challengeId);
    await call(member, 'POST', `/ideas/${idea.id}/submission`, {});
    expect((await call(stranger, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', `/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await call(stranger, 'POST', `/challenges/${challengeId}/ideas`, { title: 'Let me in' })).statusCode).toBe(
      404,
    );
    expect((await call(stranger, 'GET', `/challenges/${challengeId}/ideas`)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', `/challenges/${challengeId}/ideas?status=draft`)).statusCode).toBe(404);
    expect((await call(stranger, 'GET', `/me/ideas`)).json().items).toEqual([]);
    const forMember = (await call(member, 'GET', `/challenges/${challengeId}/ideas`)).json();
    expect(forMember.items.map((item: { id: string }) => item.id)).toEqual([idea.id]);
  });
});
