import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { Clock } from '@crowdforge/api-platform';
import type { ChallengeFigures as Figures } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../challenge-policy';

/**
 * Counts something per challenge for many challenges at once (ideas, votes), as `viewer` may see it
 * at `now`: null where the count is hidden from them.
 */
export type ChallengeCounter = (
  challengeIds: string[],
  manager: EntityManager,
  viewer: Viewer,
  now: Date,
) => Promise<Map<string, number | null>>;

/**
 * Live figures of challenges. Participants are counted here; the ideas and voting domains
 * register their counters, since challenges cannot know their tables.
 */
@Injectable()
export class ChallengeFigures {
  private readonly counters = new Map<'ideas' | 'votes', ChallengeCounter>();

  constructor(
    @InjectEntityManager() private readonly entityManager: EntityManager,
    private readonly clock: Clock,
  ) {}

  register(figure: 'ideas' | 'votes', counter: ChallengeCounter): void {
    this.counters.set(figure, counter);
  }

  /** The figures of the challenges as `viewer` may see them: nothing counted that they may not see. */
  async of(challengeIds: string[], viewer: Viewer): Promise<Map<string, Figures>> {
    if (challengeIds.length === 0) return new Map();
    const [participants, ideas, votes] = await Promise.all([
      this.participants(challengeIds),
      this.count('ideas', challengeIds, viewer),
      this.count('votes', challengeIds, viewer),
    ]);
    return new Map(
      challengeIds.map((id) => [
        id,
        {
          participants: participants.get(id) ?? 0,
          ideas: ideas.get(id) ?? 0,
          votes: votes.has(id) ? (votes.get(id) ?? null) : 0,
        },
      ]),
    );
  }

  private async participants(challengeIds: string[]): Promise<Map<string, number>> {
    const rows: { challenge_id: string; count: string }[] = await this.entityManager.query(
      `SELECT challenge_id, count(*) AS count FROM challenge_participants WHERE challenge_id = ANY($1) GROUP BY challenge_id`,
      [challengeIds],
    );
    return new Map(rows.map((row) => [row.challenge_id, Number(row.count)]));
  }

  private count(
    figure: 'ideas' | 'votes',
    challengeIds: string[],
    viewer: Viewer,
  ): Promise<Map<string, number | null>> {
    const counter = this.counters.get(figure);
    return counter ? counter(challengeIds, this.entityManager, viewer, this.clock.now()) : Promise.resolve(new Map());
  }
}
