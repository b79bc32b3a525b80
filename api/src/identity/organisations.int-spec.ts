import { startTestApp, type TestApp } from '../testing/test-app';
import { createPerson, createSignedIn, signIn, type SignedInPerson } from '../testing/people';
import { tokenFrom, waitForMail } from '../testing/outbox';

describe('organisations, roles and invitations', () => {
  let testApp: TestApp;
  let owner: SignedInPerson;
  let organisationId: string;
  const call = (
    person: SignedInPerson | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    testApp.app.inject({ method, url: `/api/v1${url}`, headers: person?.headers ?? {}, ...(payload && { payload }) });

  beforeAll(async () => {
    testApp = await startTestApp({ env: { JOBS_ENABLED: 'true' } });
    owner = await createSignedIn(testApp.app, { name: 'Olivia Owner' });
    const created = await call(owner, 'POST', '/organisations', { name: 'Leafy Tea Company' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: 'leafy-tea-company', brandColour: '#0f5f6e' });
    organisationId = created.json().id;
  });
  afterAll(() => testApp.close());

  async function invite(email: string, role: string) {
    const response = await call(owner, 'POST', `/organisations/${organisationId}/invitations`, { email, role });
    expect(response.statusCode).toBe(201);
    return tokenFrom(await waitForMail(testApp.app, email.toLowerCase(), 'invitation'));
  }

  it('makes the creator owner and refuses a taken slug', async () => {
    expect((await call(owner, 'GET', '/me')).json().memberships).toEqual([
      expect.objectContaining({ organisationId, role: 'owner', organisationName: 'Leafy Tea Company' }),
    ]);
    const taken = await call(owner, 'POST', '/organisations', { name: 'Another', slug: 'leafy-tea-company' });
    expect(taken.statusCode).toBe(409);
  });

  it('lets only the invited, verified address accept an invitation, once', async () => {
    const colleague = await createPerson(testApp.app, { email: 'colleague@example.test' });
    const token = await invite('Colleague@Example.test', 'manager');
    const mail = await waitForMail(testApp.app, 'colleague@example.test', 'invitation');
    expect(mail.text).toContain('Leafy Tea Company');

    const stranger = await createSignedIn(testApp.app);
    expect((await call(stranger, 'POST', '/invitations/accept', { token })).statusCode).toBe(403);

    const signedIn = await signIn(testApp.app, colleague);
    const accepted = await call(signedIn, 'POST', '/invitations/accept', { token });
    expect(accepted.json()).toEqual({ organisationId });
    expect((await call(signedIn, 'POST', '/invitations/accept', { token })).statusCode).toBe(400);

    const members = (await call(owner, 'GET', `/organisations/${organisationId}/members`)).json();
    expect(members).toContainEqual(expect.objectContaining({ userId: colleague.id, role: 'manager' }));
  });

  it('refuses an invitation as owner, and a revoked invitation', async () => {
    const asOwner = await call(owner, 'POST', `/organisations/${organisationId}/invitations`, {
      email: 'boss@example.test',
      role: 'owner',
    });
    expect(asOwner.statusCode).toBe(400);
    const person = await createPerson(testApp.app, { email: 'revoked@example.test' });
    const token = await invite('revoked@example.test', 'member');
    const [invitation] = (await call(owner, 'GET', `/organisations/${organisationId}/invitations`)).json();
    expect(invitation.email).toBe('revoked@example.test');
    expect(
      (await call(owner, 'DELETE', `/organisations/${organisationId}/invitations/${invitation.id}`)).statusCode,
    ).toBe(204);
    expect((await call(await signIn(testApp.app, person), 'POST', '/invitations/accept', { token })).statusCode).toBe(
      400,
    );
  });

  it('applies a role change on the very next request', async () => {
    const person = await createPerson(testApp.app, { email: 'promoted@example.test' });
    const token = await invite('promoted@example.test', 'member');
    const member = await signIn(testApp.app, person);
    await call(member, 'POST', '/invitations/accept', { token });
    expect((await call(member, 'GET', `/organisations/${organisationId}/invitations`)).statusCode).toBe(403);
    expect(
      (await call(owner, 'PUT', `/organisations/${organisationId}/members/${person.id}/role`, { role: 'admin' }))
        .statusCode,
    ).toBe(204);
    expect((await call(member, 'GET', `/organisations/${organisationId}/invitations`)).statusCode).toBe(200);
    expect((await call(owner, 'DELETE', `/organisations/${organisationId}/members/${person.id}`)).statusCode).toBe(204);
    expect((await call(member, 'GET', `/organisations/${organisationId}`)).statusCode).toBe(404);
  });

  it('keeps owners in the hands of owners: an admin cannot make or unmake one', async () => {
    const adminPerson = await createPerson(testApp.app, { email: 'admin@example.test' });
    const token = await invite('admin@example.test', 'admin');
    const admin = await signIn(testApp.app, adminPerson);
    await call(admin, 'POST', '/invitations/accept', { token });

    expect(
      (await call(admin, 'PUT', `/organisations/${organisationId}/members/${adminPerson.id}/role`, { role: 'owner' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(admin, 'PUT', `/organisations/${organisationId}/members/${owner.id}/role`, { role: 'member' }))
        .statusCode,
    ).toBe(403);
    expect((await call(admin, 'DELETE', `/organisations/${organisationId}/members/${owner.id}`)).statusCode).toBe(403);
  });

  it('never leaves an organisation without an owner, even under concurrent demotions', async () => {
    const secondPerson = await createPerson(testApp.app);
    const token = await invite(secondPerson.email, 'member');
    const second = await signIn(testApp.app, secondPerson);
    await call(second, 'POST', '/invitations/accept', { token });
    expect(
      (await call(owner, 'PUT', `/organisations/${organisationId}/members/${secondPerson.id}/role`, { role: 'owner' }))
        .statusCode,
    ).toBe(204);

    // Each owner demotes the other at the same moment: one may succeed, never both.
    const [first, other] = await Promise.all([
      call(owner, 'PUT', `/organisations/${organisationId}/members/${secondPerson.id}/role`, { role: 'member' }),
      call(second, 'PUT', `/organisations/${organisationId}/members/${owner.id}/role`, { role: 'member' }),
    ]);
    // The organisation row lock serialises them: the second finds its actor no longer an owner.
    expect([first.statusCode, other.statusCode].sort()).toEqual([204, 403]);
    const owners = (await call(owner, 'GET', `/organisations/${organisationId}/members`))
      .json()
      .filter((m: { role: string }) => m.role === 'owner');
    expect(owners).toHaveLength(1);

    const lastOwner = owners[0];
    const lastOwnerSession = lastOwner.userId === owner.id ? owner : second;
    expect(
      (
        await call(lastOwnerSession, 'PUT', `/organisations/${organisationId}/members/${lastOwner.userId}/role`, {
          role: 'member',
        })
      ).statusCode,
    ).toBe(409);
    expect((await call(lastOwnerSession, 'POST', `/organisations/${organisationId}/leave`)).statusCode).toBe(409);

    // Whichever demotion won, the later tests act as the original owner.
    if (lastOwnerSession === second) {
      expect(
        (await call(second, 'PUT', `/organisations/${organisationId}/members/${owner.id}/role`, { role: 'owner' }))
          .statusCode,
      ).toBe(204);
    }
  });

  it('keeps organisations apart: nothing of A is reachable by a member of B', async () => {
    const other = await createSignedIn(testApp.app);
    const otherOrganisation = (await call(other, 'POST', '/organisations', { name: 'Agency B' })).json().id;
    const ownerOfA = owner;
    expect((await call(other, 'GET', `/organisations/${organisationId}/members`)).statusCode).toBe(404);
    expect((await call(other, 'PATCH', `/organisations/${organisationId}`, { name: 'Hijacked' })).statusCode).toBe(404);
    expect((await call(other, 'GET', '/organisations/mine')).json().map((o: { id: string }) => o.id)).toEqual([
      otherOrganisation,
    ]);
    // Ids of another organisation's members in A's paths are not found.
    expect((await call(ownerOfA, 'DELETE', `/organisations/${organisationId}/members/${other.id}`)).statusCode).toBe(
      404,
    );
  });

  it('updates branding and refuses a malformed colour or an insecure logo URL', async () => {
    const updated = await call(owner, 'PATCH', `/organisations/${organisationId}`, {
      brandColour: '#AA5500',
      logoUrl: 'https://example.org/logo.png',
    });
    expect(updated.json()).toMatchObject({ brandColour: '#aa5500', logoUrl: 'https://example.org/logo.png' });
    expect((await call(owner, 'PATCH', `/organisations/${organisationId}`, { brandColour: 'red' })).statusCode).toBe(
      400,
    );
    expect(
      (await call(owner, 'PATCH', `/organisations/${organisationId}`, { logoUrl: 'javascript:alert(1)' })).statusCode,
    ).toBe(400);
  });
});
