import { ChallengeRow } from '@crowdforge/api-challenges';
import { VOTING_MODES, type VotingMode } from '@crowdforge/contracts';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** A challenge's voting rules, set by its organisers before voting opens; none means the defaults. */
@Entity({ name: 'challenge_voting_rules' })
@Check('challenge_voting_rules_limit_check', `vote_limit IS NULL OR vote_limit > 0`)
@Check('challenge_voting_rules_threshold_check', `support_threshold IS NULL OR support_threshold > 0`)
@Check('challenge_voting_rules_mode_check', `mode IN (${VOTING_MODES.map((mode) => `'${mode}'`).join(', ')})`)
@Check(
  'challenge_voting_rules_tokens_check',
  `(mode = 'tokens') = (token_budget IS NOT NULL AND tokens_per_idea IS NOT NULL) AND (mode <> 'tokens' OR (vote_limit IS NULL AND tokens_per_idea BETWEEN 1 AND token_budget))`,
)
export class VotingRulesRow {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid' })
  challengeId!: string;

  @OneToOne(() => ChallengeRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: ChallengeRow;

  @Column({ type: 'text', default: 'support' })
  mode!: VotingMode;

  @Column({ name: 'vote_limit', type: 'integer', nullable: true })
  voteLimit!: number | null;

  @Column({ name: 'authors_may_vote', type: 'boolean', default: false })
  authorsMayVote!: boolean;

  @Column({ name: 'token_budget', type: 'integer', nullable: true })
  tokenBudget!: number | null;

  @Column({ name: 'tokens_per_idea', type: 'integer', nullable: true })
  tokensPerIdea!: number | null;

  /** No tallies for anyone but the organisers until voting closes. */
  @Column({ type: 'boolean', default: false })
  blind!: boolean;

  @Column({ name: 'support_threshold', type: 'integer', nullable: true })
  supportThreshold!: number | null;
}
