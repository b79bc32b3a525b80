import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, createSignedIn, type SignedInPerson } from '../testing/people';
import { caller, publishedChallenge } from './challenge-fixtures';

/** Who sees which challenge: the same rule in the detail view, browse, search and the counts. */
describe('challenge audiences and finding challenges', () => {
  let testApp: TestApp;
  let call: ReturnType<typeof caller>;
  let manager: SignedInPerson;
  let member: SignedInPerson;
  let crowd: SignedInPerson;
  let invited: SignedInPerson;
  let colleagueAtClient: SignedInPerson;
  let outsider: SignedInPerson;
  const ids: Record<string, string> = {};

  const brief = (problem: string) => ({
    problem,
    background: '',
    objectives: '',
    constraints: '',
    rewards: '',
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    call = caller(testApp.app);
    const organisationId = await createOrganisation(testApp.app, 'Gemeente Utrecht');
    manager = await createSignedIn(testApp.app);
    member = await createSignedIn(testApp.app);
    crowd = await createSignedIn(testApp.app);
    invited = await createSignedIn(testApp.app, { email: 'invited.person@example.test' });
    colleagueAtClient = await createSignedIn(testApp.app, { email: 'someone@client.example' });
    outsider = await createSignedIn(testApp.app);
    await addMember(testApp.app, organisationId, manager, 'manager');
    await addMember(testApp.app, organisationId, member, 'member');
    await addMember(testApp.app, await createOrganisation(testApp.app, 'Elsewhere'), outsider, 'owner');

    ids.public = await publishedChallenge(testApp.app, manager, organisationId, {
      title: 'Groene buurten',
      language: 'nl',
      brief: brief('Wij zoeken een oplossing voor meer groen in elke buurt van de stad, samen met bewoners.'),
      themes: ['groen'],
    });
    ids.internal = await publishedChallenge(testApp.app, manager, organisationId, {
      title: 'Internal strategy for every neighbourhood',
      audience: 'internal',
      brief: brief('Our strategy needs a solution for every neighbourhood; colleagues only.'),
    });
    ids.invite = await publishedChallenge(testApp.app, manager, organisationId, {
      title: 'Invite-only game ideas',
      audience: 'invite_only',
      invitedEmails: ['Invited.Person@example.test'],
      invitedDomains: ['client.example'],
      brief: brief('Game ideas for our client, for invited players and the client’s staff only.'),
    });
    ids.unlisted = await publishedChallenge(testApp.app, manager, organisationId, {
      title: 'Unlisted pilot',
      audience: 'unlisted',
      brief: brief('A pilot that only people with the link can see and join, with a solution in mind.'),
    });
  });
  afterAll(() => testApp.close());

  const browseTitles = async (person: SignedInPerson | undefined, query = '') => {
    const response = await call(person, 'GET', `/challenges${query}`);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBe(page.items.length);
    return page.items.map((item: { title: string }) => item.title).sort();
  };

  it('shows an internal challenge to the organisation’s members only, in detail, browse, search and counts', async () => {
    for (const person of [undefined, crowd, outsider, invited]) {
      expect((await call(person, 'GET', `/challenges/${ids.internal}`)).statusCode).toBe(404);
      expect(await browseTitles(person)).not.toContain('Internal strategy for every neighbourhood');
      expect(await browseTitles(person, '?q=strategy')).toEqual([]);
    }
    expect((await call(member, 'GET', `/challenges/${ids.internal}`)).statusCode).toBe(200);
    expect(await browseTitles(member, '?q=strategy')).toEqual(['Internal strategy for every neighbourhood']);
  });

  it('shows an invite-only challenge to named people and verified addresses at invited domains', async () => {
    for (const person of [invited, colleagueAtClient, member, manager]) {
      expect((await call(person, 'GET', `/challenges/${ids.invite}`)).statusCode).toBe(200);
      expect(await browseTitles(person)).toContain('Invite-only game ideas');
    }
    for (const person of [undefined, crowd, outsider]) {
      expect((await call(person, 'GET', `/challenges/${ids.invite}`)).statusCode).toBe(404);
      expect(await browseTitles(person, '?q=game')).toEqual([]);
    }
    const joined = await call(colleagueAtClient, 'POST', `/challenges/${ids.invite}/participation`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    expect(joined.statusCode).toBe(201);
  });

  it('opens an unlisted challenge only with its link, and lists it only for organisers and participants', async () => {
    const link: string = (await call(manager, 'GET', `/challenges/${ids.unlisted}`)).json().organiser.unlistedLink;
    const key = new URL(link).searchParams.get('key') ?? '';
    expect(Buffer.from(key, 'base64url').length * 8).toBeGreaterThanOrEqual(128);

    expect((await call(crowd, 'GET', `/challenges/${ids.unlisted}`)).statusCode).toBe(404);
    expect((await call(crowd, 'GET', `/challenges/${ids.unlisted}?key=${'A'.repeat(32)}`)).statusCode).toBe(404);
    expect((await call(undefined, 'GET', `/challenges/${ids.unlisted}?key=${key}`)).statusCode).toBe(200);
    expect(await browseTitles(undefined, '?q=pilot')).toEqual([]);
    expect(await browseTitles(manager, '?q=pilot')).toEqual(['Unlisted pilot']);

    const joined = await call(crowd, 'POST', `/challenges/${ids.unlisted}/participation?key=${key}`, {
      answers: {},
      acceptLicenceVersion: 1,
    });
    expect(joined.statusCode).toBe(201);
    expect((await call(crowd, 'GET', `/challenges/${ids.unlisted}`)).statusCode).toBe(200);
    expect(await browseTitles(crowd, '?q=pilot')).toEqual(['Unlisted pilot']);
  });

  it('searches Dutch and English with stemming: "oplossingen" finds "oplossing", "buurten" finds "buurt"', async () => {
    expect(await browseTitles(undefined, '?q=oplossingen')).toEqual(['Groene buurten']);
    expect(await browseTitles(undefined, '?q=buurten')).toEqual(['Groene buurten']);
    expect(await browseTitles(member, '?q=neighbourhoods')).toEqual(['Internal strategy for every neighbourhood']);
    expect(await browseTitles(member, '?q=solutions')).toEqual(['Internal strategy for every neighbourhood']);
  });

  it('filters by organisation, theme and stage, and refuses filters and sorts it does not know', async () => {
    expect(await browseTitles(undefined, '?theme=Groen')).toEqual(['Groene buurten']);
    expect(await browseTitles(undefined, '?stage=upcoming')).toEqual([]);
    expect(await browseTitles(member, '?stage=open')).toEqual([
      'Groene buurten',
      'Internal strategy for every neighbourhood',
      'Invite-only game ideas',
    ]);
    for (const query of [
      '?sort=votes',
      '?stage=archived',
      '?organisationId=42',
      '?limit=1000',
      `?q=${'x'.repeat(201)}`,
    ]) {
      const response = await call(undefined, 'GET', `/challenges${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });

  it('pages through results with a total that counts only what the viewer may see', async () => {
    const first = (await call(member, 'GET', '/challenges?limit=2&sort=newest')).json();
    const second = (await call(member, 'GET', '/challenges?limit=2&offset=2&sort=newest')).json();
    expect(first.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((item: { id: string }) => item.id)).size).toBe(3);
    const beyond = (await call(member, 'GET', '/challenges?limit=2&offset=10')).json();
    expect(beyond).toMatchObject({ items: [], total: 3, offset: 10 });
  });
});
