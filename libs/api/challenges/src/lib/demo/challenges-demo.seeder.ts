import { Attachments } from '@crowdforge/api-files';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock, DemoSeeds } from '@crowdforge/api-platform';
import type { ChallengeState, PhaseKind } from '@crowdforge/contracts';
import type { DeepPartial, EntityManager } from 'typeorm';
import { refreshSearchDocument } from '../browse/search-document';
import { ChallengeRow } from '../challenge.entity';
import { QuestionRow } from '../conversation/question.entity';
import { STANDARD_LICENCE_TERMS } from '../licences';
import { snapshotOf } from '../revisions/brief-snapshot';
import { RevisionRow } from '../revisions/revision.entity';
import { seedDemoCovers } from './demo-covers';
import { PhaseWindowRow } from '../windows/phase-window.entity';

const DAY = 24 * 60 * 60 * 1000;

interface DemoChallenge {
  row: DeepPartial<ChallengeRow> & { title: string; state: ChallengeState };
  /** Questions about the brief and the organisers' answers. */
  questions?: [string, string][];
  /** Days from now: [opens, closes or null]. */
  windows: Partial<Record<PhaseKind, [number, number | null]>>;
}

const CRITERIA = [
  { name: 'Desirability', guidance: 'Would tea drinkers love it and tell their friends?', weight: 3 },
  { name: 'Feasibility', guidance: 'Can we make it within two years with our suppliers?', weight: 2 },
  { name: 'Sustainability', guidance: 'Does it reduce waste, water or energy?', weight: 1 },
];

const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    row: {
      title: 'Invent a new way to make or drink tea',
      tagline: 'Surprise us: a ritual, a gadget, a recipe or a service that makes tea new again.',
      language: 'en',
      state: 'published',
      audience: 'public',
      themes: ['tea rituals', 'product', 'sustainability'],
      brief: {
        problem:
          'Fewer people under 30 drink tea at home. They say it takes too long, tastes the same every day and does not fit a life on the move.\n\nWe are looking for **new ways to make or drink tea** that people would choose over a coffee.',
        background:
          'Leafy Tea Company sells loose-leaf tea in 40 shops. We tried cold-brew bottles in 2024: people liked the taste, but the plastic bottles did not fit our brand.',
        objectives: 'Find three ideas we can prototype next spring, at least one for people on the move.',
        constraints: 'No single-use plastic. A product should cost less than EUR 15 to make.',
        rewards:
          'The authors of the selected ideas join our product team for a prototyping day, are named on the packaging and receive a year of tea.',
      },
      objectiveTarget: '3 prototypes tested with 300 tea drinkers by June',
      criteria: CRITERIA,
      licenceKind: 'cc_by_4',
      licenceText: STANDARD_LICENCE_TERMS.cc_by_4,
      sponsor: { name: 'Ingrid de Vries', title: 'Chief Product Officer' },
      contacts: [{ name: 'Maya Manager', role: 'Questions about the brief', email: 'manager@demo.crowdforge.test' }],
      eligibility: [{ key: 'adult', kind: 'confirm', prompt: 'I am 16 or older', required: true }],
      ideaForm: [
        { key: 'audience', kind: 'short_text', label: 'Who is it for?', help: '', required: true, options: [] },
        {
          key: 'moment',
          kind: 'single_choice',
          label: 'When do people drink it?',
          help: '',
          required: false,
          options: ['At home', 'On the move', 'At work'],
        },
      ],
    },
    windows: { submission: [-10, 20], voting: [-3, 27], review: [28, 40] },
    questions: [
      [
        'May a team of two send one idea together?',
        'Yes: invite your teammate as a co-author once your idea is submitted.',
      ],
      [
        'Does "no single-use plastic" include the tea bag itself?',
        'It does. Compostable paper or reusable filters are fine.',
      ],
    ],
  },
  {
    row: {
      title: 'Minder verpakking in onze winkels',
      tagline: 'Hoe verkopen we losse thee zonder wegwerpverpakking? Alleen voor collega’s.',
      language: 'nl',
      state: 'published',
      audience: 'internal',
      themes: ['verpakking', 'winkels', 'sustainability'],
      brief: {
        problem:
          'Elke winkel gooit per week twee vuilniszakken verpakking weg. We zoeken oplossingen die klanten graag gebruiken en die in onze buurten werken.',
        background: 'Een proef met statiegeldbussen in Utrecht liep vast op het spoelen in de winkel.',
        objectives: 'Een aanpak die we in vijf winkels kunnen testen.',
        constraints: 'Geen extra werk aan de kassa.',
        rewards: 'Het winnende team mag de proef zelf leiden.',
      },
      objectiveTarget: '50% minder verpakkingsafval per winkel in 2027',
      criteria: CRITERIA,
      licenceKind: 'assignment',
      licenceText: STANDARD_LICENCE_TERMS.assignment,
      sponsor: { name: 'Olivia Owner', title: 'Directeur' },
    },
    windows: { submission: [7, 35] },
  },
  {
    row: {
      title: 'A tea moment for Café Amsterdam',
      tagline: 'Our client Café Amsterdam wants a signature tea moment for its guests.',
      language: 'en',
      state: 'closed',
      audience: 'public',
      themes: ['hospitality', 'tea rituals'],
      onBehalfOf: { name: 'Café Amsterdam', logoUrl: null, brandColour: '#8a3b12' },
      brief: {
        problem:
          'Guests of Café Amsterdam order coffee by habit. The café wants a tea moment that guests talk about and come back for.',
        background: 'Leafy Tea Company runs this challenge for Café Amsterdam, our partner since 2019.',
        objectives: 'A tea moment to serve in all six cafés.',
        constraints: 'It must be served within three minutes.',
        rewards: 'The winner is invited to the launch and named on the menu.',
      },
      objectiveTarget: '1 in 5 guests orders the tea moment',
      criteria: CRITERIA,
      licenceKind: 'cc_by_sa_4',
      licenceText: STANDARD_LICENCE_TERMS.cc_by_sa_4,
      closeThankYou: 'Thank you to the 58 people who sent a tea moment and to everyone who voted and commented.',
      closeOutcome:
        'Café Amsterdam chose **the Tea Hourglass**: guests turn a small hourglass and their tea is ready when the sand has run. It is served in all six cafés from March.',
    },
    windows: { submission: [-60, -30], voting: [-30, -20] },
  },
  {
    row: {
      title: 'Tea for the commute',
      tagline: 'A draft the innovation manager is still writing.',
      language: 'en',
      state: 'draft',
      audience: 'public',
      themes: ['product'],
      brief: { problem: '', background: '', objectives: '', constraints: '', rewards: '' },
      criteria: [],
    },
    windows: {},
  },
];

/** Two challenges in voting, seeded on their own so that databases seeded before get them too. */
const VOTING_DEMO_CHALLENGES: DemoChallenge[] = [
  {
    row: {
      title: 'Which tea should we bring back?',
      tagline: 'Four teas we stopped selling. Compare them two at a time: which one do you miss most?',
      language: 'en',
      state: 'published',
      audience: 'public',
      themes: ['tea rituals', 'product'],
      brief: {
        problem:
          'Every year we retire a few teas to make room for new ones. Some of them are still asked for in the shops.',
        background: 'We can bring one tea back for next winter, in a limited edition.',
        objectives: 'Choose the tea that the most people miss.',
        constraints: 'Only teas we sold before.',
        rewards: 'Everyone who compares gets a sample of the tea that comes back.',
      },
      objectiveTarget: 'One tea back on the shelves by November',
      criteria: CRITERIA,
      licenceKind: 'cc_by_4',
      licenceText: STANDARD_LICENCE_TERMS.cc_by_4,
    },
    windows: { submission: [-20, -6], voting: [-5, 25] },
  },
  {
    row: {
      title: 'Name our winter blend',
      tagline:
        'Suggest the flavour of this winter’s blend and back your favourites; the votes stay hidden until the end.',
      language: 'en',
      state: 'published',
      audience: 'public',
      themes: ['product'],
      brief: {
        problem: 'Our winter blend sells out every year. This year, the crowd decides what goes in it.',
        background: 'Last year’s blend was cinnamon and orange peel.',
        objectives: 'A flavour for this winter’s blend.',
        constraints: 'Natural ingredients only.',
        rewards: 'The winner names the blend.',
      },
      objectiveTarget: 'The blend in the shops by December',
      criteria: CRITERIA,
      licenceKind: 'cc_by_4',
      licenceText: STANDARD_LICENCE_TERMS.cc_by_4,
    },
    windows: { submission: [-14, 10], voting: [-3, 14] },
  },
];

/** The demo organisation's challenges: open, upcoming and internal, closed on behalf of a client, and a draft. */
@Injectable()
export class ChallengesDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeeds,
    private readonly clock: Clock,
    private readonly attachments: Attachments,
  ) {}

  onModuleInit(): void {
    this.seeds.register({
      name: 'challenges.demo-challenges',
      order: 20,
      run: (manager) => this.run(manager, DEMO_CHALLENGES),
    });
    this.seeds.register({
      name: 'challenges.demo-voting-challenges',
      order: 21,
      run: (manager) => this.run(manager, VOTING_DEMO_CHALLENGES),
    });
    this.seeds.register({
      name: 'challenges.demo-covers',
      order: 22,
      run: (manager) => seedDemoCovers(manager, this.attachments),
    });
  }

  private async run(manager: EntityManager, demos: DemoChallenge[]): Promise<void> {
    const [organisation]: { id: string }[] = await manager.query(
      `SELECT id FROM organisations WHERE slug = 'leafy-tea'`,
    );
    const [author]: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE email = 'manager@demo.crowdforge.test'`,
    );
    if (!organisation || !author) return;
    const [asker]: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE email = 'crowd@demo.crowdforge.test'`,
    );
    const now = this.clock.now().getTime();
    for (const demo of demos) {
      const published = demo.row.state !== 'draft';
      const row = await manager.save(
        manager.create(ChallengeRow, {
          ...demo.row,
          organisationId: organisation.id,
          createdById: author.id,
          publishedAt: published ? new Date(now - 14 * DAY) : null,
          closedAt: demo.row.state === 'closed' ? new Date(now - 15 * DAY) : null,
        }),
      );
      for (const [kind, [opens, closes]] of Object.entries(demo.windows) as [PhaseKind, [number, number | null]][]) {
        await manager.insert(PhaseWindowRow, {
          challengeId: row.id,
          kind,
          opensAt: new Date(now + opens * DAY),
          closesAt: closes === null ? null : new Date(now + closes * DAY),
        });
      }
      if (published) {
        await manager.insert(RevisionRow, {
          challengeId: row.id,
          number: 0,
          summary: 'Published',
          snapshot: snapshotOf(row),
          authorId: author.id,
          createdAt: new Date(now - 14 * DAY),
        });
      }
      for (const [question, answer] of demo.questions ?? []) {
        await manager.insert(QuestionRow, {
          challengeId: row.id,
          authorId: asker?.id ?? null,
          body: question,
          createdAt: new Date(now - 5 * DAY),
          answer,
          answeredById: author.id,
          answeredAt: new Date(now - 4 * DAY),
        });
      }
      await refreshSearchDocument(manager, row.id);
    }
  }
}
