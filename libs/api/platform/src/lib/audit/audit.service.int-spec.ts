import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startPlatformTestApp, type PlatformTestApp } from '../../testing';
import { AuditService } from './audit.service';

describe('AuditService', () => {
  let platform: PlatformTestApp;
  const audit = () => platform.app.get(AuditService);

  beforeAll(async () => {
    platform = await startPlatformTestApp();
  });
  afterAll(() => platform.close());

  it('records who did what to which object, and when', async () => {
    platform.clock.set('2026-03-01T10:00:00Z');
    await audit().append({
      action: 'challenge.published',
      objectType: 'challenge',
      objectId: 'c-1',
      actorId: '6f1c1c38-8a39-4b53-9a0f-5d3f3c9a8b11',
      data: { title: 'Tea' },
    });
    const [entry] = await audit().find({ objectType: 'challenge', objectId: 'c-1' });
    expect(entry).toMatchObject({
      action: 'challenge.published',
      actorId: '6f1c1c38-8a39-4b53-9a0f-5d3f3c9a8b11',
      data: { title: 'Tea' },
      occurredAt: new Date('2026-03-01T10:00:00Z'),
    });
  });

  it('records the system as actor outside a request', async () => {
    await audit().append({ action: 'job.ran', objectType: 'job', objectId: 'digest' });
    const [entry] = await audit().find({ objectType: 'job' });
    expect(entry.actorId).toBeNull();
    expect(entry.ip).toBeNull();
  });

  it('commits or rolls back with the change it describes', async () => {
    const dataSource = platform.app.get<DataSource>(getDataSourceToken());
    await dataSource
      .transaction(async (manager) => {
        await audit().append({ action: 'idea.hidden', objectType: 'idea', objectId: 'i-9' }, manager);
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    expect(await audit().find({ objectType: 'idea', objectId: 'i-9' })).toHaveLength(0);
  });

  it('lists newest first', async () => {
    platform.clock.set('2026-03-02T10:00:00Z');
    await audit().append({ action: 'first', objectType: 'order', objectId: 'o' });
    platform.clock.set('2026-03-02T11:00:00Z');
    await audit().append({ action: 'second', objectType: 'order', objectId: 'o' });
    expect((await audit().find({ objectType: 'order' })).map((entry) => entry.action)).toEqual(['second', 'first']);
  });
});
