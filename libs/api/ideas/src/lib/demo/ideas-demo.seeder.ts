import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock, DemoSeeds } from '@crowdforge/api-platform';
import { LicenceConsentRow, ParticipantRow } from '@crowdforge/api-challenges';
import type { IdeaFieldValue, IdeaStatus } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { IdeaAuthorRow } from '../authors/idea-author.entity';
import { IdeaVersionRow } from '../history/idea-version.entity';
import { IdeaStatusChangeRow } from '../history/status-change.entity';
import { IdeaRow } from '../idea.entity';
import { refreshIdeaSearch } from '../search/idea-search';

const DAY = 24 * 60 * 60 * 1000;

interface DemoIdea {
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

const DEMO_IDEAS: DemoIdea[] = [
  {
    challenge: TEA,
    authors: ['member@demo.crowdforge.test', 'moderator@demo.crowdforge.test'],
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
    authors: ['member@demo.crowdforge.test'],
    title: 'Tea tasting evenings in the shops',
    pitch: 'Once a month, each shop hosts a tasting with a tea maker from the origin.',
    description: 'People come for the stories as much as the tea. A ticket includes a tin to take home.',
    fields: { audience: 'Regular customers and their friends', moment: 'At home' },
    tags: ['tea rituals', 'community'],
    submittedDaysAgo: 5,
  },
  {
    challenge: TEA,
    authors: ['member@demo.crowdforge.test'],
    title: 'Cold brew cubes',
    pitch: 'Frozen tea concentrate: drop two cubes in water.',
    description: 'Still working out how to keep the taste after freezing.',
    fields: {},
    tags: ['product'],
  },
  {
    challenge: CAFE,
    authors: ['member@demo.crowdforge.test'],
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

/** Ideas in the demo challenges: submitted, co-authored, under review, selected, and one draft. */
@Injectable()
export class IdeasDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'ideas.demo-ideas', order: 30, run: (manager) => this.run(manager) });
  }

  private async run(manager: EntityManager): Promise<void> {
    const people = await idsBy(manager, `SELECT email AS key, id FROM users WHERE email LIKE '%@demo.crowdforge.test'`);
    const challenges = await idsBy(manager, `SELECT title AS key, id FROM challenges`);
    const organiser = people.get('manager@demo.crowdforge.test');
    const now = this.clock.now().getTime();
    const ago = (days: number) => new Date(now - days * DAY);
    for (const demo of DEMO_IDEAS) {
      const challengeId = challenges.get(demo.challenge);
      const authorIds = demo.authors.map((email) => people.get(email));
      if (!challengeId || !organiser || authorIds.some((id) => !id)) continue;
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
      if (!submittedAt) continue;
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
    }
  }
}

async function idsBy(manager: EntityManager, sql: string): Promise<Map<string, string>> {
  const rows: { key: string; id: string }[] = await manager.query(sql);
  return new Map(rows.map((row) => [row.key, row.id]));
}
