import { Attachments } from '@crowdforge/api-files';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock, DemoSeeds } from '@crowdforge/api-platform';
import { LicenceConsentRow, ParticipantRow } from '@crowdforge/api-challenges';
import type { IdeaFieldValue, IdeaStatus } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from '../authors/idea-author.entity';
import { countComment } from '../comments/comment-count';
import { castDemoVotes } from './demo-votes';
import { seedDemoAttachments } from './demo-attachments';
import { DEMO_MODERATED } from './demo-moderated';
import { markDemoVoteOrigins } from './demo-vote-origins';
import { DEMO_VOTING_MODES, VOTING_MODE_IDEAS } from './demo-voting-modes';
import { CommentRow } from '../comments/comment.entity';
import { HelpfulMarkRow } from '../comments/helpful-mark.entity';
import { addIdeaFollower } from '../follow/idea-follows.service';
import { IdeaVersionRow } from '../history/idea-version.entity';
import { IdeaStatusChangeRow } from '../history/status-change.entity';
import { IdeaRow } from '../idea.entity';
import { IdeaLinkRow } from '../lineage/idea-link.entity';
import { refreshIdeaSearch } from '../search/idea-search';

const DAY = 24 * 60 * 60 * 1000;

export interface DemoIdea {
  challenge: string;
  /** Demo account emails; the first started the idea. */
  authors: string[];
  title: string;
  pitch: string;
  description: string;
  fields: Record<string, IdeaFieldValue>;
  tags: string[];
  /** Days ago it was submitted (absent: still a draft). */
  submittedDaysAgo?: number;
  /** The organisers' steps after submission: status, message, days ago. */
  steps?: [IdeaStatus, string, number][];
}

const TEA = 'Invent a new way to make or drink tea';
const CAFE = 'A tea moment for Café Amsterdam';

const CROWD = 'crowd@demo.crowdforge.test';
const MEMBER = 'member@demo.crowdforge.test';
const MANAGER = 'manager@demo.crowdforge.test';

const DEMO_IDEAS: DemoIdea[] = [
  {
    challenge: TEA,
    authors: [MEMBER, 'moderator@demo.crowdforge.test'],
    title: 'A folding infuser bottle for the train',
    pitch: 'Loose-leaf tea that brews on the way to work and folds flat when empty.',
    description:
      'A silicone bottle with a steel infuser that **folds to 3 cm**. Fill it with hot water at home, the tea is ready by the first station.\n\nWe tested a paper prototype with ten commuters.',
    fields: { audience: 'Commuters under 30', moment: 'On the move' },
    tags: ['on the move', 'product'],
    submittedDaysAgo: 8,
    steps: [['under_review', 'Thank you! Our product team looks at the folding mechanism this week.', 3]],
  },
  {
    challenge: TEA,
    authors: [MEMBER],
    title: 'Tea tasting evenings in the shops',
    pitch: 'Once a month, each shop hosts a tasting with a tea maker from the origin.',
    description: 'People come for the stories as much as the tea. A ticket includes a tin to take home.',
    fields: { audience: 'Regular customers and their friends', moment: 'At home' },
    tags: ['tea rituals', 'community'],
    submittedDaysAgo: 5,
  },
  {
    challenge: TEA,
    authors: [MEMBER],
    title: 'Cold brew cubes',
    pitch: 'Frozen tea concentrate: drop two cubes in water.',
    description: 'Still working out how to keep the taste after freezing.',
    fields: {},
    tags: ['product'],
  },
  {
    challenge: CAFE,
    authors: [MEMBER],
    title: 'A tea flight with three Dutch herbs',
    pitch: 'Three small cups of herbal tea from Dutch farms, served on a wooden board.',
    description: 'Mint from Zeeland, chamomile from Drenthe and lemon verbena from Limburg.',
    fields: {},
    tags: ['hospitality'],
    submittedDaysAgo: 40,
    steps: [
      ['shortlisted', 'The café team loved the local story.', 25],
      ['selected', 'Selected: the tea flight is on the menu from next month.', 18],
    ],
  },
];

/** The crowd's own idea, seeded with the conversation below (so databases seeded before get it too). */
const CROWD_IDEA: DemoIdea = {
  challenge: TEA,
  authors: [CROWD],
  title: 'Tasting boxes to take home',
  pitch: 'Five small tins and a card with the story of each tea, for a tasting evening at home.',
  description:
    'For everyone who lives too far from a shop for the **tasting evenings**. Each box has a theme (green teas of Japan, smoky teas) and a link to a short film by the tea maker.',
  fields: { audience: 'Friends who meet at home', moment: 'At home' },
  tags: ['tea rituals', 'community'],
  submittedDaysAgo: 2,
};

interface DemoComment {
  by: string;
  body: string;
  daysAgo: number;
  /** The comment above, by its index in the conversation. */
  replyTo?: number;
  /** Days ago the organisers marked it as the official response (staff comments only). */
  officialDaysAgo?: number;
  helpfulBy?: string[];
}

/** A conversation on a submitted idea: a question, the author's reply and the official response. */
const CONVERSATION: { idea: string; comments: DemoComment[] } = {
  idea: 'Tea tasting evenings in the shops',
  comments: [
    {
      by: CROWD,
      body: 'Could there be tastings for people who live far from a shop? The nearest one is an hour away for me.',
      daysAgo: 4,
      helpfulBy: [MEMBER],
    },
    {
      by: MEMBER,
      replyTo: 0,
      body: 'Good question! We could send the tins ahead and meet the tea maker on a video call.',
      daysAgo: 3.8,
    },
    {
      by: MANAGER,
      body: 'Thank you both: we will try one online tasting this spring, with the tins sent ahead to everyone who signs up.',
      daysAgo: 3,
      officialDaysAgo: 2.5,
    },
  ],
};

/** The crowd's idea builds on the one whose conversation gave them the thought. */
const BUILDS_ON = { idea: CROWD_IDEA.title, buildsOn: CONVERSATION.idea, by: CROWD, daysAgo: 2 };

/** Demo accounts and challenges by their keys, and the time the seed runs. */
interface SeedContext {
  people: Map<string, string>;
  challenges: Map<string, string>;
  ago: (days: number) => Date;
}

/**
 * Ideas in the demo challenges: submitted, co-authored, under review, selected, and one draft; then
 * the crowd's own idea, a conversation with an official response, and one idea building on another;
 * then votes: support in the tea challenge, star ratings in the closed café challenge; then pairwise
 * comparisons of teas and a blind vote on winter flavours.
 */
@Injectable()
export class IdeasDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly clock: Clock,
    private readonly attachments: Attachments,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'ideas.demo-ideas', order: 30, run: (manager) => this.run(manager) });
    this.seeds.register({
      name: 'ideas.demo-conversation',
      order: 31,
      run: (manager) => this.conversation(manager),
    });
    this.seeds.register({ name: 'ideas.demo-votes', order: 32, run: (manager) => this.votes(manager) });
    this.seeds.register({
      name: 'ideas.demo-vote-origins',
      order: 33,
      run: async (manager) => {
        const { challenges, ago } = await this.context(manager);
        await markDemoVoteOrigins(manager, challenges, ago);
      },
    });
    this.seeds.register({
      name: 'ideas.demo-voting-modes',
      order: 34,
      run: (manager) => this.votingModes(manager),
    });
    this.seeds.register({
      name: 'ideas.demo-attachments',
      order: 35,
      run: (manager) => seedDemoAttachments(manager, this.attachments),
    });
    this.seeds.register({ name: 'ideas.demo-moderated', order: 36, run: (manager) => this.moderated(manager) });
  }

  /** An advertisement a moderator hid, and a rude comment waiting in the moderators' queue. */
  private async moderated(manager: EntityManager): Promise<void> {
    const context = await this.context(manager);
    const { people, challenges, ago } = context;
    const { challenge, by, hiddenIdea, flaggedComment } = DEMO_MODERATED;
    const authorId = people.get(by);
    const hiddenById = people.get(hiddenIdea.hiddenBy);
    if (!authorId || !hiddenById) return;
    const hiddenId = await plantIdea(manager, context, {
      challenge,
      authors: [by],
      title: hiddenIdea.title,
      pitch: hiddenIdea.pitch,
      description: hiddenIdea.description,
      fields: {},
      tags: [],
      submittedDaysAgo: hiddenIdea.submittedDaysAgo,
    });
    if (hiddenId)
      await manager.update(
        IdeaRow,
        { id: hiddenId },
        { hiddenAt: ago(hiddenIdea.hiddenDaysAgo), hiddenReason: hiddenIdea.reason },
      );

    const [commented] = await manager.find(IdeaRow, {
      where: { challengeId: challenges.get(challenge), title: flaggedComment.idea },
      take: 1,
    });
    if (!commented) return;
    const createdAt = ago(flaggedComment.daysAgo);
    await manager.insert(CommentRow, {
      ideaId: commented.id,
      parentId: null,
      depth: 0,
      authorId,
      body: flaggedComment.body,
      byStaff: false,
      officialAt: null,
      createdAt,
      editedAt: null,
      deletedAt: null,
    });
    await countComment(manager, commented.id, 1);
  }

  /** Teas compared in pairs and a blind vote on winter flavours, in their own challenges. */
  private async votingModes(manager: EntityManager): Promise<void> {
    const context = await this.context(manager);
    for (const demo of VOTING_MODE_IDEAS) await plantIdea(manager, context, demo);
    await castDemoVotes(manager, context.people, context.challenges, context.ago, DEMO_VOTING_MODES);
  }

  private async votes(manager: EntityManager): Promise<void> {
    const { people, challenges, ago } = await this.context(manager);
    await castDemoVotes(manager, people, challenges, ago);
  }

  private async run(manager: EntityManager): Promise<void> {
    const context = await this.context(manager);
    for (const demo of DEMO_IDEAS) await plantIdea(manager, context, demo);
  }

  /** The crowd's idea, a conversation with an official response and a helpful mark, and a lineage. */
  private async conversation(manager: EntityManager): Promise<void> {
    const context = await this.context(manager);
    const { people, challenges, ago } = context;
    const ideas = await idsBy(
      manager,
      `SELECT title AS key, id FROM ideas WHERE challenge_id = $1 AND status <> 'draft'`,
      [challenges.get(TEA)],
    );
    if (!ideas.has(CROWD_IDEA.title)) {
      const planted = await plantIdea(manager, context, CROWD_IDEA);
      if (planted) ideas.set(CROWD_IDEA.title, planted);
    }

    const ideaId = ideas.get(CONVERSATION.idea);
    if (ideaId) await converse(manager, context, ideaId);

    const fromId = ideas.get(BUILDS_ON.idea);
    const toId = ideas.get(BUILDS_ON.buildsOn);
    if (fromId && toId) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(IdeaLinkRow)
        .values({
          ideaId: fromId,
          buildsOnId: toId,
          linkedById: people.get(BUILDS_ON.by) ?? null,
          createdAt: ago(BUILDS_ON.daysAgo),
        })
        .orIgnore()
        .execute();
    }
  }

  private async context(manager: EntityManager): Promise<SeedContext> {
    const now = this.clock.now().getTime();
    return {
      people: await idsBy(manager, `SELECT email AS key, id FROM users WHERE email LIKE '%@demo.crowdforge.test'`),
      challenges: await idsBy(manager, `SELECT title AS key, id FROM challenges`),
      ago: (days: number) => new Date(now - days * DAY),
    };
  }
}

/** The conversation on the idea, as people would have had it, unless it already has comments. */
async function converse(manager: EntityManager, { people, ago }: SeedContext, ideaId: string): Promise<void> {
  if (CONVERSATION.comments.some((comment) => !people.has(comment.by))) return;
  if (await manager.exists(CommentRow, { where: { ideaId } })) return;
  // Members of the organisation running the challenge comment as its staff.
  const staff = await idsBy(
    manager,
    `SELECT m.user_id AS key, m.user_id AS id FROM ideas i JOIN challenges c ON c.id = i.challenge_id
     JOIN memberships m ON m.organisation_id = c.organisation_id WHERE i.id = $1`,
    [ideaId],
  );
  const written: CommentRow[] = [];
  for (const comment of CONVERSATION.comments) {
    const authorId = people.get(comment.by) as string;
    const parent = comment.replyTo === undefined ? null : written[comment.replyTo];
    const createdAt = ago(comment.daysAgo);
    const byStaff = staff.has(authorId);
    const official = byStaff && comment.officialDaysAgo !== undefined;
    const row = await manager.save(
      manager.create(CommentRow, {
        ideaId,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 0,
        authorId,
        body: comment.body,
        byStaff,
        officialAt: official ? ago(comment.officialDaysAgo as number) : null,
        createdAt,
        editedAt: null,
        deletedAt: null,
      }),
    );
    written.push(row);
    await countComment(manager, ideaId, 1);
    await addIdeaFollower(manager, ideaId, authorId, createdAt);
    for (const email of comment.helpfulBy ?? []) {
      const userId = people.get(email);
      if (userId && userId !== authorId) await manager.insert(HelpfulMarkRow, { commentId: row.id, userId });
    }
    if (official) {
      // The first official response counts from when it was written, as when organisers mark it.
      await manager.query(
        `UPDATE ideas SET first_official_response_at = $2 WHERE id = $1
           AND (first_official_response_at IS NULL OR first_official_response_at > $2)`,
        [ideaId, createdAt],
      );
    }
  }
}

/**
 * One demo idea as its authors and organisers would have made it: authors who joined the challenge
 * and follow the idea, its first version and its status history. Returns its id (none when the
 * demo accounts or challenge are missing).
 */
async function plantIdea(
  manager: EntityManager,
  { people, challenges, ago }: SeedContext,
  demo: DemoIdea,
): Promise<string | null> {
  const challengeId = challenges.get(demo.challenge);
  const organiser = people.get(MANAGER);
  const authorIds = demo.authors.map((email) => people.get(email));
  if (!challengeId || !organiser || authorIds.some((id) => !id)) return null;
  const [startedBy, ...coAuthors] = authorIds as string[];
  const submittedAt = demo.submittedDaysAgo === undefined ? null : ago(demo.submittedDaysAgo);
  const createdAt = ago((demo.submittedDaysAgo ?? 1) + 1);
  const status = demo.steps?.at(-1)?.[0] ?? (submittedAt ? 'submitted' : 'draft');
  const idea = await manager.save(
    manager.create(IdeaRow, {
      challengeId,
      createdById: startedBy,
      status,
      title: demo.title,
      pitch: demo.pitch,
      description: demo.description,
      fields: demo.fields,
      tags: demo.tags,
      version: submittedAt ? 1 : 0,
      createdAt,
      updatedAt: submittedAt ?? createdAt,
      submittedAt,
    }),
  );
  await refreshIdeaSearch(manager, idea.id);
  for (const userId of [startedBy, ...coAuthors]) {
    await manager.insert(IdeaAuthorRow, { ideaId: idea.id, userId, joinedAt: createdAt });
    await addIdeaFollower(manager, idea.id, userId, createdAt);
    await manager
      .createQueryBuilder()
      .insert()
      .into(ParticipantRow)
      .values({ challengeId, userId, answers: { adult: true }, joinedAt: createdAt })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(LicenceConsentRow)
      .values({ challengeId, userId, licenceVersion: 1, acceptedAt: createdAt })
      .orIgnore()
      .execute();
  }
  if (!submittedAt) return idea.id;
  const { title, pitch, description, fields, tags } = idea;
  await manager.insert(IdeaVersionRow, {
    ideaId: idea.id,
    version: 1,
    snapshot: { title, pitch, description, fields, tags, anonymous: false },
    editedById: startedBy,
    createdAt: submittedAt,
  });
  let from: IdeaStatus = 'draft';
  for (const [to, message, daysAgo, byId] of [
    ['submitted', '', demo.submittedDaysAgo ?? 0, startedBy] as const,
    ...(demo.steps ?? []).map(([to, message, daysAgo]) => [to, message, daysAgo, organiser] as const),
  ]) {
    await manager.insert(IdeaStatusChangeRow, { ideaId: idea.id, from, to, message, byId, at: ago(daysAgo) });
    from = to;
  }
  return idea.id;
}

async function idsBy(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<Map<string, string>> {
  const rows: { key: string; id: string }[] = await manager.query(sql, parameters);
  return new Map(rows.map((row) => [row.key, row.id]));
}
