import type { TestingModuleBuilder } from '@nestjs/testing';
import { getEntityManagerToken } from '@nestjs/typeorm';
import { Clock, ManualClock } from '@crowdforge/api-platform';
import { PhaseWindowsService } from '@crowdforge/api-challenges';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../testing/test-app';
import { addMember, createOrganisation, createSignedIn, signIn, type SignedInPerson } from '../testing/people';
import { caller, publishedChallenge } from './challenge-fixtures';

const DAY = 24 * 60 * 60 * 1000;

/** Phase windows follow the controllable clock; transitions are recorded once, even by two instances. */
describe('phase windows', () => {
  const clock = new ManualClock('2026-05-01T09:00:00Z');
  let first: TestApp;
  let second: TestApp;
  let call: ReturnType<typeof caller>;
  let manager: SignedInPerson;
  let organisationId: string;

  const withClock = {
    override: (builder: TestingModuleBuilder) => builder.overrideProvider(Clock).useValue(clock),
  };
  const audit = (challengeId: string) =>
    first.app
      .get<EntityManager>(getEntityManagerToken())
      .query(
        `SELECT action, data->>'kind' AS kind FROM audit_log WHERE object_id = $1 AND action LIKE 'challenge.window%' ORDER BY id`,
        [challengeId],
      );

  beforeAll(async () => {
    first = await startTestApp(withClock);
    second = await startTestApp({ ...withClock, databaseUrl: first.database.url });
    call = caller(first.app);
    organisationId = await createOrganisation(first.app);
    manager = await createSignedIn(first.app);
    await addMember(first.app, organisationId, manager, 'manager');
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('opens and closes windows by the clock, each transition recorded exactly once by two instances ticking together', async () => {
    const id = await publishedChallenge(first.app, manager, organisationId, {
      windows: [
        { kind: 'submission', opensAt: '2026-05-02T09:00:00Z', closesAt: '2026-05-10T09:00:00Z' },
        { kind: 'voting', opensAt: '2026-05-05T09:00:00Z', closesAt: null },
      ],
    });
    const stage = async () => (await call(undefined, 'GET', `/challenges/${id}`)).json();
    expect(await stage()).toMatchObject({
      stage: 'upcoming',
      windows: [
        { kind: 'submission', open: false },
        { kind: 'voting', open: false },
      ],
    });

    const tickBoth = () =>
      Promise.all([first.app.get(PhaseWindowsService).tick(), second.app.get(PhaseWindowsService).tick()]);
    expect(await tickBoth()).toEqual([0, 0]);

    clock.advance(DAY);
    expect((await stage()).stage).toBe('open');
    const [a, b] = await tickBoth();
    expect(a + b).toBe(1);

    clock.set('2026-05-11T09:00:00Z');
    expect(await stage()).toMatchObject({
      stage: 'open',
      windows: [
        { kind: 'submission', open: false },
        { kind: 'voting', open: true },
      ],
    });
    const [c, d] = await tickBoth();
    expect(c + d).toBe(2);
    expect(await tickBoth()).toEqual([0, 0]);

    expect(await audit(id)).toEqual([
      { action: 'challenge.window_opened', kind: 'submission' },
      { action: 'challenge.window_opened', kind: 'voting' },
      { action: 'challenge.window_closed', kind: 'submission' },
    ]);
  });

  it('lets a manager close and reopen a window by hand, audited, and refuses what makes no sense', async () => {
    clock.set('2026-06-01T09:00:00Z');
    manager = await signIn(first.app, manager); // the session ran out while the clock moved a month
    const id = await publishedChallenge(first.app, manager, organisationId, {
      windows: [{ kind: 'submission', opensAt: '2026-05-20T09:00:00Z', closesAt: '2026-06-20T09:00:00Z' }],
    });
    const closed = await call(manager, 'POST', `/challenges/${id}/windows/submission/close`);
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      stage: 'closed',
      windows: [{ kind: 'submission', open: false, closesAt: '2026-06-01T09:00:00.000Z' }],
    });
    expect((await call(manager, 'POST', `/challenges/${id}/windows/submission/close`)).statusCode).toBe(409);
    expect((await call(manager, 'POST', `/challenges/${id}/windows/voting/open`)).statusCode).toBe(404);
    expect((await call(manager, 'POST', `/challenges/${id}/windows/lunch/open`)).statusCode).toBe(400);

    clock.advance(60_000);
    const reopened = await call(manager, 'POST', `/challenges/${id}/windows/submission/open`);
    expect(reopened.json()).toMatchObject({ stage: 'open', windows: [{ open: true, closesAt: null }] });

    const actions = (await audit(id)).map((entry: { action: string }) => entry.action);
    expect(actions).toEqual([
      'challenge.window_closed_by_hand',
      'challenge.window_opened',
      'challenge.window_closed',
      'challenge.window_opened_by_hand',
      'challenge.window_opened',
    ]);
  });
});
