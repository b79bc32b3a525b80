import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock, Environment, ProblemException, type StreamEvent } from '@crowdforge/api-platform';
import type { Principal } from '@crowdforge/api-identity';
import { ChallengePolicy, ChallengesService, notFound } from '@crowdforge/api-challenges';
import { LIVE_TALLIES_EVENT } from '@crowdforge/contracts';
import { map, takeUntil, timer, type Observable } from 'rxjs';
import type { EntityManager } from 'typeorm';
import { IDEA_VISIBLE_SQL, KNOWN_VERDICTS, ideaNotFound, knownVerdicts } from '../../idea-access';
import { talliesHidden } from '../tallies/tally-view';
import { TallyFanout } from './tally-fanout';

/** Live tallies for a board: authorised once per subscription, then fed by the fan-out. */
@Injectable()
export class LiveTallies {
  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly policy: ChallengePolicy,
    private readonly challenges: ChallengesService,
    private readonly fanout: TallyFanout,
    private readonly clock: Clock,
    private readonly environment: Environment,
  ) {}

  /**
   * The challenge must be visible to the caller, its tallies not hidden by blind voting (unless the
   * caller runs it), and every idea followed one the caller may see in that challenge.
   */
  async subscribe(
    principal: Principal | null,
    challengeId: string,
    key: string | null,
    ideaIds: string[],
  ): Promise<Observable<StreamEvent>> {
    const viewer = await this.policy.viewerFor(principal);
    const access = await this.challenges.access(this.entityManager, viewer, challengeId, key);
    if (!access) throw notFound();
    if (!access.canManage && (await talliesHidden(this.entityManager, challengeId, this.clock.now())))
      throw new ProblemException(409, 'conflict', 'Voting is blind: the tallies are hidden until voting closes.');
    const [{ visible }]: { visible: number }[] = await this.entityManager
      .createQueryBuilder()
      .select('count(*)::int', 'visible')
      .from('ideas', 'i')
      .where('i.challenge_id = :challengeId AND i.id IN (:...ideaIds)', { challengeId, ideaIds })
      .andWhere(IDEA_VISIBLE_SQL.inOneChallenge(KNOWN_VERDICTS), {
        userId: viewer.userId,
        ...knownVerdicts(access),
      })
      .getRawMany();
    if (visible !== ideaIds.length) throw ideaNotFound();
    return this.fanout.watch(challengeId, ideaIds, access.canManage).pipe(
      map((tallies) => ({ event: LIVE_TALLIES_EVENT, data: tallies })),
      // The browser reconnects (EventSource does) and is authorised again: a change of audience or
      // visibility reaches an open board within LIVE_TALLIES_SECONDS.
      takeUntil(timer(this.environment.LIVE_TALLIES_SECONDS * 1000)),
    );
  }
}
