import { Injectable } from '@nestjs/common';
import { ProblemException } from '@crowdforge/api-platform';
import type { EntityManager } from 'typeorm';
import { SuspensionRow } from './suspension.entity';

export interface NewSuspension {
  organisationId: string;
  userId: string;
  reason: string;
  startsAt: Date;
  endsAt: Date;
  createdById: string;
}

/**
 * The suspensions table belongs with challenge access, which reads it for every write (ADR 19);
 * moderation decides on suspensions through this service, in its own transaction.
 */
@Injectable()
export class Suspensions {
  async suspend(manager: EntityManager, suspension: NewSuspension): Promise<SuspensionRow> {
    return manager.save(manager.create(SuspensionRow, { ...suspension, liftedAt: null }));
  }

  /** Ends a suspension in force now; 404 for one of another organisation, 409 for one already over. */
  async lift(manager: EntityManager, organisationId: string, suspensionId: string, now: Date): Promise<SuspensionRow> {
    const suspension = await manager.findOne(SuspensionRow, {
      where: { id: suspensionId, organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!suspension) throw new ProblemException(404, 'not_found', 'There is no such suspension.');
    if (suspension.liftedAt || suspension.endsAt <= now)
      throw new ProblemException(409, 'conflict', 'This suspension is already over.');
    suspension.liftedAt = now;
    return manager.save(suspension);
  }

  /** The organisation's suspensions, newest first, with the suspended person's name. */
  list(manager: EntityManager, organisationId: string): Promise<SuspensionRow[]> {
    return manager.find(SuspensionRow, {
      where: { organisationId },
      relations: { user: true },
      order: { startsAt: 'DESC' },
      take: 200,
    });
  }
}
