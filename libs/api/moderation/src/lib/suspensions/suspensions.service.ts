import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, ProblemException } from '@crowdforge/api-platform';
import { AccountsService, type Principal } from '@crowdforge/api-identity';
import { Suspensions, type SuspensionRow } from '@crowdforge/api-challenges';
import type { SuspensionInput, SuspensionView } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { moderationRecord } from '../moderation-audit';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Suspending a person from writing in an organisation's challenges for some days, and lifting it. */
@Injectable()
export class SuspensionsService {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly suspensions: Suspensions,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async suspend(principal: Principal, organisationId: string, input: SuspensionInput): Promise<SuspensionView> {
    if (input.userId === principal.userId) throw new ProblemException(409, 'conflict', 'You cannot suspend yourself.');
    const row = await this.entityManager.transaction(async (manager) => {
      await this.accounts.require(input.userId, manager);
      const now = this.clock.now();
      const suspension = await this.suspensions.suspend(manager, {
        organisationId,
        userId: input.userId,
        reason: input.reason,
        startsAt: now,
        endsAt: new Date(now.getTime() + input.days * DAY_MS),
        createdById: principal.userId,
      });
      await this.audit.append(
        moderationRecord(
          'suspended',
          organisationId,
          { type: 'user', id: input.userId },
          {
            suspensionId: suspension.id,
            days: input.days,
            endsAt: suspension.endsAt.toISOString(),
            reason: input.reason,
          },
        ),
        manager,
      );
      return suspension;
    });
    return (await this.list(organisationId)).find((view) => view.id === row.id) as SuspensionView;
  }

  async lift(organisationId: string, suspensionId: string): Promise<void> {
    await this.entityManager.transaction(async (manager) => {
      const suspension = await this.suspensions.lift(manager, organisationId, suspensionId, this.clock.now());
      await this.audit.append(
        moderationRecord(
          'suspension_lifted',
          organisationId,
          { type: 'user', id: suspension.userId },
          { suspensionId, reason: null },
        ),
        manager,
      );
    });
  }

  async list(organisationId: string): Promise<SuspensionView[]> {
    const now = this.clock.now();
    const rows = await this.suspensions.list(this.entityManager, organisationId);
    return rows.map((row) => suspensionView(row, now));
  }
}

function suspensionView(row: SuspensionRow, now: Date): SuspensionView {
  return {
    id: row.id,
    userId: row.userId,
    userName: row.user?.displayName ?? 'Former member',
    reason: row.reason,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    liftedAt: row.liftedAt?.toISOString() ?? null,
    active: row.liftedAt === null && row.startsAt <= now && row.endsAt > now,
  };
}
