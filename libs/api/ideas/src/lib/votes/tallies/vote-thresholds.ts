import { Injectable } from '@nestjs/common';
import { AuditService, Clock } from '@crowdforge/api-platform';
import { NotificationsService } from '@crowdforge/api-engagement';
import { organiserIdsOf } from '@crowdforge/api-challenges';
import type { Language, VotingRules } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from '../../authors/idea-author.entity';
import { IdeaStatusChangeRow } from '../../history/status-change.entity';

/** The message on the status history, in the challenge's language. */
const MESSAGE: Record<Language, (votes: number) => string> = {
  en: (votes) => `${votes} people voted for this idea: it goes to the organisers for review.`,
  nl: (votes) => `${votes} mensen stemden voor dit idee: het gaat naar de organisatoren ter beoordeling.`,
};

/**
 * A support threshold: once as many people are in favour of a submitted idea, it moves to "under
 * review" by itself and its authors and the challenge's organisers are told — exactly once, however
 * many recounts see it (the status update claims the idea).
 */
@Injectable()
export class VoteThresholds {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async apply(
    manager: EntityManager,
    challengeId: string,
    rules: VotingRules,
    tallies: { idea_id: string; ups: number }[],
  ): Promise<string[]> {
    const threshold = rules.supportThreshold;
    if (threshold === null) return [];
    const reached = tallies.filter((tally) => tally.ups >= threshold).map((tally) => tally.idea_id);
    if (reached.length === 0) return [];
    const now = this.clock.now();
    const [moved]: [{ id: string; title: string; language: Language }[], number] = await manager.query(
      `UPDATE ideas i SET status = 'under_review', updated_at = $2 FROM challenges c
        WHERE c.id = i.challenge_id AND i.id = ANY($1) AND i.status = 'submitted'
        RETURNING i.id, i.title, c.language`,
      [reached, now],
    );
    if (moved.length === 0) return [];
    const organisers = await organiserIdsOf(manager, challengeId);
    for (const idea of moved) {
      const votes = tallies.find((tally) => tally.idea_id === idea.id)?.ups ?? threshold;
      await manager.insert(IdeaStatusChangeRow, {
        ideaId: idea.id,
        from: 'submitted',
        to: 'under_review',
        message: MESSAGE[idea.language](votes),
        byId: null,
        at: now,
      });
      await this.audit.append(
        {
          action: 'idea.threshold_reached',
          objectType: 'idea',
          objectId: idea.id,
          actorId: null,
          data: { threshold, votes },
        },
        manager,
      );
      const authors = await manager.find(IdeaAuthorRow, { where: { ideaId: idea.id } });
      for (const userId of new Set([...authors.map((author) => author.userId), ...organisers])) {
        await this.notifications.notify(
          userId,
          {
            type: 'threshold_reached',
            title: {
              en: `“${idea.title}” reached ${threshold} votes`,
              nl: `“${idea.title}” haalde ${threshold} stemmen`,
            },
            body: { en: MESSAGE.en(votes), nl: MESSAGE.nl(votes) },
            link: `/ideas/${idea.id}`,
          },
          { manager },
        );
      }
    }
    return moved.map((idea) => idea.id);
  }
}
