import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { AuditService, Clock, DomainEvents, JobQueue, ProblemException } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import type { ChallengeDetail, PhaseKind } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { ChallengePolicy } from '../challenge-policy';
import { ChallengesService } from '../challenges.service';
import { PhaseWindowChanged } from './phase-window-changed.event';
import { isWindowOpen } from './phase-rules';

const TICK_JOB = 'challenges.phase-windows.tick';

interface Transition {
  challenge_id: string;
  kind: PhaseKind;
}

/**
 * Windows open and close by their dates alone; this records each transition exactly once
 * (audit and event), however many instances run the tick at the same moment.
 */
@Injectable()
export class PhaseWindowsService implements OnModuleInit {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly challenges: ChallengesService,
    private readonly policy: ChallengePolicy,
    private readonly jobs: JobQueue,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: TICK_JOB, handler: async () => void (await this.tick()), retryLimit: 0 });
    this.jobs.schedule(TICK_JOB, '* * * * *');
  }

  /** Announces every window that opened or closed since the last tick; returns how many. */
  async tick(): Promise<number> {
    const now = this.clock.now();
    const events = await this.entityManager.transaction(async (manager) => {
      // Each UPDATE claims its rows: a concurrent tick waits on the row locks, then finds nothing left.
      const [opened]: [Transition[], number] = await manager.query(
        `UPDATE phase_windows w SET opened_at = $1 FROM challenges c
         WHERE c.id = w.challenge_id AND c.state = 'published' AND w.opened_at IS NULL AND w.opens_at <= $1
         RETURNING w.challenge_id, w.kind`,
        [now],
      );
      const [closed]: [Transition[], number] = await manager.query(
        `UPDATE phase_windows w SET closed_at = $1 FROM challenges c
         WHERE c.id = w.challenge_id AND c.state = 'published' AND w.closed_at IS NULL AND w.closes_at <= $1
         RETURNING w.challenge_id, w.kind`,
        [now],
      );
      const changes = [
        ...opened.map((transition) => new PhaseWindowChanged(transition.challenge_id, transition.kind, 'opened', now)),
        ...closed.map((transition) => new PhaseWindowChanged(transition.challenge_id, transition.kind, 'closed', now)),
      ];
      for (const change of changes) await this.record(manager, change);
      return changes;
    });
    for (const event of events) await this.events.publish(event);
    return events.length;
  }

  /** A manager opens a window now (keeping a future end) or closes it now. */
  async setOpen(principal: Principal, challengeId: string, kind: PhaseKind, open: boolean): Promise<ChallengeDetail> {
    const viewer = await this.policy.viewerFor(principal);
    const now = this.clock.now();
    await this.entityManager.transaction(async (manager) => {
      const { row } = await this.challenges.requireManageable(manager, viewer, challengeId);
      if (row.state !== 'published') {
        throw new ProblemException(409, 'conflict', 'Windows open and close only while the challenge is published.');
      }
      const window = row.windows?.find((candidate) => candidate.kind === kind);
      if (!window) throw new ProblemException(404, 'not_found', `This challenge has no ${kind} window.`);
      if (isWindowOpen(row.state, window, now) === open) {
        throw new ProblemException(409, 'conflict', `The ${kind} window is already ${open ? 'open' : 'closed'}.`);
      }
      if (open) {
        await manager.query(
          `UPDATE phase_windows SET opens_at = $2, opened_at = NULL, closed_at = NULL,
             closes_at = CASE WHEN closes_at > $2 THEN closes_at ELSE NULL END WHERE id = $1`,
          [window.id, now],
        );
      } else {
        // Closing before it ever opened moves the start back, so the window stays well-formed.
        await manager.query(
          `UPDATE phase_windows SET closes_at = $2, closed_at = NULL,
             opens_at = CASE WHEN opens_at < $2 THEN opens_at ELSE $2 - interval '1 second' END WHERE id = $1`,
          [window.id, now],
        );
      }
      await this.audit.append(
        {
          action: `challenge.window_${open ? 'opened' : 'closed'}_by_hand`,
          objectType: 'challenge',
          objectId: row.id,
          data: { kind },
        },
        manager,
      );
    });
    await this.tick();
    return this.challenges.get(principal, challengeId);
  }

  private async record(manager: EntityManager, change: PhaseWindowChanged): Promise<void> {
    await this.audit.append(
      {
        action: `challenge.window_${change.change}`,
        objectType: 'challenge',
        objectId: change.challengeId,
        actorId: null,
        data: { kind: change.kind },
      },
      manager,
    );
  }
}
