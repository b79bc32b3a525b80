import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AuditService, Clock, DemoSeeds } from '@crowdforge/api-platform';
import { CommentRow, DEMO_MODERATED, IdeaRow } from '@crowdforge/api-ideas';
import type { EntityManager } from 'typeorm';
import { GuidelinesRow } from '../guidelines/guidelines.entity';
import { moderationRecord } from '../moderation-audit';
import { FlagRow } from '../flags/flag.entity';

const HOUR = 60 * 60 * 1000;

const GUIDELINES = `**Build on each other.** Criticise ideas, never the people who wrote them.

- Stay on the challenge: no advertising, no links to shops.
- Keep personal details (phone numbers, addresses) out of ideas and comments.
- Flag what breaks these rules; a moderator looks at every flag within a day.`;

/** Two people flagged the rude comment; it waits in the queue. */
const FLAGS = [
  { by: 'crowd@demo.crowdforge.test', reason: 'Offensive or abusive: mocks the authors, not the idea', hoursAgo: 12 },
  { by: 'reviewer@demo.crowdforge.test', reason: 'Onvriendelijk tegen de makers', hoursAgo: 6 },
];

/**
 * The demo organisation's community guidelines, the flags on the rude comment and the moderation log
 * of what the ideas demo shows hidden.
 */
@Injectable()
export class ModerationDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'moderation.demo', order: 40, run: (manager) => this.run(manager) });
  }

  private async run(manager: EntityManager): Promise<void> {
    const [challenge]: { id: string; organisation_id: string }[] = await manager.query(
      `SELECT id, organisation_id FROM challenges WHERE title = $1`,
      [DEMO_MODERATED.challenge],
    );
    if (!challenge) return;
    const organisationId = challenge.organisation_id;
    const people = await this.people(manager);
    const now = this.clock.now().getTime();

    await manager.insert(GuidelinesRow, {
      organisationId,
      markdown: GUIDELINES,
      updatedAt: new Date(now - 30 * 24 * HOUR),
      updatedById: people.get('owner@demo.crowdforge.test') ?? null,
    });

    const hidden = await manager.findOneBy(IdeaRow, {
      challengeId: challenge.id,
      title: DEMO_MODERATED.hiddenIdea.title,
    });
    if (hidden)
      await this.audit.append(
        {
          ...moderationRecord(
            'idea_hidden',
            organisationId,
            { type: 'idea', id: hidden.id },
            { challengeId: challenge.id, ideaId: hidden.id, reason: hidden.hiddenReason },
          ),
          actorId: people.get(DEMO_MODERATED.hiddenIdea.hiddenBy) ?? null,
        },
        manager,
      );

    const rude = await manager
      .createQueryBuilder(CommentRow, 'comment')
      .innerJoin(IdeaRow, 'idea', 'idea.id = comment.idea_id')
      .where('idea.challenge_id = :challengeId AND comment.body = :body', {
        challengeId: challenge.id,
        body: DEMO_MODERATED.flaggedComment.body,
      })
      .getOne();
    if (!rude) return;
    for (const flag of FLAGS) {
      const flaggedById = people.get(flag.by);
      if (!flaggedById) continue;
      await manager.insert(FlagRow, {
        kind: 'comment',
        objectId: rude.id,
        ideaId: rude.ideaId,
        commentId: rude.id,
        challengeId: challenge.id,
        organisationId,
        flaggedById,
        reason: flag.reason,
        createdAt: new Date(now - flag.hoursAgo * HOUR),
        resolvedAt: null,
        resolvedById: null,
        resolution: null,
      });
      await this.audit.append(
        {
          ...moderationRecord(
            'flagged',
            organisationId,
            { type: 'idea_comment', id: rude.id },
            { challengeId: challenge.id, ideaId: rude.ideaId, reason: flag.reason },
          ),
          actorId: flaggedById,
        },
        manager,
      );
    }
  }

  private async people(manager: EntityManager): Promise<Map<string, string>> {
    const rows: { email: string; id: string }[] = await manager.query(
      `SELECT email, id FROM users WHERE email LIKE '%@demo.crowdforge.test'`,
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }
}
