import { DEFAULT_VOTING_RULES } from '@crowdforge/contracts';
import type { DemoVoting } from './demo-votes';
import type { DemoIdea } from './ideas-demo.seeder';

const BRING_BACK = 'Which tea should we bring back?';
const WINTER = 'Name our winter blend';
const at = (account: string) => `${account}@demo.crowdforge.test`;

const LAPSANG = 'Smoky Lapsang in the dragon tin';
const JASMINE = 'Jasmine pearls for spring';
const EARL_GREY = 'Earl Grey Cream';
const CHAI = 'The 2019 masala chai';

const idea = (challenge: string, by: string, title: string, pitch: string, submittedDaysAgo: number): DemoIdea => ({
  challenge,
  authors: [at(by)],
  title,
  pitch,
  description: pitch,
  fields: {},
  tags: [],
  submittedDaysAgo,
});

/** The ideas of the two demo challenges in voting: four teas to compare, three winter flavours. */
export const VOTING_MODE_IDEAS: DemoIdea[] = [
  idea(
    BRING_BACK,
    'crowd',
    LAPSANG,
    'Pine-smoked black tea, in the red tin with the dragon that people still ask for.',
    15,
  ),
  idea(BRING_BACK, 'member', JASMINE, 'Green tea rolled by hand into pearls that open in the cup.', 14),
  idea(BRING_BACK, 'moderator', EARL_GREY, 'Bergamot and vanilla on Ceylon tea: Earl Grey, but softer.', 12),
  idea(BRING_BACK, 'reviewer', CHAI, 'Assam with cardamom, ginger and black pepper, strong enough for milk.', 10),
  idea(
    WINTER,
    'member',
    'Spiced pear rooibos',
    'Rooibos with dried pear, cinnamon and clove: no caffeine for the evening.',
    9,
  ),
  idea(
    WINTER,
    'crowd',
    'Gingerbread black tea',
    'Black tea with ginger, nutmeg and a hint of honey, like the biscuits.',
    8,
  ),
  idea(WINTER, 'moderator', 'Winter mint with liquorice', 'Peppermint and sweet liquorice root for cold days.', 6),
];

/** Who preferred which tea: the chai and the Lapsang are close, Earl Grey Cream is missed least. */
const PREFERENCES: [string, string, string, number][] = [
  ['owner', CHAI, LAPSANG, 4.5],
  ['owner', CHAI, EARL_GREY, 4.4],
  ['owner', JASMINE, EARL_GREY, 4.3],
  ['orgadmin', LAPSANG, CHAI, 4],
  ['orgadmin', LAPSANG, JASMINE, 3.9],
  ['orgadmin', JASMINE, EARL_GREY, 3.8],
  ['manager', CHAI, JASMINE, 3],
  ['manager', LAPSANG, EARL_GREY, 2.9],
  ['crowd', CHAI, JASMINE, 2],
  ['crowd', EARL_GREY, JASMINE, 1.9],
  ['member', LAPSANG, CHAI, 1.5],
  ['member', CHAI, EARL_GREY, 1.4],
  ['reviewer', LAPSANG, JASMINE, 1],
  ['moderator', CHAI, JASMINE, 0.5],
];

/** Pairwise voting on the teas (nobody compares their own idea), and blind support for the winter flavours. */
export const DEMO_VOTING_MODES: DemoVoting[] = [
  {
    challenge: BRING_BACK,
    rules: { ...DEFAULT_VOTING_RULES, mode: 'pairwise' },
    votes: [],
    comparisons: [
      ...PREFERENCES.map(([by, winner, loser, daysAgo]) => ({ by: at(by), winner, loser, daysAgo })),
      { by: at('manager'), winner: EARL_GREY, loser: CHAI, daysAgo: 2.8, undecided: true },
    ],
  },
  {
    challenge: WINTER,
    rules: { ...DEFAULT_VOTING_RULES, blind: true },
    votes: [
      { by: at('owner'), idea: 'Gingerbread black tea', value: 1, daysAgo: 2.5 },
      { by: at('orgadmin'), idea: 'Gingerbread black tea', value: 1, daysAgo: 2 },
      { by: at('reviewer'), idea: 'Spiced pear rooibos', value: 1, daysAgo: 1.5 },
      { by: at('manager'), idea: 'Winter mint with liquorice', value: 1, daysAgo: 1 },
      { by: at('crowd'), idea: 'Spiced pear rooibos', value: 1, daysAgo: 0.5 },
    ],
  },
];
