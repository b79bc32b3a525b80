import { DEFAULT_VOTING_RULES, type VotingRules } from '@crowdforge/contracts';
import type { EntityManager } from 'typeorm';
import { VotingRulesRow } from '../votes/voting-rules.entity';

interface DemoVote {
  by: string;
  idea: string;
  value: number;
  daysAgo: number;
}

/** One answered pair: `winner` shown on the left and chosen, or neither when `undecided`. */
interface DemoComparison {
  by: string;
  winner: string;
  loser: string;
  daysAgo: number;
  undecided?: boolean;
}

export interface DemoVoting {
  challenge: string;
  rules: VotingRules;
  votes: DemoVote[];
  comparisons?: DemoComparison[];
}

const FOLDING_BOTTLE = 'A folding infuser bottle for the train';
const TASTINGS = 'Tea tasting evenings in the shops';
const TASTING_BOXES = 'Tasting boxes to take home';
const TEA_FLIGHT = 'A tea flight with three Dutch herbs';
const at = (account: string) => `${account}@demo.crowdforge.test`;

/** How two demo challenges vote, and the demo accounts' votes; nobody votes for their own idea. */
export const DEMO_VOTING: DemoVoting[] = [
  {
    challenge: 'Invent a new way to make or drink tea',
    rules: DEFAULT_VOTING_RULES,
    votes: [
      { by: at('owner'), idea: FOLDING_BOTTLE, value: 1, daysAgo: 2.5 },
      { by: at('orgadmin'), idea: FOLDING_BOTTLE, value: 1, daysAgo: 2 },
      { by: at('crowd'), idea: FOLDING_BOTTLE, value: 1, daysAgo: 1.5 },
      { by: at('crowd'), idea: TASTINGS, value: 1, daysAgo: 1.5 },
      { by: at('reviewer'), idea: TASTINGS, value: 1, daysAgo: 1 },
      { by: at('moderator'), idea: TASTING_BOXES, value: 1, daysAgo: 0.5 },
      { by: at('member'), idea: TASTING_BOXES, value: 1, daysAgo: 0.2 },
    ],
  },
  {
    challenge: 'A tea moment for Café Amsterdam',
    rules: { ...DEFAULT_VOTING_RULES, mode: 'stars' },
    votes: [
      { by: at('crowd'), idea: TEA_FLIGHT, value: 5, daysAgo: 29 },
      { by: at('moderator'), idea: TEA_FLIGHT, value: 4, daysAgo: 27 },
      { by: at('reviewer'), idea: TEA_FLIGHT, value: 4, daysAgo: 25 },
      { by: at('orgadmin'), idea: TEA_FLIGHT, value: 5, daysAgo: 22 },
    ],
  },
];

/** The demo challenges' voting rules, votes and comparisons, for the ideas and accounts that are there. */
export async function castDemoVotes(
  manager: EntityManager,
  people: Map<string, string>,
  challenges: Map<string, string>,
  ago: (days: number) => Date,
  voting: DemoVoting[] = DEMO_VOTING,
): Promise<void> {
  for (const { challenge, rules, votes, comparisons = [] } of voting) {
    const challengeId = challenges.get(challenge);
    if (!challengeId) continue;
    await manager.upsert(VotingRulesRow, { challengeId, ...rules }, ['challengeId']);
    for (const vote of votes) {
      await manager.query(
        `INSERT INTO idea_votes (idea_id, voter_id, challenge_id, value, created_at, updated_at)
         SELECT i.id, $3, i.challenge_id, $4, $5, $5 FROM ideas i WHERE i.challenge_id = $1 AND i.title = $2
         AND $3::uuid IS NOT NULL ON CONFLICT DO NOTHING`,
        [challengeId, vote.idea, people.get(vote.by) ?? null, vote.value, ago(vote.daysAgo)],
      );
    }
    for (const comparison of comparisons) {
      await manager.query(
        `INSERT INTO idea_comparisons (id, challenge_id, voter_id, left_idea_id, right_idea_id, outcome, created_at,
                                       answered_at)
         SELECT gen_random_uuid(), $1, $4, l.id, r.id, $5, $6, $6 FROM ideas l JOIN ideas r ON r.challenge_id = l.challenge_id
          WHERE l.challenge_id = $1 AND l.title = $2 AND r.title = $3 AND $4::uuid IS NOT NULL`,
        [
          challengeId,
          comparison.winner,
          comparison.loser,
          people.get(comparison.by) ?? null,
          comparison.undecided ? 'cant_decide' : 'left',
          ago(comparison.daysAgo),
        ],
      );
    }
  }
}
