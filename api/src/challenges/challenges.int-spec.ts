import { getEntityManagerToken } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, createSignedIn, type SignedInPerson } from '../testing/people';
import { caller, completeBrief, publishedChallenge } from './challenge-fixtures';

describe('challenges: briefs, publishing, revisions and joining', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let organisationId: string;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let crowd: SignedInPerson;
  let otherManager: SignedInPerson;

  const sql = <T>(query: string, parameters: unknown[] = []) =>
    testApp.app.get<EntityManager>(getEntityManagerToken()).query(query, parameters) as Promise<T[]>;

  beforeAll(async () => {
    testApp = await startTestApp();
    call = caller(testApp.app);
    organisationId = await createOrganisation(testApp.app, 'Leafy Tea');
    manager = await createSignedIn(testApp.app, { name: 'Maya Manager' });
    member = await createSignedIn(testApp.app);
    crowd = await createSignedIn(testApp.app);
    otherManager = await createSignedIn(testApp.app);
    await addMember(testApp.app, organisationId, manager, 'manager');
    await addMember(testApp.app, organisationId, member, 'member');
    await addMember(testApp.app, await createOrganisation(testApp.app, 'Other'), otherManager, 'manager');
  });
  afterAll(() => testApp.close());

  it('creates a draft only the organisers see, and publishes it when the brief is complete', async () => {
    const created = await call(manager, 'POST', `/organisations/${organisationId}/challenges`, {
      title: 'Half a brief',
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ state: 'draft', stage: 'draft', revision: 0, viewer: { canManage: true } });
    expect(draft.licence).toMatchObject({ kind: 'cc_by_4', version: 1 });
    expect(draft.licence.text).toContain('Creative Commons Attribution 4.0');

    for (const person of [undefined, crowd, member, otherManager]) {
      expect((await call(person, 'GET', `/challenges/${draft.id}`)).statusCode).toBe(404);
    }
    const gaps = await call(manager, 'POST', `/challenges/${draft.id}/publish`);
    expect(gaps.statusCode).toBe(422);
    expect(gaps.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'brief.problem',
      'criteria',
      'windows',
    ]);

    const completed = await call(manager, 'PATCH', `/challenges/${draft.id}`, completeBrief());
    expect(completed.statusCode).toBe(200);
    const published = await call(manager, 'POST', `/challenges/${draft.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ state: 'published', stage: 'open', revision: 0 });
    expect(published.json().themes).toEqual(['tea', 'product']);
    expect((await call(manager, 'POST', `/challenges/${draft.id}/publish`)).statusCode).toBe(409);

    const seen = await call(undefined, 'GET', `/challenges/${draft.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      viewer: { canManage: false, canTakePart: false },
      organiser: null,
      figures: { participants: 0, ideas: 0, votes: 0 },
    });
  });

  it('renders the brief as sanitised HTML and refuses scripts in any text, changing nothing', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId, {
      brief: { ...(completeBrief().brief as object), background: '**Tried** [cold brew](https://example.org)' },
    });
    const detail = (await call(undefined, 'GET', `/challenges/${id}`)).json();
    expect(detail.brief.background.html).toBe(
      '<p><strong>Tried</strong> <a href="https://example.org" rel="nofollow noopener noreferrer ugc">cold brew</a></p>\n',
    );
    const [before] = await sql(`SELECT * FROM challenges WHERE id = $1`, [id]);
    for (const payload of [
      { changeSummary: 'x'.repeat(5), tagline: '<script>alert(1)</script>' },
      { changeSummary: 'Fix', brief: { problem: 'See [this](javascript:alert(1)) please, all of you' } },
      { changeSummary: 'Fix', criteria: [{ name: '<img src=x onerror=alert(1)>', guidance: '', weight: 1 }] },
      { changeSummary: 'Fix', themes: ['<b>bold</b>'] },
    ]) {
      const response = await call(manager, 'PATCH', `/challenges/${id}`, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
    const [after] = await sql(`SELECT * FROM challenges WHERE id = $1`, [id]);
    expect(after).toEqual(before);
  });

  it.each([
    [
      'a window ending before it starts',
      { windows: [{ kind: 'submission', opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' }] },
      'windows.0.closesAt',
    ],
    [
      'the same window twice',
      {
        windows: [
          { kind: 'voting', opensAt: '2026-03-01T00:00:00Z', closesAt: null },
          { kind: 'voting', opensAt: '2026-04-01T00:00:00Z', closesAt: null },
        ],
      },
      'windows.1.kind',
    ],
    ['a zero weight', { criteria: [{ name: 'Impact', guidance: '', weight: 0 }] }, 'criteria.0.weight'],
    ['a negative weight', { criteria: [{ name: 'Impact', guidance: '', weight: -2 }] }, 'criteria.0.weight'],
    ['a missing weight', { criteria: [{ name: 'Impact', guidance: '' }] }, 'criteria.0.weight'],
    [
      'a choice without options',
      { ideaForm: [{ key: 'size', kind: 'single_choice', label: 'Size', help: '', required: true, options: ['S'] }] },
      'ideaForm.0.options',
    ],
    [
      'a text field with options',
      { ideaForm: [{ key: 'name', kind: 'short_text', label: 'Name', help: '', required: true, options: ['a', 'b'] }] },
      'ideaForm.0.options',
    ],
    [
      'a field kind that does not exist',
      { ideaForm: [{ key: 'x', kind: 'video', label: 'X', help: '', required: true, options: [] }] },
      'ideaForm.0.kind',
    ],
    [
      'two fields with one key',
      {
        ideaForm: [
          { key: 'x', kind: 'url', label: 'X', help: '', required: true, options: [] },
          { key: 'x', kind: 'number', label: 'Y', help: '', required: false, options: [] },
        ],
      },
      'ideaForm.1.key',
    ],
    ['a custom licence without terms', { licence: { kind: 'custom', text: 'ours' } }, 'licence.text'],
    ['an unknown field', { isPublished: true }, 'isPublished'],
    ['an organisation id in the body', { organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId'],
  ])('refuses %s with a 400 naming the field', async (_label, overrides, field) => {
    const before = (await sql<{ count: string }>(`SELECT count(*) FROM challenges`))[0].count;
    const response = await call(
      manager,
      'POST',
      `/organisations/${organisationId}/challenges`,
      completeBrief(overrides),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await sql<{ count: string }>(`SELECT count(*) FROM challenges`))[0].count).toBe(before);
  });

  it('changes a published brief only by a revision with a summary; a licence change needs new consent', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId);
    const withoutSummary = await call(manager, 'PATCH', `/challenges/${id}`, { tagline: 'Sneaky' });
    expect(withoutSummary.statusCode).toBe(400);
    expect(withoutSummary.json().errors[0].field).toBe('changeSummary');

    const revised = await call(manager, 'PATCH', `/challenges/${id}`, {
      tagline: 'Surprise us, on the move',
      changeSummary: 'Added commuters after questions',
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ revision: 1, tagline: 'Surprise us, on the move', licence: { version: 1 } });

    const relicensed = await call(manager, 'PATCH', `/challenges/${id}`, {
      licence: { kind: 'cc_by_sa_4', text: '' },
      changeSummary: 'Share-alike, as asked',
    });
    expect(relicensed.json()).toMatchObject({ revision: 2, licence: { kind: 'cc_by_sa_4', version: 2 } });
    const revisions = (await call(crowd, 'GET', `/challenges/${id}/revisions`)).json();
    expect(
      revisions.map((revision: { number: number; summary: string }) => [revision.number, revision.summary]),
    ).toEqual([
      [2, 'Share-alike, as asked'],
      [1, 'Added commuters after questions'],
      [0, 'Published'],
    ]);
    expect(revisions[0].author).toBe('Maya Manager');

    const stale = await call(crowd, 'POST', `/challenges/${id}/participation`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    expect(stale.statusCode).toBe(400);
    expect(stale.json().errors[0].field).toBe('acceptLicenceVersion');
    const joined = await call(crowd, 'POST', `/challenges/${id}/participation`, {
      answers: {},
      acceptLicenceVersion: 2,
    });
    expect(joined.statusCode).toBe(201);
    expect(joined.json().viewer).toMatchObject({ isParticipant: true, canTakePart: false, acceptedLicenceVersion: 2 });
    const [consent] = await sql(
      `SELECT licence_version FROM licence_consents WHERE challenge_id = $1 AND user_id = $2`,
      [id, crowd.id],
    );
    expect(consent).toEqual({ licence_version: 2 });
  });

  it('lets only the organisers change a challenge: members 403, other organisations 404', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId);
    const change = { tagline: 'Mine now', changeSummary: 'Taking over' };
    expect((await call(member, 'PATCH', `/challenges/${id}`, change)).statusCode).toBe(403);
    expect((await call(crowd, 'PATCH', `/challenges/${id}`, change)).statusCode).toBe(403);
    expect((await call(otherManager, 'PATCH', `/challenges/${id}`, change)).statusCode).toBe(403);
    expect((await call(otherManager, 'POST', `/challenges/${id}/windows/submission/close`)).statusCode).toBe(403);
    expect(
      (await call(otherManager, 'POST', `/organisations/${organisationId}/challenges`, completeBrief())).statusCode,
    ).toBe(404);
    expect(
      (await call(member, 'POST', `/organisations/${organisationId}/challenges`, completeBrief())).statusCode,
    ).toBe(403);
    expect((await call(undefined, 'GET', `/challenges/${id}`)).json().tagline).toBe('Surprise us');
  });

  it('asks the eligibility questions when someone joins, once', async () => {
    const id = await publishedChallenge(testApp.app, manager, organisationId, {
      eligibility: [
        { key: 'adult', kind: 'confirm', prompt: 'I am 18 or older', required: true },
        { key: 'city', kind: 'text', prompt: 'Where do you live?', required: false },
      ],
    });
    const person = await createSignedIn(testApp.app);
    const join = (answers: object) =>
      call(person, 'POST', `/challenges/${id}/participation`, { answers, acceptLicenceVersion: 1 });
    expect(
      (await call(undefined, 'POST', `/challenges/${id}/participation`, { answers: {}, acceptLicenceVersion: 1 }))
        .statusCode,
    ).toBe(401);
    expect((await join({})).json().errors[0].field).toBe('answers.adult');
    expect((await join({ adult: false })).statusCode).toBe(400);
    expect((await join({ adult: true, shoeSize: '42' })).json().errors[0].field).toBe('answers.shoeSize');
    expect((await join({ adult: true, city: '<script>x</script>' })).statusCode).toBe(400);
    expect((await join({ adult: true, city: ' Utrecht ' })).statusCode).toBe(201);
    expect((await join({ adult: true })).statusCode).toBe(409);
    const [row] = await sql(`SELECT answers FROM challenge_participants WHERE challenge_id = $1`, [id]);
    expect(row).toEqual({ answers: { adult: true, city: 'Utrecht' } });
    expect((await call(undefined, 'GET', `/challenges/${id}`)).json().figures.participants).toBe(1);
  });

  it('offers templates whose fields make a valid draft, and copies an earlier challenge into a new draft', async () => {
    const templates = (await call(undefined, 'GET', '/challenge-templates')).json();
    expect(templates.map((template: { key: string }) => template.key)).toEqual([
      'product_ideas',
      'internal_strategy',
      'neighbourhood',
    ]);
    for (const template of templates) {
      const created = await call(manager, 'POST', `/organisations/${organisationId}/challenges`, {
        ...template.input,
        title: template.name.en,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ state: 'draft', audience: template.input.audience });
    }

    const source = await publishedChallenge(testApp.app, manager, organisationId, { audience: 'unlisted' });
    expect((await call(member, 'POST', `/challenges/${source}/copy`)).statusCode).toBe(404);
    const copied = await call(manager, 'POST', `/challenges/${source}/copy`);
    expect(copied.statusCode).toBe(201);
    const original = (await call(manager, 'GET', `/challenges/${source}`)).json();
    expect(copied.json()).toMatchObject({
      title: 'Copy of Invent a new way to drink tea',
      state: 'draft',
      windows: [],
      criteria: original.criteria,
      brief: original.brief,
      licence: { ...original.licence, version: 1 },
    });
    expect(copied.json().organiser.unlistedLink).not.toBe(original.organiser.unlistedLink);
  });
});
